import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { STAFF, renderPage } from '../test/render';
import { ConnectionSection } from './ConnectionSection';

const node = (id: string | null, name: string, kind = 'PERSON') => ({ __typename: 'ReachNode', id, kind, name, regionName: 'Great Lakes', hidden: id === null });
const knows = (strength: number, lastContact: string | null = null) => ({ __typename: 'ReachLink', kind: 'KNOWS', strength, lastContact });
const chain = (nodes: ReturnType<typeof node>[], links: ReturnType<typeof knows>[], score: number) => ({ __typename: 'ReachPath', score, hops: links.length, nodes, links });

describe('how two people are connected', () => {
  it('asks how I am connected to the person, and shows the shortest and the strongest chains with each step', async () => {
    const user = userEvent.setup();
    const me = { ...STAFF, person: { id: 'me', name: 'Sam Staff' } };
    const { requests } = renderPage(<ConnectionSection personId="p-dan" name="Dan" />, {
      me,
      handlers: {
        Connection: () => ({
          data: {
            connection: {
              __typename: 'Connection',
              from: node('me', 'Sam Staff'),
              to: node('p-dan', 'Dan'),
              shortest: chain([node('me', 'Sam Staff'), node('p-fay', 'Fay'), node('p-dan', 'Dan')], [knows(4, '2026-11-02'), knows(4)], 0.41),
              strongest: [
                chain([node('me', 'Sam Staff'), node('p-ben', 'Ben'), node(null, 'Someone in Gulf Coast'), node('p-dan', 'Dan')], [knows(5), knows(5), knows(5)], 0.512),
                chain([node('me', 'Sam Staff'), node('p-fay', 'Fay'), node('p-dan', 'Dan')], [knows(4, '2026-11-02'), knows(4)], 0.41),
              ],
            },
          },
        }),
      },
    });
    await user.click(screen.getByRole('button', { name: 'How am I connected to Dan?' }));
    const shortest = await screen.findByTestId('shortest-chain');
    expect(requests.at(-1)!.variables).toEqual({ fromId: 'me', toId: 'p-dan' });
    expect(screen.getByRole('heading', { name: 'Shortest: 2 links' })).toBeInTheDocument();
    expect(shortest).toHaveTextContent(/Sam Staff — knows 4(\.0)?, last contact .+ — Fay — knows 4(\.0)? — Dan/);
    const strong = screen.getAllByTestId('strong-chain');
    expect(strong).toHaveLength(2);
    expect(within(strong[0]).getByRole('link', { name: 'Ben' })).toHaveAttribute('href', '/people/p-ben');
    expect(within(strong[0]).queryByRole('link', { name: 'Someone in Gulf Coast' })).toBeNull();
    expect(strong[0]).toHaveTextContent('Someone in Gulf Coast');
  });

  it('says so when no chain of 6 links joins them, and offers no “me” button without a person record', async () => {
    const user = userEvent.setup();
    renderPage(<ConnectionSection personId="p-dan" name="Dan" />, {
      handlers: {
        PeopleSearch: () => ({ data: { people: { __typename: 'PersonConnection', nodes: [{ __typename: 'Person', id: 'p-zed', name: 'Zed Far', zip: null, createdAt: '2026-01-01T00:00:00Z', region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' }, affiliations: [] }] } } }),
        Connection: () => ({ data: { connection: { __typename: 'Connection', from: node('p-dan', 'Dan'), to: node('p-zed', 'Zed Far'), shortest: null, strongest: [] } } }),
      },
    });
    expect(screen.queryByRole('button', { name: /How am I connected/ })).toBeNull();
    await user.type(screen.getByLabelText('Someone else'), 'Zed');
    await user.click(await screen.findByRole('button', { name: /Zed Far/ }));
    expect(await screen.findByText('No chain of 6 links or fewer joins Dan and Zed Far.')).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, renderPage } from '../test/render';
import { StepsAwayRanking, StepsAwaySection } from './StepsAway';

const node = (id: string | null, name: string, kind: 'PERSON' | 'ORGANIZATION' = 'PERSON') => ({ __typename: 'ReachNode', id, kind, name, regionName: 'Region A', hidden: id === null });
const entry = (record: ReturnType<typeof node>, cutOff: ReturnType<typeof node>[]) => ({
  __typename: 'StepsAway',
  record,
  people: cutOff.filter((c) => c.kind === 'PERSON').length,
  partners: cutOff.filter((c) => c.kind === 'ORGANIZATION').length,
  cutOff,
});
const ANA_CUTS = [node('p2', 'Eve'), node('p3', 'Finn'), node(null, 'Someone in Region B'), node('o1', 'Tenants Union', 'ORGANIZATION')];

describe('who we lose if someone steps away', () => {
  it('says on a record’s page who would have no other link, with links to those in the viewer’s regions only', async () => {
    renderPage(<StepsAwaySection recordId="p1" name="Ana" />, {
      handlers: { StepsAway: (v) => ({ data: { stepsAway: { __typename: 'StepsAwayAnswer', minStrength: v.minStrength, computedAt: '2026-12-07T10:00:00Z', upToDate: true, stepsAway: entry(node('p1', 'Ana'), ANA_CUTS) } } }) },
    });
    expect(await screen.findByTestId('steps-away-summary')).toHaveTextContent('If Ana steps away, 3 people and 1 partner have no other link.');
    const section = screen.getByRole('region', { name: 'If Ana steps away' });
    expect(within(section).getByRole('link', { name: 'Eve' })).toHaveAttribute('href', '/people/p2');
    expect(within(section).getByRole('link', { name: 'Tenants Union' })).toHaveAttribute('href', '/organizations/o1');
    expect(within(section).queryByRole('link', { name: 'Someone in Region B' })).toBeNull();
    expect(section).toHaveTextContent('Someone in Region B');
  });

  it('asks again with the tie strength the organizer chooses, and says when nobody would be cut off', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage(<StepsAwaySection recordId="p1" name="Ana" />, {
      handlers: {
        StepsAway: (v) => ({
          data: { stepsAway: { __typename: 'StepsAwayAnswer', minStrength: v.minStrength, computedAt: '2026-12-07T10:00:00Z', upToDate: true, stepsAway: entry(node('p1', 'Ana'), v.minStrength === 5 ? [] : ANA_CUTS) } },
        }),
      },
    });
    await screen.findByTestId('steps-away-summary');
    expect(requests.at(-1)!.variables).toEqual({ recordId: 'p1', minStrength: 2 });
    await user.selectOptions(screen.getByLabelText('Count ties at least this strong'), '5');
    expect(await screen.findByText('Everyone linked to Ana has another link to the rest of the coalition.')).toBeInTheDocument();
    expect(requests.at(-1)!.variables).toEqual({ recordId: 'p1', minStrength: 5 });
  });

  it('in Spanish, says who would be left without another link in one Spanish sentence', async () => {
    renderPage(<StepsAwaySection recordId="p1" name="Ana" />, {
      locale: 'es',
      handlers: { StepsAway: (v) => ({ data: { stepsAway: { __typename: 'StepsAwayAnswer', minStrength: v.minStrength, computedAt: '2026-12-07T10:00:00Z', upToDate: true, stepsAway: entry(node('p1', 'Ana'), ANA_CUTS) } } }) },
    });
    expect(await screen.findByTestId('steps-away-summary')).toHaveTextContent('Si Ana se aleja, 3 personas y 1 organización aliada no tienen ningún otro vínculo.');
  });

  it('shows the server’s message when it cannot answer', async () => {
    renderPage(<StepsAwaySection recordId="p9" name="Hal" />, { handlers: { StepsAway: () => gqlError('That person or organization was not found in your regions.', 'BAD_USER_INPUT') } });
    expect(await screen.findByText(/That person or organization was not found in your regions\./)).toBeInTheDocument();
  });

  it('ranks on the Gaps page who would cut the most off, for the region chosen', async () => {
    const { requests } = renderPage(<StepsAwayRanking regionId="region-a" />, {
      handlers: {
        StepsAwayRanking: () => ({
          data: {
            stepsAwayRanking: {
              __typename: 'StepsAwayRanking',
              minStrength: 2,
              computedAt: '2026-12-07T10:00:00Z',
              upToDate: true,
              total: 2,
              ranking: [entry(node('p1', 'Ana'), ANA_CUTS), entry(node('p2', 'Eve'), [node('p3', 'Finn')])],
            },
          },
        }),
      },
    });
    const rows = await screen.findAllByTestId('steps-away-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Ana: 3 people and 1 partner would have no other linkEve, Finn, Someone in Region B, Tenants Union',
      'Eve: 1 person would have no other linkFinn',
    ]);
    expect(within(rows[0]).getByRole('link', { name: 'Ana' })).toHaveAttribute('href', '/people/p1');
    await waitFor(() => expect(requests.at(-1)!.variables).toEqual({ regionId: 'region-a', minStrength: 2, limit: 10 }));
  });

  it('says on the Gaps page when the background job is still working in changes, and shows its new ranking when done', async () => {
    let asked = 0;
    const ranking = (upToDate: boolean) => ({
      data: {
        stepsAwayRanking: {
          __typename: 'StepsAwayRanking',
          minStrength: 2,
          computedAt: upToDate ? '2026-12-07T10:05:00Z' : '2026-12-07T10:00:00Z',
          upToDate,
          total: 1,
          ranking: upToDate ? [entry(node('p2', 'Eve'), [node('p3', 'Finn')])] : [entry(node('p1', 'Ana'), ANA_CUTS)],
        },
      },
    });
    renderPage(<StepsAwayRanking regionId={null} />, { handlers: { StepsAwayRanking: () => ranking(++asked > 1) } });
    expect(await screen.findByTestId('steps-away-computed')).toHaveTextContent(/working in the latest changes…$/);
    expect((await screen.findAllByTestId('steps-away-row'))[0]).toHaveTextContent(/^Ana:/);
    // Asked again by itself until the answer is up to date.
    await waitFor(() => expect(screen.getByTestId('steps-away-computed')).not.toHaveTextContent('working in'), { timeout: 5000 });
    expect(screen.getAllByTestId('steps-away-row').map((r) => r.textContent)).toEqual(['Eve: 1 person would have no other linkFinn']);
    const polls = asked;
    await new Promise((r) => setTimeout(r, 2500));
    // Up to date: no more asking.
    expect(asked).toBe(polls);
  });
});

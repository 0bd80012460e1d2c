import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { page, personRow } from '../test/fixtures';
import { REGIONS_RESULT, renderPage } from '../test/render';
import { PeopleListPage } from './PeopleListPage';

describe('people list', () => {
  it('requests the next page with the cursor and appends it', async () => {
    const { requests } = renderPage(<PeopleListPage />, {
      path: '/people',
      route: '/people',
      handlers: {
        Regions: () => REGIONS_RESULT,
        People: (v) =>
          v.after === 'cursor-1'
            ? { data: { people: page([personRow('p3', 'Carmen Diaz')], null, false, 3) } }
            : { data: { people: page([personRow('p1', 'Aisha Garcia'), personRow('p2', 'Bo Chen')], 'cursor-1', true, 3) } },
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Aisha Garcia' })).toBeInTheDocument();
    expect(screen.getByTestId('people-count')).toHaveTextContent('3 people');
    expect(screen.queryByRole('link', { name: 'Carmen Diaz' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more people' }));
    expect(await screen.findByRole('link', { name: 'Carmen Diaz' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aisha Garcia' })).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more people' })).not.toBeInTheDocument();

    const people = requests.filter((r) => r.operationName === 'People');
    expect(people).toHaveLength(2);
    expect(people[0].variables).toMatchObject({ first: 25, search: null });
    expect(people[0].variables.after).toBeUndefined();
    expect(people[1].variables).toMatchObject({ first: 25, after: 'cursor-1' });
  });

  it('searches once typing pauses, and filters by region', async () => {
    const { requests } = renderPage(<PeopleListPage />, {
      path: '/people',
      route: '/people',
      handlers: {
        Regions: () => REGIONS_RESULT,
        People: (v) => ({
          data: {
            people: v.search
              ? page([personRow('p9', 'Yolanda Reyes', { contactHidden: true, emails: null, phones: null })], null, false, 1)
              : page([personRow('p1', 'Aisha Garcia')], null, false, 1),
          },
        }),
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    await user.type(screen.getByLabelText('Search people'), '60623');
    expect(await screen.findByRole('link', { name: 'Yolanda Reyes' })).toBeInTheDocument();
    expect(screen.getAllByText('hidden')).toHaveLength(2);
    const searches = requests.filter((r) => r.operationName === 'People' && r.variables.search);
    // Debounced: one request for the whole word, not one per key.
    expect(searches.map((r) => r.variables.search)).toEqual(['60623']);

    await user.selectOptions(screen.getByLabelText('Region'), 'Gulf Coast');
    await waitFor(() =>
      expect(requests.some((r) => r.operationName === 'People' && r.variables.regionId === 'region-b' && r.variables.search === '60623')).toBe(true),
    );
  });
});

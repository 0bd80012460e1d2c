import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { personRow } from '../test/fixtures';
import type { Me } from '../types';
import { gqlError, REGIONS_RESULT, renderPage, STAFF, type Handler } from '../test/render';
import { callSheetCsv, PeopleListPage } from './PeopleListPage';

function Where() {
  const { search } = useLocation();
  return <output data-testid="url">{search}</output>;
}

const row = (id: string, name: string, extra: Record<string, unknown> = {}) =>
  personRow(id, name, { tags: [], createdAt: '2026-01-05T10:00:00.000Z', ...extra });
const list = (nodes: unknown[], totalCount = nodes.length) => ({ data: { peopleList: { __typename: 'PeopleList', totalCount, nodes } } });
const saved = (o: Record<string, unknown>) => ({
  __typename: 'SavedList',
  entity: 'PEOPLE',
  sortBy: 'NAME',
  organizationsSortBy: null,
  descending: false,
  columns: [],
  sharedWithRegionId: null,
  mine: true,
  ...o,
});

function render(path: string, handlers: Record<string, Handler> = {}, me: Me = STAFF) {
  return renderPage(
    <>
      <PeopleListPage />
      <Where />
    </>,
    {
      path,
      route: '/people',
      me,
      handlers: {
        Regions: () => REGIONS_RESULT,
        SavedLists: () => ({ data: { savedLists: [] } }),
        PeopleList: () => list([row('p1', 'Aisha Garcia'), row('p2', 'Bo Chen')], 2),
        FieldDefinitions: () => ({ data: { fieldDefinitions: [] } }),
        ...handlers,
      },
    },
  );
}

describe('people list', () => {
  it('reads the filter and sort from the URL, and writes changes back to it', async () => {
    const { requests } = render('/people?tags=youth,spanish&near=60614&miles=5&sort=ZIP&desc=1');
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    const first = requests.find((r) => r.operationName === 'PeopleList')!;
    expect(first.variables.input).toEqual({
      filter: { tags: ['youth', 'spanish'], nearZip: '60614', withinMiles: 5 },
      sortBy: 'ZIP',
      descending: true,
      first: 25,
      offset: 0,
    });
    expect(screen.getByRole('columnheader', { name: 'ZIP ↓' })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(screen.getByTestId('url').textContent).toContain('sort=NAME'));
    expect(screen.getByTestId('url').textContent).not.toContain('desc=1');

    await user.selectOptions(screen.getByLabelText('Kind'), 'LEADER');
    await waitFor(() =>
      expect(requests.some((r) => r.operationName === 'PeopleList' && JSON.stringify(r.variables.input).includes('"kinds":["LEADER"]'))).toBe(true),
    );
    expect(screen.getByTestId('url').textContent).toContain('kinds=LEADER');
    expect(screen.getByTestId('url').textContent).toContain('tags=youth%2Cspanish');

    // Columns: hiding Email takes it off the table and into the URL.
    expect(screen.getByRole('columnheader', { name: 'Email' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Email' }));
    expect(screen.queryByRole('columnheader', { name: 'Email' })).not.toBeInTheDocument();
    expect(screen.getByTestId('url').textContent).toContain('cols=kinds%2Cphone%2Czip%2Cregion');
  });

  it('tags the selected people, shows the refusal of an empty selection, and undoes', async () => {
    const { requests } = render('/people', {
      BulkPeople: (v) => {
        const input = v.input as { target: { personIds?: string[] } };
        if (!input.target.personIds?.length) return gqlError('No one is chosen: select people, or use a list that has people in it.', 'BAD_USER_INPUT');
        return {
          data: {
            bulkPeople: {
              __typename: 'BulkResult',
              status: 'DONE',
              done: 0,
              total: 0,
              error: null,
              id: 'b1',
              summary: 'Added tag canvass (2 people)',
              changed: 2,
              unchanged: 0,
              skipped: [],
            },
          },
        };
      },
      UndoLastBulkAction: () => ({
        data: {
          undoLastBulkAction: {
            __typename: 'BulkResult',
            status: 'DONE',
            done: 0,
            total: 0,
            error: null,
            id: 'b1',
            summary: 'Undid: Added tag canvass (2 people)',
            changed: 1,
            unchanged: 0,
            skipped: ['Bo Chen'],
          },
        },
      }),
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.type(within(bar).getByLabelText('Tags'), 'canvass');
    await user.click(within(bar).getByRole('button', { name: 'Add tags' }));
    expect(await within(bar).findByText(/No one is chosen/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select everyone on this page' }));
    expect(within(bar).getByText('2 people')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Add tags' }));
    expect(await within(bar).findByText('Added tag canvass (2 people)')).toBeInTheDocument();
    const sent = requests.filter((r) => r.operationName === 'BulkPeople').at(-1)!;
    expect(sent.variables.input).toEqual({ target: { personIds: ['p1', 'p2'] }, action: 'ADD_TAGS', tags: ['canvass'] });

    await user.click(within(bar).getByRole('button', { name: 'Undo my last bulk action' }));
    expect(await within(bar).findByText('Undid: Added tag canvass (2 people). Left as they are (changed since): Bo Chen')).toBeInTheDocument();
  });

  it('acts on everyone the filter matches when asked to', async () => {
    const { requests } = render('/people?tags=youth', {
      BulkPeople: () => ({
        data: {
          bulkPeople: {
            __typename: 'BulkResult',
            status: 'DONE',
            done: 0,
            total: 0,
            error: null,
            id: 'b2',
            summary: 'Removed tag youth (2 people)',
            changed: 2,
            unchanged: 0,
            skipped: [],
          },
        },
      }),
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.click(within(bar).getByRole('checkbox', { name: 'Act on everyone in this list' }));
    await user.type(within(bar).getByLabelText('Tags'), 'youth');
    await user.click(within(bar).getByRole('button', { name: 'Remove tags' }));
    await within(bar).findByText('Removed tag youth (2 people)');
    expect(requests.find((r) => r.operationName === 'BulkPeople')!.variables.input).toEqual({
      target: { filter: { tags: ['youth'] } },
      action: 'REMOVE_TAGS',
      tags: ['youth'],
    });
  });

  it('shows and sorts by computed columns (last contact, asks in 30 days, leadership level), held in the URL, asking for them only when shown', async () => {
    const facts = (personId: string, lastContact: string | null, asks30Days: number, leadershipLevel: number) => ({
      __typename: 'PersonListFacts',
      personId,
      lastContact,
      asks30Days,
      leadershipLevel,
    });
    const { requests } = render('/people?cols=lastContact,asks,level&sort=LAST_CONTACT&desc=1', {
      PeopleList: () => ({
        data: {
          peopleList: {
            __typename: 'PeopleList',
            totalCount: 2,
            nodes: [row('p1', 'Aisha Garcia'), row('p2', 'Bo Chen')],
            facts: [facts('p1', '2026-11-30', 2, 3), facts('p2', null, 0, 0)],
          },
        },
      }),
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    expect(requests.find((r) => r.operationName === 'PeopleList')!.variables).toMatchObject({
      input: { sortBy: 'LAST_CONTACT', descending: true },
      withFacts: true,
    });
    expect(screen.getByRole('columnheader', { name: 'Last contact ↓' })).toHaveAttribute('aria-sort', 'descending');
    const aisha = screen.getByRole('row', { name: /Aisha Garcia/ });
    expect(within(aisha).getByText('2')).toBeInTheDocument();
    expect(within(aisha).getByText('3')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Bo Chen/ })).getByText('never')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Asks in 30 days' }));
    await waitFor(() => expect(screen.getByTestId('url').textContent).toContain('sort=ASKS_30_DAYS'));
    expect(screen.getByTestId('url').textContent).not.toContain('desc=1');
    await waitFor(() =>
      expect(requests.filter((r) => r.operationName === 'PeopleList').at(-1)!.variables.input).toMatchObject({ sortBy: 'ASKS_30_DAYS', descending: false }),
    );
  });

  it('does not ask for computed columns when none is shown or sorted by', async () => {
    const { requests } = render('/people');
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    expect(requests.find((r) => r.operationName === 'PeopleList')!.variables.withFacts).toBe(false);
  });

  it('shows how far a bulk action on a large list is while it runs in parts, then what it did, and keeps other actions waiting meanwhile', async () => {
    const job = (o: Record<string, unknown>) => ({
      __typename: 'BulkResult',
      id: 'job1',
      summary: 'Working on 20000 people',
      changed: 0,
      unchanged: 0,
      skipped: [],
      status: 'RUNNING',
      done: 0,
      total: 20000,
      error: null,
      ...o,
    });
    let asked = 0;
    const { requests } = render('/people?tags=youth', {
      PeopleList: () => list([row('p1', 'Aisha Garcia'), row('p2', 'Bo Chen')], 20000),
      BulkPeople: () => ({ data: { bulkPeople: job({}) } }),
      // The first answer finds it part-way, the next one finished.
      BulkAction: () => {
        asked++;
        return {
          data: {
            bulkAction:
              asked === 1
                ? job({ done: 8000, changed: 8000 })
                : job({ status: 'DONE', done: 20000, changed: 20000, summary: 'Added tag canvass (20000 people)' }),
          },
        };
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.click(within(bar).getByRole('checkbox', { name: 'Act on everyone in this list' }));
    await user.type(within(bar).getByLabelText('Tags'), 'canvass');
    await user.click(within(bar).getByRole('button', { name: 'Add tags' }));

    expect(await within(bar).findByText('Working: 8,000 of 20,000 done…')).toBeInTheDocument();
    expect(within(bar).getByRole('progressbar', { name: 'Bulk action progress' })).toHaveAttribute('value', '8000');
    expect(within(bar).getByRole('button', { name: 'Add tags' })).toBeDisabled();
    expect(within(bar).getByRole('button', { name: 'Undo my last bulk action' })).toBeDisabled();
    const listsBefore = requests.filter((r) => r.operationName === 'PeopleList').length;

    expect(await within(bar).findByText('Added tag canvass (20000 people)', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(bar).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Add tags' })).toBeEnabled();
    expect(requests.filter((r) => r.operationName === 'BulkAction').every((r) => r.variables.id === 'job1')).toBe(true);
    // The list is read again once the action has finished, so the page shows the new tags.
    await waitFor(() => expect(requests.filter((r) => r.operationName === 'PeopleList').length).toBeGreaterThan(listsBefore));
  });

  it('asks the selection to turn out: names those at the ask limit, and leaves them out only when the organizer says so', async () => {
    const { requests } = render('/people', {
      Connectors: () => ({ data: { accounts: [] } }),
      Events: () => ({
        data: {
          events: [
            {
              __typename: 'Event',
              id: 'ev1',
              name: 'Budget hearing',
              date: '2099-03-10',
              location: null,
              region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' },
              campaign: null,
            },
          ],
        },
      }),
      BulkTurnoutAsk: (v) => {
        const input = v.input as { confirmOverLimit: boolean; leaveOutOverLimit: boolean };
        if (!input.confirmOverLimit && !input.leaveOutOverLimit) {
          return gqlError('Aisha Garcia was asked 3 times in the last 30 days (limit 3). Confirm to ask anyway, or ask someone else.', 'FAILED_PRECONDITION', {
            overLimit: ['p1'],
          });
        }
        return {
          data: {
            bulkTurnoutAsk: {
              __typename: 'BulkResult',
              status: 'DONE',
              done: 0,
              total: 0,
              error: null,
              id: 'b3',
              summary: 'Asked 1 person to turn out for Budget hearing',
              changed: 1,
              unchanged: 0,
              skipped: ['Aisha Garcia'],
            },
          },
        };
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    await user.click(screen.getByRole('checkbox', { name: 'Select everyone on this page' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.click(within(bar).getByText('Connectors, invitations and turnout asks'));
    await user.selectOptions(await within(bar).findByLabelText('Event'), await within(bar).findByRole('option', { name: /Budget hearing/ }));
    await user.click(within(bar).getByRole('button', { name: 'Ask 2 people to turn out' }));

    const warning = await within(bar).findByRole('alert');
    expect(warning).toHaveTextContent('Aisha Garcia was asked 3 times in the last 30 days');
    expect(warning).toHaveTextContent('Nothing was asked yet.');
    expect(within(bar).queryByText(/Asked 1 person/)).not.toBeInTheDocument();

    await user.click(within(warning).getByRole('button', { name: 'Leave them out and ask the others' }));
    expect(await within(bar).findByText('Asked 1 person to turn out for Budget hearing. Left out (at the ask limit): Aisha Garcia')).toBeInTheDocument();
    const sent = requests.filter((r) => r.operationName === 'BulkTurnoutAsk').map((r) => r.variables.input);
    expect(sent).toEqual([
      { eventId: 'ev1', target: { personIds: ['p1', 'p2'] }, confirmOverLimit: false, leaveOutOverLimit: false },
      { eventId: 'ev1', target: { personIds: ['p1', 'p2'] }, confirmOverLimit: false, leaveOutOverLimit: true },
    ]);
  });

  it('invites the selection to an event and says who already had an RSVP', async () => {
    const { requests } = render('/people', {
      Connectors: () => ({ data: { accounts: [] } }),
      Events: () => ({
        data: {
          events: [
            {
              __typename: 'Event',
              id: 'ev1',
              name: 'Budget hearing',
              date: '2099-03-10',
              location: null,
              region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' },
              campaign: null,
            },
          ],
        },
      }),
      BulkInviteToEvent: () => ({
        data: {
          bulkInviteToEvent: {
            __typename: 'BulkResult',
            status: 'DONE',
            done: 0,
            total: 0,
            error: null,
            id: 'b5',
            summary: 'Invited 1 person to Budget hearing',
            changed: 1,
            unchanged: 1,
            skipped: [],
          },
        },
      }),
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    await user.click(screen.getByRole('checkbox', { name: 'Select Aisha Garcia' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Bo Chen' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.click(within(bar).getByText('Connectors, invitations and turnout asks'));
    await user.selectOptions(await within(bar).findByLabelText('Event'), await within(bar).findByRole('option', { name: /Budget hearing/ }));
    await user.click(within(bar).getByRole('button', { name: 'Invite 2 people' }));
    expect(await within(bar).findByText('Invited 1 person to Budget hearing (1 person already had an RSVP or invitation)')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'BulkInviteToEvent')!.variables.input).toEqual({ eventId: 'ev1', target: { personIds: ['p1', 'p2'] } });
  });

  it('assigns a connector to everyone in the list', async () => {
    const { requests } = render('/people?tags=youth', {
      Connectors: () => ({
        data: {
          accounts: [
            { __typename: 'Account', id: 'acct-c', displayName: 'Carla Connector', email: 'carla@example.org', disabled: false },
            { __typename: 'Account', id: 'acct-d', displayName: 'Dan Gone', email: 'dan@example.org', disabled: true },
          ],
        },
      }),
      Events: () => ({ data: { events: [] } }),
      BulkPeople: () => ({
        data: {
          bulkPeople: {
            __typename: 'BulkResult',
            status: 'DONE',
            done: 0,
            total: 0,
            error: null,
            id: 'b4',
            summary: 'Assigned a connector (2 people)',
            changed: 2,
            unchanged: 0,
            skipped: [],
          },
        },
      }),
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.click(within(bar).getByRole('checkbox', { name: 'Act on everyone in this list' }));
    await user.click(within(bar).getByText('Connectors, invitations and turnout asks'));
    await within(bar).findByRole('option', { name: 'Carla Connector (carla@example.org)' });
    // A disabled account is not offered.
    expect(within(bar).queryByRole('option', { name: /Dan Gone/ })).not.toBeInTheDocument();
    await user.selectOptions(within(bar).getByLabelText('Connector'), 'acct-c');
    await user.click(within(bar).getByRole('button', { name: 'Assign connector' }));
    expect(await within(bar).findByText('Assigned a connector (2 people)')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'BulkPeople')!.variables.input).toEqual({
      target: { filter: { tags: ['youth'] } },
      action: 'ASSIGN_CONNECTOR',
      accountId: 'acct-c',
    });
  });

  it('does not offer connector assignment to a connector', async () => {
    renderPage(<PeopleListPage />, {
      path: '/people',
      route: '/people',
      me: { ...STAFF, role: 'CONNECTOR' } as typeof STAFF,
      handlers: {
        Regions: () => REGIONS_RESULT,
        SavedLists: () => ({ data: { savedLists: [] } }),
        PeopleList: () => list([row('p1', 'Aisha Garcia')], 1),
        Events: () => ({ data: { events: [] } }),
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.click(within(bar).getByText('Connectors, invitations and turnout asks'));
    expect(await within(bar).findByLabelText('Event')).toBeInTheDocument();
    expect(within(bar).queryByRole('button', { name: 'Assign connector' })).not.toBeInTheDocument();
  });

  it('offers export only with the export permission, and downloads the chosen people as CSV', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:people-list');
    URL.revokeObjectURL = vi.fn();
    const without = render('/people');
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    expect(screen.queryByRole('button', { name: 'Export CSV' })).not.toBeInTheDocument();
    without.unmount();

    const { requests } = render(
      '/people?tags=youth',
      { ExportPeopleList: () => ({ data: { exportPeopleList: { __typename: 'ListExport', csv: 'id,name\r\np1,Aisha Garcia\r\n', rows: 2 } } }) },
      { ...STAFF, canExport: true },
    );
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.click(within(bar).getByRole('checkbox', { name: 'Act on everyone in this list' }));
    await user.click(await within(bar).findByRole('button', { name: 'Export CSV' }));
    expect(await within(bar).findByRole('link', { name: 'Download 2 people (CSV)' })).toHaveAttribute('download', 'people-list.csv');
    expect(requests.find((r) => r.operationName === 'ExportPeopleList')!.variables.target).toEqual({ filter: { tags: ['youth'] } });
  });

  it('filters by a custom field, held in the URL, and removes the condition', async () => {
    const { requests } = render('/people', {
      FieldDefinitions: () => ({
        data: {
          fieldDefinitions: [
            {
              __typename: 'FieldDefinition',
              id: 'f1',
              entity: 'PERSON',
              key: 'shift',
              label: 'Shift',
              type: 'ONE_CHOICE',
              choices: ['Day', 'Night'],
              regionId: null,
              version: 1,
            },
          ],
        },
      }),
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    await user.selectOptions(await screen.findByLabelText('Field'), 'shift');
    await user.selectOptions(screen.getByLabelText('Value'), 'Night');
    await user.click(screen.getByRole('button', { name: 'Add field filter' }));
    await waitFor(() =>
      expect(requests.filter((r) => r.operationName === 'PeopleList').at(-1)!.variables.input).toMatchObject({
        filter: { customFields: [{ key: 'shift', value: 'Night' }] },
      }),
    );
    expect(screen.getByTestId('url').textContent).toContain('field=shift%3ANight');
    await user.click(screen.getByRole('button', { name: 'Remove the filter Shift: Night' }));
    await waitFor(() => expect(screen.getByTestId('url').textContent).not.toContain('field='));
  });

  it('saves the filter as a list shared with a region, and opening a saved list applies its filter', async () => {
    const { requests } = render('/people?kinds=LEADER', {
      SavedLists: () => ({
        data: {
          savedLists: [
            saved({ id: 'l1', name: 'Youth near Pilsen', filter: JSON.stringify({ tags: ['youth'], nearZip: '60608', withinMiles: 3 }), sortBy: 'ZIP' }),
          ],
        },
      }),
      SaveList: (v) => ({ data: { saveList: saved({ id: 'l2', name: (v.input as { name: string }).name, filter: '{}' }) } }),
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    await user.type(screen.getByLabelText('Save this list as'), 'Our leaders');
    await user.selectOptions(screen.getByLabelText('Who sees it'), 'Everyone in Gulf Coast');
    await user.click(screen.getByRole('button', { name: 'Save list' }));
    expect(await screen.findByText('Saved “Our leaders”.')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'SaveList')!.variables.input).toMatchObject({
      name: 'Our leaders',
      filter: { kinds: ['LEADER'] },
      sortBy: 'NAME',
      descending: false,
      sharedWithRegionId: 'region-b',
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Saved lists' }), 'Youth near Pilsen');
    await waitFor(() =>
      expect(requests.filter((r) => r.operationName === 'PeopleList').at(-1)!.variables.input).toMatchObject({
        filter: { tags: ['youth'], nearZip: '60608', withinMiles: 3 },
        sortBy: 'ZIP',
      }),
    );
    expect(screen.getByTestId('url').textContent).toContain('list=l1');
    expect(screen.getByTestId('url').textContent).not.toContain('kinds=');
  });
});

describe('call sheet', () => {
  it('shows the chosen people with phone where visible, last contact, asks and notes', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:call-sheet');
    URL.revokeObjectURL = vi.fn();
    const { requests } = render('/people', {
      CallSheet: () => ({
        data: {
          callSheet: [
            {
              __typename: 'CallSheetRow',
              person: { __typename: 'Person', id: 'p1', name: 'Aisha Garcia', notes: 'Evenings' },
              phone: '(555) 010-0000',
              lastContact: '2026-11-20',
              asks30Days: 2,
            },
            {
              __typename: 'CallSheetRow',
              person: { __typename: 'Person', id: 'p2', name: 'Bo Chen', notes: null },
              phone: null,
              lastContact: null,
              asks30Days: 0,
            },
          ],
        },
      }),
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Aisha Garcia' });
    await user.click(screen.getByRole('checkbox', { name: 'Select Aisha Garcia' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Bo Chen' }));
    await user.click(screen.getByRole('button', { name: 'Call sheet' }));
    const sheet = await screen.findByRole('region', { name: 'Call sheet' });
    expect(within(sheet).getByRole('row', { name: /Bo Chen/ })).toHaveTextContent('hidden or none');
    expect(within(sheet).getByRole('row', { name: /Bo Chen/ })).toHaveTextContent('never');
    expect(within(sheet).getByRole('link', { name: 'Download call sheet (CSV)' })).toHaveAttribute('download', 'call-sheet.csv');
    expect(requests.find((r) => r.operationName === 'CallSheet')!.variables.target).toEqual({ personIds: ['p1', 'p2'] });
  });

  it('writes a CSV a spreadsheet will not run as a formula', () => {
    const csv = callSheetCsv([
      { person: { id: 'x', name: '=HYPERLINK("http://bad")', notes: 'say "hi"' }, phone: '+1 555 010 0000', lastContact: null, asks30Days: 1 },
    ]);
    expect(csv).toBe('"Name","Phone","Last contact","Asks in 30 days","Notes"\r\n"\'=HYPERLINK(""http://bad"")","\'+1 555 010 0000","","1","say ""hi"""\r\n');
  });
});

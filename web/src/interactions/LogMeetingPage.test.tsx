import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, renderPage, STAFF } from '../test/render';
import { LogMeetingPage } from './LogMeetingPage';
import { localToday } from './queries';

const region = { __typename: 'Region', id: 'region-a', name: 'Great Lakes' };
const person = (id: string, name: string) => ({ __typename: 'Person', id, name, zip: '60623', region });
const PEOPLE = [person('p1', 'Yolanda Reyes'), person('p2', 'Marcus Brown'), person('p3', 'Maria Lopez')];

function peopleSearch(v: Record<string, unknown>) {
  const q = String(v.search).toLowerCase();
  return { data: { people: { __typename: 'PersonConnection', nodes: PEOPLE.filter((p) => p.name.toLowerCase().includes(q)) } } };
}

function logged(v: Record<string, unknown>) {
  const input = v.input as { kind: string; date: string; personIds: string[]; notes: string | null; followUps: Array<{ text: string; dueDate: string | null }> };
  return {
    data: {
      logInteraction: {
        __typename: 'Interaction',
        id: 'i1',
        kind: input.kind,
        date: input.date,
        notes: input.notes,
        loggedByName: 'Sam Staff',
        host: { __typename: 'Person', id: 'me', name: 'Sam Staff' },
        participants: PEOPLE.filter((p) => input.personIds.includes(p.id)).map((p) => ({ __typename: 'Person', id: p.id, name: p.name })),
        organizations: [],
        followUps: input.followUps.map((f, i) => ({
          __typename: 'FollowUp',
          id: `f${i}`,
          text: f.text,
          dueDate: f.dueDate,
          done: false,
          doneAt: null,
          overdue: false,
          assigneeName: 'Sam Staff',
        })),
      },
    },
  };
}

const handlers = {
  MyPerson: () => ({ data: { me: { __typename: 'Account', id: STAFF.id, person: { __typename: 'Person', id: 'me', name: 'Sam Staff' } } } }),
  Teammates: () => ({
    data: {
      teammates: [
        { __typename: 'Teammate', id: STAFF.id, displayName: 'Sam Staff', role: 'STAFF' },
        { __typename: 'Teammate', id: 'acct-c', displayName: 'Casey Connector', role: 'CONNECTOR' },
      ],
    },
  }),
  PeopleSearch: peopleSearch,
  PersonToLog: (v: Record<string, unknown>) => ({ data: { person: PEOPLE.find((p) => p.id === v.id) } }),
};

describe('log a meeting', () => {
  it('starts as a one-to-one today, and saves the people chosen by typing part of their names', async () => {
    const { requests } = renderPage(<LogMeetingPage />, { path: '/log', route: '/log', handlers: { ...handlers, LogInteraction: logged } });
    const user = userEvent.setup();

    expect(screen.getByLabelText('One-to-one')).toBeChecked();
    expect(screen.getByLabelText('House meeting')).not.toBeChecked();
    expect(screen.getByLabelText(/^Date/)).toHaveValue(localToday());
    expect(await screen.findByText(/Held by you \(Sam Staff\)/)).toBeInTheDocument();

    const who = screen.getByLabelText(/^Who did you meet\?/);
    await user.type(who, 'yola');
    await user.click(await screen.findByRole('button', { name: /^Add Yolanda Reyes/ }));
    expect(screen.getByRole('button', { name: 'Remove Yolanda Reyes' })).toBeInTheDocument();
    expect(who).toHaveValue('');
    expect(who).toHaveFocus();

    await user.type(who, 'marc');
    await user.click(await screen.findByRole('button', { name: /^Add Marcus Brown/ }));
    // A chosen person is not offered again.
    await user.type(who, 'r');
    expect(screen.queryByRole('button', { name: /^Add Yolanda Reyes/ })).not.toBeInTheDocument();
    await user.clear(who);

    await user.type(screen.getByLabelText('Notes (optional)'), 'Wants to host a house meeting.');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));

    const saved = await screen.findByTestId('log-saved');
    expect(saved).toHaveTextContent(/Saved\. One-to-one on .* with Yolanda Reyes and Marcus Brown\./);
    expect(within(saved).getByRole('link', { name: 'Yolanda Reyes' })).toHaveAttribute('href', '/people/p1');
    expect(requests.find((r) => r.operationName === 'LogInteraction')?.variables).toEqual({
      input: {
        kind: 'ONE_TO_ONE',
        personIds: ['p1', 'p2'],
        hostPersonId: null,
        organizationIds: [],
        date: localToday(),
        notes: 'Wants to host a house meeting.',
        followUps: [],
      },
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    // Ready for the next meeting.
    expect(screen.queryByRole('button', { name: 'Remove Yolanda Reyes' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('One-to-one')).toBeChecked();
  });

  it('asks who was met before sending anything', async () => {
    const { requests } = renderPage(<LogMeetingPage />, { path: '/log', route: '/log', handlers: { ...handlers, LogInteraction: logged } });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    const who = screen.getByLabelText(/^Who did you meet\?/);
    await waitFor(() => expect(who).toHaveAttribute('aria-invalid', 'true'));
    expect(who).toHaveAccessibleDescription(/Choose who you met/);
    expect(requests.some((r) => r.operationName === 'LogInteraction')).toBe(false);
  });

  it('records someone else as the host when “Someone else held it” is chosen', async () => {
    const { requests } = renderPage(<LogMeetingPage />, { path: '/log?person=p1', route: '/log', handlers: { ...handlers, LogInteraction: logged } });
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Remove Yolanda Reyes' });
    await user.click(await screen.findByRole('button', { name: 'Someone else held it' }));
    const host = screen.getByLabelText(/^Who held it/);
    expect(host).toHaveAccessibleDescription(/Leave empty if you \(Sam Staff\) held it/);
    // People already chosen as met are not offered as the host.
    await user.type(host, 'reyes');
    expect(await screen.findByText('No matches for “reyes”.')).toBeInTheDocument();
    await user.clear(host);
    await user.type(host, 'mar');
    expect(await screen.findByRole('button', { name: /Marcus Brown/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Marcus Brown/ }));
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    await screen.findByTestId('log-saved');
    expect(requests.find((r) => r.operationName === 'LogInteraction')?.variables.input).toMatchObject({ personIds: ['p1'], hostPersonId: 'p2' });
  });

  it('opens with the person from ?person= chosen', async () => {
    renderPage(<LogMeetingPage />, { path: '/log?person=p3', route: '/log', handlers });
    expect(await screen.findByRole('button', { name: 'Remove Maria Lopez' })).toBeInTheDocument();
  });

  it('sends a house meeting with a follow-up for someone else, and shows the server’s errors beside the follow-up', async () => {
    const { requests } = renderPage(<LogMeetingPage />, {
      path: '/log?person=p1',
      route: '/log',
      handlers: {
        ...handlers,
        LogInteraction: () =>
          gqlError('Please correct 2 fields: date, followUps.0.text.', 'BAD_USER_INPUT', {
            fields: [
              { field: 'date', message: 'The date is in the future: log a meeting once it has happened.' },
              { field: 'followUps.0.dueDate', message: 'Enter a due date as YYYY-MM-DD, like 2024-03-15.' },
            ],
          }),
      },
    });
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Remove Yolanda Reyes' });
    await user.click(screen.getByLabelText('House meeting'));
    await user.click(screen.getByRole('button', { name: 'Add a follow-up' }));
    await user.type(screen.getByLabelText('Follow-up 1: what to do'), 'Call about the RSVP list');
    await screen.findByRole('option', { name: 'Casey Connector' });
    await user.selectOptions(screen.getByLabelText('Who does it'), 'Casey Connector');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));

    const date = screen.getByLabelText(/^Date/);
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription('The date is in the future: log a meeting once it has happened.');
    expect(screen.getByLabelText('Due')).toHaveAccessibleDescription('Enter a due date as YYYY-MM-DD, like 2024-03-15.');
    expect(screen.getByLabelText('Follow-up 1: what to do')).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(date).toHaveFocus());
    expect(requests.find((r) => r.operationName === 'LogInteraction')?.variables).toMatchObject({
      input: {
        kind: 'HOUSE_MEETING',
        personIds: ['p1'],
        followUps: [{ text: 'Call about the RSVP list', dueDate: null, assigneeId: 'acct-c' }],
      },
    });
  });
});

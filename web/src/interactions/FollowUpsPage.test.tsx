import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../test/render';
import { FollowUpsPage } from './FollowUpsPage';

interface Row {
  id: string;
  text: string;
  dueDate: string | null;
  done: boolean;
  overdue: boolean;
}

function server() {
  const rows: Row[] = [
    { id: 'f1', text: 'Call Yolanda about the RSVP list', dueDate: '2026-01-05', done: false, overdue: true },
    { id: 'f2', text: 'Send Marcus the one-pager', dueDate: null, done: false, overdue: false },
    { id: 'f3', text: 'Book the church hall', dueDate: '2025-12-01', done: true, overdue: false },
  ];
  const shape = (r: Row) => ({ __typename: 'FollowUp', ...r, doneAt: r.done ? '2026-01-02T10:00:00.000Z' : null, assigneeName: 'Sam Staff' });
  const meeting = (r: Row) =>
    r.id === 'f1'
      ? {
          __typename: 'Interaction',
          id: 'i1',
          kind: 'ONE_TO_ONE',
          date: '2025-12-20',
          participants: [{ __typename: 'Person', id: 'p7', name: 'Yolanda Reyes' }],
          organizations: [{ __typename: 'Organization', id: 'o1', name: 'Tenants Union' }],
        }
      : null; // f2: its meeting is outside the viewer's regions, or there is none
  return {
    rows,
    handlers: {
      MyFollowUps: (v: Record<string, unknown>) => ({
        data: { myFollowUps: rows.filter((r) => v.includeDone || !r.done).map((r) => ({ ...shape(r), interaction: meeting(r) })) },
      }),
      MyReminders: () => ({
        data: { myReminders: { __typename: 'MyReminders', due: rows.filter((r) => !r.done && r.overdue).length, overdue: rows.filter((r) => !r.done && r.overdue).length, digestEmails: true, digestAvailable: true } },
      }),
      SetFollowUpDone: (v: Record<string, unknown>) => {
        const r = rows.find((x) => x.id === v.id)!;
        r.done = Boolean(v.done);
        r.overdue = !r.done && r.id === 'f1';
        return { data: { setFollowUpDone: shape(r) } };
      },
    },
  };
}

describe('my follow-ups', () => {
  it('lists open follow-ups with the overdue one marked, marks one done in a tap, and undoes it', async () => {
    const { handlers, rows } = server();
    const { requests } = renderPage(<FollowUpsPage />, { path: '/follow-ups', handlers });
    const user = userEvent.setup();

    const open = await screen.findByRole('list', { name: 'Open follow-ups' });
    expect(within(open).getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByTestId('followups-count')).toHaveTextContent('2 open follow-ups · 1 overdue');
    const overdue = screen.getByLabelText('Call Yolanda about the RSVP list');
    expect(overdue.closest('li')).toHaveClass('followup-overdue');
    expect(overdue).toHaveAccessibleDescription(/Overdue · Due Jan 5, 2026/);
    expect(screen.getByLabelText('Send Marcus the one-pager').closest('li')).not.toHaveClass('followup-overdue');
    expect(screen.queryByText('Book the church hall')).not.toBeInTheDocument();
    const from = within(overdue.closest('li')!).getByText(/^From the one-to-one with/);
    expect(from).toHaveTextContent('From the one-to-one with Yolanda Reyes (Tenants Union), Dec 20, 2025');
    expect(within(from).getByRole('link', { name: 'Yolanda Reyes' })).toHaveAttribute('href', '/people/p7');
    expect(within(screen.getByLabelText('Send Marcus the one-pager').closest('li')!).queryByText(/^From the/)).not.toBeInTheDocument();

    await user.click(overdue);
    await waitFor(() => expect(screen.queryByLabelText('Call Yolanda about the RSVP list')).not.toBeInTheDocument());
    expect(requests.find((r) => r.operationName === 'SetFollowUpDone')?.variables).toEqual({ id: 'f1', done: true });
    expect(screen.getByRole('status')).toHaveTextContent('“Call Yolanda about the RSVP list” is done.');
    expect(screen.getByTestId('followups-count')).toHaveTextContent(/^1 open follow-up$/);
    expect(rows[0].done).toBe(true);
    // The count in the navigation is asked for again, so it follows what was marked done.
    await waitFor(() => expect(requests.filter((r) => r.operationName === 'MyReminders').length).toBeGreaterThanOrEqual(2));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByLabelText('Call Yolanda about the RSVP list')).not.toBeChecked();
    expect(requests.filter((r) => r.operationName === 'SetFollowUpDone').map((r) => r.variables)).toEqual([
      { id: 'f1', done: true },
      { id: 'f1', done: false },
    ]);
  });

  it('shows done follow-ups on request, checked, and reopens one', async () => {
    const { handlers } = server();
    const { requests } = renderPage(<FollowUpsPage />, { path: '/follow-ups', handlers });
    const user = userEvent.setup();
    await screen.findByRole('list', { name: 'Open follow-ups' });
    await user.click(screen.getByLabelText('Show done follow-ups'));

    const done = await screen.findByRole('list', { name: 'Done follow-ups' });
    const hall = within(done).getByLabelText('Book the church hall');
    expect(hall).toBeChecked();
    expect(requests.filter((r) => r.operationName === 'MyFollowUps').at(-1)?.variables).toEqual({ includeDone: true });

    await user.click(hall);
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Open follow-ups' })).getByLabelText('Book the church hall')).not.toBeChecked(),
    );
    expect(screen.getByText('None done yet.')).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, renderPage } from '../test/render';
import { MeetingPage } from './MeetingPage';

const region = { __typename: 'Region', id: 'region-a', name: 'Great Lakes' };
const person = (id: string, name: string) => ({ __typename: 'Person', id, name, zip: '60623', region });
const PEOPLE = [person('p1', 'Yolanda Reyes'), person('p2', 'Marcus Brown'), person('p3', 'Maria Lopez')];

const meeting = (over: Record<string, unknown> = {}) => ({
  __typename: 'Interaction',
  id: 'i1',
  kind: 'HOUSE_MEETING',
  date: '2026-03-03',
  notes: 'Talked about rent',
  loggedByName: 'Sam Staff',
  version: 3,
  canEdit: true,
  host: PEOPLE[0],
  participants: [PEOPLE[1]],
  organizations: [],
  followUps: [{ __typename: 'FollowUp', id: 'f1', text: 'Call back', dueDate: null, done: false, doneAt: null, overdue: false, assigneeName: 'Sam Staff' }],
  ...over,
});

const peopleSearch = (v: Record<string, unknown>) => ({
  data: { people: { __typename: 'PersonConnection', nodes: PEOPLE.filter((p) => p.name.toLowerCase().includes(String(v.search).toLowerCase())) } },
});

describe('a logged meeting', () => {
  it('is corrected in a form that starts from what was logged, sending the version seen', async () => {
    const { requests } = renderPage(<MeetingPage />, {
      path: '/meetings/i1?from=%2Fpeople%2Fp1',
      route: '/meetings/:id',
      handlers: {
        Meeting: () => ({ data: { interaction: meeting() } }),
        PeopleSearch: peopleSearch,
        CorrectInteraction: (v) => {
          const input = v.input as { kind: string; date: string; personIds: string[] };
          return { data: { correctInteraction: meeting({ version: 4, kind: input.kind, date: input.date, participants: PEOPLE.filter((p) => input.personIds.includes(p.id)) }) } };
        },
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'House meeting on Mar 3, 2026' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Correct this meeting' }));

    expect(screen.getByLabelText('House meeting')).toBeChecked();
    expect(screen.getByLabelText(/^Date/)).toHaveValue('2026-03-03');
    expect(screen.getByRole('button', { name: 'Remove Marcus Brown' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('One-to-one'));
    await user.clear(screen.getByLabelText(/^Date/));
    await user.type(screen.getByLabelText(/^Date/), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Remove Marcus Brown' }));
    await user.type(screen.getByLabelText(/^Who took part/), 'maria');
    await user.click(await screen.findByRole('button', { name: /^Add Maria Lopez/ }));
    await user.click(screen.getByRole('button', { name: 'Save the correction' }));

    expect(await screen.findByText(/Corrected\. Tie strengths and last contacts/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'One-to-one on Mar 1, 2026' })).toBeInTheDocument();
    const sent = requests.find((r) => r.operationName === 'CorrectInteraction')!.variables.input;
    expect(sent).toEqual({ id: 'i1', version: 3, kind: 'ONE_TO_ONE', date: '2026-03-01', hostPersonId: 'p1', personIds: ['p3'], organizationIds: [], notes: 'Talked about rent' });
  });

  it('says when someone else changed it first, keeps what was typed, and loads their version on request', async () => {
    let version = 3;
    renderPage(<MeetingPage />, {
      path: '/meetings/i1',
      route: '/meetings/:id',
      handlers: {
        Meeting: () => ({ data: { interaction: meeting({ version, notes: version > 3 ? 'Their notes' : 'Talked about rent' }) } }),
        CorrectInteraction: () => {
          version = 4;
          return gqlError('Someone changed this meeting since you opened it.', 'CONFLICT');
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Correct this meeting' }));
    await user.clear(screen.getByLabelText(/^Notes/));
    await user.type(screen.getByLabelText(/^Notes/), 'My notes');
    await user.click(screen.getByRole('button', { name: 'Save the correction' }));
    expect(await screen.findByText(/Someone else changed this meeting while you were editing/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Notes/)).toHaveValue('My notes');
    await user.click(screen.getByRole('button', { name: 'Load their latest version' }));
    expect(await screen.findByDisplayValue('Their notes')).toBeInTheDocument();
  });

  it('is deleted only after a question that says what goes with it', async () => {
    const { requests } = renderPage(<MeetingPage />, {
      path: '/meetings/i1?from=%2Fpeople%2Fp1',
      route: '/meetings/:id',
      handlers: { Meeting: () => ({ data: { interaction: meeting() } }), DeleteInteraction: () => ({ data: { deleteInteraction: true } }) },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete this meeting' }));
    const question = screen.getByRole('alertdialog');
    expect(question).toHaveTextContent('Delete the house meeting on Mar 3, 2026 with Marcus Brown? Its follow-up goes with it.');
    expect(requests.some((r) => r.operationName === 'DeleteInteraction')).toBe(false);
    await user.click(within(question).getByRole('button', { name: 'Delete the meeting' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'DeleteInteraction')!.variables).toEqual({ id: 'i1', version: 3 });
  });

  it('offers no correction to someone who may not make one', async () => {
    renderPage(<MeetingPage />, { path: '/meetings/i1', route: '/meetings/:id', handlers: { Meeting: () => ({ data: { interaction: meeting({ canEdit: false }) } }) } });
    expect(await screen.findByText(/Only the one who logged it/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Correct this meeting' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete this meeting' })).not.toBeInTheDocument();
  });
});

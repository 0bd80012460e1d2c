import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { personPick, region, role } from '../campaigns/testData';
import { renderPage } from '../test/render';
import { TeamPage } from './TeamPage';

const month = (m: string, oneToOnes: number) => ({ __typename: 'TeamMonth', month: m, houseMeetings: 0, oneToOnes, researchActions: 0 });
const member = (id: string, name: string, since: string | null) => ({ __typename: 'TeamMember', since, person: { __typename: 'Person', id, name } });
const change = (id: string, summary: string) => ({
  __typename: 'Change',
  id,
  action: 'updated',
  at: '2026-03-01T10:00:00.000Z',
  byName: 'Sam Staff',
  summary,
  changes: [],
});

const team = {
  __typename: 'Team',
  id: 't1',
  name: 'School Funding IAT',
  kind: 'ISSUE_ACTION_TEAM',
  notes: null,
  version: 1,
  region,
  canEdit: true,
  canDelete: true,
  createdAt: '2026-01-05T10:00:00.000Z',
  members: [member('p10', 'Rosa Johnson', '2025-01-15')],
  roles: [],
  progress: [month('2026-02', 1)],
  history: [],
};

describe('team page', () => {
  it('adds a member and removes a role: members, progress, roles and history follow the answers, without reading the team again', async () => {
    const { requests } = renderPage(<TeamPage />, {
      path: '/teams/t1',
      route: '/teams/:id',
      handlers: {
        Team: () => ({ data: { team: { ...team, roles: [role('r1', 'CO_CHAIR', { id: 'p10', name: 'Rosa Johnson' })] } } }),
        PeopleSearch: () => ({ data: { people: { __typename: 'PersonConnection', nodes: [personPick('p20', 'Victor Rodriguez')] } } }),
        AddTeamMember: () => ({
          data: {
            addTeamMember: {
              __typename: 'TeamMembersPayload',
              team: {
                __typename: 'Team',
                id: 't1',
                members: [member('p10', 'Rosa Johnson', '2025-01-15'), member('p20', 'Victor Rodriguez', '2026-03-01')],
                // Victor's one-to-ones now count as the team's.
                progress: [month('2026-02', 4)],
                history: [change('h1', 'Member added')],
              },
            },
          },
        }),
        RemoveRole: () => ({
          data: {
            removeRole: {
              __typename: 'RoleRemovalPayload',
              removedId: 'r1',
              campaign: null,
              team: { __typename: 'Team', id: 't1', roles: [], history: [change('h2', 'Role removed: co-chair'), change('h1', 'Member added')] },
            },
          },
        }),
      },
    });
    const user = userEvent.setup();
    const members = (await screen.findByRole('heading', { name: 'Members (1)' })).closest('section')!;
    await user.click(within(members).getByRole('button', { name: 'Add a member' }));
    const form = within(members).getByRole('form', { name: 'Add a member to School Funding IAT' });
    await user.type(within(form).getByLabelText('Person'), 'Vic');
    await user.click(await within(form).findByRole('button', { name: /Victor Rodriguez/ }));
    await user.clear(within(form).getByLabelText('Member since'));
    await user.type(within(form).getByLabelText('Member since'), '2026-03-01');
    await user.click(within(form).getByRole('button', { name: 'Add member' }));

    expect(await screen.findByRole('heading', { name: 'Members (2)' })).toBeInTheDocument();
    expect(within(members).getByRole('link', { name: 'Victor Rodriguez' })).toBeInTheDocument();
    const progress = screen.getByRole('table', { name: 'Monthly progress of School Funding IAT' });
    expect(within(progress).getAllByRole('row')[1]).toHaveTextContent(/4\s*0\s*0$/);
    expect(screen.getByText('Member added')).toBeInTheDocument();
    // The page's progress period goes with the write, so the answer's progress is the one on screen.
    expect(requests.find((r) => r.operationName === 'AddTeamMember')?.variables).toEqual({ teamId: 't1', personId: 'p20', since: '2026-03-01', months: 6 });

    const roles = screen.getByRole('heading', { name: 'Co-chairs and roles' }).closest('section')!;
    await user.click(within(roles).getByRole('button', { name: 'Remove' }));
    await user.click(within(roles).getByRole('button', { name: 'Remove role' }));
    expect(await within(roles).findByText('No co-chair yet.')).toBeInTheDocument();
    expect(screen.getByText('Role removed: co-chair')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'RemoveRole')?.variables).toEqual({ id: 'r1' });

    expect(requests.filter((r) => r.operationName === 'Team')).toHaveLength(1);
  });
});

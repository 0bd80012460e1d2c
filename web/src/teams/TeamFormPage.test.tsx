import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REGIONS_RESULT, gqlError, renderPage } from '../test/render';
import { TeamEditPage, TeamNewPage } from './TeamFormPage';

const team = (version: number, name: string) => ({
  __typename: 'Team',
  id: 't1',
  name,
  kind: 'ISSUE_ACTION_TEAM',
  notes: null,
  version,
  region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' },
});

describe('team form', () => {
  it('asks for the kind before sending, and shows the server’s field errors beside their fields', async () => {
    const { requests } = renderPage(<TeamNewPage />, {
      path: '/teams/new',
      route: '/teams/new',
      handlers: {
        Regions: () => REGIONS_RESULT,
        CreateTeam: () =>
          gqlError('Please correct 1 field: name.', 'BAD_USER_INPUT', { fields: [{ field: 'name', message: 'Enter a name.' }] }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save team' }));
    expect(await screen.findByText('Choose the kind of team.')).toBeInTheDocument();
    expect(requests.filter((r) => r.operationName === 'CreateTeam')).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText(/^Kind/), 'ISSUE_ACTION_TEAM');
    await user.selectOptions(screen.getByLabelText(/^Region/), 'region-a');
    await user.click(screen.getByRole('button', { name: 'Save team' }));
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Name/)).toHaveFocus();
  });

  it('on CONFLICT keeps what was typed, then loads their version and saves against it', async () => {
    let version = 2;
    const { requests } = renderPage(<TeamEditPage />, {
      path: '/teams/t1/edit',
      route: '/teams/:id/edit',
      handlers: {
        Regions: () => REGIONS_RESULT,
        TeamForEdit: () => ({ data: { team: team(version, version === 2 ? 'Housing IAT' : 'Housing Action Team') } }),
        UpdateTeam: (v) =>
          v.version !== version
            ? gqlError('Someone else changed this team since you opened it.', 'CONFLICT')
            : { data: { updateTeam: team(version + 1, (v.input as { name: string }).name) } },
      },
    });
    const user = userEvent.setup();
    const name = await screen.findByLabelText(/^Name/);
    version = 3; // someone else saves meanwhile
    await user.clear(name);
    await user.type(name, 'Housing team');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this team while you were editing');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Housing team');

    await user.click(screen.getByRole('button', { name: 'Load their latest version' }));
    expect(await screen.findByDisplayValue('Housing Action Team')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Elsewhere');
    expect(requests.filter((r) => r.operationName === 'UpdateTeam').map((r) => r.variables.version)).toEqual([2, 3]);
  });
});

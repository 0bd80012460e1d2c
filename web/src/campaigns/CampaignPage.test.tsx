import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, renderPage } from '../test/render';
import { CampaignPage } from './CampaignPage';
import { todayIso } from './options';
import { campaign, endorsementBoard, org, personPick, region, role, roleBoard } from './testData';

const RST = { __typename: 'Team', id: 't-rst', name: 'Great Lakes RST', kind: 'REGIONAL_STRATEGY_TEAM', region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' } };

const REFUSAL =
  'This campaign cannot mobilize members yet. Its issue has not been prioritized by an Issue Assembly. The regional strategy team has not approved it.';

/** The page of a mobilizing campaign, with an empty endorsement board and the given handlers. */
const mobilizingCampaignPage = (handlers: Parameters<typeof renderPage>[1]['handlers']) =>
  renderPage(<CampaignPage />, {
    path: '/campaigns/c1',
    route: '/campaigns/:id',
    handlers: {
      Campaign: () => ({ data: { campaign: campaign({ status: 'MOBILIZING' }) } }),
      EndorsementBoard: () => ({ data: { endorsementBoard: endorsementBoard([]) } }),
      ...handlers,
    },
  });

describe('campaign page', () => {
  it('shows the server’s refusal to mobilize, naming the missing conditions', async () => {
    const { requests } = renderPage(<CampaignPage />, {
      path: '/campaigns/c1',
      route: '/campaigns/:id',
      handlers: {
        Campaign: () => ({ data: { campaign: campaign() } }),
        EndorsementBoard: () => ({ data: { endorsementBoard: endorsementBoard([]) } }),
        TeamOptions: () => ({ data: { teams: [RST] } }),
        SetCampaignStatus: () => gqlError(REFUSAL, 'FAILED_PRECONDITION', { missing: ['ISSUE_PRIORITIZED', 'RST_APPROVED'] }),
      },
    });
    const user = userEvent.setup();
    const status = await screen.findByRole('region', { name: 'Status and mobilization gate' });
    await user.click(within(status).getByRole('button', { name: 'Move to mobilizing' }));

    const alert = await within(status).findByRole('alert');
    expect(alert).toHaveTextContent('Could not move to mobilizing.');
    expect(alert).toHaveTextContent(REFUSAL);
    const missing = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(missing).toEqual(['Issue prioritized by an Issue Assembly', 'Approved by the regional strategy team']);
    expect(requests.find((r) => r.operationName === 'SetCampaignStatus')?.variables).toEqual({ id: 'c1', version: 4, status: 'MOBILIZING' });
    // The status did not change.
    expect(within(status).getByTestId('campaign-status')).toHaveTextContent('Proposed');
  });

  it('after someone else’s change is refused as a conflict, shows the campaign as it is now', async () => {
    const { requests } = renderPage(<CampaignPage />, {
      path: '/campaigns/c1',
      route: '/campaigns/:id',
      handlers: {
        Campaign: () => ({ data: { campaign: campaign() } }),
        CampaignForEdit: () => ({ data: { campaign: campaign({ status: 'APPROVED', version: 5 }) } }),
        EndorsementBoard: () => ({ data: { endorsementBoard: endorsementBoard([]) } }),
        TeamOptions: () => ({ data: { teams: [RST] } }),
        SetCampaignStatus: () => gqlError('Someone else changed this campaign.', 'CONFLICT'),
      },
    });
    const user = userEvent.setup();
    const status = await screen.findByRole('region', { name: 'Status and mobilization gate' });
    await user.click(within(status).getByRole('button', { name: 'Move to mobilizing' }));
    expect(await within(status).findByRole('alert')).toHaveTextContent('Someone else changed this campaign');
    await within(status).findByText('Approved by the RST', { selector: '[data-testid="campaign-status"]' });
    expect(requests.filter((r) => r.operationName === 'Campaign')).toHaveLength(1);
  });

  it('records the RST’s approval with the chosen team and the version', async () => {
    const { requests } = renderPage(<CampaignPage />, {
      path: '/campaigns/c1',
      route: '/campaigns/:id',
      handlers: {
        Campaign: () => ({ data: { campaign: campaign() } }),
        EndorsementBoard: () => ({ data: { endorsementBoard: endorsementBoard([]) } }),
        TeamOptions: () => ({ data: { teams: [RST] } }),
        ApproveCampaign: () => ({
          data: { approveCampaign: { ...campaign({ status: 'APPROVED', version: 5, approvingTeam: { __typename: 'Team', id: 't-rst', name: 'Great Lakes RST' } }) } },
        }),
      },
    });
    const user = userEvent.setup();
    const status = await screen.findByRole('region', { name: 'Status and mobilization gate' });
    // The only RST of the region is chosen already.
    await within(status).findByRole('option', { name: 'Great Lakes RST' });
    await user.click(within(status).getByRole('button', { name: 'Record RST approval' }));
    expect(await within(status).findByText('The RST’s approval is recorded.')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'ApproveCampaign')?.variables).toEqual({ id: 'c1', version: 4, teamId: 't-rst' });
    expect(within(status).getByTestId('campaign-status')).toHaveTextContent('Approved by the RST');
  });

  it('says who approved it as one sentence in Spanish, the team a link inside it', async () => {
    renderPage(<CampaignPage />, {
      path: '/campaigns/c1',
      route: '/campaigns/:id',
      locale: 'es',
      handlers: {
        Campaign: () => ({
          data: {
            campaign: campaign({
              status: 'APPROVED',
              approvingTeam: { __typename: 'Team', id: 't-rst', name: 'Great Lakes RST' },
              approvedAt: '2026-03-14T15:00:00.000Z',
              approvedByName: 'Sam Staff',
            }),
          },
        }),
        EndorsementBoard: () => ({ data: { endorsementBoard: endorsementBoard([]) } }),
        TeamOptions: () => ({ data: { teams: [RST] } }),
      },
    });
    const link = await screen.findByRole('link', { name: 'Great Lakes RST' });
    expect(link).toHaveAttribute('href', '/teams/t-rst');
    expect(link.closest('p')).toHaveTextContent(/^Aprobada por Great Lakes RST el 14 mar 2026 \(registrada por Sam Staff\)\.$/);
  });

  it('role board: a gap disappears once someone is assigned to it, from the answer alone', async () => {
    const before = roleBoard({ gatherers: [] });
    const after = roleBoard({ gatherers: [{ id: 'p20', name: 'Victor Rodriguez' }] });
    const { requests } = renderPage(<CampaignPage />, {
      path: '/campaigns/c1',
      route: '/campaigns/:id',
      handlers: {
        Campaign: () => ({ data: { campaign: campaign({ status: 'MOBILIZING', roleBoard: before.board, roles: before.roles }) } }),
        EndorsementBoard: () => ({ data: { endorsementBoard: endorsementBoard([]) } }),
        PeopleSearch: () => ({ data: { people: { __typename: 'PersonConnection', nodes: [personPick('p20', 'Victor Rodriguez')] } } }),
        AssignRole: () => {
          const { id, name, partners } = campaign();
          return {
            data: {
              assignRole: {
                ...role('r-g0', 'GATHERER', { id: 'p20', name: 'Victor Rodriguez' }),
                campaign: { __typename: 'Campaign', id, name, partners: partners.map((p) => ({ __typename: p.__typename, id: p.id, name: p.name })), roleBoard: after.board, roles: after.roles },
                team: null,
              },
            },
          };
        },
      },
    });
    const user = userEvent.setup();
    const board = await screen.findByRole('region', { name: 'Role board' });
    expect(within(board).getByTestId('role-gaps')).toHaveTextContent('No gatherer');
    const gatherer = within(board).getByRole('region', { name: 'Gatherer' });
    expect(gatherer).toHaveTextContent('Nobody');

    await user.click(within(gatherer).getByRole('button', { name: 'Assign a gatherer' }));
    const form = within(board).getByRole('form', { name: 'Assign a role on Counselors, not cuts' });
    expect(within(form).getByLabelText('Role')).toHaveValue('GATHERER');
    await user.type(within(form).getByLabelText('Person'), 'Vic');
    await user.click(await within(form).findByRole('button', { name: /Victor Rodriguez/ }));
    await user.click(within(form).getByRole('button', { name: 'Assign role' }));

    expect(await within(board).findByRole('heading', { name: 'No gaps' })).toBeInTheDocument();
    expect(within(board).queryByText('No gatherer')).not.toBeInTheDocument();
    expect(within(within(board).getByRole('region', { name: 'Gatherer' })).getByRole('link', { name: 'Victor Rodriguez' })).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'AssignRole')?.variables).toEqual({
      input: { campaignId: 'c1', personId: 'p20', role: 'GATHERER', forOrganizationId: null, startDate: todayIso() },
    });
    // The page was read once: the answer's campaign updated it.
    expect(requests.filter((r) => r.operationName === 'Campaign')).toHaveLength(1);
  });

  it('role board: ending a role moves its holder to the past holders, from the answer alone', async () => {
    const ended = roleBoard({ gatherers: [] });
    const victor = { ...role('r-g0', 'GATHERER', { id: 'p20', name: 'Victor Rodriguez' }), active: false, endDate: '2026-02-01' };
    const { requests } = mobilizingCampaignPage({
      EndRole: () => {
        const { id, name, partners } = campaign();
        return {
          data: {
            endRole: {
              ...victor,
              campaign: { __typename: 'Campaign', id, name, partners: partners.map((p) => ({ __typename: p.__typename, id: p.id, name: p.name })), roleBoard: ended.board, roles: [...ended.roles, victor] },
              team: null,
            },
          },
        };
      },
    });
    const user = userEvent.setup();
    const board = await screen.findByRole('region', { name: 'Role board' });
    const gatherer = within(board).getByRole('region', { name: 'Gatherer' });
    await user.click(within(gatherer).getByRole('button', { name: /^End Victor Rodriguez/ }));
    await user.click(within(gatherer).getByRole('button', { name: 'End role' }));

    expect(await within(board).findByText('No gatherer')).toBeInTheDocument();
    expect(within(within(board).getByRole('region', { name: 'Gatherer' })).getByText('Nobody')).toBeInTheDocument();
    expect(requests.filter((r) => r.operationName === 'EndRole')).toHaveLength(1);
    expect(requests.filter((r) => r.operationName === 'Campaign')).toHaveLength(1);
  });

  it('role board: removing a role frees its slot, from the answer alone', async () => {
    const removed = roleBoard({ gatherers: [] });
    const { requests } = mobilizingCampaignPage({
      RemoveRole: () => ({
        data: {
          removeRole: {
            __typename: 'RoleRemovalPayload',
            removedId: 'r-g0',
            campaign: { ...campaign({ status: 'MOBILIZING' }), roleBoard: removed.board, roles: removed.roles },
            team: null,
          },
        },
      }),
    });
    const user = userEvent.setup();
    const board = await screen.findByRole('region', { name: 'Role board' });
    const gatherer = within(board).getByRole('region', { name: 'Gatherer' });
    await user.click(within(gatherer).getByRole('button', { name: 'Remove' }));
    await user.click(within(gatherer).getByRole('button', { name: 'Remove role' }));

    expect(await within(board).findByText('No gatherer')).toBeInTheDocument();
    expect(within(within(board).getByRole('region', { name: 'Gatherer' })).getByText('Nobody')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'RemoveRole')?.variables).toEqual({ id: 'r-g0' });
    expect(requests.filter((r) => r.operationName === 'Campaign')).toHaveLength(1);
  });

  it('partners: an added partner and its missing connector show from the answer; only the endorsement board is read again', async () => {
    const union = { ...org('o2', 'Westside Tenants Union'), zip: '60601', region };
    const before = campaign();
    const after = campaign({
      partners: [...before.partners, union],
      roleBoard: { ...before.roleBoard, partnersWithoutConnector: [org('o2', 'Westside Tenants Union')] },
    });
    const { requests } = renderPage(<CampaignPage />, {
      path: '/campaigns/c1',
      route: '/campaigns/:id',
      handlers: {
        Campaign: () => ({ data: { campaign: before } }),
        EndorsementBoard: () => ({ data: { endorsementBoard: endorsementBoard([]) } }),
        OrganizationsSearch: () => ({ data: { organizations: { __typename: 'OrganizationConnection', nodes: [union] } } }),
        AddCampaignPartner: () => ({ data: { addCampaignPartner: { __typename: 'CampaignPartnersPayload', campaign: after } } }),
      },
    });
    const user = userEvent.setup();
    const partners = await screen.findByRole('region', { name: 'Partner organizations' });
    await user.click(within(partners).getByRole('button', { name: 'Add a partner' }));
    const form = within(partners).getByRole('form', { name: 'Add a partner to Counselors, not cuts' });
    await user.type(within(form).getByLabelText('Organization'), 'West');
    await user.click(await within(form).findByRole('button', { name: /Westside Tenants Union/ }));
    await user.click(within(form).getByRole('button', { name: 'Add partner' }));

    const row = (await within(partners).findByRole('link', { name: 'Westside Tenants Union' })).closest('li')!;
    expect(within(row).getByText('No connector')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'AddCampaignPartner')?.variables).toEqual({ campaignId: 'c1', organizationId: 'o2' });
    expect(requests.filter((r) => r.operationName === 'Campaign')).toHaveLength(1);
    await waitFor(() => expect(requests.filter((r) => r.operationName === 'EndorsementBoard')).toHaveLength(2));
  });
});

import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { CampaignInput, CampaignStatus } from '../../src/modules/campaigns/campaign.model.js';
import { CampaignsResolver } from '../../src/modules/campaigns/campaigns.resolver.js';
import { AssemblyOutcome, IssueScope } from '../../src/modules/issues/issue.model.js';
import { RoleKind } from '../../src/modules/roles/role.model.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { describeEachEngine } from './engines.js';
import { organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const campaignInput = (o: Partial<CampaignInput>) => plainToInstance(CampaignInput, { name: 'Fund our schools', ...o });

describeEachEngine('campaigns, the mobilization gate and the role board', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  async function setUp() {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const rst = await s.teams.create(leader, { name: 'Great Lakes RST', kind: TeamKind.REGIONAL_STRATEGY_TEAM, regionId: r1 });
    const iat = await s.teams.create(leader, { name: 'School Funding IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    const broad = await s.issues.create(leader, { name: 'Education equity', scope: IssueScope.BROAD_AREA, regionId: r1 });
    const specific = await s.issues.create(leader, { name: 'Restore counselor funding', scope: IssueScope.SPECIFIC_ISSUE, regionId: r1, narrowsIssueId: broad.id });
    const target = await s.people.create(leader, personInput(r1, { name: 'Board President', kinds: ['TARGET'] as never }));
    return { r1, r2, leader, rst, iat, broad, specific, target };
  }

  it('says which gate conditions are missing, and opens only when all are met', async () => {
    const { r1, leader, rst, iat, broad, specific, target } = await setUp();
    const c = await s.campaigns.create(leader, campaignInput({ regionId: r1, issueId: specific.id, proposingTeamId: iat.id }));
    expect(c.status).toBe(CampaignStatus.PROPOSED);
    let gate = await s.campaigns.gate(leader, c.row);
    expect(gate.open).toBe(false);
    expect(gate.conditions.filter((x) => !x.met).map((x) => x.key)).toEqual(['ISSUE_PRIORITIZED', 'ACTION_PROPOSAL', 'SPECIFIC_TARGET', 'THEORY_OF_CHANGE', 'RST_APPROVED']);

    await expect(s.campaigns.setStatus(leader, c.id, 1, CampaignStatus.MOBILIZING)).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: expect.stringContaining('Its issue has not been prioritized by an Issue Assembly.'),
      extra: { missing: ['ISSUE_PRIORITIZED', 'ACTION_PROPOSAL', 'SPECIFIC_TARGET', 'THEORY_OF_CHANGE', 'RST_APPROVED'] },
    });
    // The RST does not approve an incomplete plan.
    await expect(s.campaigns.approve(leader, c.id, 1, rst.id)).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });

    const planned = await s.campaigns.update(leader, c.id, 1, campaignInput({
      regionId: r1, issueId: specific.id, proposingTeamId: iat.id, targetPersonId: target.id,
      theoryOfChange: 'The board president wants re-election; 300 parents at the hearing change her math.',
      actionProposal: 'Pack the March board hearing; deliver 1,000 signatures.',
    }));
    await expect(s.campaigns.approve(leader, c.id, planned.version, iat.id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'teamId' }] });
    const approved = await s.campaigns.approve(leader, c.id, planned.version, rst.id);
    expect(approved.status).toBe(CampaignStatus.APPROVED);
    gate = await s.campaigns.gate(leader, approved.row);
    expect(gate.conditions.filter((x) => !x.met).map((x) => x.key)).toEqual(['ISSUE_PRIORITIZED']);

    // An Issue Assembly prioritizing the broad area prioritizes the specific issue narrowed from it.
    const assembly = await s.issues.createAssembly(leader, { name: 'Spring Issue Assembly', date: '2025-03-01', regionId: r1 });
    await s.issues.decide(leader, { assemblyId: assembly.id, issueId: broad.id, outcome: AssemblyOutcome.PRIORITIZED });
    expect(await s.issues.isPrioritized(leader, specific.id)).toBe(true);
    const mobilizing = await s.campaigns.setStatus(leader, c.id, approved.version, CampaignStatus.MOBILIZING);
    expect(mobilizing.status).toBe(CampaignStatus.MOBILIZING);

    // While mobilizing, the approved plan is fixed.
    await expect(s.campaigns.update(leader, c.id, mobilizing.version, campaignInput({ regionId: r1, issueId: specific.id, targetPersonId: target.id, theoryOfChange: 'changed', actionProposal: 'x' })))
      .rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
  });

  it('sends a changed plan back to the RST', async () => {
    const { r1, leader, rst, specific, target } = await setUp();
    const full = { regionId: r1, issueId: specific.id, targetPersonId: target.id, theoryOfChange: 'ToC', actionProposal: 'Proposal' };
    const c = await s.campaigns.create(leader, campaignInput(full));
    const approved = await s.campaigns.approve(leader, c.id, c.version, rst.id);
    const changed = await s.campaigns.update(leader, c.id, approved.version, campaignInput({ ...full, actionProposal: 'A bigger proposal' }));
    expect(changed.status).toBe(CampaignStatus.PROPOSED);
    expect((await s.campaigns.gate(leader, changed.row)).conditions.find((x) => x.key === 'RST_APPROVED')!.met).toBe(false);
    expect((await s.history.of('Campaign', c.id))[0].summary).toMatch(/needs the RST’s approval again/);
  });

  it('names who recorded the approval (an account of the app), and no one before it is approved', async () => {
    const { r1, rst, specific, target } = await setUp();
    const account = await s.accounts.create(null, { email: `rst-${randomUUID()}@example.org`, displayName: 'Rosa Strategy', password: 'rosa-password-123', role: Role.LEADER, regionIds: [r1] });
    const rosa = { ...viewer(Role.LEADER, [r1]), accountId: account.id };
    const resolver = new CampaignsResolver(s.campaigns, s.regions, s.issues, s.teams, s.people, s.organizations, s.accounts);
    const c = await s.campaigns.create(rosa, campaignInput({ regionId: r1, issueId: specific.id, targetPersonId: target.id, theoryOfChange: 'ToC', actionProposal: 'Proposal' }));
    expect(await resolver.approvedByName(c)).toBeNull();
    const approved = await s.campaigns.approve(rosa, c.id, c.version, rst.id);
    expect(await resolver.approvedByName(approved)).toBe('Rosa Strategy');
  });

  it('shows the roles nobody holds and the partners with no connector, and the gap closes when a connector is assigned', async () => {
    const { r1, leader } = await setUp();
    const c = await s.campaigns.create(leader, campaignInput({ regionId: r1 }));
    const partner = await s.organizations.create(leader, organizationInput(r1, { name: 'Westside Tenants Union' }));
    await s.campaigns.setPartner(leader, c.id, partner.id, true);
    let board = await s.roles.board(leader, c.id);
    expect(board.gaps).toEqual(['No connector', 'No gatherer', 'No facilitator', 'No logistics coordinator', 'Westside Tenants Union has no connector']);

    const maria = await s.people.create(leader, personInput(r1, { name: 'Maria Connector' }));
    const assignment = await s.roles.assign(leader, { personId: maria.id, role: RoleKind.CONNECTOR, campaignId: c.id, forOrganizationId: partner.id, startDate: '2025-01-01' });
    board = await s.roles.board(leader, c.id);
    expect(board.gaps).toEqual(['No gatherer', 'No facilitator', 'No logistics coordinator']);
    expect(board.slots[0]).toMatchObject({ role: 'CONNECTOR', hasBackup: false });
    expect(board.slots[0].holders.map((h) => h.person.name)).toEqual(['Maria Connector']);
    expect((await s.roles.ofPerson(leader, maria.id)).map((r) => [r.role, r.targetType, r.targetName])).toEqual([['CONNECTOR', 'Campaign', 'Fund our schools']]);

    await s.roles.end(leader, assignment.id, '2025-02-01');
    board = await s.roles.board(leader, c.id);
    expect(board.gaps).toContain('No connector');
    expect((await s.roles.on(leader, 'Campaign', c.id))[0]).toMatchObject({ active: false, endDate: '2025-02-01' });

    await expect(s.roles.assign(leader, { personId: maria.id, role: RoleKind.CO_CHAIR, campaignId: c.id })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'role' }] });
    await expect(s.roles.assign(viewer(Role.CONNECTOR, [r1]), { personId: maria.id, role: RoleKind.GATHERER, campaignId: c.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps campaigns, teams and issues inside the viewer’s regions', async () => {
    const { r1, r2, leader } = await setUp();
    const other = viewer(Role.LEADER, [r2]);
    const c = await s.campaigns.create(leader, campaignInput({ regionId: r1 }));
    await expect(s.campaigns.get(other, c.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await s.campaigns.list(other)).map((x) => x.id)).not.toContain(c.id);
    expect(await s.teams.list(other)).toEqual([]);
    expect(await s.issues.list(other)).toEqual([]);
    const foreignTarget = await s.people.create(other, personInput(r2));
    await expect(s.campaigns.create(leader, campaignInput({ regionId: r1, targetPersonId: foreignTarget.id }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'targetPersonId' }] });
  });
});

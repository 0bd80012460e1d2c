import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { CampaignInput } from '../../src/modules/campaigns/campaign.model.js';
import { CompetencyTheme } from '../../src/modules/leadership/competencies.js';
import { AssessmentInput } from '../../src/modules/leadership/leadership.model.js';
import { AssessmentResolver } from '../../src/modules/leadership/leadership.resolver.js';
import { RoleKind } from '../../src/modules/roles/role.model.js';
import { RolesResolver } from '../../src/modules/roles/roles.resolver.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { describeEachEngine } from './engines.js';
import { personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

describeEachEngine('a role write answers with the campaign it changed', (store) => {
  let s: Services;
  let resolver: RolesResolver;
  beforeAll(() => {
    s = services(store());
    resolver = new RolesResolver(s.roles, s.organizations, s.campaigns);
  });

  it('gives the campaign as it is after the change, its role board included', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const c = await s.campaigns.create(leader, plainToInstance(CampaignInput, { name: 'Fund our schools', regionId: r1 }));
    const maria = await s.people.create(leader, personInput(r1, { name: 'Maria Lopez' }));

    const assigned = await s.roles.assign(leader, { personId: maria.id, role: RoleKind.GATHERER, campaignId: c.id, startDate: '2025-01-01' });
    const campaign = await resolver.campaign(leader, assigned);
    expect(campaign?.id).toBe(c.id);
    const board = await s.roles.board(leader, campaign!.id);
    expect(board.slots.find((x) => x.role === RoleKind.GATHERER)?.holders.map((h) => h.person.name)).toEqual(['Maria Lopez']);

    const ended = await s.roles.end(leader, assigned.id, '2025-02-01');
    expect((await resolver.campaign(leader, ended))?.id).toBe(c.id);
  });

  it('gives no campaign to a viewer who cannot see it, nor for a role held on a team', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const elsewhere = viewer(Role.LEADER, [r2]);
    const c = await s.campaigns.create(leader, plainToInstance(CampaignInput, { name: 'Fund our schools', regionId: r1 }));
    const maria = await s.people.create(leader, personInput(r1, { name: 'Maria Lopez' }));
    const assigned = await s.roles.assign(leader, { personId: maria.id, role: RoleKind.FACILITATOR, campaignId: c.id });
    await expect(s.campaigns.get(elsewhere, c.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await resolver.campaign(elsewhere, assigned)).toBeNull();

    const team = await s.teams.create(leader, { name: 'Great Lakes RST', kind: TeamKind.REGIONAL_STRATEGY_TEAM, regionId: r1 });
    const chair = await s.roles.assign(leader, { personId: maria.id, role: RoleKind.CO_CHAIR, teamId: team.id });
    expect(await resolver.campaign(leader, chair)).toBeNull();
  });
});

describeEachEngine('an assessment answers with the person assessed', (store) => {
  let s: Services;
  let resolver: AssessmentResolver;
  beforeAll(() => {
    s = services(store());
    resolver = new AssessmentResolver(s.people);
  });

  it('gives the person, whose standing already shows the new level; nobody to a viewer outside their region', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const rosa = await s.people.create(leader, personInput(r1, { name: 'Rosa Emerging' }));
    const assessment = await s.leadership.assess(leader, plainToInstance(AssessmentInput, { personId: rosa.id, theme: CompetencyTheme.GROWTH, level: 2, assessedOn: '2025-06-10' }));
    const person = await resolver.person(leader, assessment);
    expect(person?.id).toBe(rosa.id);
    expect((await s.leadership.standing(leader, person!.id)).find((x) => x.theme === CompetencyTheme.GROWTH)).toMatchObject({ level: 2 });

    expect(await resolver.person(viewer(Role.LEADER, [r2]), assessment)).toBeNull();
  });
});

import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { CampaignInput } from '../../src/modules/campaigns/campaign.model.js';
import { CompetencyTheme } from '../../src/modules/leadership/competencies.js';
import { AssessmentInput } from '../../src/modules/leadership/leadership.model.js';
import { AssessmentResolver } from '../../src/modules/leadership/leadership.resolver.js';
import { RoleKind } from '../../src/modules/roles/role.model.js';
import { RoleRemovalResolver, RolesResolver } from '../../src/modules/roles/roles.resolver.js';
import { TeamMembersPayload, TeamsResolver } from '../../src/modules/teams/teams.resolver.js';
import { CampaignsResolver } from '../../src/modules/campaigns/campaigns.resolver.js';
import { EventsResolver } from '../../src/modules/events/events.resolver.js';
import { AttendanceInput, EventInput, RsvpStatus } from '../../src/modules/events/event.model.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { describeEachEngine } from './engines.js';
import { organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

describeEachEngine('a role write answers with the campaign it changed', (store) => {
  let s: Services;
  let resolver: RolesResolver;
  beforeAll(() => {
    s = services(store());
    resolver = new RolesResolver(s.roles, s.organizations, s.campaigns, s.teams);
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
    // A role on a team answers with the team instead, to the viewers who can see it.
    expect((await resolver.team(leader, chair))?.id).toBe(team.id);
    expect(await resolver.team(elsewhere, chair)).toBeNull();
    expect(await resolver.team(leader, assigned)).toBeNull();
  });

  it('answers a removal with what the role was held on, as it is after: the holder gone from the board and the team', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const removal = new RoleRemovalResolver(s.campaigns, s.teams);
    const c = await s.campaigns.create(leader, plainToInstance(CampaignInput, { name: 'Fund our libraries', regionId: r1 }));
    const team = await s.teams.create(leader, { name: 'Library team', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    const maria = await s.people.create(leader, personInput(r1, { name: 'Maria Lopez' }));
    const onCampaign = await s.roles.assign(leader, { personId: maria.id, role: RoleKind.GATHERER, campaignId: c.id });
    const onTeam = await s.roles.assign(leader, { personId: maria.id, role: RoleKind.CO_CHAIR, teamId: team.id });

    const fromCampaign = await s.roles.remove(leader, onCampaign.id);
    expect(fromCampaign.removedId).toBe(onCampaign.id);
    const campaign = await removal.campaign(leader, fromCampaign);
    expect(campaign?.id).toBe(c.id);
    expect(await removal.team(leader, fromCampaign)).toBeNull();
    expect((await s.roles.board(leader, campaign!.id)).gaps).toContain('No gatherer');

    const fromTeam = await s.roles.remove(leader, onTeam.id);
    expect(await removal.campaign(leader, fromTeam)).toBeNull();
    const answeredTeam = await removal.team(leader, fromTeam);
    expect(answeredTeam?.id).toBe(team.id);
    expect(await s.roles.on(leader, 'Team', answeredTeam!.id)).toEqual([]);
    // Removing it again: NOT_FOUND, nothing answered.
    await expect(s.roles.remove(leader, onTeam.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describeEachEngine('a write to a list of a record answers with the record', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  it('a campaign partner added or removed: the campaign, whose partners and connector gaps show the change', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const resolver = new CampaignsResolver(s.campaigns, s.regions, s.issues, s.teams, s.people, s.organizations, s.accounts);
    const c = await s.campaigns.create(leader, plainToInstance(CampaignInput, { name: 'Fund our parks', regionId: r1 }));
    const union = await s.organizations.create(leader, organizationInput(r1, { name: 'Parkside Union' }));

    const added = await resolver.addCampaignPartner(leader, c.id, union.id);
    expect(added.campaign.id).toBe(c.id);
    expect((await resolver.partners(leader, added.campaign)).map((o) => o.name)).toEqual(['Parkside Union']);
    expect((await s.roles.board(leader, added.campaign.id)).gaps).toContain('Parkside Union has no connector');

    const removed = await resolver.removeCampaignPartner(leader, c.id, union.id);
    expect(await resolver.partners(leader, removed.campaign)).toEqual([]);
    await expect(resolver.removeCampaignPartner(leader, c.id, union.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a team member added or removed: the team, whose members show the change', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const resolver = new TeamsResolver(s.teams, s.regions);
    const team = await s.teams.create(leader, { name: 'Eastside team', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana Member' }));

    const added: TeamMembersPayload = await resolver.addTeamMember(leader, team.id, ana.id, '2025-03-01');
    expect(added.team).toMatchObject({ id: team.id, name: 'Eastside team' });
    expect((await resolver.members(leader, added.team)).map((m) => [m.person.name, m.since])).toEqual([['Ana Member', '2025-03-01']]);

    const removed = await resolver.removeTeamMember(leader, team.id, ana.id);
    expect(await resolver.members(leader, removed.team)).toEqual([]);
  });

  it('an RSVP, attendance or turnout ask: the event, whose lists show the change', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const resolver = new EventsResolver(s.events, s.regions, s.campaigns);
    const event = await s.events.create(leader, plainToInstance(EventInput, { name: 'Block party', date: '2024-05-01', regionId: r1 }));
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana Guest' }));

    const rsvp = await resolver.setRsvp(leader, { eventId: event.id, personId: ana.id, status: RsvpStatus.YES });
    expect(rsvp.event.id).toBe(event.id);
    expect((await resolver.rsvps(leader, rsvp.event)).map((r) => [r.person.name, r.status])).toEqual([['Ana Guest', 'YES']]);
    expect(await resolver.rsvps(leader, (await resolver.removeRsvp(leader, event.id, ana.id)).event)).toEqual([]);

    const came = await resolver.recordAttendance(leader, plainToInstance(AttendanceInput, { eventId: event.id, attendees: [{ personId: ana.id }] }));
    expect((await resolver.attendance(leader, came.event)).map((a) => a.person.name)).toEqual(['Ana Guest']);
    expect(await resolver.attendance(leader, (await resolver.removeAttendance(leader, event.id, ana.id)).event)).toEqual([]);
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

import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { PersonKind } from '../../src/modules/people/models/person.model.js';
import { ReachFrom } from '../../src/modules/reach/reach.model.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const today = () => new Date().toISOString().slice(0, 10);

describeEachEngine('reach: who can reach a target', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  /**
   * M1, M2: the team. T: the target. Brokers are allies (not members).
   *   M1 =5= A =5= T            score .8·1 · .8·1   = .64  (M2 =4= A too: the same broker, not another path)
   *   M2 =5= H(other region) =4= T                  = .512
   *   M2 -LEADS-> O <-WORKS_AT- T                   = .8·.8 · .8·.7 = .358
   *   M1 =4= C =4= D =4= T                          = .262
   *   M2 =2= B =2= T                                = .102
   */
  async function graph() {
    const [r1, r2] = await twoRegions(s);
    const me = viewer(Role.LEADER, [r1]);
    const ally = (name: string, region = r1) => s.people.create(admin(), personInput(region, { name, kinds: [PersonKind.ALLY] }));
    const m1 = await s.people.create(me, personInput(r1, { name: 'Maria Member' }));
    const m2 = await s.people.create(me, personInput(r1, { name: 'Marcus Member' }));
    const t = await s.people.create(me, personInput(r1, { name: 'Senator Target', kinds: [PersonKind.TARGET] }));
    const [a, b, c, d] = await Promise.all(['Ana Broker', 'Ben Weak', 'Cora Chain', 'Dan Chain'].map((n) => ally(n)));
    const h = await ally('Hidden Helper', r2);
    const o = await s.organizations.create(me, organizationInput(r1, { name: 'Tenants Union' }));
    const knows = (x: { id: string }, y: { id: string }, strength: number, context?: string) =>
      s.ties.setKnows(admin(), { personId: x.id, otherPersonId: y.id, strength, context: context ?? null, since: null });
    await knows(m1, a, 5, 'church');
    await knows(a, t, 5, 'former staffer');
    await knows(m2, a, 4);
    await knows(m2, h, 5, 'cousins');
    await knows(h, t, 4);
    await knows(m1, c, 4);
    await knows(c, d, 4);
    await knows(d, t, 4);
    await knows(m2, b, 2);
    await knows(b, t, 2);
    await s.ties.addAffiliation(me, { personId: m2.id, organizationId: o.id, kind: AffiliationKind.LEADS, title: 'Co-chair' });
    await s.ties.addAffiliation(me, { personId: t.id, organizationId: o.id, kind: AffiliationKind.WORKS_AT, title: 'Board member' });
    const team = await s.teams.create(me, { name: 'Housing IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    await s.teams.addMember(me, team.id, m1.id, null);
    await s.teams.addMember(me, team.id, m2.id, null);
    return { r1, r2, me, m1, m2, t, a, b, c, d, h, o, team };
  }

  const names = (p: { nodes: Array<{ name: string }> }) => p.nodes.map((n) => n.name);

  it('ranks distinct warm paths from a team by strength and length, with the messenger first', async () => {
    const g = await graph();
    const res = await s.reach.reach(g.me, { targetPersonId: g.t.id, from: ReachFrom.TEAM, teamId: g.team.id });
    expect(res.startingMembers).toBe(2);
    expect(res.paths.map(names)).toEqual([
      ['Maria Member', 'Ana Broker', 'Senator Target'],
      ['Marcus Member', expect.stringMatching(/^Someone in Region B/), 'Senator Target'],
      ['Marcus Member', 'Tenants Union', 'Senator Target'],
      ['Maria Member', 'Cora Chain', 'Dan Chain', 'Senator Target'],
      ['Marcus Member', 'Ben Weak', 'Senator Target'],
    ]);
    expect(res.paths.map((p) => p.score)).toEqual([0.64, 0.512, 0.358, 0.262, 0.102]);
    const [best, , viaOrg] = res.paths;
    expect(best.messenger).toMatchObject({ id: g.m1.id, name: 'Maria Member', hidden: false });
    expect(best.links).toEqual([
      { kind: 'KNOWS', strength: 5, lastContact: null, context: 'church', since: null },
      { kind: 'KNOWS', strength: 5, lastContact: null, context: 'former staffer', since: null },
    ]);
    expect(viaOrg.nodes[1]).toMatchObject({ id: g.o.id, kind: 'ORGANIZATION' });
    expect(viaOrg.links.map((l) => [l.kind, l.strength, l.context])).toEqual([['LEADS', 4, 'Co-chair'], ['WORKS_AT', 3.5, 'Board member']]);
  });

  it('keeps paths within the maximum number of links, and the limit', async () => {
    const g = await graph();
    const res = await s.reach.reach(g.me, { targetPersonId: g.t.id, from: ReachFrom.TEAM, teamId: g.team.id, maxHops: 2, limit: 10 });
    expect(res.paths.map((p) => p.hops)).toEqual([2, 2, 2, 2]);
    const two = await s.reach.reach(g.me, { targetPersonId: g.t.id, from: ReachFrom.TEAM, teamId: g.team.id, limit: 2 });
    expect(two.paths).toHaveLength(2);
  });

  it('shows a person outside the viewer’s regions without personal data; an admin sees them', async () => {
    const g = await graph();
    const [, hidden] = (await s.reach.reach(g.me, { targetPersonId: g.t.id, from: ReachFrom.TEAM, teamId: g.team.id })).paths;
    expect(hidden.nodes[1]).toMatchObject({ id: null, hidden: true, kind: 'PERSON' });
    expect(JSON.stringify(hidden)).not.toContain(g.h.id);
    expect(JSON.stringify(hidden)).not.toContain('Hidden Helper');
    expect(hidden.links[0]).toMatchObject({ strength: 5, context: null });
    const [, seen] = (await s.reach.reach(admin(), { targetPersonId: g.t.id, from: ReachFrom.TEAM, teamId: g.team.id })).paths;
    expect(seen.nodes[1]).toMatchObject({ id: g.h.id, name: 'Hidden Helper', hidden: false });
    expect(seen.links[0].context).toBe('cousins');
  });

  it('reaches an organization, from a region’s members', async () => {
    const g = await graph();
    const res = await s.reach.reach(g.me, { targetOrganizationId: g.o.id, from: ReachFrom.REGION, regionId: g.r1 });
    expect(res.target).toMatchObject({ id: g.o.id, name: 'Tenants Union', kind: 'ORGANIZATION' });
    expect(names(res.paths[0])).toEqual(['Marcus Member', 'Tenants Union']);
  });

  it('follows tie changes at once: a removed tie, a new one, a logged one-to-one', async () => {
    const g = await graph();
    const ask = () => s.reach.reach(g.me, { targetPersonId: g.t.id, from: ReachFrom.TEAM, teamId: g.team.id });
    await s.ties.removeKnows(admin(), g.a.id, g.t.id);
    expect(names((await ask()).paths[0])).toEqual(['Marcus Member', expect.stringMatching(/^Someone in/), 'Senator Target']);
    await s.ties.setKnows(admin(), { personId: g.m1.id, otherPersonId: g.t.id, strength: 5, context: 'old friends', since: null });
    expect(names((await ask()).paths[0])).toEqual(['Maria Member', 'Senator Target']);
    await s.ties.removeAffiliation(g.me, g.m2.id, g.o.id, AffiliationKind.LEADS);
    expect((await ask()).paths.some((p) => p.nodes.some((n) => n.name === 'Tenants Union'))).toBe(false);

    // A new member meets the target for a one-to-one: the tie appears, with its derived strength and last contact.
    const newcomer = await s.people.create(g.me, personInput(g.r1, { name: 'Nina Newcomer' }));
    await s.teams.addMember(g.me, g.team.id, newcomer.id, null);
    await s.interactions.log(g.me, plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, hostPersonId: newcomer.id, personIds: [g.t.id] }));
    const res = await ask();
    const direct = res.paths.find((p) => p.messenger.name === 'Nina Newcomer')!;
    expect(names(direct)).toEqual(['Nina Newcomer', 'Senator Target']);
    expect(direct.links[0]).toMatchObject({ kind: 'KNOWS', strength: 3.5, lastContact: today() });

    // A deleted broker takes its paths with it.
    await s.people.delete(admin(), g.c.id);
    expect((await ask()).paths.some((p) => p.nodes.some((n) => n.name === 'Cora Chain'))).toBe(false);
  });

  it('sees team changes at once, with no reload: members added and removed, a member deleted, the team moved or deleted', async () => {
    const g = await graph();
    const ask = (v = g.me) => s.reach.reach(v, { targetPersonId: g.t.id, from: ReachFrom.TEAM, teamId: g.team.id });
    expect((await ask()).startingMembers).toBe(2);
    const loadedAt = s.reachIndex.stats().loadedAt;

    await s.teams.removeMember(g.me, g.team.id, g.m1.id);
    let res = await ask();
    expect(res.startingMembers).toBe(1);
    expect(res.paths.every((p) => p.messenger.name === 'Marcus Member')).toBe(true);

    await s.teams.addMember(g.me, g.team.id, g.d.id, null);
    res = await ask();
    expect(res.startingMembers).toBe(2);
    expect(names(res.paths[0])).toEqual(['Dan Chain', 'Senator Target']);

    await s.people.delete(admin(), g.d.id);
    expect((await ask()).startingMembers).toBe(1);

    // Moved to a region the leader does not work in: not found for them, still for an admin.
    await s.teams.update(admin(), g.team.id, 1, { name: 'Housing IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: g.r2 });
    await expect(ask()).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'teamId' }] });
    expect((await ask(admin())).startingMembers).toBe(1);
    await s.teams.delete(admin(), g.team.id);
    await expect(ask(admin())).rejects.toMatchObject({ fields: [{ field: 'teamId' }] });

    // A new team, and its first member, straight away.
    const fresh = await s.teams.create(g.me, { name: 'New IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: g.r1 });
    await s.teams.addMember(g.me, fresh.id, g.m1.id, null);
    const now = await s.reach.reach(g.me, { targetPersonId: g.t.id, from: ReachFrom.TEAM, teamId: fresh.id });
    expect(now.startingMembers).toBe(1);
    expect(names(now.paths[0])).toEqual(['Maria Member', 'Ana Broker', 'Senator Target']);
    expect(s.reachIndex.stats().loadedAt).toBe(loadedAt);
  });

  it('counts a person made a member by attending an event among all members at once', async () => {
    const g = await graph();
    const ask = () => s.reach.reach(g.me, { targetPersonId: g.t.id, from: ReachFrom.REGION, regionId: g.r1 });
    const before = await ask();
    expect(before.paths.some((p) => p.messenger.name === 'Cora Chain')).toBe(false);
    const event = await s.events.create(g.me, { name: 'Rally', date: today(), regionId: g.r1 } as never);
    await s.events.recordAttendance(g.me, { eventId: event.id, attendees: [{ personId: g.c.id }] } as never);
    const after = await ask();
    expect(after.startingMembers).toBe(before.startingMembers + 1);
    expect(after.paths.some((p) => p.messenger.name === 'Cora Chain')).toBe(true);
  });

  it('loads names and link details with commas, quotes and line breaks intact', async () => {
    const [r1] = await twoRegions(s);
    const me = viewer(Role.LEADER, [r1]);
    const m = await s.people.create(me, personInput(r1, { name: 'Maria, "the" Member' }));
    const b = await s.people.create(admin(), personInput(r1, { name: 'Bo\nBroker', kinds: [PersonKind.ALLY] }));
    const t = await s.people.create(me, personInput(r1, { name: 'Target', kinds: [PersonKind.TARGET] }));
    await s.ties.setKnows(admin(), { personId: m.id, otherPersonId: b.id, strength: 4, context: 'met at "the rally", 2019\nthen weekly', since: '2019-05-01' });
    await s.ties.setKnows(admin(), { personId: b.id, otherPersonId: t.id, strength: 3, context: '', since: null });
    const team = await s.teams.create(me, { name: 'T', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    await s.teams.addMember(me, team.id, m.id, null);
    const [p] = (await s.reach.reach(me, { targetPersonId: t.id, from: ReachFrom.TEAM, teamId: team.id })).paths;
    expect(names(p)).toEqual(['Maria, "the" Member', 'Bo\nBroker', 'Target']);
    expect(p.links.map((l) => [l.strength, l.context, l.since])).toEqual([
      [4, 'met at "the rally", 2019\nthen weekly', '2019-05-01'],
      [3, expect.anything(), null],
    ]);
  });

  it('refuses bad requests naming the field', async () => {
    const g = await graph();
    await expect(s.reach.reach(g.me, { from: ReachFrom.TEAM, teamId: g.team.id })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'targetPersonId' }] });
    await expect(s.reach.reach(g.me, { targetPersonId: g.t.id, from: ReachFrom.TEAM })).rejects.toMatchObject({ fields: [{ field: 'teamId' }] });
    await expect(s.reach.reach(g.me, { targetPersonId: g.t.id, from: ReachFrom.ALL_MEMBERS, maxHops: 7 })).rejects.toMatchObject({ fields: [{ field: 'maxHops' }] });
    await expect(s.reach.reach(g.me, { targetPersonId: g.t.id, from: ReachFrom.REGION, regionId: g.r2 })).rejects.toMatchObject({ fields: [{ field: 'regionId' }] });
    await expect(s.reach.reach(g.me, { targetPersonId: g.h.id, from: ReachFrom.ALL_MEMBERS })).rejects.toMatchObject({ fields: [{ field: 'targetPersonId' }] });
    await expect(s.reach.reach(g.me, { targetPersonId: g.t.id, from: ReachFrom.ME })).rejects.toMatchObject({ fields: [{ field: 'from' }] });
  });
});

import { jest } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { CampaignInput } from '../../src/modules/campaigns/campaign.model.js';
import { EndorsementAskInput } from '../../src/modules/endorsements/endorsement.model.js';
import { SessionQueries } from '../../src/modules/auth/auth.queries.js';
import { EventInput } from '../../src/modules/events/event.model.js';
import { ListQueries } from '../../src/modules/lists/lists.queries.js';
import { IssueScope } from '../../src/modules/issues/issue.model.js';
import { MapScopeKind, type NetworkMap, type NetworkMapArgs } from '../../src/modules/maps/map.model.js';
import { MapsService } from '../../src/modules/maps/maps.service.js';
import { RoleKind } from '../../src/modules/roles/role.model.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

/**
 * Region 1: Ana, Ben, Cai, Dee, Eve and the Tenants Union; Hal is in region 2.
 *   Ana — Ben        since 2020-01-01
 *   Ben — Cai        2021-01-01 … 2022-06-30 (ended)
 *   Ana — Cai        (no date: always)
 *   Cai — Dee        since 2023-01-01
 *   Dee — Hal        (region 2)
 *   Ana member of the Union since 2019-05-01; Eve works at it (no date)
 * Today the region's map is a tree: Ben–Ana–Cai–Dee and Ana–Union–Eve.
 */
describeEachEngine('network maps', (store) => {
  let s: Services;
  let maps: MapsService;
  beforeAll(() => {
    s = services(store());
    maps = new MapsService(store(), s.reachIndex);
  });
  afterAll(() => maps.onApplicationShutdown());

  async function graph() {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const person = (name: string, region = r1) => s.people.create(admin(), personInput(region, { name, tags: name === 'Ana' ? ['housing'] : [] }));
    const [ana, ben, cai, dee, eve] = await Promise.all(['Ana', 'Ben', 'Cai', 'Dee', 'Eve'].map((n) => person(n)));
    const hal = await person('Hal', r2);
    const union = await s.organizations.create(leader, organizationInput(r1, { name: 'Tenants Union' }));
    const knows = (x: { id: string }, y: { id: string }, since: string | null, until: string | null = null) =>
      s.ties.setKnows(admin(), { personId: x.id, otherPersonId: y.id, strength: 3, context: null, since, until });
    await knows(ana, ben, '2020-01-01');
    await knows(ben, cai, '2021-01-01', '2022-06-30');
    await knows(ana, cai, null);
    await knows(cai, dee, '2023-01-01');
    await knows(dee, hal, '2020-01-01');
    await s.ties.addAffiliation(leader, { personId: ana.id, organizationId: union.id, kind: AffiliationKind.MEMBER_OF, since: '2019-05-01' });
    await s.ties.addAffiliation(leader, { personId: eve.id, organizationId: union.id, kind: AffiliationKind.WORKS_AT });
    return { r1, r2, leader, ana, ben, cai, dee, eve, hal, union };
  }

  const args = (kind: MapScopeKind, id: string, o: Partial<Omit<NetworkMapArgs, 'scope'>> & { hops?: number } = {}): NetworkMapArgs => {
    const { hops, ...rest } = o;
    return { scope: { kind, id, hops }, ...rest } as NetworkMapArgs;
  };
  const labels = (m: NetworkMap) => m.nodes.map((n) => n.label).sort();
  const links = (m: NetworkMap) =>
    m.edges.map((e) => `${[m.nodes[e.source].label, m.nodes[e.target].label].sort().join('–')} ${e.kind}${e.change === 'SAME' ? '' : ` ${e.change}`}`).sort();
  const node = (m: NetworkMap, label: string) => m.nodes.find((n) => n.label === label)!;

  it('maps every region the viewer works in without naming one: one region for a leader, both for two, the whole coalition for an admin', async () => {
    const { r1, r2, leader } = await graph();
    const mine = await maps.networkMap(leader, args(MapScopeKind.MY_REGIONS, ''));
    expect(labels(mine)).toEqual(labels(await maps.networkMap(leader, args(MapScopeKind.REGION, r1))));
    expect(labels(mine)).toEqual(['Ana', 'Ben', 'Cai', 'Dee', 'Eve', 'Tenants Union']);
    const both = await maps.networkMap(viewer(Role.LEADER, [r1, r2]), args(MapScopeKind.MY_REGIONS, ''));
    expect(both.scopeName).toBe('All your regions');
    expect(labels(both)).toEqual(['Ana', 'Ben', 'Cai', 'Dee', 'Eve', 'Hal', 'Tenants Union']);
    expect(links(both)).toContain('Dee–Hal KNOWS');
    const whole = await maps.networkMap(admin(), args(MapScopeKind.MY_REGIONS, ''));
    expect(whole.scopeName).toBe('The whole coalition');
    expect(labels(whole)).toEqual(expect.arrayContaining(['Ana', 'Hal', 'Tenants Union']));
    await expect(maps.networkMap(leader, args(MapScopeKind.MY_REGIONS, '', { hops: 1 }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('maps a neighbourhood as of a date: only the ties and affiliations that existed then, and the records they reach', async () => {
    const g = await graph();
    const then = await maps.networkMap(g.leader, args(MapScopeKind.NEIGHBOURHOOD, g.ana.id, { hops: 1, asOf: '2021-06-01' }));
    expect(labels(then)).toEqual(['Ana', 'Ben', 'Cai', 'Tenants Union']);
    expect(links(then)).toEqual(['Ana–Ben KNOWS', 'Ana–Cai KNOWS', 'Ana–Tenants Union MEMBER_OF', 'Ben–Cai KNOWS']);
    expect(then.edges.find((e) => e.kind === 'KNOWS' && e.since === '2021-01-01')).toMatchObject({ until: '2022-06-30', strength: 3 });
    // A tie's end is kept with it (the person's page shows it), and cannot come before its start.
    expect((await s.ties.knowsOf(g.leader, g.ben.id)).find((t) => t.person.id === g.cai.id)).toMatchObject({ since: '2021-01-01', until: '2022-06-30' });
    await expect(s.ties.setKnows(admin(), { personId: g.ana.id, otherPersonId: g.eve.id, strength: 2, context: null, since: '2024-05-01', until: '2024-04-30' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', fields: [{ field: 'until' }],
    });

    // Two links out, today: Ben–Cai has ended; Dee (through Cai) and Eve (through the Union) are in, Hal is three links away.
    const now = await maps.networkMap(g.leader, args(MapScopeKind.NEIGHBOURHOOD, g.ana.id, { hops: 2 }));
    expect(labels(now)).toEqual(['Ana', 'Ben', 'Cai', 'Dee', 'Eve', 'Tenants Union']);
    expect(links(now)).toEqual(['Ana–Ben KNOWS', 'Ana–Cai KNOWS', 'Ana–Tenants Union MEMBER_OF', 'Cai–Dee KNOWS', 'Eve–Tenants Union WORKS_AT']);
    expect(node(now, 'Ana')).toMatchObject({ id: g.ana.id, kind: 'PERSON', tags: ['housing'], types: ['MEMBER'], hidden: false });
    expect(node(now, 'Tenants Union')).toMatchObject({ kind: 'ORGANIZATION', types: ['PARTNER'] });
  });

  it('measures a region’s map with known answers: degree, betweenness of a tree, PageRank and clusters', async () => {
    const g = await graph();
    const m = await maps.networkMap(g.leader, args(MapScopeKind.REGION, g.r1));
    expect(labels(m)).toEqual(['Ana', 'Ben', 'Cai', 'Dee', 'Eve', 'Tenants Union']);
    expect(Object.fromEntries(m.nodes.map((n) => [n.label, n.degree]))).toEqual({ Ana: 3, Ben: 1, Cai: 2, Dee: 1, Eve: 1, 'Tenants Union': 2 });
    // Betweenness (normalized over the 10 pairs not involving the node): Ana lies on 8 of them, Cai and the Union on 4, leaves on none.
    expect(Object.fromEntries(m.nodes.map((n) => [n.label, n.betweenness]))).toEqual({ Ana: 0.8, Ben: 0, Cai: 0.4, Dee: 0, Eve: 0, 'Tenants Union': 0.4 });
    expect(m.betweennessComputed).toBe(true);
    const ranks = m.nodes.map((n) => n.pagerank);
    expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(node(m, 'Ana').pagerank).toBe(Math.max(...ranks));
    // Dee and Eve (and Cai and the Union) have the same place in the tree's shape.
    expect(node(m, 'Dee').pagerank).toBeCloseTo(node(m, 'Eve').pagerank, 5);
    expect(node(m, 'Cai').pagerank).toBeCloseTo(node(m, 'Tenants Union').pagerank, 5);
    expect(new Set(m.nodes.map((n) => n.cluster)).size).toBeGreaterThan(1);
    // Hal is in region 2: not part of region 1's map.
    expect(m.totalNodes).toBe(6);
  });

  it('flags what changed between two dates: ties added and removed', async () => {
    const g = await graph();
    const m = await maps.networkMap(g.leader, args(MapScopeKind.REGION, g.r1, { compareTo: '2021-06-01' }));
    expect(links(m)).toEqual([
      'Ana–Ben KNOWS', 'Ana–Cai KNOWS', 'Ana–Tenants Union MEMBER_OF', 'Ben–Cai KNOWS REMOVED', 'Cai–Dee KNOWS ADDED', 'Eve–Tenants Union WORKS_AT',
    ]);
    // Measures are those of the later date: the removed tie does not count.
    expect(node(m, 'Ben').degree).toBe(1);
  });

  it('shows records outside the viewer’s regions without id, name or dates', async () => {
    const g = await graph();
    const m = await maps.networkMap(g.leader, args(MapScopeKind.NEIGHBOURHOOD, g.dee.id, { hops: 1 }));
    const hidden = m.nodes.find((n) => n.hidden)!;
    expect(hidden).toMatchObject({ id: null, label: expect.stringMatching(/^Someone in Region B/), tags: [], types: [], roles: [] });
    const edge = m.edges.find((e) => m.nodes[e.source].hidden || m.nodes[e.target].hidden)!;
    expect(edge).toMatchObject({ kind: 'KNOWS', since: null, until: null, strength: 3 });
    const packed = await maps.packed(g.leader, args(MapScopeKind.NEIGHBOURHOOD, g.dee.id, { hops: 1 }));
    expect(packed.nodes.id).not.toContain(g.hal.id);
    expect(JSON.stringify(packed)).not.toContain('Hal');
    // Someone who sees both regions sees Hal.
    const both = await maps.networkMap(admin(), args(MapScopeKind.NEIGHBOURHOOD, g.dee.id, { hops: 1 }));
    expect(labels(both)).toContain('Hal');
    // A neighbourhood centred outside the viewer's regions, or a region not theirs, is not found.
    await expect(maps.networkMap(g.leader, args(MapScopeKind.NEIGHBOURHOOD, g.hal.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(maps.networkMap(g.leader, args(MapScopeKind.REGION, g.r2))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(maps.networkMap(g.leader, args(MapScopeKind.REGION, g.r1, { hops: 1 }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'scope.hops' }] });
  });

  it('keeps a scope’s layout: the same map again is not laid out again, and another date reuses the positions', async () => {
    const g = await graph();
    const first = await maps.compute(g.leader, args(MapScopeKind.REGION, g.r1));
    expect(first.layout).toBe('fresh');
    expect(first.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(new Set(first.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(first.nodes.length);
    expect(await maps.compute(g.leader, args(MapScopeKind.REGION, g.r1))).toBe(first);
    const earlier = await maps.compute(g.leader, args(MapScopeKind.REGION, g.r1, { asOf: '2021-06-01' }));
    expect(earlier.layout).toBe('reused');
    const at = (m: typeof first, id: string) => m.nodes.find((n) => n.id === id)!;
    expect([at(earlier, g.ana.id).x, at(earlier, g.ana.id).y]).toEqual([at(first, g.ana.id).x, at(first, g.ana.id).y]);

    // A write changes the data version: the map is computed again (with the new tie), positions kept.
    await s.ties.setKnows(admin(), { personId: g.ben.id, otherPersonId: g.eve.id, strength: 5, context: null, since: null, until: null });
    const after = await maps.compute(g.leader, args(MapScopeKind.REGION, g.r1));
    expect(after).not.toBe(first);
    expect(after.layout).toBe('reused');
    expect(after.edges.some((e) => e.strength === 5)).toBe(true);
    expect([at(after, g.ana.id).x, at(after, g.ana.id).y]).toEqual([at(first, g.ana.id).x, at(first, g.ana.id).y]);
  });

  it('a big first map answers at once with a draft that places every record, then the settled layout replaces it and is kept', async () => {
    const g = await graph();
    const drafting = new MapsService(store(), s.reachIndex);
    drafting.draftAbove = 0; // every first map is big enough to be drafted
    try {
      const draft = await drafting.packed(g.leader, args(MapScopeKind.REGION, g.r1));
      expect(draft.draft).toBe(true);
      expect(draft.layout).toBe('fresh');
      const n = draft.nodes.id.length;
      expect(n).toBe(6);
      // Every record placed, each at its own place.
      expect(draft.nodes.x.every(Number.isFinite) && draft.nodes.y.every(Number.isFinite)).toBe(true);
      expect(new Set(draft.nodes.x.map((x, i) => `${x},${draft.nodes.y[i]}`)).size).toBe(n);
      await drafting.layoutsSettled();
      const settled = await drafting.packed(g.leader, args(MapScopeKind.REGION, g.r1));
      expect(settled.draft).toBe(false);
      expect(settled.version).not.toBe(draft.version);
      expect(settled.nodes.id).toEqual(draft.nodes.id);
      expect(settled.nodes.degree).toEqual(draft.nodes.degree);
      expect(settled.nodes.x.some((x, i) => x !== draft.nodes.x[i] || settled.nodes.y[i] !== draft.nodes.y[i])).toBe(true);
      expect(new Set(settled.nodes.x.map((x, i) => `${x},${settled.nodes.y[i]}`)).size).toBe(n);
      // Kept: the same map again is the settled one, and another date of the scope reuses its positions.
      const again = await drafting.packed(g.leader, args(MapScopeKind.REGION, g.r1));
      expect(again.version).toBe(settled.version);
      expect([again.nodes.x, again.nodes.y]).toEqual([settled.nodes.x, settled.nodes.y]);
      const earlier = await drafting.compute(g.leader, args(MapScopeKind.REGION, g.r1, { asOf: '2021-06-01' }));
      expect(earlier.draft).toBe(false);
      expect(earlier.layout).toBe('reused');
      const ana = settled.nodes.id.indexOf(g.ana.id);
      const anaEarlier = earlier.nodes.find((x) => x.id === g.ana.id)!;
      expect([anaEarlier.x, anaEarlier.y]).toEqual([settled.nodes.x[ana], settled.nodes.y[ana]]);
    } finally {
      drafting.onApplicationShutdown();
    }
  });

  it('after a tie on the map, the map computed from the last one has the PageRank and degrees of a map computed afresh', async () => {
    const g = await graph();
    await maps.compute(admin(), args(MapScopeKind.REGION, g.r1));
    await s.ties.setKnows(admin(), { personId: g.ben.id, otherPersonId: g.eve.id, strength: 5, context: null, since: null, until: null });
    const warm = await maps.compute(admin(), args(MapScopeKind.REGION, g.r1));
    const fresh = new MapsService(store(), s.reachIndex);
    try {
      const cold = await fresh.compute(admin(), args(MapScopeKind.REGION, g.r1));
      expect(cold.layout).toBe('fresh');
      const byId = (m: typeof cold) => new Map(m.nodes.map((n) => [n.id, n]));
      const coldNodes = byId(cold);
      expect([...byId(warm).keys()].sort()).toEqual([...coldNodes.keys()].sort());
      for (const n of warm.nodes) {
        expect(n.degree).toBe(coldNodes.get(n.id)!.degree);
        expect(Math.abs(n.pagerank - coldNodes.get(n.id)!.pagerank)).toBeLessThan(1e-5);
      }
      expect(warm.nodes.find((n) => n.id === g.ben.id)!.degree).toBe(2);
    } finally {
      fresh.onApplicationShutdown();
    }
  });

  it('computes the maps opened lately again after a write, so the next open finds them ready and showing the write', async () => {
    const g = await graph();
    const today = await maps.compute(g.leader, args(MapScopeKind.REGION, g.r1));
    const earlier = await maps.compute(g.leader, args(MapScopeKind.REGION, g.r1, { asOf: '2021-06-01' }));
    await s.ties.setKnows(admin(), { personId: g.ben.id, otherPersonId: g.eve.id, strength: 5, context: null, since: '2021-01-01', until: null });
    await maps.recomputeRecent(); // what the change feed's timer runs once writes pause
    const build = jest.spyOn(maps as unknown as { build: () => unknown }, 'build');
    try {
      const after = await maps.compute(g.leader, args(MapScopeKind.REGION, g.r1));
      const earlierAfter = await maps.compute(g.leader, args(MapScopeKind.REGION, g.r1, { asOf: '2021-06-01' }));
      expect(build).not.toHaveBeenCalled();
      expect(after).not.toBe(today);
      expect(earlierAfter).not.toBe(earlier);
      for (const m of [after, earlierAfter]) {
        const ben = m.nodes.findIndex((n) => n.id === g.ben.id);
        const eve = m.nodes.findIndex((n) => n.id === g.eve.id);
        expect(m.edges.some((e) => e.kind === 'KNOWS' && e.strength === 5 && [e.source, e.target].sort().join() === [ben, eve].sort().join())).toBe(true);
      }
    } finally {
      build.mockRestore();
    }
  });

  it('keeps a map through writes it does not show, and computes it again after each write it shows', async () => {
    const g = await graph();
    const build = jest.spyOn(maps as unknown as { build: () => unknown }, 'build');
    const region = () => maps.compute(g.leader, args(MapScopeKind.REGION, g.r1));
    const ids = (m: { nodes: Array<{ id: string }> }) => m.nodes.map((n) => n.id);
    const recordOf = <N extends { id: string }>(m: { nodes: N[] }, id: string) => m.nodes.find((n) => n.id === id)!;
    try {
      const first = await region();
      expect(build).toHaveBeenCalledTimes(1);

      // A sign-in, an event, and a tie between two people of the other region: the region's map is the same.
      await store().write(SessionQueries.create, { accountId: 'no-such-account', id: 'session-1', createdAt: new Date().toISOString(), expiresAt: new Date().toISOString() });
      await s.events.create(g.leader, plainToInstance(EventInput, { name: 'House meeting', date: '2026-03-01', regionId: g.r1 }));
      const ivy = await s.people.create(admin(), personInput(g.r2, { name: 'Ivy' }));
      await s.ties.setKnows(admin(), { personId: g.hal.id, otherPersonId: ivy.id, strength: 4, context: null, since: null, until: null });
      expect(await region()).toBe(first);
      expect(build).toHaveBeenCalledTimes(1);

      // A new person in the region, with no tie yet: on the map.
      const joe = await s.people.create(admin(), personInput(g.r1, { name: 'Joe' }));
      const withJoe = await region();
      expect(withJoe).not.toBe(first);
      expect(ids(withJoe)).toContain(joe.id);
      expect(withJoe.version).not.toBe(first.version);

      // Tags set in bulk (the lists' query names no record to the change feed): shown on the map.
      await store().write(ListQueries.setTags, { rows: [{ id: g.ben.id, tags: ['transit'] }], now: new Date().toISOString() });
      const tagged = await region();
      expect(tagged).not.toBe(withJoe);
      expect(tagged.nodes.find((n) => n.id === g.ben.id)!.tags).toEqual(['transit']);

      // Ana's tags edited on her page (the write names her): shown; the others' kinds and tags are the same.
      await s.people.update(admin(), g.ana.id, g.ana.version, personInput(g.r1, { name: 'Ana', tags: ['housing', 'schools'] }));
      const edited = await region();
      expect(edited.nodes.find((n) => n.id === g.ana.id)!.tags).toEqual(['housing', 'schools']);
      expect(edited.nodes.find((n) => n.id === g.ben.id)!.tags).toEqual(['transit']);
      expect(edited.nodes.map((n) => n.types)).toEqual(tagged.nodes.map((n) => n.types));

      // A campaign's partner: its map, kept before, shows the new partner.
      const issue = await s.issues.create(g.leader, { name: 'Transit', scope: IssueScope.SPECIFIC_ISSUE, regionId: g.r1 });
      const campaign = await s.campaigns.create(g.leader, plainToInstance(CampaignInput, { name: 'Fix the bus', regionId: g.r1, issueId: issue.id }));
      const before = await maps.compute(g.leader, args(MapScopeKind.CAMPAIGN, campaign.id, { hops: 0 }));
      expect(ids(before)).toEqual([campaign.id]);
      await s.campaigns.setPartner(g.leader, campaign.id, g.union.id, true);
      expect(ids(await maps.compute(g.leader, args(MapScopeKind.CAMPAIGN, campaign.id, { hops: 0 }))).sort()).toEqual([campaign.id, g.union.id].sort());

      // A role (a connector to the Union for the campaign): the region's map, kept with Cai's roles read before, shows it.
      expect(recordOf(await region(), g.cai.id).roles).toEqual([]);
      await s.roles.assign(g.leader, { personId: g.cai.id, role: RoleKind.CONNECTOR, campaignId: campaign.id, forOrganizationId: g.union.id, startDate: '2025-01-01' });
      const withRole = await region();
      expect(recordOf(withRole, g.cai.id).roles).toEqual(['CONNECTOR']);
      const cai = withRole.nodes.findIndex((n) => n.id === g.cai.id);
      const union = withRole.nodes.findIndex((n) => n.id === g.union.id);
      expect(withRole.edges.filter((e) => e.kind === 'ROLE').map((e) => [e.source, e.target].sort())).toEqual([[cai, union].sort()]);

      // Dee's neighbourhood (one link out) is unchanged by a tie between Ana and Eve, and changed by one of Dee's.
      const dee = await maps.compute(g.leader, args(MapScopeKind.NEIGHBOURHOOD, g.dee.id, { hops: 1 }));
      await s.ties.setKnows(admin(), { personId: g.ana.id, otherPersonId: g.eve.id, strength: 2, context: null, since: null, until: null });
      expect(await maps.compute(g.leader, args(MapScopeKind.NEIGHBOURHOOD, g.dee.id, { hops: 1 }))).toBe(dee);
      await s.ties.setKnows(admin(), { personId: g.dee.id, otherPersonId: g.eve.id, strength: 2, context: null, since: null, until: null });
      expect(ids(await maps.compute(g.leader, args(MapScopeKind.NEIGHBOURHOOD, g.dee.id, { hops: 1 })))).toContain(g.eve.id);
    } finally {
      build.mockRestore();
    }
  });

  it('maps a team with its members and roles, and a campaign with partners, roles and endorsement asks', async () => {
    const g = await graph();
    const team = await s.teams.create(g.leader, { name: 'Housing IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: g.r1 });
    await s.teams.addMember(g.leader, team.id, g.ana.id, '2024-01-01');
    await s.teams.addMember(g.leader, team.id, g.ben.id, null);
    await s.roles.assign(g.leader, { personId: g.ana.id, role: RoleKind.CO_CHAIR, teamId: team.id, startDate: '2024-02-01' });
    const t = await maps.networkMap(g.leader, args(MapScopeKind.TEAM, team.id, { hops: 0 }));
    expect(t.scopeName).toBe('Housing IAT');
    expect(labels(t)).toEqual(['Ana', 'Ben', 'Housing IAT']);
    expect(links(t)).toEqual(['Ana–Ben KNOWS', 'Ana–Housing IAT ROLE', 'Ana–Housing IAT TEAM_MEMBER', 'Ben–Housing IAT TEAM_MEMBER']);
    expect(node(t, 'Ana').roles).toEqual(['CO_CHAIR']);
    expect(node(t, 'Housing IAT').kind).toBe('TEAM');
    // Before Ana joined and took the role: only Ben's membership (no date) and the tie.
    const before = await maps.networkMap(g.leader, args(MapScopeKind.TEAM, team.id, { hops: 0, asOf: '2023-06-01' }));
    expect(links(before)).toEqual(['Ana–Ben KNOWS', 'Ben–Housing IAT TEAM_MEMBER']);
    expect(node(before, 'Ana').roles).toEqual([]);

    const issue = await s.issues.create(g.leader, { name: 'Rent control', scope: IssueScope.SPECIFIC_ISSUE, regionId: g.r1 });
    const campaign = await s.campaigns.create(g.leader, plainToInstance(CampaignInput, { name: 'Cap the rent', regionId: g.r1, issueId: issue.id }));
    await s.campaigns.setPartner(g.leader, campaign.id, g.union.id, true);
    await s.roles.assign(g.leader, { personId: g.cai.id, role: RoleKind.CONNECTOR, campaignId: campaign.id, forOrganizationId: g.union.id, startDate: '2025-01-01' });
    const church = await s.organizations.create(g.leader, organizationInput(g.r1, { name: 'First Church' }));
    await s.endorsements.create(g.leader, plainToInstance(EndorsementAskInput, { organizationId: church.id, campaignId: campaign.id, askerId: g.dee.id }));
    const c = await maps.networkMap(g.leader, args(MapScopeKind.CAMPAIGN, campaign.id, { hops: 0 }));
    expect(labels(c)).toEqual(['Cai', 'Cap the rent', 'Dee', 'First Church', 'Tenants Union']);
    expect(links(c)).toEqual([
      'Cai–Cap the rent ROLE', 'Cai–Dee KNOWS', 'Cai–Tenants Union ROLE', 'Cap the rent–First Church ENDORSEMENT', 'Cap the rent–Tenants Union PARTNER',
    ]);
    expect(c.edges.find((e) => e.kind === 'ENDORSEMENT')!.detail).toBe('TO_ASK');
    // One link out: the Union's people and Cai's and Dee's ties join the coalition's map (Hal hidden: region 2);
    // Ben's only tie into it (with Cai) has ended.
    const wide = await maps.networkMap(g.leader, args(MapScopeKind.CAMPAIGN, campaign.id));
    expect(wide.hops).toBe(1);
    expect(labels(wide)).toEqual(['Ana', 'Cai', 'Cap the rent', 'Dee', 'Eve', 'First Church', expect.stringMatching(/^Someone in Region B/), 'Tenants Union']);
    expect(wide.nodes.filter((n) => n.hidden)).toHaveLength(1);
    // Filters narrow what is returned.
    const people = await maps.networkMap(g.leader, { ...args(MapScopeKind.CAMPAIGN, campaign.id), filters: { nodeKinds: ['PERSON' as never], tags: ['housing'] } });
    expect(labels(people)).toEqual(['Ana']);
  });
});

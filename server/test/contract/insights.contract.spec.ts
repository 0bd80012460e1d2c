import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { loadConfig } from '../../src/config/app-config.js';
import { LeaderScoringJob } from '../../src/modules/insights/leader-scoring.job.js';
import { Role } from '../../src/common/viewer.js';
import { AttendanceInput, EventInput } from '../../src/modules/events/event.model.js';
import { EmergingLeadersArgs, NetworkGapsArgs } from '../../src/modules/insights/insight.model.js';
import { InsightsRepository } from '../../src/modules/insights/insights.repository.js';
import { InsightsService } from '../../src/modules/insights/insights.service.js';
import { LeaderSignal } from '../../src/modules/insights/leader-score.js';
import { BridgingMeasure } from '../../src/modules/insights/network-scoring.js';
import { InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { RoleKind } from '../../src/modules/roles/role.model.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { describeEachEngine } from './engines.js';
import { organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const log = (o: Partial<LogInteractionInput>) => plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, ...o });
const leadersArgs = (o: Partial<EmergingLeadersArgs> = {}) => plainToInstance(EmergingLeadersArgs, { windowDays: 90, limit: 25, ...o });
const gapsArgs = (o: Partial<NetworkGapsArgs> = {}) => plainToInstance(NetworkGapsArgs, { coldAfterDays: 90, ...o });

describeEachEngine('insights: emerging leaders, gaps and risks', (store) => {
  let s: Services;
  let insights: InsightsService;
  let dataDir: string;
  const config = (extra: Record<string, string> = {}) => loadConfig({ DATA_DIR: dataDir, LEADERS_SCHEDULE_HOURS: '0', ...extra });
  const job = (extra: Record<string, string> = {}) => new LeaderScoringJob(new InsightsRepository(store()), s.reachIndex, config(extra));
  /** Scopes of more than `liveMax` people are served from `j`'s last run. */
  const service = (j: LeaderScoringJob, liveMax: string) => new InsightsService(new InsightsRepository(store()), s.people, s.organizations, s.roles, s.campaigns, s.reachIndex, j, config({ LEADERS_LIVE_MAX_PEOPLE: liveMax }));
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cg-leaders-'));
    s = services(store());
    insights = service(job(), '20000');
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('ranks first the person who hosted two one-to-ones and brought three people, with those parts; scoped and filtered by team', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana Rising' }));
    const [ben, cal] = [await s.people.create(leader, personInput(r1, { name: 'Ben' })), await s.people.create(leader, personInput(r1, { name: 'Cal' }))];
    const guests = [];
    for (const name of ['Dee', 'Eli', 'Fay']) guests.push(await s.people.create(leader, personInput(r1, { name })));
    const vet = await s.people.create(leader, personInput(r1, { name: 'Vera Veteran', kinds: ['LEADER'] as never }));
    await s.interactions.log(leader, log({ hostPersonId: ana.id, personIds: [ben.id], date: daysAgo(10) }));
    await s.interactions.log(leader, log({ hostPersonId: ana.id, personIds: [cal.id], date: daysAgo(20) }));
    // Vera was as busy before as now: no rise.
    await s.interactions.log(leader, log({ hostPersonId: vet.id, personIds: [ben.id], date: daysAgo(30) }));
    await s.interactions.log(leader, log({ hostPersonId: vet.id, personIds: [cal.id], date: daysAgo(120) }));
    const event = await s.events.create(leader, plainToInstance(EventInput, { name: 'Rally', date: daysAgo(5), regionId: r1 }));
    await s.events.recordAttendance(leader, plainToInstance(AttendanceInput, { eventId: event.id, attendees: guests.map((g) => ({ personId: g.id, broughtById: ana.id })) }));
    // Someone in another region is never listed to this leader.
    const other = viewer(Role.LEADER, [r2]);
    const far = await s.people.create(other, personInput(r2, { name: 'Far Away' }));
    await s.interactions.log(other, log({ hostPersonId: far.id, personIds: [(await s.people.create(other, personInput(r2))).id], date: daysAgo(3) }));

    const result = await insights.emergingLeaders(leader, leadersArgs());
    expect(result.to).toBe(daysAgo(0));
    expect(result.from).toBe(daysAgo(89));
    expect(result.previousTo).toBe(daysAgo(90));
    const [first] = result.leaders;
    expect(first.person.name).toBe('Ana Rising');
    expect(first.rank).toBe(1);
    const part = (signal: LeaderSignal) => first.parts.find((p) => p.signal === signal)!;
    expect(part(LeaderSignal.ONE_TO_ONES)).toMatchObject({ count: 2, previousCount: 0, weight: 3, points: 6 });
    expect(part(LeaderSignal.PEOPLE_BROUGHT)).toMatchObject({ count: 3, weight: 2, points: 6 });
    expect(part(LeaderSignal.NEW_TIES)).toMatchObject({ count: 2 });
    expect(first.score).toBe(first.parts.reduce((sum, p) => sum + p.points, 0));
    expect(first.rise).toBe(first.score - first.previousScore);
    expect(first.alreadyLeader).toBe(false);
    const vera = result.leaders.find((l) => l.person.id === vet.id)!;
    expect(vera.alreadyLeader).toBe(true);
    expect(vera.parts.find((p) => p.signal === LeaderSignal.ONE_TO_ONES)).toMatchObject({ count: 1, previousCount: 1 });
    expect(result.leaders.map((l) => l.person.name)).not.toContain('Far Away');

    // Filtered by a team: only its members.
    const team = await s.teams.create(leader, { name: 'IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    await s.teams.addMember(leader, team.id, vet.id, null);
    expect((await insights.emergingLeaders(leader, leadersArgs({ teamId: team.id }))).leaders.map((l) => l.person.name)).toEqual(['Vera Veteran']);
    // Another region is refused.
    await expect(insights.emergingLeaders(leader, leadersArgs({ regionId: r2 }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('counts the same activity from the engine’s row export as the store aggregates: per person and kind, this window and the one before, in scope', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1, r2]);
    const [ana, ben, cal] = [await s.people.create(leader, personInput(r1, { name: 'Ana' })), await s.people.create(leader, personInput(r1, { name: 'Ben' })), await s.people.create(leader, personInput(r2, { name: 'Cal' }))];
    await s.interactions.log(leader, log({ hostPersonId: ana.id, personIds: [ben.id], date: daysAgo(3) }));
    await s.interactions.log(leader, log({ hostPersonId: ana.id, personIds: [cal.id], date: daysAgo(100) }));
    await s.interactions.log(leader, log({ kind: InteractionKind.HOUSE_MEETING, hostPersonId: cal.id, personIds: [ana.id, ben.id], date: daysAgo(40) }));
    await s.interactions.log(leader, log({ kind: InteractionKind.TRAINING, hostPersonId: ben.id, personIds: [ana.id, cal.id], date: daysAgo(2) }));
    await s.interactions.log(leader, log({ hostPersonId: ben.id, personIds: [cal.id], date: daysAgo(400) })); // outside both windows
    const event = await s.events.create(leader, plainToInstance(EventInput, { name: 'March', date: daysAgo(95), regionId: r1 }));
    await s.events.recordAttendance(leader, plainToInstance(AttendanceInput, { eventId: event.id, attendees: [{ personId: cal.id, broughtById: ben.id }] }));
    const repo = new InsightsRepository(store());
    const windows = { from: daysAgo(89), to: daysAgo(0), previousTo: daysAgo(90), previousFrom: daysAgo(179) };
    const sorted = (a: Awaited<ReturnType<InsightsRepository['activity']>>) => ({
      counts: a.counts.filter((c) => [ana.id, ben.id, cal.id].includes(c.personId)).map((c) => `${c.personId} ${c.signal} ${c.now}/${c.before}`).sort(),
    });
    for (const scope of [{ allRegions: true, regions: [] }, { allRegions: false, regions: [r1] }]) {
      const read = sorted(await repo.activity(scope, windows));
      expect(read).toEqual(sorted(await repo.activityAggregated(scope, windows)));
      if (scope.allRegions) {
        expect(read.counts).toEqual(
          [`${ana.id} ONE_TO_ONES 1/1`, `${cal.id} HOUSE_MEETINGS 1/0`, `${ana.id} TRAININGS 1/0`, `${ben.id} TRAININGS 1/0`, `${cal.id} TRAININGS 1/0`, `${ben.id} PEOPLE_BROUGHT 0/1`].sort(),
        );
      } else expect(read.counts.some((c) => c.startsWith(cal.id))).toBe(false);
    }
  });

  it('scores the whole network as a background job: progress, the last run kept (also over a restart), large scopes served from it', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana Background' }));
    const ben = await s.people.create(leader, personInput(r1, { name: 'Ben Background' }));
    const cat = await s.people.create(leader, personInput(r1, { name: 'Cat Background', kinds: ['LEADER'] as never }));
    await s.interactions.log(leader, log({ hostPersonId: ana.id, personIds: [ben.id], date: daysAgo(3) }));
    await s.interactions.log(leader, log({ hostPersonId: ana.id, personIds: [cat.id], date: daysAgo(4) }));
    await s.interactions.log(leader, log({ hostPersonId: cat.id, personIds: [ben.id], date: daysAgo(100) }));
    const other = viewer(Role.LEADER, [r2]);
    const far = await s.people.create(other, personInput(r2, { name: 'Far Background' }));
    await s.interactions.log(other, log({ hostPersonId: far.id, personIds: [(await s.people.create(other, personInput(r2))).id], date: daysAgo(2) }));
    // Ana's first tie into another region, recorded today: her bridging grew in the window.
    await s.ties.setKnows(viewer(Role.ADMIN, [r1, r2]), { personId: ana.id, otherPersonId: far.id, strength: 3 } as never);

    const background = job();
    background.onApplicationBootstrap();
    const large = service(background, '0'); // every scope is "large": served from the last run
    const none = await large.emergingLeaders(leader, leadersArgs());
    expect(none).toMatchObject({ source: 'NOT_COMPUTED', computedAt: null, leaders: [], peopleScored: 0 });

    // A connector may not start it; a leader may; a second start while running joins the first.
    await expect(Promise.resolve().then(() => large.recomputeLeaderScores(viewer(Role.CONNECTOR, [r1]), 90))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const started = large.recomputeLeaderScores(leader, 90);
    expect(started).toMatchObject({ running: true, windowDays: 90, canRecompute: true });
    expect(started.progress).toBeGreaterThanOrEqual(0);
    expect(started.progress).toBeLessThan(1);
    const seen = new Set<string>();
    while (large.leaderScoring(leader).running) {
      const st = large.leaderScoring(leader);
      if (st.phase) seen.add(st.phase);
      await new Promise((r) => setImmediate(r));
    }
    expect(seen.size).toBeGreaterThan(1);
    const done = large.leaderScoring(leader);
    expect(done).toMatchObject({ running: false, progress: 0, lastError: null });
    const [run] = done.runs;
    expect(run).toMatchObject({ windowDays: 90, louvain: 'graphology' });
    expect(run.peopleScored).toBeGreaterThanOrEqual(3);
    expect(run.phases.map((p) => p.name).join(' | ')).toMatch(/read activity.*ties.*communities.*evidence.*ranking.*save/);

    const served = await large.emergingLeaders(leader, leadersArgs());
    expect(served.source).toBe('LAST_RUN');
    expect(served.computedAt).toBe(run.finishedAt);
    expect(served.leaders[0].person.name).toBe('Ana Background');
    expect(served.leaders[0].parts.find((p) => p.signal === LeaderSignal.ONE_TO_ONES)).toMatchObject({ count: 2, points: 6 });
    expect(served.leaders.map((l) => l.person.name)).not.toContain('Far Background');
    expect(served.leaders.find((l) => l.person.id === cat.id)).toMatchObject({ alreadyLeader: true });
    expect(served.leaders[0].bridging.find((b) => b.measure === BridgingMeasure.REGIONS_REACHED)).toMatchObject({ count: 1, previousCount: 0, growth: 1 });
    // The same people and parts as computed live for this leader's region.
    const live = await insights.emergingLeaders(leader, leadersArgs());
    expect(live.source).toBe('LIVE');
    const oneToOnes = (r: typeof live) => r.leaders.map((l) => [l.person.name, l.parts.find((p) => p.signal === LeaderSignal.ONE_TO_ONES)!.count]);
    expect(oneToOnes(served)).toEqual(oneToOnes(live));
    // Filtered by a team, from the same run.
    const team = await s.teams.create(leader, { name: 'Background IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    await s.teams.addMember(leader, team.id, ben.id, null);
    const onTeam = await large.emergingLeaders(leader, leadersArgs({ teamId: team.id }));
    expect(onTeam.leaders.map((l) => l.person.name)).toEqual(['Ben Background']);
    expect(onTeam.peopleScored).toBe(1);
    // Another window was not computed.
    expect((await large.emergingLeaders(leader, leadersArgs({ windowDays: 30 }))).source).toBe('NOT_COMPUTED');

    // After a restart, the saved run is served, with the time it was computed.
    background.onApplicationShutdown();
    const restarted = job();
    restarted.onApplicationBootstrap();
    const again = await service(restarted, '0').emergingLeaders(leader, leadersArgs());
    expect(again).toMatchObject({ source: 'LAST_RUN', computedAt: run.finishedAt });
    expect(again.leaders.map((l) => [l.person.name, l.score, l.previousScore, l.bridging])).toEqual(served.leaders.map((l) => [l.person.name, l.score, l.previousScore, l.bridging]));
    expect(restarted.status().runs[0]).toMatchObject({ windowDays: 90, finishedAt: run.finishedAt });
    restarted.onApplicationShutdown();
  });

  it('lists a partner tied by one person, and drops it when a second person joins', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const org = await s.organizations.create(leader, organizationInput(r1, { name: 'Lonely Partners' }));
    const untied = await s.organizations.create(leader, organizationInput(r1, { name: 'Nobody Knows Us' }));
    const una = await s.people.create(leader, personInput(r1, { name: 'Una Only' }));
    await s.ties.addAffiliation(leader, { personId: una.id, organizationId: org.id, kind: AffiliationKind.WORKS_AT } as never);

    let gaps = await insights.networkGaps(leader, gapsArgs({ regionId: r1 }));
    expect(gaps.partnersWithOneTie.map((p) => [p.organization.name, p.person?.name, p.ties])).toEqual([['Lonely Partners', 'Una Only', ['works at']]]);
    expect(gaps.partnersWithNoTie.map((o) => o.id)).toContain(untied.id);

    const second = await s.people.create(leader, personInput(r1, { name: 'Second Person' }));
    await s.ties.addAffiliation(leader, { personId: second.id, organizationId: org.id, kind: AffiliationKind.MEMBER_OF } as never);
    gaps = await insights.networkGaps(leader, gapsArgs({ regionId: r1 }));
    expect(gaps.partnersWithOneTie).toEqual([]);
  });

  it('lists a cold tie, the one with a role-holder first, and campaign role gaps', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const people = [];
    for (const name of ['Ada', 'Bo', 'Cy', 'Di', 'Ed']) people.push(await s.people.create(leader, personInput(r1, { name })));
    const [ada, bo, cy, di, ed] = people;
    await s.interactions.log(leader, log({ hostPersonId: ada.id, personIds: [bo.id], date: daysAgo(200) }));
    await s.interactions.log(leader, log({ hostPersonId: cy.id, personIds: [di.id], date: daysAgo(200) }));
    await s.interactions.log(leader, log({ hostPersonId: ada.id, personIds: [ed.id], date: daysAgo(5) }));
    const campaign = await s.campaigns.create(leader, { name: 'Fix the buses', regionId: r1 } as never);
    await s.roles.assign(leader, { personId: cy.id, role: RoleKind.GATHERER, campaignId: campaign.id } as never);

    const gaps = await insights.networkGaps(leader, gapsArgs({ regionId: r1 }));
    expect(gaps.coldTies.map((t) => [t.person.name, t.other.name].sort().join('–'))).toEqual(['Cy–Di', 'Ada–Bo']);
    expect(gaps.coldTies[0]).toMatchObject({ lastContact: daysAgo(200), daysSinceContact: 200, reasons: ['Cy is a gatherer'] });
    expect(gaps.coldTies[0].importance).toBeCloseTo(gaps.coldTies[0].strength * 2, 1);
    expect(gaps.coldTieCount).toBe(2);
    const board = gaps.campaigns.find((x) => x.campaign.id === campaign.id)!;
    expect(board.missingRoles).toEqual([RoleKind.CONNECTOR, RoleKind.FACILITATOR, RoleKind.LOGISTICS_COORDINATOR]);
    expect(board.rolesWithoutBackup.map((r) => r.role)).toEqual([RoleKind.GATHERER]);
    expect(board.gaps).toContain('Only Cy is gatherer: no backup');
  });

  it('finds two clusters joined by one bridge person', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const make = async (name: string) => s.people.create(leader, personInput(r1, { name }));
    const left = [await make('L1'), await make('L2'), await make('L3'), await make('L4')];
    const right = [await make('R1'), await make('R2'), await make('R3'), await make('R4')];
    const bridge = await make('Bridget');
    for (const group of [left, right]) {
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) {
        await s.ties.setKnows(leader, { personId: group[i].id, otherPersonId: group[j].id, strength: 3 } as never);
      }
    }
    await s.ties.setKnows(leader, { personId: bridge.id, otherPersonId: left[0].id, strength: 3 } as never);
    await s.ties.setKnows(leader, { personId: bridge.id, otherPersonId: right[0].id, strength: 3 } as never);

    const gaps = await insights.networkGaps(leader, gapsArgs({ regionId: r1 }));
    expect(gaps.clusters).toHaveLength(2);
    expect(gaps.clusters.map((c) => c.size).sort()).toEqual([4, 5]);
    expect(gaps.bridges[0].person.name).toBe('Bridget');
    expect(gaps.bridges[0].betweenness).toBeGreaterThan(0.5);
    const names = (c: (typeof gaps.clusters)[number]) => c.members.map((m) => m.name);
    expect(gaps.clusters.some((c) => names(c).includes('L1') && !names(c).includes('R1'))).toBe(true);
  });
});

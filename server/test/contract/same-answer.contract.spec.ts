import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { loadConfig } from '../../src/config/app-config.js';
import { EmergingLeadersArgs, NetworkGapsArgs } from '../../src/modules/insights/insight.model.js';
import { InsightsRepository } from '../../src/modules/insights/insights.repository.js';
import { InsightsService } from '../../src/modules/insights/insights.service.js';
import { LeaderSignal } from '../../src/modules/insights/leader-score.js';
import { LeaderScoringJob } from '../../src/modules/insights/leader-scoring.job.js';
import { MapScopeKind, type NetworkMap, type NetworkMapArgs } from '../../src/modules/maps/map.model.js';
import { MapsService } from '../../src/modules/maps/maps.service.js';
import { describeEachEngine } from './engines.js';
import { admin, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

/**
 * Same data, same answer: one network entered twice, in two regions, with other ids and in the opposite
 * order, gives the same clusters on the Gaps page, the same map colouring and the same "communities bridged".
 *
 * The network is a ring of 18 people, each tied to the next two: a graph where Louvain's answer depends on the
 * order it meets people, so any ordering by id shows (checked: with the former id order the two copies
 * disagreed).
 */
const NAMES = ['Ada', 'Bea', 'Cyd', 'Dov', 'Eli', 'Fay', 'Gus', 'Hal', 'Ida', 'Jo', 'Kai', 'Lu', 'Mo', 'Ned', 'Oz', 'Pia', 'Quin', 'Rae'];
const TIES: Array<[string, string]> = NAMES.flatMap((name, i) => [
  [name, NAMES[(i + 1) % NAMES.length]] as [string, string],
  [name, NAMES[(i + 2) % NAMES.length]] as [string, string],
]);

describeEachEngine('same data, same answer: clusters do not depend on ids or creation order', (store) => {
  let s: Services;
  let insights: InsightsService;
  let maps: MapsService;
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cg-same-'));
    s = services(store());
    const config = loadConfig({ DATA_DIR: dataDir, LEADERS_SCHEDULE_HOURS: '0' });
    const repo = new InsightsRepository(store());
    insights = new InsightsService(repo, s.people, s.organizations, s.roles, s.campaigns, s.reachIndex, new LeaderScoringJob(repo, s.reachIndex, config), config);
    maps = new MapsService(store(), s.reachIndex);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** The network in one region: people created in `names` order, ties in `ties` order (each written from either end). */
  async function enter(region: string, names: readonly string[], ties: ReadonlyArray<[string, string]>, flip: boolean) {
    const ids = new Map<string, string>();
    for (const name of names) ids.set(name, (await s.people.create(admin(), personInput(region, { name }))).id);
    for (const [a, b] of ties) {
      const [x, y] = flip ? [b, a] : [a, b];
      await s.ties.setKnows(admin(), { personId: ids.get(x)!, otherPersonId: ids.get(y)!, strength: 3, context: null, since: null, until: null });
    }
    return viewer(Role.LEADER, [region]);
  }

  const partition = (groups: string[][]) => groups.map((g) => [...g].sort().join(' ')).sort();

  async function answers(leader: ReturnType<typeof viewer>, region: string) {
    const gaps = await insights.networkGaps(leader, plainToInstance(NetworkGapsArgs, { coldAfterDays: 90 }));
    const map: NetworkMap = await maps.networkMap(leader, { scope: { kind: MapScopeKind.REGION, id: region } } as NetworkMapArgs);
    const byCluster = new Map<number, string[]>();
    for (const n of map.nodes) byCluster.set(n.cluster, [...(byCluster.get(n.cluster) ?? []), n.label]);
    const leaders = await insights.emergingLeaders(leader, plainToInstance(EmergingLeadersArgs, { windowDays: 90, limit: 100 }));
    const bridged = Object.fromEntries(
      leaders.leaders.map((l) => [l.person.name, l.parts.find((p) => p.signal === LeaderSignal.COMMUNITIES_BRIDGED)!.count]),
    );
    return {
      gapsClusters: gaps.clusters.map((c) => ({ size: c.size, members: c.members.map((m) => m.name).sort() })),
      gapsBridges: gaps.bridges.map((b) => b.person.name),
      mapClusters: partition([...byCluster.values()]),
      bridged,
    };
  }

  it('gives the same Gaps clusters, map clusters and communities bridged for the same ring entered twice', async () => {
    const [r1, r2] = await twoRegions(s);
    const first = await enter(r1, NAMES, TIES, false);
    const second = await enter(r2, [...NAMES].reverse(), [...TIES].reverse(), true);
    const one = await answers(first, r1);
    const two = await answers(second, r2);
    // The ring does split: several clusters, people bridging them.
    expect(one.mapClusters.length).toBeGreaterThan(1);
    expect(one.gapsClusters.length).toBeGreaterThan(1);
    expect(Object.values(one.bridged).some((n) => n > 0)).toBe(true);
    expect(two).toEqual(one);
  });
});

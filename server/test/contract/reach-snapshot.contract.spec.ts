import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, truncateSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/app-config.js';
import type { GraphStore } from '../../src/graph/graph-store.port.js';
import { cypher } from '../../src/graph/query.js';
import { StampQueries } from '../../src/graph/stamp.queries.js';
import { PersonKind } from '../../src/modules/people/models/person.model.js';
import { ReachIndex } from '../../src/modules/reach/reach-index.js';
import { ReachQueries } from '../../src/modules/reach/reach.queries.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { describeEachEngine } from './engines.js';
import { expectSame, fresh } from '../factories/reach-answers.js';
import { admin, organizationInput, personInput, services, twoRegions, type Services } from '../factories/index.js';

const today = () => new Date().toISOString().slice(0, 10);
const unstamp = cypher('test.snapshot.unstamp', 'write', `MATCH (m:Meta {key: 'graph.stamp'}) DELETE m`);

/** The store, counting full reads of the graph (each starts with the organizations). */
function counting(store: GraphStore) {
  const seen = { loads: 0 };
  const proxy = new Proxy(store, {
    get(target, p, receiver) {
      if (p === 'read') {
        return (q: unknown, params?: Record<string, unknown>) => {
          if (q === ReachQueries.organizations) seen.loads++;
          return target.read(q as never, params as never);
        };
      }
      const v = Reflect.get(target, p, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { store: proxy, seen };
}

type Internals = { loading: Promise<void> | null; next: Promise<void> | null; saving: Promise<void>; graph: unknown; saveSnapshot(g: unknown, stamp: string): Promise<void> };
const internals = (index: ReachIndex) => index as unknown as Internals;

/** Until no load runs or waits and the last snapshot is written. */
async function settled(index: ReachIndex) {
  for (let x = internals(index); x.loading || x.next; ) await (x.next ?? x.loading);
  await internals(index).saving;
}

describeEachEngine('reach: the index starts from a snapshot checked against the graph\'s commit stamp', (store) => {
  let s: Services;
  let dir: string;
  const ids: string[] = [];
  const teamIds: string[] = [];
  let orgId: string;
  beforeAll(async () => {
    s = services(store());
    dir = mkdtempSync(join(tmpdir(), 'cg-reach-snapshot-'));
    const [r1] = await twoRegions(s);
    const me = admin();
    for (let i = 0; i < 18; i++) ids.push((await s.people.create(me, personInput(r1, { name: `Snap ${i}`, kinds: i < 3 ? [PersonKind.MEMBER] : [PersonKind.ALLY] }))).id);
    for (let i = 0; i < 18; i++) await s.ties.setKnows(me, { personId: ids[i], otherPersonId: ids[(i + 1) % 18], strength: 1 + (i % 5), context: i % 3 ? null : 'church', since: i % 4 ? null : '2019-06-01' });
    orgId = (await s.organizations.create(me, organizationInput(r1, { name: 'Snapshot Union' }))).id;
    await s.ties.addAffiliation(me, { personId: ids[4], organizationId: orgId, kind: AffiliationKind.LEADS, title: 'Chair' });
    const team = await s.teams.create(me, { name: 'Snap IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    teamIds.push(team.id);
    await s.teams.addMember(me, team.id, ids[0], null);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const config = () => loadConfig({ DATA_DIR: dir });
  const file = () => join(dir, 'reach', 'index.snapshot');
  const all = () => [...ids, orgId];

  it('a full load writes a snapshot (whole, by rename); the next start reads it instead of the graph and answers the same', async () => {
    const first = new ReachIndex(store(), config());
    await first.ensureLoaded();
    await settled(first);
    expect(existsSync(file())).toBe(true);
    expect(readdirSync(join(dir, 'reach'))).toEqual(['index.snapshot']);

    const { store: watched, seen } = counting(store());
    const next = new ReachIndex(watched, config());
    await next.ensureLoaded();
    expect(seen.loads).toBe(0);
    expectSame(next, await fresh(store()), all(), teamIds, ids.slice(0, 3));
  });

  it('after writes the snapshot is stale: the start answers from it at once (complete, older) and a full load replaces it', async () => {
    // Written while no index reads the snapshot: the graph's stamp moves on.
    await s.ties.setKnows(admin(), { personId: ids[0], otherPersonId: ids[9], strength: 5, context: 'new', since: null });
    const before = fresh(store());
    const { store: watched, seen } = counting(store());
    const index = new ReachIndex(watched, config());
    await index.ensureLoaded();
    expect(seen.loads).toBe(0);
    // The snapshot's graph: every record there, the new tie not yet.
    expect(index.info(ids[9])).toMatchObject({ name: 'Snap 9' });
    expect(index.paths([ids[0]], ids[9], 1, 6, today())[0]?.ids).not.toEqual([ids[0], ids[9]]);
    await settled(index);
    expect(seen.loads).toBe(1);
    expect(index.paths([ids[0]], ids[9], 1, 6, today())[0].ids).toEqual([ids[0], ids[9]]);
    expectSame(index, await before, all(), teamIds, ids.slice(0, 3));

    // The full load wrote a new snapshot with the current stamp: the next start reads nothing more.
    const again = counting(store());
    const third = new ReachIndex(again.store, config());
    await third.ensureLoaded();
    expect(again.seen.loads).toBe(0);
    expectSame(third, await fresh(store()), all(), teamIds, ids.slice(0, 3));
  });

  it('a snapshot of a graph with changes since its load (overlay, teams) reads back the same', async () => {
    const index = new ReachIndex(store(), config());
    await index.ensureLoaded();
    await settled(index);
    await s.ties.removeKnows(admin(), ids[5], ids[6]);
    await s.ties.addAffiliation(admin(), { personId: ids[7], organizationId: orgId, kind: AffiliationKind.WORKS_AT, title: 'Staff' });
    await s.teams.addMember(admin(), teamIds[0], ids[1], null);
    await s.people.delete(admin(), ids[17]);
    const [stamp] = await store().read(StampQueries.get);
    await internals(index).saveSnapshot(internals(index).graph, String(stamp.value));
    const { store: watched, seen } = counting(store());
    const next = new ReachIndex(watched, config());
    await next.ensureLoaded();
    expect(seen.loads).toBe(0);
    expect(next.info(ids[17])).toBeNull();
    expectSame(next, await fresh(store()), all(), teamIds, ids.slice(0, 3));
  });

  it('a damaged or cut-short snapshot is not used: the graph is read, and answers are right', async () => {
    truncateSync(file(), Math.floor(statSync(file()).size / 2));
    const cut = counting(store());
    const index = new ReachIndex(cut.store, config());
    await index.ensureLoaded();
    expect(cut.seen.loads).toBe(1);
    expectSame(index, await fresh(store()), all(), teamIds, ids.slice(0, 3));
    await settled(index);

    writeFileSync(file(), 'not a snapshot at all');
    const junk = counting(store());
    const other = new ReachIndex(junk.store, config());
    await other.ensureLoaded();
    expect(junk.seen.loads).toBe(1);
    expectSame(other, await fresh(store()), all(), teamIds, ids.slice(0, 3));
    await settled(other);
  });

  it('a graph never stamped (written by an older version) is stamped by its first full load, whose snapshot the next start uses', async () => {
    await store().write(unstamp);
    rmSync(file(), { force: true });
    const first = counting(store());
    const index = new ReachIndex(first.store, config());
    await index.ensureLoaded();
    await settled(index);
    expect(first.seen.loads).toBe(1);
    expect((await store().read(StampQueries.get))[0]?.value).toEqual(expect.any(String));
    const next = counting(store());
    const again = new ReachIndex(next.store, config());
    await again.ensureLoaded();
    expect(next.seen.loads).toBe(0);
    expectSame(again, await fresh(store()), all(), teamIds, ids.slice(0, 3));
  });
});

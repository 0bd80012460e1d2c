import { Role } from '../../src/common/viewer.js';
import type { GraphStore } from '../../src/graph/graph-store.port.js';
import { cypher } from '../../src/graph/query.js';
import { BulkQueries } from '../../src/modules/import/bulk.queries.js';
import { ImportService } from '../../src/modules/import/import.service.js';
import { PersonKind } from '../../src/modules/people/models/person.model.js';
import { ReachIndex } from '../../src/modules/reach/reach-index.js';
import { ReachQueries } from '../../src/modules/reach/reach.queries.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { describeEachEngine } from './engines.js';
import { expectSame, fresh, graphOf } from '../factories/reach-answers.js';
import { admin, organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const today = () => new Date().toISOString().slice(0, 10);
const setScore = cypher('test.reachBulk.setScore', 'write', `MATCH (a:Person {id: $a})-[k:KNOWS]->(b:Person {id: $b}) SET k.score = $score, k.scoreAt = $scoreAt`);
const createPerson = cypher('test.reachBulk.createPerson', 'write', `CREATE (p:Person {id: $id, name: $name, region: $region, kinds: $kinds, emails: [], phones: [], tags: [], version: 1})`);
const updatePerson = cypher('test.reachBulk.updatePerson', 'write', `MATCH (p:Person {id: $id}) SET p.name = $name, p.kinds = $kinds`);

describeEachEngine('reach: a bulk write joins the index without a reload', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  let seed = 11;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = (n: number) => Math.floor(rand() * n);

  /** People (some members and leaders), an organization with affiliations, a team, ties with hand-set strengths and scores. */
  async function network(size = 24) {
    const [r1, r2] = await twoRegions(s);
    const me = admin();
    const ids: string[] = [];
    for (let i = 0; i < size; i++) {
      const kinds = i < 3 ? [PersonKind.MEMBER] : i === 3 ? [PersonKind.LEADER, PersonKind.MEMBER] : [PersonKind.ALLY];
      ids.push((await s.people.create(me, personInput(i % 5 === 4 ? r2 : r1, { name: `P${i}, "the ${i}th"`, emails: [`p${i}-${r1}@example.org`], kinds }))).id);
    }
    const org = await s.organizations.create(me, organizationInput(r1, { name: 'Tenants Union' }));
    const pairs = new Set<string>();
    const tie = async (a: number, b: number, strength: number, since: string | null) => {
      if (a === b || pairs.has(`${Math.min(a, b)}-${Math.max(a, b)}`)) return;
      pairs.add(`${Math.min(a, b)}-${Math.max(a, b)}`);
      await s.ties.setKnows(me, { personId: ids[a], otherPersonId: ids[b], strength, context: a % 3 ? 'church' : null, since });
    };
    for (let i = 0; i < size; i++) await tie(i, (i + 1) % size, 1 + pick(5), i % 4 ? null : '2019-06-01');
    for (let k = 0; k < 10; k++) await tie(pick(size), pick(size), 1 + pick(5), k % 3 ? null : '2018-02-03');
    // Derived scores on a few ties (as logged interactions leave them).
    // (Directed: the embedded engine fails an undirected SET on a relationship.)
    for (const [a, b, score, scoreAt] of [[0, 1, 2.5, '2024-02-01'], [5, 6, 0.7, '2023-11-20']] as const) {
      await store().write(setScore, { a: ids[a], b: ids[b], score, scoreAt });
      await store().write(setScore, { a: ids[b], b: ids[a], score, scoreAt });
    }
    await s.ties.addAffiliation(me, { personId: ids[2], organizationId: org.id, kind: AffiliationKind.LEADS, title: 'Chair' });
    await s.ties.addAffiliation(me, { personId: ids[9], organizationId: org.id, kind: AffiliationKind.WORKS_AT, title: 'Staff' });
    const team = await s.teams.create(me, { name: 'Housing IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    await s.teams.addMember(me, team.id, ids[0], null);
    await s.teams.addMember(me, team.id, ids[1], null);
    return { r1, r2, me, ids, org, team, pairs };
  }

  /** Ordinary writes after the index was built: overlay entries (a tie edited and one removed, a person deleted, an affiliation added). */
  async function ordinaryWrites(g: Awaited<ReturnType<typeof network>>) {
    const { me, ids, org } = g;
    await s.ties.setKnows(me, { personId: ids[1], otherPersonId: ids[2], strength: 5, context: 'edited', since: '2021-03-04' });
    await s.ties.removeKnows(me, ids[3], ids[4]);
    await s.people.delete(me, ids[7]);
    await s.ties.addAffiliation(me, { personId: ids[12], organizationId: org.id, kind: AffiliationKind.MEMBER_OF, title: 'Member' });
    expect(graphOf(s.reachIndex).overlay.size).toBeGreaterThan(4);
  }

  /** New ties as the import holds them: ends as indexes into `ids`, strings by number. */
  function newTies(ids: string[], pairs: Set<string>, want: number, createdAt: string, first: Array<[number, number]> = []) {
    const strings: Array<string | null> = [null, 'neighbors', '2020-05-01', '2024-01-10', 'not a date', 'same church, "St. Ann"'];
    const t = { count: 0, ids, a: new Int32Array(want), b: new Int32Array(want), strength: new Int8Array(want), strings, context: new Int32Array(want), since: new Int32Array(want), lastContact: new Int32Array(want), createdAt };
    for (let tries = 0; t.count < want && tries < want * 20; tries++) {
      const [a, b] = first[tries] ?? [pick(ids.length), pick(ids.length)];
      const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
      if (a === b || pairs.has(key)) continue;
      pairs.add(key);
      const n = t.count++;
      t.a[n] = a;
      t.b[n] = b;
      t.strength[n] = n % 4 === 0 ? 0 : 1 + pick(5);
      t.context[n] = [0, 1, 5][n % 3];
      t.since[n] = [0, 2, 0][n % 3];
      t.lastContact[n] = n % 2 ? 3 : 0;
    }
    return t;
  }

  /** Writes the ties with the import's plain CREATE (the batched path: Neo4j, and rows COPY cannot carry). */
  async function createTies(t: ReturnType<typeof newTies>) {
    // Stored from the smaller id to the larger, as the import and the tie form store a tie.
    const rows = Array.from({ length: t.count }, (_, n) => ({
      a: [t.ids[t.a[n]], t.ids[t.b[n]]].sort()[0], b: [t.ids[t.a[n]], t.ids[t.b[n]]].sort()[1], strength: t.strength[n] || null,
      context: t.strings[t.context[n]], since: t.strings[t.since[n]], lastContact: t.strings[t.lastContact[n]],
    }));
    await store().write(BulkQueries.createKnows, { now: t.createdAt, importId: 'test-import', rows });
  }

  it('after putPeople and addKnows (plain CREATEs) it answers as a fresh load does, overlay entries from earlier writes included', async () => {
    const g = await network();
    await s.reachIndex.reload();
    await ordinaryWrites(g);
    // New people and a changed one, written without the index hearing of it; then told in one call.
    const added = [`bulk-${g.r1}-1`, `bulk-${g.r1}-2`, `bulk-${g.r1}-3`];
    for (const [i, id] of added.entries()) await store().write(createPerson, { id, name: `Bulk ${i}`, region: i ? g.r1 : g.r2, kinds: i === 1 ? ['LEADER'] : ['MEMBER'] });
    await store().write(updatePerson, { id: g.ids[5], name: 'Renamed Five', kinds: ['MEMBER'] });
    const before = s.reachIndex.version();
    s.reachIndex.putPeople([
      ...added.map((id, i) => ({ id, name: `Bulk ${i}`, region: i ? g.r1 : g.r2, kinds: i === 1 ? ['LEADER'] : ['MEMBER'] })),
      { id: g.ids[5], name: 'Renamed Five', region: g.r1, kinds: ['MEMBER'] },
    ]);
    expect(s.reachIndex.version()).toBeGreaterThan(before);
    const everyone = [...g.ids, ...added];
    const t = newTies(everyone, g.pairs, 40, '2024-06-30T10:00:00.000Z');
    await createTies(t);
    s.reachIndex.addKnows(t);
    // The overlay is folded into the new base.
    expect(graphOf(s.reachIndex).overlay.size).toBe(0);
    const loaded = await fresh(store());
    expectSame(s.reachIndex, loaded, [...everyone, g.org.id], [g.team.id], g.ids.slice(0, 3));
    expect(s.reachIndex.info(g.ids[7])).toBeNull();
    expect(s.reachIndex.info(g.ids[5])).toMatchObject({ name: 'Renamed Five' });

    // Ordinary writes after the bulk add go through the overlay of the new base, and a second bulk add folds them again.
    await s.ties.setKnows(g.me, { personId: added[0], otherPersonId: g.ids[0], strength: 2, context: null, since: null });
    await s.ties.removeKnows(g.me, t.ids[t.a[0]], t.ids[t.b[0]]);
    await s.people.delete(g.me, g.ids[8]);
    expectSame(s.reachIndex, await fresh(store()), [...everyone, g.org.id], [g.team.id], g.ids.slice(0, 3));
    const t2 = newTies(everyone, g.pairs, 15, '2025-01-02T00:00:00.000Z');
    await createTies(t2);
    s.reachIndex.addKnows(t2);
    expectSame(s.reachIndex, await fresh(store()), [...everyone, g.org.id], [g.team.id], g.ids.slice(0, 3));
  });

  it('after a bulk import of people and of ties (COPY on the embedded engine) it answers as a fresh load does', async () => {
    const g = await network(16);
    await s.reachIndex.reload();
    await ordinaryWrites(g);
    const bulk = new ImportService(store(), s.regions);
    bulk.bulkThreshold = 0;
    const leader = viewer(Role.LEADER, [g.r1, g.r2]);
    const people = [
      'Name,Email,Zip,Region,Kinds',
      ...Array.from({ length: 30 }, (_, i) => `"Imported ${i}, ""Jr""",imp${i}-${g.r1}@example.org,6061${i % 10},${i % 3 ? g.r1 : g.r2},${i % 7 ? 'ally' : 'leader'}`),
      // An existing person, updated: now a leader too.
      `"P5, ""the 5th""",p5-${g.r1}@example.org,,${g.r1},leader`,
    ].join('\n');
    const pJob = await (await bulk.start(leader, people, { kind: 'people', dryRun: false })).done;
    expect(pJob).toMatchObject({ status: 'done', created: 30, updated: 1 });
    expect(s.reachIndex.isLeader(g.ids[5])).toBe(true);
    // Not read again: the imported people are in the index as written.
    const imported = (await store().read(cypher('test.reachBulk.imported', 'read', `MATCH (p:Person) WHERE p.importId = $id RETURN p.id AS id`), { id: pJob.id })).map((r) => String(r.id));
    expect(imported).toHaveLength(30);
    for (const id of imported) expect(s.reachIndex.has(id)).toBe(true);
    // Ties among the imported people and to the network: created ones, and one existing tie updated.
    const email = (i: number) => `imp${i}-${g.r1}@example.org`;
    const rows = ['A,B,Strength,Context,Since,Last contact'];
    for (const step of [1, 5]) {
      for (let i = 0; i < 30; i++) rows.push(`${email(i)},${email((i + step) % 30)},${i % 5 ? (i % 5) : ''},${i % 2 ? 'neighbors' : ''},${i % 3 ? '2020-05-01' : ''},${i % 4 ? '2024-01-10' : ''}`);
    }
    for (let i = 0; i < 5; i++) rows.push(`${email(i)},p${10 + i}-${g.r1}@example.org,3,,,`);
    // The ring's first tie (P0 – P1) exists: updated.
    rows.push(`p0-${g.r1}@example.org,p1-${g.r1}@example.org,4,updated by import,,`);
    const tJob = await (await bulk.start(leader, rows.join('\n'), { kind: 'ties', dryRun: false, mapping: { A: 'personEmail', B: 'otherEmail', Strength: 'strength', Context: 'context', Since: 'since', 'Last contact': 'lastContact' } })).done;
    expect(tJob).toMatchObject({ status: 'done', created: 65, updated: 1 });
    expect(graphOf(s.reachIndex).overlay.size).toBeGreaterThan(0); // the updated tie's people, read again
    const ids = [...g.ids, ...imported, g.org.id];
    expectSame(s.reachIndex, await fresh(store()), ids, [g.team.id], [imported[0], imported[1], g.ids[2]]);
  });

  it('a load running when the ties commit reads again; a load that already read them is not added to twice; a refresh under way reads again', async () => {
    const g = await network(14);
    const ids = [...g.ids, g.org.id];
    // The index loads; the bulk write commits and is announced while the load is past reading the ties.
    let hook: (() => Promise<void>) | null = null;
    /** Runs after a refresh read its ties, before it goes on with them. */
    let afterRefreshRead: (() => Promise<void>) | null = null;
    // This index hears of the bulk writes only by the calls below (not by the store's change feed).
    const watched = new Proxy(store(), {
      get(target, p, receiver) {
        if (p === 'onCommit') return undefined;
        if (p === 'read') {
          return async (q: unknown, params?: Record<string, unknown>) => {
            if (q === ReachQueries.teams && hook) {
              const h = hook;
              hook = null;
              await h();
            }
            const rows = await target.read(q as never, params as never);
            if (q === ReachQueries.refreshKnows && afterRefreshRead) {
              const h = afterRefreshRead;
              afterRefreshRead = null;
              await h();
            }
            return rows;
          };
        }
        const v = Reflect.get(target, p, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const index = new ReachIndex(watched);
    const t = newTies(g.ids, g.pairs, 12, '2024-06-30T10:00:00.000Z');
    let during = false;
    hook = async () => {
      await createTies(t);
      during = (index as unknown as { loading: unknown }).loading !== null;
      index.addKnows(t);
    };
    await index.reload();
    expect(during).toBe(true);
    const loaded = await fresh(store());
    expectSame(index, loaded, ids, [g.team.id], g.ids.slice(0, 3));
    expect(index.stats().edges).toBe(loaded.stats().edges);

    // The ties were read by a load that ended before the call (the write committed first): nothing doubled.
    const t2 = newTies(g.ids, g.pairs, 10, '2024-07-01T10:00:00.000Z');
    await createTies(t2);
    await index.reload();
    index.addKnows(t2);
    expectSame(index, await fresh(store()), ids, [g.team.id], g.ids.slice(0, 3));
    // Part of them there and part not cannot come from one committed write: the index reads everything again.
    const t3 = newTies(g.ids, g.pairs, 10, '2024-07-02T10:00:00.000Z');
    await createTies(t3);
    const mixed = { ...t3, count: t3.count + 1 };
    for (const k of ['a', 'b', 'strength', 'context', 'since', 'lastContact'] as const) {
      const both = new (t3[k].constructor as Int32ArrayConstructor)(t3.count + 1);
      both[0] = t2[k][0];
      both.set(t3[k].subarray(0, t3.count) as Int32Array, 1);
      (mixed as Record<string, unknown>)[k] = both;
    }
    index.addKnows(mixed);
    const reloading = (index as unknown as { loading: Promise<void> | null }).loading;
    expect(reloading).not.toBeNull();
    await reloading;
    expectSame(index, await fresh(store()), ids, [g.team.id], g.ids.slice(0, 3));
    // A refresh that read a person's ties before a bulk add of new ties of theirs committed reads them again.
    const t4 = newTies(g.ids, g.pairs, 4, '2024-07-03T10:00:00.000Z', [[2, 11], [2, 12], [2, 13]]);
    expect(t4.a[0]).toBe(2);
    afterRefreshRead = async () => {
      await createTies(t4);
      index.addKnows(t4);
    };
    await index.refresh({ people: [g.ids[2]] });
    expect(afterRefreshRead).toBeNull();
    expectSame(index, await fresh(store()), ids, [g.team.id], g.ids.slice(0, 3));
    // Not loaded: only counted (the first load reads it).
    const idle = new ReachIndex(store());
    idle.addKnows(t3);
    idle.putPeople([{ id: g.ids[0], name: 'x', region: g.r1, kinds: null }]);
    expect(idle.stats()).toMatchObject({ nodes: 0, edges: 0 });
  });
});

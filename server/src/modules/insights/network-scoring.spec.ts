import type { KnowsTies } from '../reach/reach-index.js';
import { NO_DAY } from '../reach/reach-index.js';
import { LeaderSignal, scoreLeaders, windowsEnding, type Evidence } from './leader-score.js';
import { bridgingEvidence, communities, peopleGraph } from './network-measures.js';
import { bridgingOf, dayOf, louvainOnArrays, partsOf, scoreNetwork, type Activity } from './network-scoring.js';

const w = windowsEnding('2026-03-31', 31); // 2026-03-01..31, before: 2026-01-29..02-28

/** Two groups of four who all know each other, and Bridget tied to one person in each, on the days given. */
function graph(bridgeDays: [string, string]) {
  const ids = ['L1', 'L2', 'L3', 'L4', 'R1', 'R2', 'R3', 'R4', 'Bridget', 'Org'];
  const pairs: Array<[string, string, string]> = [];
  for (const g of ['L', 'R']) {
    for (let i = 1; i <= 4; i++) for (let j = i + 1; j <= 4; j++) pairs.push([`${g}${i}`, `${g}${j}`, i === 1 ? '2026-03-10' : j === 4 ? '2026-02-10' : '2024-05-01']);
  }
  pairs.push(['Bridget', 'L1', bridgeDays[0]], ['Bridget', 'R1', bridgeDays[1]]);
  const at = new Map(ids.map((id, i) => [id, i]));
  const ties: KnowsTies = {
    n: ids.length, ids, indexOf: (id) => at.get(id) ?? -1, region: ids.map((id) => (id === 'R4' ? 'south' : 'north')),
    person: Uint8Array.from(ids.map((id) => (id === 'Org' ? 0 : 1))), leader: new Uint8Array(ids.length), count: pairs.length,
    a: Int32Array.from(pairs.map((p) => at.get(p[0])!)), b: Int32Array.from(pairs.map((p) => at.get(p[1])!)), start: Int32Array.from(pairs.map((p) => (p[2] ? dayOf(p[2]) : NO_DAY))),
  };
  return { ties, pairs };
}

const activity: Activity = {
  counts: [
    { personId: 'L2', signal: LeaderSignal.ONE_TO_ONES, now: 2, before: 0 },
    { personId: 'R2', signal: LeaderSignal.HOUSE_MEETINGS, now: 1, before: 1 },
    { personId: 'R3', signal: LeaderSignal.PEOPLE_BROUGHT, now: 3, before: 1 },
    { personId: 'L3', signal: LeaderSignal.TRAININGS, now: 0, before: 2 },
    { personId: 'Nobody', signal: LeaderSignal.ONE_TO_ONES, now: 5, before: 0 },
  ],
  dated: [{ personId: 'L4', signal: LeaderSignal.ROLES_TAKEN, date: '2026-03-15' }, { personId: 'L4', signal: LeaderSignal.ROLES_TAKEN, date: '2025-01-01' }],
};

describe('emerging-leader scoring on int arrays (the background job and live scopes)', () => {
  it('gives the same scores and parts as the evidence-based scoring, on a small graph with known answers', async () => {
    const { ties, pairs } = graph(['2026-03-20', '2026-03-21']);
    const ranked = await scoreNetwork({ ties, inScope: null, windows: w, activity });

    // The evidence-based scoring (leader-score.ts, network-measures.ts) on the same data.
    const dated = pairs.map(([a, b, start]) => ({ a, b, start }));
    const evidence: Evidence[] = dated.flatMap((t) => [
      { personId: t.a, signal: LeaderSignal.NEW_TIES, date: t.start },
      { personId: t.b, signal: LeaderSignal.NEW_TIES, date: t.start },
    ]);
    evidence.push(...bridgingEvidence(dated, communities(peopleGraph(dated))));
    for (const c of activity.counts) {
      if (c.personId === 'Nobody') continue;
      for (let k = 0; k < c.now; k++) evidence.push({ personId: c.personId, signal: c.signal, date: '2026-03-05' });
      for (let k = 0; k < c.before; k++) evidence.push({ personId: c.personId, signal: c.signal, date: '2026-02-05' });
    }
    for (const d of activity.dated) evidence.push(d);
    const expected = scoreLeaders(evidence, w).filter((s) => s.score > 0);

    expect(ranked.ids).toEqual(expected.map((s) => s.personId));
    expect(ranked.ids.map((_, r) => partsOf(ranked, r))).toEqual(expected.map((s) => s.parts));
    expect([...ranked.score]).toEqual(expected.map((s) => s.score));
    expect([...ranked.previous]).toEqual(expected.map((s) => s.previousScore));
    expect(ranked.communities).toBe(2);

    // Known answers: L1 made 3 ties in March (with L2, L3, L4) and Bridget one; Bridget reached the other group.
    const part = (id: string, signal: LeaderSignal) => partsOf(ranked, ranked.ids.indexOf(id)).find((p) => p.signal === signal)!;
    expect(part('L1', LeaderSignal.NEW_TIES)).toMatchObject({ count: 4, previousCount: 0, points: 4 });
    expect(part('L4', LeaderSignal.NEW_TIES)).toMatchObject({ count: 1, previousCount: 2 });
    expect(part('L4', LeaderSignal.ROLES_TAKEN)).toMatchObject({ count: 1, previousCount: 0, points: 3 });
    expect(part('L2', LeaderSignal.ONE_TO_ONES)).toMatchObject({ count: 2, points: 6 });
    expect(part('Bridget', LeaderSignal.COMMUNITIES_BRIDGED)).toMatchObject({ count: 1, points: 2 });
    expect(ranked.ids).not.toContain('Nobody');
    expect(ranked.ids).not.toContain('Org');
    expect(part('L3', LeaderSignal.TRAININGS)).toMatchObject({ count: 0, previousCount: 2, points: 0 });
  });

  it('scores only the people in scope, and their ties with each other', async () => {
    const { ties } = graph(['2026-03-20', '2026-01-01']);
    const north = Uint8Array.from(ties.region.map((r) => (r === 'north' ? 1 : 0)));
    const ranked = await scoreNetwork({ ties, inScope: north, windows: w, activity });
    expect(ranked.ids).not.toContain('R4');
    // R3's tie with R4 (south, started 2026-02-10) does not count; the one with R1 (March) does.
    const newTies = partsOf(ranked, ranked.ids.indexOf('R3')).find((p) => p.signal === LeaderSignal.NEW_TIES);
    expect(newTies).toMatchObject({ count: 1, previousCount: 0 });
  });

  it('uses Louvain on int arrays above the limit, with the same communities and scores', async () => {
    const { ties } = graph(['2026-03-20', '2026-03-21']);
    const library = await scoreNetwork({ ties, inScope: null, windows: w, activity });
    const arrays = await scoreNetwork({ ties, inScope: null, windows: w, activity, wholeGraphMax: 3 });
    expect(arrays.louvain).toBe('int arrays');
    expect(arrays.communities).toBe(2);
    // Bridget may join either group (both are as good): L1 or R1 then bridges to her. Everything else is the same.
    const sorted = (x: Int32Array) => [...x].sort((a, b) => a - b);
    expect(sorted(arrays.score)).toEqual(sorted(library.score));
    expect(sorted(arrays.previous)).toEqual(sorted(library.previous));
    for (const id of ['L2', 'L3', 'L4', 'R2', 'R3', 'R4', 'Bridget']) {
      expect(partsOf(arrays, arrays.ids.indexOf(id))).toEqual(partsOf(library, library.ids.indexOf(id)));
    }
  });

  it('finds planted clusters with Louvain on int arrays as graphology does', async () => {
    // 40 groups of 25, each person tied to 8 others in the group and, 1 time in 5, to someone anywhere.
    let seed = 7;
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const n = 1000;
    const pairs = new Set<string>();
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < 4; k++) {
        const j = Math.floor(i / 25) * 25 + Math.floor(rand() * 25);
        if (j !== i) pairs.add(i < j ? `${i} ${j}` : `${j} ${i}`);
      }
      if (rand() < 0.2) {
        const j = Math.floor(rand() * n);
        if (j !== i) pairs.add(i < j ? `${i} ${j}` : `${j} ${i}`);
      }
    }
    const list = [...pairs].map((p) => p.split(' ').map(Number));
    const degree = new Int32Array(n + 1);
    for (const [a, b] of list) {
      degree[a + 1]++;
      degree[b + 1]++;
    }
    for (let i = 0; i < n; i++) degree[i + 1] += degree[i];
    const fill = degree.slice(0, n);
    const nbr = new Int32Array(2 * list.length);
    for (const [a, b] of list) {
      nbr[fill[a]++] = b;
      nbr[fill[b]++] = a;
    }
    const { community, count } = await louvainOnArrays(n, degree, nbr);
    const library = communities(peopleGraph(list.map(([a, b]) => ({ a: String(a), b: String(b), start: '' }))));
    // Nearly every group ends up whole in one community, with either implementation.
    const whole = (of: (i: number) => number | undefined) => {
      let k = 0;
      for (let g = 0; g < 40; g++) if (new Set(Array.from({ length: 25 }, (_, x) => of(g * 25 + x))).size === 1) k++;
      return k;
    };
    expect(whole((i) => community[i])).toBeGreaterThanOrEqual(36);
    expect(whole((i) => library.get(String(i)))).toBeGreaterThanOrEqual(36);
    expect(count).toBeGreaterThanOrEqual(30);
    expect(count).toBeLessThanOrEqual(45);
  });
});

describe('communities bridged do not depend on ids or index order', () => {
  /** A ring of 18 people each tied to the next two, under random-looking ids, at index positions in `order`. */
  function ring(order: readonly number[], idOf: (k: number) => string) {
    const names = Array.from({ length: 18 }, (_, k) => `Person ${String.fromCharCode(65 + k)}`);
    const pairs: Array<[number, number]> = names.flatMap((_, k) => [[k, (k + 1) % 18], [k, (k + 2) % 18]] as Array<[number, number]>);
    const pos = new Map(order.map((k, i) => [k, i]));
    const ids = order.map(idOf);
    const at = new Map(ids.map((id, i) => [id, i]));
    const ties: KnowsTies = {
      n: 18, ids, indexOf: (id) => at.get(id) ?? -1, region: ids.map(() => 'north'), person: new Uint8Array(18).fill(1), leader: new Uint8Array(18), count: pairs.length,
      a: Int32Array.from(pairs.map((p) => pos.get(p[0])!)), b: Int32Array.from(pairs.map((p) => pos.get(p[1])!)), start: Int32Array.from(pairs.map(() => dayOf('2026-03-10'))),
    };
    return { ties, keys: order.map((k) => names[k].toLowerCase()), nameOf: new Map(ids.map((id, i) => [id, names[order[i]]])) };
  }

  const bridged = async (r: ReturnType<typeof ring>, wholeGraphMax?: number) => {
    const ranked = await scoreNetwork({ ties: r.ties, inScope: null, windows: w, activity: { counts: [], dated: [] }, keys: r.keys, wholeGraphMax });
    return Object.fromEntries(ranked.ids.map((id, i) => [r.nameOf.get(id)!, partsOf(ranked, i).find((p) => p.signal === LeaderSignal.COMMUNITIES_BRIDGED)!.count]));
  };

  it.each([['graphology-communities-louvain', undefined], ['Louvain on int arrays', 0]])('gives the same counts per person with %s', async (_, wholeGraphMax) => {
    const straight = ring(Array.from({ length: 18 }, (_, k) => k), (k) => `id-${String(k).padStart(2, '0')}`);
    const shuffled = ring([7, 15, 2, 11, 0, 17, 9, 4, 13, 6, 1, 16, 10, 3, 14, 8, 12, 5], (k) => `zz-${(97 * k) % 101}`);
    const one = await bridged(straight, wholeGraphMax);
    expect(Object.values(one).some((n) => n > 0)).toBe(true);
    expect(await bridged(shuffled, wholeGraphMax)).toEqual(one);
  });
});

describe('bridging: other communities and regions reached, at the window’s end and at its start', () => {
  /**
   * Six planted groups of twelve who all know each other (Louvain finds them whole: each group has 66 ties inside
   * and few outside), people in three regions at random, and random ties across groups dated before the window,
   * in it, after it (recorded ahead) or not at all.
   */
  function generated(seed: number) {
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const groups = 6;
    const size = 12;
    const n = groups * size;
    const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(3, '0')}`);
    const region = ids.map(() => ['north', 'south', 'west'][Math.floor(rand() * 3)]);
    const days = [NO_DAY, dayOf('2025-06-01'), dayOf('2026-02-15'), dayOf('2026-03-01'), dayOf('2026-03-20'), dayOf('2026-03-31'), dayOf('2026-04-10')];
    const day = () => days[Math.floor(rand() * days.length)];
    const pairs: Array<[number, number, number]> = [];
    for (let g = 0; g < groups; g++) {
      for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) pairs.push([g * size + i, g * size + j, day()]);
    }
    for (let k = 0; k < 18; k++) {
      const a = Math.floor(rand() * n);
      const b = Math.floor(rand() * n);
      if (Math.floor(a / size) !== Math.floor(b / size)) pairs.push([a, b, day()]);
    }
    const at = new Map(ids.map((id, i) => [id, i]));
    const ties: KnowsTies = {
      n, ids, indexOf: (id) => at.get(id) ?? -1, region, person: new Uint8Array(n).fill(1), leader: new Uint8Array(n), count: pairs.length,
      a: Int32Array.from(pairs.map((p) => p[0])), b: Int32Array.from(pairs.map((p) => p[1])), start: Int32Array.from(pairs.map((p) => p[2])),
    };
    // Everyone has points, so everyone is ranked and shows their bridging.
    const activity: Activity = { counts: ids.map((personId) => ({ personId, signal: LeaderSignal.ONE_TO_ONES, now: 1, before: 0 })), dated: [] };
    return { ties, pairs, activity, groupOf: (i: number) => Math.floor(i / size), groups };
  }

  /** Brute force: for each person, the set of other groups and other regions reached by a tie started by that day. */
  function bruteForce(g: ReturnType<typeof generated>, i: number, reachedBy: (d: number) => boolean) {
    const groupsReached = new Set<number>();
    const regionsReached = new Set<string>();
    for (const [a, b, d] of g.pairs) {
      if ((a !== i && b !== i) || !reachedBy(d)) continue;
      const other = a === i ? b : a;
      if (g.groupOf(other) !== g.groupOf(i)) groupsReached.add(g.groupOf(other));
      if (g.ties.region[other] !== g.ties.region[i]) regionsReached.add(g.ties.region[other]);
    }
    return [groupsReached.size, regionsReached.size];
  }

  it.each([
    ['graphology-communities-louvain', undefined, 1],
    ['graphology-communities-louvain', undefined, 2],
    ['Louvain on int arrays', 0, 3],
    ['Louvain on int arrays', 0, 4],
  ])('matches a brute-force count on a generated graph (%s, whole-graph limit %s, seed %s)', async (_, wholeGraphMax, seed) => {
    const g = generated(seed);
    const ranked = await scoreNetwork({ ties: g.ties, inScope: null, windows: w, activity: g.activity, wholeGraphMax });
    expect(ranked.communities).toBe(g.groups);
    expect(ranked.ids).toHaveLength(g.ties.n);
    const from = dayOf(w.from);
    const to = dayOf(w.to);
    let grew = 0;
    for (let r = 0; r < ranked.ids.length; r++) {
      const i = g.ties.indexOf(ranked.ids[r]);
      const [communitiesNow, regionsNow] = bruteForce(g, i, (d) => d <= to);
      const [communitiesBefore, regionsBefore] = bruteForce(g, i, (d) => d < from);
      const parts = bridgingOf(ranked, r);
      expect(parts).toEqual([
        { measure: 'COMMUNITIES_REACHED', label: 'other communities reached', count: communitiesNow, previousCount: communitiesBefore, growth: communitiesNow - communitiesBefore },
        { measure: 'REGIONS_REACHED', label: 'other regions reached', count: regionsNow, previousCount: regionsBefore, growth: regionsNow - regionsBefore },
      ]);
      if (parts[0].growth > 0) grew++;
      // The scored signal counts the same communities newly reached in the window.
      expect(partsOf(ranked, r).find((p) => p.signal === LeaderSignal.COMMUNITIES_BRIDGED)!.count).toBe(communitiesNow - communitiesBefore);
    }
    // The generated graphs do have people whose bridging grew (the check is not vacuous).
    expect(grew).toBeGreaterThan(0);
  });

  it('counts only ties in scope: a region on its own reaches no other region', async () => {
    const g = generated(5);
    const north = Uint8Array.from(g.ties.region.map((r) => (r === 'north' ? 1 : 0)));
    const ranked = await scoreNetwork({ ties: g.ties, inScope: north, windows: w, activity: g.activity });
    expect(ranked.ids.length).toBeGreaterThan(0);
    for (let r = 0; r < ranked.ids.length; r++) expect(bridgingOf(ranked, r)[1]).toMatchObject({ count: 0, previousCount: 0 });
  });
});

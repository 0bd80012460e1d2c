import { buildCsr } from './arrays.js';
import { fadeOn } from './costs.js';
import { ReachGraph } from './graph.js';
import { linkCost } from './model.js';
import type { GraphStore } from '../../../graph/graph-store.port.js';

interface Link {
  to: number;
  cost: number;
}

/**
 * A seeded random network: n people and a few organizations, ties with scores drawn at random (so no two paths cost
 * the same), some hand-set strengths, and affiliations to the organizations; filled into a reach graph's arrays.
 */
function randomNetwork(seed: number, people: number, orgs: number, ties: number, today: string) {
  let s = seed;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const g = new ReachGraph({} as GraphStore);
  for (let i = 0; i < people; i++) g.node(`p${i}`, 0);
  for (let i = 0; i < orgs; i++) g.node(`o${i}`, 1);
  const n = people + orgs;
  const src: number[] = [];
  const dst: number[] = [];
  const kind: number[] = [];
  const hand: number[] = [];
  const s0: number[] = [];
  const seen = new Set<string>();
  while (src.length < ties) {
    const a = Math.floor(rand() * people);
    const toOrg = orgs > 0 && rand() < 0.15;
    const b = toOrg ? people + Math.floor(rand() * orgs) : Math.floor(rand() * people);
    if (a === b || seen.has(`${Math.min(a, b)}-${Math.max(a, b)}`)) continue;
    seen.add(`${Math.min(a, b)}-${Math.max(a, b)}`);
    src.push(a);
    dst.push(b);
    kind.push(toOrg ? 1 + Math.floor(rand() * 3) : 0);
    hand.push(toOrg || rand() < 0.7 ? 0 : 1 + Math.floor(rand() * 5));
    s0.push(toOrg ? 0 : rand() * 3);
  }
  const m = src.length;
  const links = src.map((a, e) => ({ a, b: dst[e], kind: kind[e], hand: hand[e], s0: s0[e] }));
  buildCsr(g, Int32Array.from(src), Int32Array.from(dst), Uint8Array.from(kind), Uint8Array.from(hand), Float32Array.from(s0), m);
  // The same network as plain lists, for the reference search.
  const fade = fadeOn(today);
  const adj: Link[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < m; e++) {
    // Float32 as the CSR holds it, so both sides weigh each link alike.
    const c = linkCost(kind[e], hand[e], Math.fround(s0[e]), fade);
    adj[src[e]].push({ to: dst[e], cost: c });
    adj[dst[e]].push({ to: src[e], cost: c });
  }
  return { g, adj, rand, links, fade };
}

/** The lists of the reference search for these ties. */
function adjacency(n: number, ties: ReadonlyArray<{ a: number; b: number; kind: number; hand: number; s0: number }>, fade: number): Link[][] {
  const adj: Link[][] = Array.from({ length: n }, () => []);
  for (const t of ties) {
    const c = linkCost(t.kind, t.hand, Math.fround(t.s0), fade);
    adj[t.a].push({ to: t.b, cost: c });
    adj[t.b].push({ to: t.a, cost: c });
  }
  return adj;
}

/**
 * The plain answer: the cheapest simple path of at most maxHops links from a starting person (not forbidden) to
 * the target, trying every one; then its brokers are forbidden (its messenger, for a direct tie) and again.
 */
function reference(adj: Link[][], sources: number[], target: number, limit: number, maxHops: number): Array<{ nodes: number[]; cost: number }> {
  const banned = new Set<number>();
  const out: Array<{ nodes: number[]; cost: number }> = [];
  for (let k = 0; k < limit; k++) {
    let best: { nodes: number[]; cost: number } | null = null;
    const path: number[] = [];
    const on = new Set<number>();
    const walk = (v: number, c: number) => {
      path.push(v);
      if (v === target) {
        if (!best || c < best.cost) best = { nodes: [...path], cost: c };
      } else if (path.length <= maxHops) {
        on.add(v);
        for (const { to, cost } of adj[v]) if (!on.has(to) && !banned.has(to)) walk(to, c + cost);
        on.delete(v);
      }
      path.pop();
    };
    for (const s of sources) if (!banned.has(s)) walk(s, 0);
    const found = best as { nodes: number[]; cost: number } | null;
    if (!found) break;
    out.push(found);
    for (let i = 1; i < found.nodes.length - 1; i++) banned.add(found.nodes[i]);
    if (found.nodes.length === 2) banned.add(found.nodes[0]);
  }
  return out;
}

describe('the reach search', () => {
  const today = '2026-12-08';

  it('gives the same paths as trying every path, on random networks (several starting people, 1 to 6 links, up to 6 paths)', () => {
    let compared = 0;
    let paths = 0;
    let later = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const people = 12 + (seed % 7);
      const { g, adj, rand } = randomNetwork(seed, people, seed % 3, people + 6 + (seed % 11), today);
      const n = adj.length;
      let team: number[] = [];
      let maxHops = 6;
      for (let q = 0; q < 8; q++) {
        const target = Math.floor(rand() * n);
        // Every other question from the same people as the one before (the search keeps their side).
        if (q % 2 === 0) {
          team = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => Math.floor(rand() * people)))];
          maxHops = 1 + Math.floor(rand() * 6);
        }
        const sources = team.filter((s) => s !== target);
        if (sources.length === 0) continue;
        const limit = 1 + Math.floor(rand() * 6);
        const found = g.paths(
          sources.map((i) => g.ids[i]),
          g.ids[target],
          limit,
          maxHops,
          today,
        );
        const want = reference(adj, sources, target, limit, maxHops);
        expect(found.map((p) => p.ids)).toEqual(want.map((p) => p.nodes.map((i) => g.ids[i])));
        for (const [i, p] of found.entries()) expect(-Math.log(p.score)).toBeCloseTo(want[i].cost, 9);
        compared++;
        paths += found.length;
        later += Math.max(0, found.length - 1);
      }
    }
    // Enough questions, and enough second-and-later paths (those the search mends its layers for), to mean something.
    expect(compared).toBeGreaterThan(350);
    expect(paths).toBeGreaterThan(550);
    expect(later).toBeGreaterThan(200);
  });

  it('asked again from the same people after a write removed a tie on their best path, gives what trying every path gives', async () => {
    let checked = 0;
    for (let seed = 200; seed < 230; seed++) {
      const { g, links, fade, rand } = randomNetwork(seed, 16, 2, 30, today);
      const n = g.ids.length;
      let live = [...links];
      // A store that gives the index what a refresh reads: the people and their ties and affiliations as they are now.
      const store = {
        read: async (q: { name: string }, params: { ids: string[] }) => {
          const ids = params?.ids ?? [];
          const at = (id: string) => g.idOf.get(id)!;
          if (q.name === 'reach.refresh.people') return ids.map((id) => ({ id, region: '', kinds: [], name: '' }));
          if (q.name === 'reach.refresh.knows')
            return ids.flatMap((id) =>
              live
                .filter((t) => t.kind === 0 && (t.a === at(id) || t.b === at(id)))
                .map((t) => ({ a: id, b: g.ids[t.a === at(id) ? t.b : t.a], strength: t.hand || null, score: t.s0, scoreAt: '2020-01-01', lastContact: null, context: null, since: null, until: null, createdAt: null })),
            );
          if (q.name === 'reach.refresh.affiliationsOfPeople')
            return ids.flatMap((id) => live.filter((t) => t.kind !== 0 && t.a === at(id)).map((t) => ({ a: id, b: g.ids[t.b], kind: ['KNOWS', 'MEMBER_OF', 'WORKS_AT', 'LEADS'][t.kind], title: null, since: null, until: null })));
          return [];
        },
      };
      (g as unknown as { store: unknown }).store = store;
      const team = [0, 1, 2].map(() => Math.floor(rand() * 16));
      const target = 3 + Math.floor(rand() * 13);
      const sources = [...new Set(team)].filter((x) => x !== target);
      const before = g.paths(sources.map((i) => g.ids[i]), g.ids[target], 3, 6, today);
      if (before.length === 0 || before[0].links[0] !== 'KNOWS') continue;
      const [x, y] = [g.idOf.get(before[0].ids[0])!, g.idOf.get(before[0].ids[1])!];
      live = live.filter((t) => !((t.a === x && t.b === y) || (t.a === y && t.b === x)));
      await g.apply({ people: [g.ids[x], g.ids[y]] });
      const after = g.paths(sources.map((i) => g.ids[i]), g.ids[target], 3, 6, today);
      const want = reference(adjacency(n, live, fade), sources, target, 3, 6);
      expect(after.map((p) => p.ids)).toEqual(want.map((p) => p.nodes.map((i) => g.ids[i])));
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('answers the same question the same way when asked again, and another question in between changes nothing', () => {
    const { g } = randomNetwork(99, 40, 3, 120, today);
    const from = ['p1', 'p2', 'p3', 'p4'];
    const first = g.paths(from, 'p30', 5, 6, today);
    expect(first.length).toBeGreaterThan(1);
    g.paths(['p7'], 'p12', 5, 4, today);
    g.paths(from, 'p2', 3, 6, today);
    expect(g.paths(from, 'p30', 5, 6, today)).toEqual(first);
  });
});

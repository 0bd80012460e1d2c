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
  return { g, adj, rand };
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
      for (let q = 0; q < 6; q++) {
        const target = Math.floor(rand() * n);
        const sources = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => Math.floor(rand() * people)))].filter((s) => s !== target);
        if (sources.length === 0) continue;
        const maxHops = 1 + Math.floor(rand() * 6);
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
    expect(compared).toBeGreaterThan(250);
    expect(paths).toBeGreaterThan(400);
    expect(later).toBeGreaterThan(150);
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

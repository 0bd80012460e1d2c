import { buildCsr } from './arrays.js';
import { ReachGraph } from './graph.js';
import { REF_DAY, dayNumber, linkCost } from './model.js';
import { HALF_LIFE_DAYS } from '../../interactions/tie-strength.js';
import type { GraphStore } from '../../../graph/graph-store.port.js';

/** A seeded random graph of people with hand-set strengths, filled into a reach graph's arrays. */
function randomGraph(seed: number, n: number, m: number) {
  let s = seed;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const g = new ReachGraph({} as GraphStore);
  for (let i = 0; i < n; i++) g.node(`p${i}`, 0);
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const hand = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    src[e] = Math.floor(rand() * n);
    do dst[e] = Math.floor(rand() * n);
    while (dst[e] === src[e]);
    hand[e] = 1 + Math.floor(rand() * 5);
  }
  buildCsr(g, src, dst, new Uint8Array(m), hand, new Float32Array(m), m);
  return g;
}

/** By brute force: every simple walk of at most 6 links; the fewest links, then the cheapest. */
function bruteForce(g: ReachGraph, a: number, b: number, fade: number): { links: number; cost: number } | null {
  let best: { links: number; cost: number } | null = null;
  const seen = new Set([a]);
  const walk = (u: number, links: number, cost: number) => {
    if (u === b) {
      if (!best || links < best.links || (links === best.links && cost < best.cost - 1e-12)) best = { links, cost };
      return;
    }
    if (links === 6) return;
    for (let k = g.offsets[u]; k < g.offsets[u + 1]; k++) {
      const v = g.nbr[k];
      if (seen.has(v)) continue;
      seen.add(v);
      walk(v, links + 1, cost + linkCost(g.ekind[k], g.ehand[k], g.es0[k], fade));
      seen.delete(v);
    }
  };
  walk(a, 0, 0);
  return best;
}

describe('the shortest chain between two records', () => {
  const today = '2026-12-07';
  const fade = Math.pow(2, -(dayNumber(today) - REF_DAY) / HALF_LIFE_DAYS);
  it('has the fewest links and, of those, the strongest, as found by trying every walk (random graphs)', () => {
    let compared = 0;
    let notLinked = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const g = randomGraph(seed, 14, 18 + (seed % 10));
      for (let a = 0; a < 14; a += 3) {
        for (let b = 1; b < 14; b += 4) {
          if (a === b) continue;
          const found = g.shortestChain(`p${a}`, `p${b}`, 6, today);
          const expected = bruteForce(g, a, b, fade);
          if (!expected) {
            expect(found).toBeNull();
            notLinked++;
            continue;
          }
          expect(found).not.toBeNull();
          expect(found!.links.length).toBe(expected.links);
          expect(-Math.log(found!.score)).toBeCloseTo(expected.cost, 9);
          expect(found!.ids[0]).toBe(`p${a}`);
          expect(found!.ids.at(-1)).toBe(`p${b}`);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
    expect(notLinked).toBeGreaterThan(20);
  });

  it('answers "not linked" for records in separate parts of the network, more than 6 links apart or with no ties', () => {
    // p0 - p1 - ... - p9 in a row (9 links), a separate triangle p10 p11 p12, and p13 with no ties.
    const g = new ReachGraph({} as GraphStore);
    for (let i = 0; i < 14; i++) g.node(`p${i}`, 0);
    const ends = [...Array.from({ length: 9 }, (_, i) => [i, i + 1]), [10, 11], [11, 12], [12, 10]];
    const m = ends.length;
    buildCsr(g, Int32Array.from(ends, (e) => e[0]), Int32Array.from(ends, (e) => e[1]), new Uint8Array(m), new Uint8Array(m).fill(3), new Float32Array(m), m);
    expect(g.shortestChain('p0', 'p6', 6, today)?.ids).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(g.shortestChain('p0', 'p7', 6, today)).toBeNull();
    expect(g.shortestChain('p9', 'p2', 6, today)).toBeNull();
    expect(g.shortestChain('p0', 'p11', 6, today)).toBeNull();
    expect(g.shortestChain('p12', 'p3', 6, today)).toBeNull();
    expect(g.shortestChain('p13', 'p0', 6, today)).toBeNull();
    expect(g.shortestChain('p10', 'p13', 6, today)).toBeNull();
    // Asked again after those, on the same reused scratch: no record is taken as reached from an earlier question.
    expect(g.shortestChain('p10', 'p12', 6, today)?.ids).toEqual(['p10', 'p12']);
    expect(g.shortestChain('p3', 'p8', 6, today)?.ids).toEqual(['p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
  });
});

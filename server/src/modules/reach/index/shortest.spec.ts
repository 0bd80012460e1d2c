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
    for (let seed = 1; seed <= 30; seed++) {
      const g = randomGraph(seed, 14, 18 + (seed % 10));
      for (let a = 0; a < 14; a += 3) {
        for (let b = 1; b < 14; b += 4) {
          if (a === b) continue;
          const found = g.shortestChain(`p${a}`, `p${b}`, 6, today);
          const expected = bruteForce(g, a, b, fade);
          if (!expected) {
            expect(found).toBeNull();
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
  });
});

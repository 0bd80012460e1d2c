import { buildCsr } from './arrays.js';
import { ReachGraph } from './graph.js';
import type { GraphStore } from '../../../graph/graph-store.port.js';

/** A seeded random graph of people, half the ties with a hand-set strength, half with a score that fades day by day. */
function randomGraph(seed: number, n: number, m: number) {
  let s = seed;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const g = new ReachGraph({} as GraphStore);
  for (let i = 0; i < n; i++) g.node(`p${i}`, 0);
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const hand = new Uint8Array(m);
  const s0 = new Float32Array(m);
  for (let e = 0; e < m; e++) {
    src[e] = Math.floor(rand() * n);
    do dst[e] = Math.floor(rand() * n);
    while (dst[e] === src[e]);
    if (rand() < 0.5) hand[e] = 1 + Math.floor(rand() * 5);
    else s0[e] = 5 * rand();
  }
  buildCsr(g, src, dst, new Uint8Array(m), hand, s0, m);
  return { g, rebuild: () => buildCsr(g, dst, src, new Uint8Array(m), new Uint8Array(m).fill(3), new Float32Array(m), m) };
}

const answers = (g: ReachGraph, day: string) => {
  const out = [];
  for (let t = 1; t < 40; t += 3) out.push(g.paths(['p0', 'p7', 'p21'], `p${t}`, 3, 6, day).map((p) => [p.ids.join('>'), p.score.toFixed(12)]));
  return out;
};

describe('the search readied ahead (link costs worked out a slice at a time)', () => {
  const today = '2026-12-07';
  const tomorrow = '2026-12-08';
  const later = '2028-06-01';

  it('answers as a search that worked its costs out itself, today and on the day it was readied for', async () => {
    for (let seed = 1; seed <= 5; seed++) {
      const { g: fresh } = randomGraph(seed, 400, 1600);
      const { g: readied } = randomGraph(seed, 400, 1600);
      await readied.prepare(today);
      await readied.prepare(tomorrow, true);
      expect(answers(readied, today)).toEqual(answers(fresh, today));
      expect(answers(readied, tomorrow)).toEqual(answers(fresh, tomorrow));
      // The day's costs matter: scores fade, so far enough ahead some answers differ.
      expect(answers(fresh, later)).not.toEqual(answers(fresh, today));
    }
  });

  // 300,000 CSR slots: more than one slice.
  it('never uses costs of ties that changed while they were being worked out', async () => {
    const { g: fresh, rebuild: rebuildFresh } = randomGraph(9, 20_000, 150_000);
    const { g: readied, rebuild } = randomGraph(9, 20_000, 150_000);
    const readying = readied.prepare(today);
    rebuild(); // a bulk add rebuilt the arrays before the slices were done
    await readying;
    rebuildFresh();
    expect(answers(readied, today)).toEqual(answers(fresh, today));
  });

  it('a search that comes before the slices are done finishes them and answers the same', async () => {
    const { g: fresh } = randomGraph(11, 20_000, 150_000);
    const { g: readied } = randomGraph(11, 20_000, 150_000);
    const readying = readied.prepare(later, true);
    expect(answers(readied, later)).toEqual(answers(fresh, later));
    await readying;
    expect(answers(readied, later)).toEqual(answers(fresh, later));
    expect(answers(readied, today)).toEqual(answers(fresh, today));
  });
});

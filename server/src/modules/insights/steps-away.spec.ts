import { adjacencyOf, stepsAway, whoIsCutOff, type Adjacency } from './steps-away.js';
import { seeded } from './network-measures.js';

/** Brute force: remove v, find the pieces of its part by BFS. */
function piecesWithout(graph: Adjacency, v: number): number[][] {
  const n = graph.offsets.length - 1;
  const seen = new Uint8Array(n);
  seen[v] = 1;
  // v's part first, with v.
  const partOfV = new Set<number>([v]);
  const queue = [v];
  while (queue.length) {
    const x = queue.pop()!;
    for (let i = graph.offsets[x]; i < graph.offsets[x + 1]; i++) {
      const w = graph.targets[i];
      if (!partOfV.has(w)) {
        partOfV.add(w);
        queue.push(w);
      }
    }
  }
  const pieces: number[][] = [];
  for (const start of partOfV) {
    if (seen[start]) continue;
    const piece = [start];
    seen[start] = 1;
    for (let k = 0; k < piece.length; k++) {
      const x = piece[k];
      for (let i = graph.offsets[x]; i < graph.offsets[x + 1]; i++) {
        const w = graph.targets[i];
        if (!seen[w]) {
          seen[w] = 1;
          piece.push(w);
        }
      }
    }
    pieces.push(piece);
  }
  return pieces;
}

function randomGraph(rand: () => number, n: number, links: number, extra: 'multi' | 'loops' | 'none'): Adjacency {
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < links; i++) {
    const a = Math.floor(rand() * n);
    let b = Math.floor(rand() * n);
    if (a === b && extra !== 'loops') b = (b + 1) % n;
    from.push(a);
    to.push(b);
    if (extra === 'multi' && rand() < 0.2) {
      from.push(b);
      to.push(a);
    }
  }
  return adjacencyOf(n, from, to);
}

describe('who we lose if someone steps away', () => {
  it('cuts off exactly what removing each record by brute force cuts off, on random graphs (sparse, dense, with repeated links and loops)', () => {
    const rand = seeded(7);
    let articulations = 0;
    for (let round = 0; round < 300; round++) {
      const n = 2 + Math.floor(rand() * 40);
      const density = [0.6, 1, 1.5, 3][round % 4];
      const graph = randomGraph(rand, n, Math.floor(n * density), (['none', 'multi', 'loops'] as const)[round % 3]);
      const result = stepsAway(graph);
      for (let v = 0; v < n; v++) {
        const pieces = piecesWithout(graph, v);
        const total = pieces.reduce((s, p) => s + p.length, 0);
        const largest = pieces.reduce((m, p) => Math.max(m, p.length), 0);
        expect(result.cutOff[v]).toBe(total - largest);
        if (total - largest > 0) articulations++;
        // The list is every piece but one of the largest.
        const listed = new Set(whoIsCutOff(graph, result, v));
        expect(listed.size).toBe(total - largest);
        if (total === 0) continue; // a record with no links
        const left = pieces.filter((p) => !p.some((x) => listed.has(x)));
        expect(left).toHaveLength(1);
        expect(left[0]).toHaveLength(largest);
        for (const p of pieces) if (p !== left[0]) for (const x of p) expect(listed.has(x)).toBe(true);
      }
    }
    expect(articulations).toBeGreaterThan(100);
  });

  it('a chain of 200,000 records does not overflow the stack, and its middle record cuts off half of it', () => {
    const n = 200_000;
    const from = Int32Array.from({ length: n - 1 }, (_, i) => i);
    const to = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
    const graph = adjacencyOf(n, from, to);
    const result = stepsAway(graph);
    expect(result.cutOff[0]).toBe(0);
    expect(result.cutOff[n - 1]).toBe(0);
    expect(result.cutOff[1]).toBe(1);
    expect(result.cutOff[n / 2]).toBe(n / 2 - 1);
  });

  it('a star: the hub cuts off all but one, a leaf cuts off no one; two links to the same person are a cycle', () => {
    const star = adjacencyOf(5, [0, 0, 0, 0], [1, 2, 3, 4]);
    expect(Array.from(stepsAway(star).cutOff)).toEqual([3, 0, 0, 0, 0]);
    // 0-1 twice (a tie and an affiliation), 1-2 once: 1 still cuts 2 off, 0 cuts no one off.
    const doubled = adjacencyOf(3, [0, 0, 1], [1, 1, 2]);
    expect(Array.from(stepsAway(doubled).cutOff)).toEqual([0, 1, 0]);
  });
});

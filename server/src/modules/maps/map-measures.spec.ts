import type { UndirectedGraph } from 'graphology';
import modularityModule from 'graphology-metrics/graph/modularity.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { measure, simpleGraph } from './map-graph.js';
import { PAGERANK_TOLERANCE, adjacency, adjacencyOf, pagerankFrom } from './map-measures.js';

const pagerank = pagerankModule as unknown as typeof pagerankModule.default;
const modularity = modularityModule as unknown as typeof modularityModule.default;

/** A coalition of `groups` circles of `size` people: most ties inside a circle, some across. Seeded, so the same every run. */
function coalition(groups: number, size: number, ties: number, seed = 7) {
  let s = seed;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const n = groups * size;
  const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(5, '0')}`);
  const links: Array<{ source: string; target: string }> = [];
  for (let k = 0; k < ties; k++) {
    const a = Math.floor(rnd() * n);
    const b = rnd() < 0.85 ? Math.floor(a / size) * size + Math.floor(rnd() * size) : Math.floor(rnd() * n);
    if (a !== b) links.push({ source: ids[a], target: ids[b] });
  }
  return { ids, links, rnd };
}

const scores = (g: UndirectedGraph, m: Map<string, number>) => g.nodes().map((id) => m.get(id)!);
const sameCluster = (before: Map<string, number>, after: Map<string, number>) => {
  let same = 0;
  for (const [id, c] of before) if (after.get(id) === c) same++;
  return same / before.size;
};

describe('network map measures after a write', () => {
  const { ids, links, rnd } = coalition(20, 100, 9000);
  const before = simpleGraph(ids, links);
  const first = measure(before);

  it('reads the same links as the graphology graph: parallel links once, no self-links, records in the order given', () => {
    const withDuplicates = [...links, ...links.slice(0, 50).map((l) => ({ source: l.target, target: l.source })), { source: ids[3], target: ids[3] }];
    const adj = adjacencyOf([...ids, ids[0]], withDuplicates);
    expect(adj.ids).toEqual(before.nodes());
    expect(adj.neighbours.length).toBe(2 * before.size);
    adj.ids.forEach((id, i) => {
      const mine = [...adj.neighbours.subarray(adj.starts[i], adj.starts[i + 1])].map((j) => adj.ids[j]).sort();
      expect(mine).toEqual(before.neighbors(id).sort());
    });
  });

  it('PageRank equals graphology-metrics’ on the same map, within its tolerance', () => {
    const theirs = pagerank(before, { getEdgeWeight: null });
    const ours = first.pagerank;
    let summed = 0;
    for (const id of ids) summed += Math.abs(ours.get(id)! - theirs[id]);
    expect(summed).toBeLessThan(ids.length * PAGERANK_TOLERANCE);
    expect(first.how).toMatchObject({ clusters: 'full' });
  });

  it('after a few new ties, PageRank started from the last scores equals a cold run within tolerance, in fewer iterations', () => {
    const more = [...links];
    for (let k = 0; k < 5; k++) more.push({ source: ids[Math.floor(rnd() * ids.length)], target: ids[Math.floor(rnd() * ids.length)] });
    const after = simpleGraph(ids, more);
    const warm = measure(after, first.warm);
    const cold = pagerankFrom(adjacency(after), null);
    const coldScores = cold.scores;
    const warmScores = scores(after, warm.pagerank);
    let summed = 0;
    for (let i = 0; i < coldScores.length; i++) summed += Math.abs(warmScores[i] - coldScores[i]);
    // Both stop within records × tolerance of the same fixed point.
    expect(summed).toBeLessThan(2 * ids.length * PAGERANK_TOLERANCE);
    expect(warm.how.pagerankIterations).toBeLessThan(cold.iterations);
  });

  it('after a few new ties, clusters move only where the ties are and the map is as well clustered as a full Louvain', () => {
    const more = [...links];
    for (let k = 0; k < 10; k++) more.push({ source: ids[Math.floor(rnd() * ids.length)], target: ids[Math.floor(rnd() * ids.length)] });
    const after = simpleGraph(ids, more);
    const local = measure(after, first.warm);
    const full = measure(after);
    expect(local.how.clusters).toBe('local');
    expect(local.how.touched).toBeLessThanOrEqual(20 + 10 * 2 * 20); // the ties' ends and, as they move, their neighbours at most
    expect(sameCluster(first.cluster, local.cluster)).toBeGreaterThan(0.98);
    const attach = (g: UndirectedGraph, c: Map<string, number>) => {
      g.forEachNode((id) => g.setNodeAttribute(id, 'community', c.get(id)));
      return modularity(g, { getEdgeWeight: null });
    };
    expect(attach(after, local.cluster)).toBeGreaterThan(attach(after, full.cluster) - 0.01);
  });

  it('a map as of an earlier date (half the ties of one record in twenty-five gone) is as well clustered from the last partition as by a full Louvain', () => {
    const gone = new Set(ids.filter((_, i) => i % 25 === 3));
    const fewer = links.filter((l) => !gone.has(l.source) || rnd() < 0.5);
    const after = simpleGraph(ids, fewer);
    const local = measure(after, first.warm);
    const full = measure(after);
    expect(local.how.clusters).toBe('local');
    expect(local.how.touched).toBeGreaterThan(0.1 * ids.length);
    const attach = (g: UndirectedGraph, c: Map<string, number>) => {
      g.forEachNode((id) => g.setNodeAttribute(id, 'community', c.get(id)));
      return modularity(g, { getEdgeWeight: null });
    };
    expect(attach(after, local.cluster)).toBeGreaterThan(attach(after, full.cluster) - 0.01);
  });

  it('a new person tied into one circle joins that circle; a person who lost every tie is a cluster of their own', () => {
    const circle = ids.slice(300, 400);
    const loner = ids[0];
    const newcomer = 'p-new';
    const more = links.filter((l) => l.source !== loner && l.target !== loner);
    for (const friend of circle.slice(0, 8)) more.push({ source: newcomer, target: friend });
    const after = simpleGraph([...ids, newcomer], more);
    const local = measure(after, first.warm);
    expect(local.how.clusters).toBe('local');
    const circleCluster = local.cluster.get(circle[0]);
    expect(circle.filter((id) => local.cluster.get(id) === circleCluster).length).toBeGreaterThan(90);
    expect(local.cluster.get(newcomer)).toBe(circleCluster);
    expect([...local.cluster.values()].filter((c) => c === local.cluster.get(loner))).toHaveLength(1);
  });

  it('a write that touches many records (another date, a bulk import) clusters the whole map again', () => {
    const { links: others } = coalition(20, 100, 9000, 99);
    const after = simpleGraph(ids, others);
    const m = measure(after, first.warm);
    expect(m.how.clusters).toBe('full');
    const cold = pagerankFrom(adjacency(after), null);
    const warmScores = scores(after, m.pagerank);
    let summed = 0;
    for (let i = 0; i < warmScores.length; i++) summed += Math.abs(warmScores[i] - cold.scores[i]);
    expect(summed).toBeLessThan(2 * ids.length * PAGERANK_TOLERANCE);
  });
});

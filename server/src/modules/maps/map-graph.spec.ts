import { activeOn, datedEdges, measure, simpleGraph } from './map-graph.js';
import { layOut, placeNew } from './map-layout.js';
import { adjacency } from './map-measures.js';

const e = (source: string, target: string, since: string | null, until: string | null = null) => ({ source, target, since, until });

describe('network map graph work', () => {
  it('a link exists on a date from its start to its end, both included; no start means always', () => {
    expect(activeOn({ since: '2024-01-01', until: '2024-06-30' }, '2024-01-01')).toBe(true);
    expect(activeOn({ since: '2024-01-01', until: '2024-06-30' }, '2024-06-30')).toBe(true);
    expect(activeOn({ since: '2024-01-01', until: '2024-06-30' }, '2023-12-31')).toBe(false);
    expect(activeOn({ since: '2024-01-01', until: '2024-06-30' }, '2024-07-01')).toBe(false);
    expect(activeOn({ since: null, until: null }, '1999-01-01')).toBe(true);
    expect(activeOn({ since: '2024-01-01T10:00:00.000Z', until: null }, '2024-01-01')).toBe(true);
  });

  it('flags links added and removed between two dates, and leaves out those of neither', () => {
    const edges = [e('a', 'b', '2020-01-01'), e('b', 'c', '2020-01-01', '2022-01-01'), e('c', 'd', '2023-01-01'), e('d', 'e', '2030-01-01'), e('e', 'f', '2010-01-01', '2011-01-01')];
    const out = datedEdges(edges, '2024-01-01', '2021-01-01').map((x) => `${x.source}${x.target} ${x.change}`);
    expect(out).toEqual(['ab SAME', 'bc REMOVED', 'cd ADDED']);
    expect(datedEdges(edges, '2024-01-01', null).map((x) => `${x.source}${x.target} ${x.change}`)).toEqual(['ab SAME', 'cd SAME']);
  });

  it('measures a path a–b–c–d–e: degrees, betweenness, PageRank symmetric, one record with no link its own cluster', () => {
    const g = simpleGraph(['a', 'b', 'c', 'd', 'e', 'z'], [e('a', 'b', null), e('b', 'c', null), e('c', 'd', null), e('d', 'e', null), e('b', 'a', null)]);
    expect(g.size).toBe(4); // a–b twice is one link
    const m = measure(g);
    expect(Object.fromEntries(m.degree)).toEqual({ a: 1, b: 2, c: 2, d: 2, e: 1, z: 0 });
    // Normalized over (n−1)(n−2)/2 = 10 pairs (z counts in n = 6): c lies on a–d, a–e, b–d, b–e = 4 → 0.4; b on a–c, a–d, a–e = 3 → 0.3.
    expect(m.betweenness!.get('c')).toBeCloseTo(0.4, 6);
    expect(m.betweenness!.get('b')).toBeCloseTo(0.3, 6);
    expect(m.betweenness!.get('a')).toBe(0);
    expect(m.pagerank.get('a')).toBeCloseTo(m.pagerank.get('e')!, 6);
    expect(m.pagerank.get('b')).toBeCloseTo(m.pagerank.get('d')!, 6);
    const cz = m.cluster.get('z');
    expect([...m.cluster].filter(([, c]) => c === cz)).toEqual([['z', cz]]);
  });

  it('lays out the same map the same way, keeps known positions and puts a new record beside its neighbour', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const links = ids.slice(1).map((id, i) => e(ids[i], id, null));
    const g1 = simpleGraph(ids, links);
    const m = measure(g1);
    const p1 = await layOut(g1, m.cluster);
    const p2 = await layOut(simpleGraph(ids, links), m.cluster);
    expect(p1).toEqual(p2);
    const g3 = simpleGraph([...ids, 'new'], [...links, e('n29', 'new', null)]);
    const p3 = placeNew(adjacency(g3), p1);
    for (const id of ids) expect(p3.get(id)).toEqual(p1.get(id));
    const [x, y] = p3.get('new')!;
    const [nx, ny] = p1.get('n29')!;
    const span = Math.max(...[...p1.values()].map((p) => p[0])) - Math.min(...[...p1.values()].map((p) => p[0]));
    expect(Math.hypot(x - nx, y - ny)).toBeLessThan(span * 0.05);
  });
});

/** Comparing a kept reach index with a fresh load of the same graph (contract tests). */
import type { GraphStore } from '../../src/graph/graph-store.port.js';
import { ReachIndex } from '../../src/modules/reach/reach-index.js';

const today = () => new Date().toISOString().slice(0, 10);

interface EdgeView { to: number; kind: number; hand: number; s0: number; start: number; d: Record<string, unknown> }
interface GraphView { idOf: Map<string, number>; ids: string[]; nodeType: number[]; overlay: Map<number, unknown>; edgesOf(v: number): EdgeView[] }
/** The complete graph answering now (the index swaps whole graphs). */
export const graphOf = (index: ReachIndex) => (index as unknown as { graph: GraphView }).graph;

/**
 * What an index answers, in a form two indexes of the same graph share whatever their record numbers and
 * neighbour order: every record's info and links (kind, strength, faded score, start day, all details), the
 * KNOWS ties with their regions, people and leader marks, members, teams, counts, map links and neighbourhoods.
 */
export function answers(index: ReachIndex, ids: string[], teamIds: string[], compacted: boolean) {
  const x = graphOf(index);
  const live = ids.filter((id) => index.has(id)).sort();
  const links = Object.fromEntries(live.map((id) => [id, x.edgesOf(x.idOf.get(id)!)
    .filter((e) => x.nodeType[e.to] !== 2)
    .map((e) => JSON.stringify([x.ids[e.to], e.kind, e.hand, e.s0, e.start, e.d]))
    .sort()]));
  const ties = index.knowsTies();
  const knows = Array.from({ length: ties.count }, (_, k) => {
    const [a, b] = [ties.ids[ties.a[k]], ties.ids[ties.b[k]]].sort();
    return `${a}|${b}|${ties.start[k]}`;
  }).sort();
  const marks = live.map((id) => {
    const i = ties.indexOf(id);
    return [id, i >= 0 ? [ties.region[i], ties.person[i], ties.leader[i]] : null];
  });
  const { nodes, edges } = index.stats();
  return {
    info: live.map((id) => index.info(id)),
    links,
    knows,
    marks,
    members: index.members(null).sort(),
    teams: teamIds.map((t) => index.teamMembers(t, null)?.sort() ?? null),
    // The CSR's ties (`edges`) leave out the overlay: equal once a bulk add folded it in.
    counts: [nodes, compacted ? edges : null, index.peopleCount(null)],
    leaders: live.filter((id) => index.isLeader(id)),
    map: index.linksAmong(live, today()).map((l) => JSON.stringify(l.a < l.b ? l : { ...l, a: l.b, b: l.a })).sort(),
    around: live.slice(0, 6).map((id) => index.neighbourhood([id], 2, 1e6, () => true).ids.sort()),
  };
}

/** The first path's score from each of a few sources to every live record (searches are exact: equal graphs, equal scores). */
export function bestScores(index: ReachIndex, sources: string[], ids: string[]): number[] {
  return ids.filter((id) => index.has(id)).sort().map((t) => index.paths(sources, t, 1, 6, today())[0]?.score ?? 0);
}

export async function fresh(store: GraphStore): Promise<ReachIndex> {
  const index = new ReachIndex(store);
  await index.reload();
  return index;
}

export function expectSame(kept: ReachIndex, loaded: ReachIndex, ids: string[], teamIds: string[], sources: string[]) {
  const compacted = graphOf(kept).overlay.size === 0;
  expect(answers(kept, ids, teamIds, compacted)).toEqual(answers(loaded, ids, teamIds, compacted));
  const a = bestScores(kept, sources, ids);
  const b = bestScores(loaded, sources, ids);
  expect(a.length).toBe(b.length);
  a.forEach((score, i) => expect(Math.abs(score - b[i])).toBeLessThan(1e-12));
  expect(a.filter((score) => score > 0).length).toBeGreaterThan(5);
}


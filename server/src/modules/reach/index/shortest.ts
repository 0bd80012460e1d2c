import { HALF_LIFE_DAYS } from '../../interactions/tie-strength.js';
import { type FoundPath, NODE_GONE, REF_DAY, dayNumber, linkCost } from './model.js';
import { describe } from './search.js';
import type { GraphState } from './state.js';

/**
 * The chain with the fewest links between two records (at most maxHops), and of those the strongest: a breadth-first
 * search from `fromId`, layer by layer, keeping for each record reached the cheapest way in from the layer before
 * (cost −ln(0.8·q) per link, as the reach search weighs links). Null when they are further apart or not linked.
 */
export function shortestChain(g: GraphState, fromId: string, toId: string, maxHops: number, today: string): FoundPath | null {
  const from = g.idOf.get(fromId);
  const to = g.idOf.get(toId);
  if (from === undefined || to === undefined || from === to || g.nodeType[from] === NODE_GONE || g.nodeType[to] === NODE_GONE) return null;
  const fade = Math.pow(2, -(dayNumber(today) - REF_DAY) / HALF_LIFE_DAYS);
  const dist = new Map<number, number>([[from, 0]]);
  const cost = new Map<number, number>([[from, 0]]);
  const pred = new Map<number, number>();
  let frontier = [from];
  for (let d = 0; d < maxHops && frontier.length && !dist.has(to); d++) {
    const next: number[] = [];
    for (const u of frontier) {
      const cu = cost.get(u)!;
      const offer = (v: number, c: number) => {
        if (g.nodeType[v] === NODE_GONE) return;
        const dv = dist.get(v);
        if (dv === undefined) {
          dist.set(v, d + 1);
          cost.set(v, cu + c);
          pred.set(v, u);
          next.push(v);
        } else if (dv === d + 1 && cu + c < cost.get(v)!) {
          cost.set(v, cu + c);
          pred.set(v, u);
        }
      };
      const o = g.overlay.get(u);
      if (o) for (const e of o) offer(e.to, linkCost(e.kind, e.hand, e.s0, fade));
      else if (u < g.baseNodes) for (let k = g.offsets[u]; k < g.offsets[u + 1]; k++) offer(g.nbr[k], linkCost(g.ekind[k], g.ehand[k], g.es0[k], fade));
    }
    frontier = next;
  }
  if (!dist.has(to)) return null;
  const nodes = [to];
  for (let x = to; x !== from; ) nodes.push((x = pred.get(x)!));
  nodes.reverse();
  return describe(g, nodes, cost.get(to)!, fade);
}

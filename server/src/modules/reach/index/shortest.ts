import { fadeOn } from './costs.js';
import { type FoundPath, NODE_GONE, linkCost } from './model.js';
import { ChainSide } from './chain-side.js';
import { describe } from './search.js';
import type { GraphState } from './state.js';

/** The two sides' scratch, sized to the graph (grown when records were added since). */
export function chainScratch(g: GraphState): { F: ChainSide; B: ChainSide; stamp: number } {
  const n = g.ids.length;
  if (!g.chain || g.chain.F.cap < n) {
    const cap = Math.max(1024, Math.ceil(n * 1.25));
    g.chain = { F: new ChainSide(cap), B: new ChainSide(cap), stamp: 0 };
  }
  if (g.chain.stamp >= 0x7ffffffe) {
    g.chain.F.seen.fill(0);
    g.chain.B.seen.fill(0);
    g.chain.stamp = 0;
  }
  g.chain.stamp++;
  return g.chain;
}

/**
 * The chain with the fewest links between two records (at most maxHops), and of those the strongest. Breadth-first
 * from both ends, a whole layer at a time on the side with the smaller frontier (from one end only, it took 2.4 s at
 * 1M people / 10M ties: by 4 links it reaches most of the network), until the sides meet; then the strongest of the
 * shortest is the cheapest cost-from-start + cost-to-end over the records both reached (cost −ln(0.8·q) per link,
 * as the reach search weighs links). Null when they are further apart or not linked: a side that runs out of
 * records (its end's part of the network is smaller than six links around it) stops the search at once.
 */
export function shortestChain(g: GraphState, fromId: string, toId: string, maxHops: number, today: string): FoundPath | null {
  const from = g.idOf.get(fromId);
  const to = g.idOf.get(toId);
  if (from === undefined || to === undefined || from === to || g.nodeType[from] === NODE_GONE || g.nodeType[to] === NODE_GONE) return null;
  const fade = fadeOn(today);
  const { F, B, stamp } = chainScratch(g);
  F.begin(from, stamp);
  B.begin(to, stamp);
  const { nodeType, offsets, nbr, ekind, ehand, es0, baseNodes, overlay } = g;
  let met = false;
  while (!met && F.radius + B.radius < maxHops && F.n > F.front && B.n > B.front) {
    const s = F.n - F.front <= B.n - B.front ? F : B;
    const other = s === F ? B : F;
    const d = s.radius + 1;
    const end = s.n;
    const offer = (u: number, v: number, c: number) => {
      if (nodeType[v] === NODE_GONE) return;
      if (s.seen[v] !== stamp) {
        s.add(v, stamp, d, c, u);
        if (other.seen[v] === stamp) met = true;
      } else if (s.dist[v] === d && c < s.cost[v]) {
        s.cost[v] = c;
        s.pred[v] = u;
      }
    };
    for (let i = s.front; i < end; i++) {
      const u = s.reached[i];
      const cu = s.cost[u];
      const o = overlay.get(u);
      if (o) for (const e of o) offer(u, e.to, cu + linkCost(e.kind, e.hand, e.s0, fade));
      else if (u < baseNodes) for (let k = offsets[u]; k < offsets[u + 1]; k++) offer(u, nbr[k], cu + linkCost(ekind[k], ehand[k], es0[k], fade));
    }
    s.front = end;
    s.radius = d;
  }
  if (!met) return null;
  // Every chain of the fewest links has a record both sides reached, at its distances from each end (the sides
  // explored every record within their radii, whose sum is at least that length): the least sum, then the cheapest.
  let meet = -1;
  let bestLength = Infinity;
  let best = Infinity;
  const [small, big] = F.n <= B.n ? [F, B] : [B, F];
  for (let i = 0; i < small.n; i++) {
    const v = small.reached[i];
    if (big.seen[v] !== stamp) continue;
    const length = small.dist[v] + big.dist[v];
    const c = F.cost[v] + B.cost[v];
    if (length < bestLength || (length === bestLength && c < best)) [bestLength, best, meet] = [length, c, v];
  }
  if (meet < 0) return null;
  const nodes = [meet];
  for (let x = meet; x !== from; ) nodes.push((x = F.pred[x]));
  nodes.reverse();
  for (let x = meet; x !== to; ) nodes.push((x = B.pred[x]));
  return describe(g, nodes, best, fade);
}

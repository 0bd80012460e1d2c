import { HALF_LIFE_DAYS } from '../../interactions/tie-strength.js';
import { K_KNOWS, LINK_KIND, type MapLink, NODE_GONE, REF_DAY, dayNumber, quality } from './model.js';
import type { GraphState } from './state.js';

// Neighbourhoods (network maps): the records around some seeds, a region's records, and the links among a set.

/** Every person and organization of a region. */
export function inRegion(g: GraphState, regionId: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < g.ids.length; i++) if (g.nodeType[i] !== NODE_GONE && g.region[i] === regionId) out.push(g.ids[i]);
  return out;
}

/** Calls `fn` for each link of record v: neighbour, kind, hand-set strength, faded score, since, until. */
function eachLink(g: GraphState, v: number, fn: (to: number, kind: number, hand: number, s0: number, since: string | null, until: string | null) => void): void {
  const o = g.overlay.get(v);
  if (o) {
    for (const e of o) if (g.nodeType[e.to] !== NODE_GONE) fn(e.to, e.kind, e.hand, e.s0, e.d.since, e.d.until);
  } else if (v < g.baseNodes) {
    const { nbr, offsets, eid, dSince, dUntil, strs, nodeType } = g;
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      const to = nbr[k];
      if (nodeType[to] === NODE_GONE) continue;
      const e = eid[k];
      fn(to, g.ekind[k], g.ehand[k], g.es0[k], dSince[e] ? strs[dSince[e]] : null, dUntil[e] ? strs[dUntil[e]] : null);
    }
  }
}

/**
 * The records within `hops` links of the seeds, following only the links `follow` accepts (by their since
 * and until), nearest first, at most `maxNodes` (then `truncated`).
 */
export function neighbourhood(g: GraphState, seeds: readonly string[], hops: number, maxNodes: number, follow: (since: string | null, until: string | null) => boolean): { ids: string[]; truncated: boolean } {
  const reached = new Set<number>();
  let frontier: number[] = [];
  for (const id of seeds) {
    const i = g.idOf.get(id);
    if (i !== undefined && g.nodeType[i] !== NODE_GONE && !reached.has(i)) {
      reached.add(i);
      frontier.push(i);
    }
  }
  let truncated = false;
  for (let h = 0; h < hops && frontier.length && !truncated; h++) {
    const next: number[] = [];
    for (const u of frontier) {
      eachLink(g, u, (to, _k, _h, _s, since, until) => {
        if (truncated || reached.has(to) || !follow(since, until)) return;
        if (reached.size >= maxNodes) {
          truncated = true;
          return;
        }
        reached.add(to);
        next.push(to);
      });
      if (truncated) break;
    }
    frontier = next;
  }
  return { ids: [...reached].map((i) => g.ids[i]), truncated };
}

/** Every tie and affiliation between two of these records, once, with the strength shown on `today` (KNOWS; null for affiliations). */
export function linksAmong(g: GraphState, ids: readonly string[], today: string): MapLink[] {
  const fade = Math.pow(2, -(dayNumber(today) - REF_DAY) / HALF_LIFE_DAYS);
  const inSet = new Map<number, number>();
  for (const id of ids) {
    const i = g.idOf.get(id);
    if (i !== undefined && g.nodeType[i] !== NODE_GONE) inSet.set(i, inSet.size);
  }
  const out: MapLink[] = [];
  for (const [u, order] of inSet) {
    eachLink(g, u, (to, kind, hand, s0, since, until) => {
      const other = inSet.get(to);
      // Each link once: from the end listed first (a person and an organization: from the person).
      if (other === undefined || other < order || (other === order && to <= u)) return;
      const strength = kind === K_KNOWS ? Math.round(quality(kind, hand, s0, fade) * 50) / 10 : null;
      out.push({ a: g.ids[u], b: g.ids[to], kind: LINK_KIND[kind], strength, since: since || null, until: until || null });
    });
  }
  return out;
}

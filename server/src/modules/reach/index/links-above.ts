import { HALF_LIFE_DAYS } from '../../interactions/tie-strength.js';
import { K_KNOWS, NODE_GONE, REF_DAY, dayNumber, quality } from './model.js';
import type { GraphState } from './state.js';

/** Every tie of at least a strength, and every affiliation, once, as int ids of the index's records: a snapshot later writes do not change. */
export interface LinksAbove {
  /** Records 0..n-1 (people, organizations, and deleted records, which have no links here). */
  n: number;
  ids: readonly string[];
  indexOf(id: string): number;
  /** 0 person, 1 organization, 2 deleted (NODE_*). */
  nodeType: Uint8Array;
  region: readonly string[];
  name: readonly string[];
  count: number;
  a: Int32Array;
  b: Int32Array;
}

/**
 * The links "who we lose if someone steps away" counts: KNOWS ties whose strength shown today (hand-set or derived,
 * faded, as reach weighs them) is at least `minStrength`, and every affiliation; ties and affiliations that ended
 * before today are not links any more. Read from the index's arrays and overlay, never from the store.
 */
export function linksAbove(g: GraphState, minStrength: number, today: string): LinksAbove {
  const n = g.ids.length;
  const fade = Math.pow(2, -(dayNumber(today) - REF_DAY) / HALF_LIFE_DAYS);
  const nodeType = new Uint8Array(n);
  for (let i = 0; i < n; i++) nodeType[i] = g.nodeType[i];
  // Quality is strength / 5; a little slack so a tie shown as exactly the threshold (rounded to one decimal) counts.
  const minQuality = minStrength / 5 - 0.01 / 5;
  const ended = (until: string | null) => until !== null && until !== '' && until.slice(0, 10) < today;
  let cap = 1024;
  let a = new Int32Array(cap);
  let b = new Int32Array(cap);
  let m = 0;
  const push = (u: number, v: number) => {
    if (m === cap) {
      cap *= 2;
      const na = new Int32Array(cap);
      na.set(a);
      const nb = new Int32Array(cap);
      nb.set(b);
      [a, b] = [na, nb];
    }
    a[m] = u;
    b[m++] = v;
  };
  const { offsets, nbr, ekind, ehand, es0, eid, dUntil, strs, overlay } = g;
  for (let u = 0; u < n; u++) {
    if (nodeType[u] === NODE_GONE) continue;
    const o = overlay.get(u);
    if (o) {
      // As knowsTies: a link between two overlay records is taken from its smaller end; else from the overlay end.
      for (const e of o) {
        if (nodeType[e.to] === NODE_GONE || !(e.to > u || !overlay.has(e.to))) continue;
        if (e.kind === K_KNOWS && quality(e.kind, e.hand, e.s0, fade) < minQuality) continue;
        if (ended(e.d.until)) continue;
        push(u, e.to);
      }
    } else if (u < g.baseNodes) {
      for (let k = offsets[u], end = offsets[u + 1]; k < end; k++) {
        const v = nbr[k];
        if (v <= u || overlay.has(v) || nodeType[v] === NODE_GONE) continue;
        if (ekind[k] === K_KNOWS && quality(K_KNOWS, ehand[k], es0[k], fade) < minQuality) continue;
        const until = dUntil[eid[k]];
        if (until && ended(strs[until])) continue;
        push(u, v);
      }
    }
  }
  const idOf = g.idOf;
  const indexOf = (id: string) => {
    const i = idOf.get(id);
    return i !== undefined && i < n ? i : -1;
  };
  return { n, ids: g.ids.slice(0, n), indexOf, nodeType, region: g.region.slice(0, n), name: g.name.slice(0, n), count: m, a: a.subarray(0, m), b: b.subarray(0, m) };
}

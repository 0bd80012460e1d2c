/**
 * Level of detail for the links of big maps. Without a GPU (software WebGL such as SwiftShader) drawing 88,000
 * links takes about 0.2 s, so a big map draws its links in a fixed order of importance and stops when the
 * estimated cost of the next one would exceed a time budget. The cost of each link is estimated from its length on
 * screen (clipped to the view), and the cost of a unit is measured on this machine as the map is drawn, so with a
 * GPU every link is drawn. Pure functions over typed arrays: tested without WebGL.
 */
import type { PackedMap } from './packed';
import { t } from '../i18n/intl';

/**
 * Cost of one line, in pixel-equivalents (one unit = one pixel of line drawn), measured in SwiftShader: every line
 * drawn costs about 11 pixels' worth of vertex work even when it is off screen, a line on screen about 7 more plus
 * its length.
 */
export const LINE_COST = { base: 11, onScreen: 7 };
/** Milliseconds per unit before anything was measured: SwiftShader on a shared 2-core Xeon (about 19 ns a pixel). */
export const PRIOR_MS_PER_UNIT = 2e-5;
/** Time the links of one frame may take to draw. */
export const LINK_BUDGET_MS = 35;

/**
 * The order links are drawn in (and so kept when not all fit): with a comparison, links added or ended first;
 * then links that are not ties (memberships, roles, partners: few and structural); then ties, strongest first;
 * equal ones in a fixed pseudo-random order, so that any prefix is spread over the whole map rather than the
 * links of the first records.
 */
export function linkOrder(m: PackedMap): Int32Array {
  const count = m.edges.source.length;
  const same = m.dict.changes.indexOf('SAME');
  const knows = m.dict.edgeKinds.indexOf('KNOWS');
  const priority = (e: number) => {
    const changed = m.compareTo && m.edges.change[e] !== same ? 1 : 0;
    const notTie = m.edges.kind[e] === knows ? 0 : 1;
    const strength = Math.max(0, Math.min(15, Math.round(m.edges.strength[e])));
    return changed * 32 + notTie * 16 + strength; // 0..63, larger first
  };
  const order = new Int32Array(count);
  if (count < 2 ** 21) {
    // One number per link, sorted without a comparator (about 5 times faster at 88,000 links): priority (6 bits,
    // inverted), the shuffle (24 bits), the link (21 bits).
    const keys = new Float64Array(count);
    for (let e = 0; e < count; e++) keys[e] = ((63 - priority(e)) * 2 ** 24 + Math.floor(shuffle(e) * 2 ** 24)) * 2 ** 21 + e;
    keys.sort();
    for (let k = 0; k < count; k++) order[k] = keys[k] % 2 ** 21;
    return order;
  }
  const rank = Float64Array.from({ length: count }, (_, e) => priority(e) + shuffle(e));
  for (let k = 0; k < count; k++) order[k] = k;
  return order.sort((a, b) => rank[b] - rank[a] || a - b);
}

/** A fixed pseudo-random number in [0, 1) for an index (an integer hash; the same on every machine). */
export function shuffle(i: number): number {
  let x = (i + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) / 4294967296;
}

/** Length in pixels of the part of segment (x0, y0)–(x1, y1) inside the rectangle [0, w] × [0, h] (Liang–Barsky). */
export function clippedLength(x0: number, y0: number, x1: number, y1: number, w: number, h: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  // The four sides as p·t ≤ q (no arrays: this runs for every link at every stop).
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? x0 : side === 1 ? w - x0 : side === 2 ? y0 : h - y0;
    if (p === 0) {
      if (q < 0) return 0;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return 0;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return 0;
      if (r < t1) t1 = r;
    }
  }
  return (t1 - t0) * Math.hypot(dx, dy);
}

export interface LineBuffer {
  /** Two vertices per link, `stride` floats per vertex: x, y first; `color` the offset of the packed colour (0 = hidden link). */
  array: Float32Array;
  stride: number;
  color: number;
  /** Links in the buffer. */
  count: number;
}

export interface Fit {
  /** Links drawn: the first `drawn` of the buffer. */
  drawn: number;
  /** Of those, links that are not hidden (by the filters); `total` of the whole buffer. */
  shown: number;
  total: number;
  /** Estimated cost of what is drawn, in units. */
  units: number;
}

/**
 * How many links of the buffer (in its order) fit within `budget` units, seen through `matrix` (sigma's column-major
 * 3×3 from graph to clip space) on a `width` × `height` pixel view.
 */
export function fitLinks(buf: LineBuffer, matrix: ArrayLike<number>, width: number, height: number, budget: number): Fit {
  const { array, stride, color, count } = buf;
  const [m0, m1, , m3, m4, , m6, m7] = Array.from(matrix);
  const sx = width / 2;
  const sy = height / 2;
  let units = 0;
  let shown = 0;
  let i = 0;
  for (; i < count; i++) {
    const a = i * 2 * stride;
    let cost = LINE_COST.base;
    if (array[a + color] !== 0) {
      const b = a + stride;
      const x0 = (m0 * array[a] + m3 * array[a + 1] + m6 + 1) * sx;
      const y0 = (1 - (m1 * array[a] + m4 * array[a + 1] + m7)) * sy;
      const x1 = (m0 * array[b] + m3 * array[b + 1] + m6 + 1) * sx;
      const y1 = (1 - (m1 * array[b] + m4 * array[b + 1] + m7)) * sy;
      const len = clippedLength(x0, y0, x1, y1, width, height);
      if (len > 0) cost += LINE_COST.onScreen + len;
    }
    if (units + cost > budget && i > 0) break;
    units += cost;
    if (array[a + color] !== 0) shown++;
  }
  let total = shown;
  for (let j = i; j < count; j++) if (array[j * 2 * stride + color] !== 0) total++;
  return { drawn: i, shown, total, units };
}

/** Milliseconds per unit on this machine: starts from a prior and follows what is measured (moving average). */
export class DrawRate {
  constructor(
    public msPerUnit = PRIOR_MS_PER_UNIT,
    private readonly weight = 0.5,
  ) {}

  /** A draw of `units` took `ms` (measured to completion). Tiny draws say little and are ignored. */
  observe(ms: number, units: number): void {
    if (!(units >= 10_000) || !(ms >= 0)) return;
    this.msPerUnit = this.msPerUnit * (1 - this.weight) + (ms / units) * this.weight;
  }

  budget(ms: number): number {
    return this.msPerUnit > 0 ? ms / this.msPerUnit : Number.POSITIVE_INFINITY;
  }
}

/**
 * Scale of the records' drawn size on a crowded map: 1 up to 2,500 records, then shrinking with the square root of
 * the count (so the area all records cover stays about the same), never below half. 10,000 records overlapping at
 * full size hide the map's structure, and each covered pixel costs time without a GPU; zooming in still enlarges them.
 */
export function crowdScale(records: number): number {
  return Math.max(0.5, Math.min(1, Math.sqrt(2_500 / Math.max(1, records))));
}

/** The note under a map that draws only some of its links at this zoom; null when all are drawn. */
export function linkNote(shown: number, total: number): string | null {
  if (shown >= total) return null;
  return t('networkmap.atThisZoomTheMap', { shown, total });
}

import { K_KNOWS, type KnowsTies, NODE_PERSON } from './model.js';
import type { GraphState } from './state.js';

// Arrays: the CSR built from a list of ties, and every KNOWS tie once as int arrays (whole-network measures).

type Typed = Int32Array<ArrayBuffer> | Float32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

/** A typed array that grows as values are pushed. */
export class Grow<T extends Typed> {
  a: T;
  n = 0;
  constructor(private readonly ctor: new (length: number) => T) {
    this.a = new ctor(1024);
  }
  /** The values pushed, in an array of their own. */
  cut(): T {
    return this.a.slice(0, this.n) as T;
  }
  push(v: number) {
    if (this.n === this.a.length) {
      const b = new this.ctor(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

/** The CSR of ties 0..m-1 (ends src[e], dst[e]; both directions), over every record known now. */
export function buildCsr(g: GraphState, src: Int32Array, dst: Int32Array, kind: ArrayLike<number>, hand: ArrayLike<number>, s0: ArrayLike<number>, m: number): void {
  const n = g.ids.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[src[e] + 1]++;
    offsets[dst[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const nbr = new Int32Array(2 * m);
  const ekind = new Uint8Array(2 * m);
  const ehand = new Uint8Array(2 * m);
  const es0 = new Float32Array(2 * m);
  const eid = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const a = src[e];
    const b = dst[e];
    const k = kind[e];
    const h = hand[e];
    const s = s0[e];
    let at = fill[a]++;
    nbr[at] = b;
    ekind[at] = k;
    ehand[at] = h;
    es0[at] = s;
    eid[at] = e;
    at = fill[b]++;
    nbr[at] = a;
    ekind[at] = k;
    ehand[at] = h;
    es0[at] = s;
    eid[at] = e;
  }
  Object.assign(g, { offsets, nbr, ekind, ehand, es0, eid, baseNodes: n, costFade: NaN });
  g.rebuilds++;
}

/**
 * Every KNOWS tie once (overlay included), as int ids, with each record's region and whether it is a person
 * or a leader: what whole-network measures (emerging leaders) need, without reading the ties from the store.
 * A snapshot: later writes do not change the arrays returned. With `regions`, only ties between people of
 * those regions (`person` is then 1 only for them).
 */
export function knowsTies(g: GraphState, regions: ReadonlySet<string> | null = null): KnowsTies {
  const n = g.ids.length;
  const person = new Uint8Array(n);
  const leader = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    person[i] = g.nodeType[i] === NODE_PERSON && (!regions || regions.has(g.region[i])) ? 1 : 0;
    leader[i] = g.leader[i] ? 1 : 0;
  }
  let cap = regions ? 1024 : g.nbr.length / 2 + 1024;
  let a = new Int32Array(cap);
  let b = new Int32Array(cap);
  let start = new Int32Array(cap);
  let m = 0;
  const push = (u: number, v: number, s: number) => {
    if (m === cap) {
      cap *= 2;
      const grow = (x: Int32Array) => {
        const y = new Int32Array(cap);
        y.set(x);
        return y;
      };
      [a, b, start] = [grow(a), grow(b), grow(start)];
    }
    a[m] = u;
    b[m] = v;
    start[m++] = s;
  };
  const { offsets, nbr, ekind, eid, dStart, overlay } = g;
  for (let u = 0; u < n; u++) {
    if (!person[u]) continue;
    const o = overlay.get(u);
    if (o) {
      // A tie between two overlay records is taken from its smaller end; between an overlay record and another, from the overlay.
      for (const e of o) if (e.kind === K_KNOWS && person[e.to] && (e.to > u || !overlay.has(e.to))) push(u, e.to, e.start);
    } else if (u < g.baseNodes) {
      for (let k = offsets[u], end = offsets[u + 1]; k < end; k++) {
        const v = nbr[k];
        // Each tie sits in the CSR twice: take it from its smaller end. An end in the overlay has the tie there.
        if (v > u && ekind[k] === K_KNOWS && person[v] && !overlay.has(v)) push(u, v, dStart[eid[k]]);
      }
    }
  }
  // A reload makes a new map; the one taken here only ever gains records numbered n or more.
  const idOf = g.idOf;
  const indexOf = (id: string) => {
    const i = idOf.get(id);
    return i !== undefined && i < n ? i : -1;
  };
  return { n, ids: g.ids.slice(0, n), indexOf, region: g.region.slice(0, n), person, leader, count: m, a: a.subarray(0, m), b: b.subarray(0, m), start: start.subarray(0, m) };
}

import type { GraphStore } from '../../../graph/graph-store.port.js';
import type { KeptStart, Layer } from './layer.js';
import type { ChainSide } from './chain-side.js';
import { type CostTable, type Edge, F_GONE, type IndexStats, type LinkDetail, NODE_GONE } from './model.js';

/**
 * The data of one reach graph (records, the CSR of ties, their details, the overlay, teams, the search's
 * scratch space) and the few look-ups every part needs. Its fields are shared by the files of this folder
 * (loading, updates, arrays, search, neighbourhoods), which take it as `g`; outside it, only ReachGraph is used.
 */
export class GraphState {
  // Nodes
  idOf = new Map<string, number>();
  ids: string[] = [];
  nodeType: number[] = [];
  region: string[] = [];
  member: boolean[] = [];
  leader: boolean[] = [];
  name: string[] = [];
  /** Teams: region and member records, kept in step by refresh({ teams }) and refresh({ people }). */
  teams = new Map<string, { region: string; members: Set<number> }>();
  /** Interned strings of link details (dates, contexts, titles); 0 is null. */
  strs: string[] = [''];
  strId = new Map<string, number>();
  // Base CSR (both directions of every tie)
  offsets = new Int32Array(1);
  nbr = new Int32Array(0);
  ekind = new Uint8Array(0);
  ehand = new Uint8Array(0);
  es0 = new Float32Array(0);
  /** The tie (row of the d* columns) of each CSR slot. */
  eid = new Int32Array(0);
  // Details of each tie of the base CSR, by tie.
  dScore = new Float64Array(0);
  dScoreAt = new Int32Array(0);
  dLast = new Int32Array(0);
  dCtx = new Int32Array(0);
  dSince = new Int32Array(0);
  dUntil = new Int32Array(0);
  /** KNOWS: the day number the tie started (NO_DAY when unknown). */
  dStart = new Int32Array(0);
  baseNodes = 0;
  /** Bumped each time the CSR is built (a load, a bulk add): a refresh whose reads began before reads again. */
  rebuilds = 0;
  /** Records whose ties changed since the CSR was built. */
  overlay = new Map<number, Edge[]>();

  /** Bumped whenever what the index holds changed (a load, or a write's refresh): caches built on it compare it. */
  generation = 0;
  loadedAt: string | null = null;

  // Search scratch space, reused (searches are synchronous).
  cap = 0;
  /** Per record: F_GONE, F_BANNED, F_OVERLAY and one bit per search layer (see Layer). */
  flags = new Uint16Array(0);
  layersF: Layer[] = [];
  layersB: Layer[] = [];
  cost = new Float64Array(0);
  /** The cheapest link of each record of the base CSR for the day of `cost` (a lower bound the search prunes with). */
  minCost = new Float64Array(0);
  /** The starting side's last layer as a bitset (a few hundred KB, so the meeting points' neighbour scans stay in cache). */
  lastBits = new Int32Array(0);
  costFade = NaN;
  /** Costs of a day being worked out ahead (see costs.ts). */
  costsAhead: CostTable | null = null;
  /** The starting side's layers of the last question, for the next one from the same people (see search.ts). */
  keptStart: KeptStart | null = null;
  /** The shortest-chain search's scratch (see shortest.ts). */
  chain: { F: ChainSide; B: ChainSide; stamp: number } | null = null;

  constructor(
    readonly store: GraphStore,
    readonly warn: (message: string) => void = () => undefined,
  ) {}

  stats(): IndexStats {
    const bytes = [this.offsets, this.nbr, this.ekind, this.ehand, this.es0, this.eid, this.dScore, this.dScoreAt, this.dLast, this.dCtx, this.dSince, this.dUntil].reduce((n, a) => n + a.byteLength, 0);
    let nodes = 0;
    for (let i = 0; i < this.nodeType.length; i++) if (this.nodeType[i] !== NODE_GONE) nodes++;
    return { nodes, edges: this.nbr.length / 2, bytes, loadedAt: this.loadedAt };
  }

  node(id: string, type: number): number {
    let i = this.idOf.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.idOf.set(id, i);
      this.ids.push(id);
      this.nodeType.push(type);
      this.region.push('');
      this.member.push(false);
      this.leader.push(false);
      this.name.push('');
    } else if (this.nodeType[i] === NODE_GONE) {
      this.nodeType[i] = type;
      if (i < this.cap) this.flags[i] &= ~F_GONE;
    }
    return i;
  }

  str(v: unknown): number {
    if (v === null || v === undefined) return 0;
    const s = String(v);
    let i = this.strId.get(s);
    if (i === undefined) {
      i = this.strs.length;
      this.strs.push(s);
      this.strId.set(s, i);
    }
    return i;
  }

  baseDetail(e: number, hand: number): LinkDetail {
    const score = this.dScore[e];
    return {
      strength: hand || null,
      score: Number.isNaN(score) ? null : score,
      scoreAt: this.dScoreAt[e] ? this.strs[this.dScoreAt[e]] : null,
      lastContact: this.dLast[e] ? this.strs[this.dLast[e]] : null,
      context: this.dCtx[e] ? this.strs[this.dCtx[e]] : null,
      since: this.dSince[e] ? this.strs[this.dSince[e]] : null,
      until: this.dUntil[e] ? this.strs[this.dUntil[e]] : null,
    };
  }

  edgesOf(v: number): Edge[] {
    const o = this.overlay.get(v);
    if (o) return o;
    const out: Edge[] = [];
    if (v < this.baseNodes) {
      for (let i = this.offsets[v]; i < this.offsets[v + 1]; i++) {
        out.push({ to: this.nbr[i], kind: this.ekind[i], hand: this.ehand[i], s0: this.es0[i], start: this.dStart[this.eid[i]], d: this.baseDetail(this.eid[i], this.ehand[i]) });
      }
    }
    return out;
  }
}

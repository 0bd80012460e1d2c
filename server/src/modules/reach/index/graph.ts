import type { BulkKnows, BulkPerson } from '../../../graph/changes.js';
import type { GraphStore, Row } from '../../../graph/graph-store.port.js';
import { HALF_LIFE_DAYS } from '../../interactions/tie-strength.js';
import { exportGraph } from '../reach-export.js';
import { ReachExport, ReachQueries } from '../reach.queries.js';

/**
 * An in-memory adjacency index of people and organizations, for "who can reach this target".
 *
 * Ids map to ints; ties live in CSR arrays (offsets + neighbour/kind/strength/score columns) built by one
 * paged read at start. A write that changes ties or affiliations calls `refresh(...)` after it committed:
 * the touched records' ties are re-read from the store and kept in a small overlay that takes precedence
 * over the CSR slice of those records (so the big arrays are never rebuilt on a write).
 *
 * Link quality q (0.2 to 1): KNOWS = max(hand-set strength, derived strength faded to today) / 5, as
 * tie-strength.ts defines them; LEADS 4/5, WORKS_AT 3.5/5, MEMBER_OF 2.5/5 (a membership in a big
 * organization is a weaker tie than a person's own relationship). Every hop also costs a factor 0.8,
 * so a path's score is Π (0.8 · q) and shorter chains win over equally strong longer ones.
 */
export const LINK_KIND = ['KNOWS', 'MEMBER_OF', 'WORKS_AT', 'LEADS'] as const;
export type LinkKind = (typeof LINK_KIND)[number];
export const AFFILIATION_QUALITY: Record<Exclude<LinkKind, 'KNOWS'>, number> = { MEMBER_OF: 2.5 / 5, WORKS_AT: 3.5 / 5, LEADS: 4 / 5 };
export const HOP_FACTOR = 0.8;

const K_KNOWS = 0;
const kindIndex = (k: string): number => Math.max(0, LINK_KIND.indexOf(k as LinkKind));
const DAY = 86_400_000;
const dayNumber = (date: string): number => Math.floor(Date.parse(date.slice(0, 10)) / DAY);
const NODE_PERSON = 0;
const NODE_ORG = 1;
const NODE_GONE = 2;
/** Tie scores are stored faded to this day, so a query fades them all with one factor. */
const REF_DAY = dayNumber('2020-01-01');
const PAGE = Number(process.env.REACH_PAGE ?? 20_000);
/** Links searched from each side: paths have at most 2 · MAX_SIDE links. */
const MAX_SIDE = 3;

/** What the answer shows about one link (strings as read from the store; null when unset). */
export interface LinkDetail {
  /** KNOWS: the strength set by hand (null when none). */
  strength: number | null;
  score: number | null;
  scoreAt: string | null;
  lastContact: string | null;
  /** KNOWS: its context; an affiliation: the title. */
  context: string | null;
  since: string | null;
  /** YYYY-MM-DD the tie or affiliation ended (null: it has not). */
  until: string | null;
}

interface Edge {
  to: number;
  kind: number;
  hand: number;
  s0: number;
  /** KNOWS: the day number the tie started (its `since` date, else the day it was recorded), NO_DAY when unknown. */
  start: number;
  d: LinkDetail;
}

/** A day number (days since 1970-01-01) that no date has: a tie with no known start. */
export const NO_DAY = -2_000_000_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** The day a KNOWS tie started: its `since` when that is a date, else the day it was recorded. */
export function tieStartDay(since: unknown, createdAt: unknown): number {
  if (typeof since === 'string' && DATE_ONLY.test(since)) return dayNumber(since);
  if (typeof createdAt === 'string' && createdAt.length >= 10 && DATE_ONLY.test(createdAt.slice(0, 10))) return dayNumber(createdAt);
  return NO_DAY;
}

/** Every KNOWS tie once, as int ids of the index's records (see ReachIndex.knowsTies). */
export interface KnowsTies {
  /** Records 0..n-1 (people and organizations; ties join people only). */
  n: number;
  ids: readonly string[];
  /** The int id of a record in this snapshot, or -1. */
  indexOf(id: string): number;
  /** Region id of each record. */
  region: readonly string[];
  /** 1 when the record is a person in the graph (not an organization, not deleted). */
  person: Uint8Array;
  /** 1 when the person's kinds include LEADER. */
  leader: Uint8Array;
  count: number;
  a: Int32Array;
  b: Int32Array;
  /** Day number the tie started, or NO_DAY. */
  start: Int32Array;
}

class Grow {
  a: Int32Array | Float32Array | Float64Array;
  n = 0;
  constructor(private readonly ctor: Int32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor) {
    this.a = new ctor(1024);
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

/** Bits of ReachIndex.flags, one Uint16 per record: facts the search checks for every link it follows, in one place. */
const F_GONE = 1; // deleted
const F_BANNED = 2; // a broker of a path already chosen (this query only)
const F_OVERLAY = 4; // ties re-read since the CSR was built (look in the overlay)
const F_LAYER0 = 8; // layer bits from here: one per Layer (MAX_SIDE + 1 per side)

/**
 * The records first reached in exactly h links (one layer of a hop-bounded search), with the cheapest cost and
 * predecessor. Membership is a bit of the shared flags array, cost and predecessor sit side by side (one cache
 * line per record), and reset clears only the records it holds: a search touches memory in proportion to what
 * it reaches, not to the size of the network.
 */
class Layer {
  /** dp[2v]: the cheapest cost to v in exactly this many links; dp[2v + 1]: its predecessor. */
  dp: Float64Array;
  list = new Int32Array(1024);
  n = 0;
  constructor(
    cap: number,
    readonly flags: Uint16Array,
    readonly bit: number,
  ) {
    this.dp = new Float64Array(2 * cap);
  }
  reset() {
    const { flags, list, n } = this;
    const keep = ~this.bit;
    for (let i = 0; i < n; i++) flags[list[i]] &= keep;
    this.n = 0;
  }
  has(v: number) {
    return (this.flags[v] & this.bit) !== 0;
  }
  dist(v: number) {
    return this.dp[2 * v];
  }
  pred(v: number) {
    return this.dp[2 * v + 1];
  }
  offer(v: number, c: number, u: number) {
    const f = this.flags[v];
    if ((f & this.bit) === 0) {
      this.flags[v] = f | this.bit;
      this.dp[2 * v] = c;
      this.dp[2 * v + 1] = u;
      if (this.n === this.list.length) {
        const list = new Int32Array(this.n * 2);
        list.set(this.list);
        this.list = list;
      }
      this.list[this.n++] = v;
    } else if (c < this.dp[2 * v]) {
      this.dp[2 * v] = c;
      this.dp[2 * v + 1] = u;
    }
  }
}

export interface FoundPath {
  /** Node ids from the messenger to the target. */
  ids: string[];
  kinds: ('person' | 'organization')[];
  names: string[];
  regions: string[];
  links: LinkKind[];
  details: LinkDetail[];
  score: number;
}

export interface NodeInfo {
  id: string;
  kind: 'person' | 'organization';
  name: string;
  region: string;
}

/** A tie or affiliation on a network map. */
export interface MapLink {
  a: string;
  b: string;
  kind: LinkKind;
  /** KNOWS: the strength shown (1 to 5, one decimal); null for affiliations. */
  strength: number | null;
  since: string | null;
  until: string | null;
}

export interface IndexStats {
  nodes: number;
  edges: number;
  bytes: number;
  loadedAt: string | null;
}

/** What a write changed, as the index re-reads it: records by id (a deleted one is dropped). */
export interface Changed {
  people?: readonly string[];
  organizations?: readonly string[];
  teams?: readonly string[];
}

/**
 * One complete state of the reach index: built aside by `load()`, then only changed by `apply`, `putPeople`
 * and `addKnows`, whose reads all come before any change (each change is one synchronous step, so a search
 * never sees half of it). ReachIndex (../reach-index.ts) decides which state answers.
 */
export class ReachGraph {
  // Nodes
  private idOf = new Map<string, number>();
  private ids: string[] = [];
  private nodeType: number[] = [];
  private region: string[] = [];
  private member: boolean[] = [];
  private leader: boolean[] = [];
  private name: string[] = [];
  /** Teams: region and member records, kept in step by refresh({ teams }) and refresh({ people }). */
  private teams = new Map<string, { region: string; members: Set<number> }>();
  /** Interned strings of link details (dates, contexts, titles); 0 is null. */
  private strs: string[] = [''];
  private strId = new Map<string, number>();
  // Base CSR (both directions of every tie)
  private offsets = new Int32Array(1);
  private nbr = new Int32Array(0);
  private ekind = new Uint8Array(0);
  private ehand = new Uint8Array(0);
  private es0 = new Float32Array(0);
  /** The tie (row of the d* columns) of each CSR slot. */
  private eid = new Int32Array(0);
  // Details of each tie of the base CSR, by tie.
  private dScore = new Float64Array(0);
  private dScoreAt = new Int32Array(0);
  private dLast = new Int32Array(0);
  private dCtx = new Int32Array(0);
  private dSince = new Int32Array(0);
  private dUntil = new Int32Array(0);
  /** KNOWS: the day number the tie started (NO_DAY when unknown). */
  private dStart = new Int32Array(0);
  private baseNodes = 0;
  /** Bumped each time the CSR is built (a load, a bulk add): a refresh whose reads began before reads again. */
  private rebuilds = 0;
  /** Records whose ties changed since the CSR was built. */
  private overlay = new Map<number, Edge[]>();

  /** Bumped whenever what the index holds changed (a load, or a write's refresh): caches built on it compare it. */
  generation = 0;
  private loadedAt: string | null = null;

  // Search scratch space, reused (searches are synchronous).
  private cap = 0;
  /** Per record: F_GONE, F_BANNED, F_OVERLAY and one bit per search layer (see Layer). */
  private flags = new Uint16Array(0);
  private layersF: Layer[] = [];
  private layersB: Layer[] = [];
  private cost = new Float64Array(0);
  /** The cheapest link of each record of the base CSR for the day of `cost` (a lower bound the search prunes with). */
  private minCost = new Float64Array(0);
  /** The starting side's last layer as a bitset (a few hundred KB, so the meeting points' neighbour scans stay in cache). */
  private lastBits = new Int32Array(0);
  private costFade = NaN;

  constructor(
    private readonly store: GraphStore,
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  stats(): IndexStats {
    const bytes = [this.offsets, this.nbr, this.ekind, this.ehand, this.es0, this.eid, this.dScore, this.dScoreAt, this.dLast, this.dCtx, this.dSince, this.dUntil].reduce((n, a) => n + a.byteLength, 0);
    let nodes = 0;
    for (let i = 0; i < this.nodeType.length; i++) if (this.nodeType[i] !== NODE_GONE) nodes++;
    return { nodes, edges: this.nbr.length / 2, bytes, loadedAt: this.loadedAt };
  }

  private node(id: string, type: number): number {
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

  /** Reads everything (once, on a new graph). */
  async load(): Promise<void> {
    loaded: {
      if (this.store.engine === 'embedded' && ReachExport.usable) {
        try {
          await this.read(true);
          break loaded;
        } catch (e) {
          this.warn(`Reach index: export failed (${(e as Error).message}); reading page by page`);
        }
      }
      await this.read(false);
    }
    this.generation++;
    this.loadedAt = new Date().toISOString();
  }

  /** Reads everything: from the engine's CSV export (embedded), or a page of people at a time (paged by id). */
  private async read(exported: boolean): Promise<void> {
    this.idOf = new Map();
    this.ids = [];
    this.nodeType = [];
    this.region = [];
    this.member = [];
    this.leader = [];
    this.name = [];
    this.strs = [''];
    this.strId = new Map();
    this.overlay = new Map();
    this.cap = 0; // the search's scratch space (flags) is made again for the new records
    for (const r of await this.store.read(ReachQueries.organizations)) {
      const i = this.node(r.id as string, NODE_ORG);
      this.region[i] = (r.region as string) ?? '';
      this.name[i] = (r.name as string) ?? '';
    }
    const src = new Grow(Int32Array);
    const dst = new Grow(Int32Array);
    const kind = new Grow(Int32Array);
    const hand = new Grow(Int32Array);
    const s0 = new Grow(Float32Array);
    const cols = { score: new Grow(Float64Array), scoreAt: new Grow(Int32Array), last: new Grow(Int32Array), ctx: new Grow(Int32Array), since: new Grow(Int32Array), until: new Grow(Int32Array), start: new Grow(Int32Array) };
    const person = (id: string, region: string | null, kinds: readonly string[], name: string | null) => {
      const i = this.node(id, NODE_PERSON);
      this.region[i] = region ?? '';
      this.member[i] = kinds.includes('MEMBER');
      this.leader[i] = kinds.includes('LEADER');
      this.name[i] = name ?? '';
    };
    const knows = (a: string, b: string, strength: unknown, score: unknown, scoreAt: unknown, lastContact: unknown, context: unknown, since: unknown, until: unknown, createdAt: unknown) => {
      src.push(this.node(a, NODE_PERSON));
      dst.push(this.node(b, NODE_PERSON));
      kind.push(K_KNOWS);
      hand.push(Number(strength ?? 0));
      s0.push(fadedScore({ score, scoreAt }));
      cols.score.push(score == null ? NaN : Number(score));
      cols.scoreAt.push(this.str(scoreAt));
      cols.last.push(this.str(lastContact));
      cols.ctx.push(this.str(context));
      cols.since.push(this.str(since));
      cols.until.push(this.str(until));
      cols.start.push(tieStartDay(since, createdAt));
    };
    const affiliation = (a: string, o: string, k: string, title: unknown, since: unknown, until: unknown) => {
      src.push(this.node(a, NODE_PERSON));
      dst.push(this.node(o, NODE_ORG));
      kind.push(kindIndex(k));
      hand.push(0);
      s0.push(0);
      cols.score.push(NaN);
      cols.scoreAt.push(0);
      cols.last.push(0);
      cols.ctx.push(this.str(title));
      cols.since.push(this.str(since));
      cols.until.push(this.str(until));
      cols.start.push(NO_DAY);
    };
    if (exported) {
      await exportGraph(this.store, {
        person: (f) => person(f[0]!, f[1], (f[2] ?? '').split(/[[\],\s]+/), f[3]),
        knows: (f) => knows(f[0]!, f[1]!, f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]),
        affiliation: (f) => affiliation(f[0]!, f[1]!, f[2]!, f[3], f[4], f[5]),
      });
    } else {
      let after = '';
      for (;;) {
        const people = await this.store.read(ReachQueries.peoplePage, { after, limit: PAGE });
        if (people.length === 0) break;
        for (const p of people) person(p.id as string, p.region as string | null, (p.kinds as string[] | null) ?? [], p.name as string | null);
        for (const r of await this.store.read(ReachQueries.knowsPage, { after, limit: PAGE })) {
          knows(r.a as string, r.b as string, r.strength, r.score, r.scoreAt, r.lastContact, r.context, r.since, r.until, r.createdAt);
        }
        for (const r of await this.store.read(ReachQueries.affiliationsPage, { after, limit: PAGE })) affiliation(r.a as string, r.b as string, r.kind as string, r.title, r.since, r.until);
        after = people[people.length - 1].id as string;
        if (people.length < PAGE) break;
      }
    }
    this.buildCsr(src.a as Int32Array, dst.a as Int32Array, kind.a, hand.a, s0.a, src.n);
    const cut = <T extends Int32Array | Float32Array | Float64Array>(g: Grow): T => g.a.slice(0, g.n) as T;
    this.dScore = cut(cols.score);
    this.dScoreAt = cut(cols.scoreAt);
    this.dLast = cut(cols.last);
    this.dCtx = cut(cols.ctx);
    this.dSince = cut(cols.since);
    this.dUntil = cut(cols.until);
    this.dStart = cut(cols.start);
    await this.loadTeams();
  }

  /** Teams and their members (a plain read on both engines: teams are few, memberships far fewer than ties). */
  private async loadTeams(): Promise<void> {
    const teams = new Map<string, { region: string; members: Set<number> }>();
    for (const r of await this.store.read(ReachQueries.teams)) teams.set(r.id as string, { region: (r.region as string) ?? '', members: new Set() });
    for (const r of await this.store.read(ReachQueries.teamMemberships)) {
      const i = this.idOf.get(r.p as string);
      if (i !== undefined) teams.get(r.t as string)?.members.add(i);
    }
    this.teams = teams;
  }

  private str(v: unknown): number {
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

  private baseDetail(e: number, hand: number): LinkDetail {
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

  /** The CSR of ties 0..m-1 (ends src[e], dst[e]; both directions), over every record known now. */
  private buildCsr(src: Int32Array, dst: Int32Array, kind: ArrayLike<number>, hand: ArrayLike<number>, s0: ArrayLike<number>, m: number): void {
    const n = this.ids.length;
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
    Object.assign(this, { offsets, nbr, ekind, ehand, es0, eid, baseNodes: n, costFade: NaN });
    this.rebuilds++;
  }

  private edgesOf(v: number): Edge[] {
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

  /**
   * After a write that changed these records or their ties or affiliations committed: reads their current
   * ties from the store, then changes the graph in one step. Throws when a read failed (nothing changed then).
   */
  async apply(changed: Changed): Promise<void> {
    const people = [...new Set(changed.people ?? [])];
    const orgs = [...new Set(changed.organizations ?? [])];
    const teamIds = [...new Set(changed.teams ?? [])];
    const rebuilds = this.rebuilds;
    const [pRows, oRows, knows, affP, affO, teamsOfPeople, teamRows] = await Promise.all([
      people.length ? this.store.read(ReachQueries.refreshPeople, { ids: people }) : [],
      orgs.length ? this.store.read(ReachQueries.refreshOrganizations, { ids: orgs }) : [],
      people.length ? this.store.read(ReachQueries.refreshKnows, { ids: people }) : [],
      people.length ? this.store.read(ReachQueries.refreshAffiliationsOfPeople, { ids: people }) : [],
      orgs.length ? this.store.read(ReachQueries.refreshAffiliationsOfOrganizations, { ids: orgs }) : [],
      people.length ? this.store.read(ReachQueries.refreshTeamsOfPeople, { ids: people }) : [],
      teamIds.length ? this.store.read(ReachQueries.refreshTeams, { ids: teamIds }) : [],
    ]);
    // A bulk add (addKnows) rebuilt the CSR meanwhile: what was read may predate its ties, so read again.
    if (this.rebuilds !== rebuilds) return this.apply(changed);
    const fresh = new Map<number, Edge[]>();
    const alive = new Set<string>();
    for (const r of pRows) {
      const i = this.node(r.id as string, NODE_PERSON);
      this.region[i] = (r.region as string) ?? '';
      this.member[i] = ((r.kinds as string[] | null) ?? []).includes('MEMBER');
      this.leader[i] = ((r.kinds as string[] | null) ?? []).includes('LEADER');
      this.name[i] = (r.name as string) ?? '';
      alive.add(r.id as string);
      fresh.set(i, []);
    }
    for (const r of oRows) {
      const i = this.node(r.id as string, NODE_ORG);
      this.region[i] = (r.region as string) ?? '';
      this.name[i] = (r.name as string) ?? '';
      alive.add(r.id as string);
      fresh.set(i, []);
    }
    const add = (a: number, b: number, e: Omit<Edge, 'to'>) => {
      const list = fresh.get(a);
      if (list && !list.some((x) => x.to === b && x.kind === e.kind)) list.push({ to: b, ...e });
    };
    for (const r of knows) {
      const a = this.node(r.a as string, NODE_PERSON);
      const b = this.node(r.b as string, NODE_PERSON);
      const hand = Number(r.strength ?? 0);
      add(a, b, { kind: K_KNOWS, hand, s0: Math.fround(fadedScore(r)), start: tieStartDay(r.since, r.createdAt), d: knowsDetail(r) });
    }
    for (const r of [...affP, ...affO]) {
      const a = this.node(r.a as string, NODE_PERSON);
      const b = this.node(r.b as string, NODE_ORG);
      const e = { kind: kindIndex(r.kind as string), hand: 0, s0: 0, start: NO_DAY, d: affiliationDetail(r) };
      add(a, b, e);
      add(b, a, e);
    }
    for (const id of [...people, ...orgs]) {
      const i = this.idOf.get(id);
      if (i !== undefined && !alive.has(id)) {
        this.nodeType[i] = NODE_GONE;
        if (i < this.cap) this.flags[i] |= F_GONE;
        fresh.set(i, []);
      }
    }
    for (const [v, edges] of fresh) {
      const before = this.edgesOf(v);
      this.overlay.set(v, edges);
      if (v < this.cap) this.flags[v] |= F_OVERLAY;
      // Keep the other side of each tie in step.
      const touched = new Set([...before.map((e) => e.to), ...edges.map((e) => e.to)]);
      for (const w of touched) {
        if (fresh.has(w)) continue;
        const theirs = this.edgesOf(w).filter((e) => e.to !== v);
        for (const e of edges) if (e.to === w) theirs.push({ to: v, kind: e.kind, hand: e.hand, s0: e.s0, start: e.start, d: e.d });
        this.overlay.set(w, theirs);
        if (w < this.cap) this.flags[w] |= F_OVERLAY;
      }
    }
    this.generation++;
    // Teams: the refreshed people's memberships as read now (a deleted person is in none), then whole teams.
    if (people.length) {
      const refreshed = new Set(people.map((id) => this.idOf.get(id)).filter((i): i is number => i !== undefined));
      for (const t of this.teams.values()) for (const i of refreshed) t.members.delete(i);
      const unknown: string[] = [];
      for (const r of teamsOfPeople) {
        const i = this.idOf.get(r.p as string);
        const t = this.teams.get(r.t as string);
        if (i === undefined) continue;
        if (t) t.members.add(i);
        else if (!teamIds.includes(r.t as string)) unknown.push(r.t as string);
      }
      if (unknown.length) return this.apply({ teams: unknown });
    }
    if (teamIds.length) {
      const fresh = new Map<string, { region: string; members: Set<number> }>();
      for (const r of teamRows) {
        const t = fresh.get(r.t as string) ?? { region: (r.region as string) ?? '', members: new Set<number>() };
        fresh.set(r.t as string, t);
        const i = r.p ? this.idOf.get(r.p as string) : undefined;
        if (i !== undefined) t.members.add(i);
      }
      for (const id of teamIds) {
        const t = fresh.get(id);
        if (t) this.teams.set(id, t);
        else this.teams.delete(id);
      }
    }
  }

  // ── Bulk writes (modules/import): the index follows without reading the store again ─────────────

  /**
   * After a bulk write committed: these people now exist with these fields (created or updated); their ties
   * are unchanged. Sets what `apply` would read for them (region, MEMBER / LEADER, name); reads nothing.
   */
  putPeople(people: ReadonlyArray<BulkPerson>): void {
    if (people.length === 0) return;
    for (const p of people) {
      const i = this.node(p.id, NODE_PERSON);
      const kinds = p.kinds ?? [];
      this.region[i] = p.region ?? '';
      this.member[i] = kinds.includes('MEMBER');
      this.leader[i] = kinds.includes('LEADER');
      this.name[i] = p.name ?? '';
    }
    this.generation++;
  }

  /**
   * After a bulk write committed: these KNOWS ties were created (none of them was there before). Ends are
   * indexes into `ids`; strings are indexes into `strings` (0 = null).
   *
   * Builds the base CSR once, in typed arrays: every tie the index holds now (the base CSR's ties of records
   * without overlay, and the overlay's lists, each tie once from its smaller end, all details kept, ties to
   * deleted records dropped), then the new ties as a load reads them (KNOWS, hand-set strength, no score,
   * started on `since` when it is a date, else on the day of `createdAt`); the overlay is emptied. Records
   * keep their numbers (ids unknown to the index are added as people; deleted records stay, marked gone, and
   * a new tie to one is left out: the write's MATCH found no one),
   * so teams and snapshots (knowsTies) stay valid. 10M new ties onto 1M people: a few seconds (see
   * bench/reach-bulk.mjs), against a reload that reads everything from the store again.
   *
   * When a load that ended after the write committed already read these ties (a few of them are looked up),
   * nothing is added twice. Returns false when only some of them are here (the graph must be loaded again).
   */
  addKnows(ties: BulkKnows): boolean {
    if (ties.count <= 0) return true;
    const { count, ids, strings } = ties;
    // Person ids and strings as the index numbers them, looked up once each.
    // A record the index knows was deleted stays so (-2): no tie to it was written (the write matched no one).
    // Looked up in one pass in the order of `ids` (a look-up per tie end, scattered, cost seconds at 10M ties);
    // a person the index does not know yet is added when a tie first needs them (-1 until then).
    const rec = new Int32Array(ids.length);
    for (let j = 0; j < ids.length; j++) {
      const i = this.idOf.get(ids[j]);
      rec[j] = i === undefined ? -1 : this.nodeType[i] === NODE_GONE ? -2 : i;
    }
    const end = (j: number): number => {
      const r = rec[j];
      return r !== -1 ? r : (rec[j] = this.node(ids[j], NODE_PERSON));
    };
    const strOf = new Int32Array(strings.length).fill(-1);
    const text = (j: number): number => (strOf[j] >= 0 ? strOf[j] : (strOf[j] = this.str(strings[j])));
    const startOf = new Int32Array(strings.length).fill(NO_DAY - 1);
    const recorded = tieStartDay(null, ties.createdAt);
    const start = (j: number): number => (startOf[j] !== NO_DAY - 1 ? startOf[j] : (startOf[j] = j ? tieStartDay(strings[j], ties.createdAt) : recorded));

    // A load that ended between the commit and this call read the ties already: then they are all here.
    const probe = Math.min(count, 8);
    let seen = 0;
    for (let k = 0; k < probe; k++) {
      const i = Math.floor((k * count) / probe);
      const a = this.idOf.get(ids[ties.a[i]]);
      const b = this.idOf.get(ids[ties.b[i]]);
      if (a !== undefined && b !== undefined && this.edgesOf(a).some((e) => e.to === b && e.kind === K_KNOWS)) seen++;
    }
    if (seen === probe) return true;
    // Some here and some not: not what a committed write of new ties can look like.
    if (seen > 0) return false;

    const { offsets, nbr, ekind, ehand, es0, eid, overlay, nodeType, baseNodes } = this;
    const gone = (v: number) => nodeType[v] === NODE_GONE;
    let overlaid = 0;
    for (const list of overlay.values()) overlaid += list.length;
    const cap = nbr.length / 2 + overlaid + count;
    const src = new Int32Array(cap);
    const dst = new Int32Array(cap);
    const kind = new Uint8Array(cap);
    const hand = new Uint8Array(cap);
    const s0 = new Float32Array(cap);
    const score = new Float64Array(cap);
    const scoreAt = new Int32Array(cap);
    const last = new Int32Array(cap);
    const ctx = new Int32Array(cap);
    const since = new Int32Array(cap);
    const until = new Int32Array(cap);
    const tieStart = new Int32Array(cap);
    const { dScore, dScoreAt, dLast, dCtx, dSince, dUntil, dStart } = this;
    let m = 0;
    // The base: each tie sits in the CSR twice, take it from its smaller end. A record with overlay has all its
    // ties there, and so has every neighbour of it (refresh overlays both ends), so no tie is taken twice.
    for (let u = 0; u < baseNodes; u++) {
      if (overlay.has(u) || gone(u)) continue;
      for (let k = offsets[u], endK = offsets[u + 1]; k < endK; k++) {
        const v = nbr[k];
        if (v <= u || gone(v)) continue;
        const e = eid[k];
        src[m] = u;
        dst[m] = v;
        kind[m] = ekind[k];
        hand[m] = ehand[k];
        s0[m] = es0[k];
        score[m] = dScore[e];
        scoreAt[m] = dScoreAt[e];
        last[m] = dLast[e];
        ctx[m] = dCtx[e];
        since[m] = dSince[e];
        until[m] = dUntil[e];
        tieStart[m] = dStart[e];
        m++;
      }
    }
    for (const [u, list] of overlay) {
      if (gone(u)) continue;
      for (const e of list) {
        if (e.to <= u || gone(e.to)) continue;
        src[m] = u;
        dst[m] = e.to;
        kind[m] = e.kind;
        hand[m] = e.hand;
        s0[m] = e.s0;
        score[m] = e.d.score ?? NaN;
        scoreAt[m] = this.str(e.d.scoreAt);
        last[m] = this.str(e.d.lastContact);
        ctx[m] = this.str(e.d.context);
        since[m] = this.str(e.d.since);
        until[m] = this.str(e.d.until);
        tieStart[m] = e.start;
        m++;
      }
    }
    // The new ties, as load() reads them: no score (faded score 0), no end date.
    const { a, b, strength, context, lastContact } = ties;
    for (let i = 0; i < count; i++) {
      const u = end(a[i]);
      const v = end(b[i]);
      if (u < 0 || v < 0) continue;
      src[m] = u;
      dst[m] = v;
      kind[m] = K_KNOWS;
      hand[m] = strength[i] > 0 ? strength[i] : 0;
      score[m] = NaN;
      ctx[m] = text(context[i]);
      since[m] = text(ties.since[i]);
      last[m] = text(lastContact[i]);
      tieStart[m] = start(ties.since[i]);
      m++;
    }
    this.buildCsr(src, dst, kind, hand, s0, m);
    this.dScore = score.subarray(0, m);
    this.dScoreAt = scoreAt.subarray(0, m);
    this.dLast = last.subarray(0, m);
    this.dCtx = ctx.subarray(0, m);
    this.dSince = since.subarray(0, m);
    this.dUntil = until.subarray(0, m);
    this.dStart = tieStart.subarray(0, m);
    this.overlay = new Map();
    this.cap = 0; // the search's scratch space (flags, with no overlay bits now) is made again
    this.generation++;
    return true;
  }

  // ── Queries ──────────────────────────────────────────────────────────

  has(id: string): boolean {
    const i = this.idOf.get(id);
    return i !== undefined && this.nodeType[i] !== NODE_GONE;
  }

  /** Members (kind MEMBER) whose region is one of these (all regions when null). */
  members(regions: ReadonlySet<string> | null): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.ids.length; i++) {
      if (this.member[i] && this.nodeType[i] === NODE_PERSON && (!regions || regions.has(this.region[i]))) out.push(this.ids[i]);
    }
    return out;
  }

  /** A record's kind, name and region, or null when it is not (or no longer) in the graph. */
  info(id: string): NodeInfo | null {
    const i = this.idOf.get(id);
    if (i === undefined || this.nodeType[i] === NODE_GONE) return null;
    return { id, kind: this.nodeType[i] === NODE_ORG ? 'organization' : 'person', name: this.name[i], region: this.region[i] };
  }

  /**
   * The members of a team whose region is one of these (all regions when null), or null when the team is
   * not found there. Members are people in the graph; their own regions are not checked here.
   */
  teamMembers(teamId: string, regions: ReadonlySet<string> | null): string[] | null {
    const t = this.teams.get(teamId);
    if (!t || (regions && !regions.has(t.region))) return null;
    const out: string[] = [];
    for (const i of t.members) if (this.nodeType[i] === NODE_PERSON) out.push(this.ids[i]);
    return out;
  }

  /**
   * Every KNOWS tie once (overlay included), as int ids, with each record's region and whether it is a person
   * or a leader: what whole-network measures (emerging leaders) need, without reading the ties from the store.
   * A snapshot: later writes do not change the arrays returned. With `regions`, only ties between people of
   * those regions (`person` is then 1 only for them).
   */
  knowsTies(regions: ReadonlySet<string> | null = null): KnowsTies {
    const n = this.ids.length;
    const person = new Uint8Array(n);
    const leader = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      person[i] = this.nodeType[i] === NODE_PERSON && (!regions || regions.has(this.region[i])) ? 1 : 0;
      leader[i] = this.leader[i] ? 1 : 0;
    }
    let cap = regions ? 1024 : this.nbr.length / 2 + 1024;
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
    const { offsets, nbr, ekind, eid, dStart, overlay } = this;
    for (let u = 0; u < n; u++) {
      if (!person[u]) continue;
      const o = overlay.get(u);
      if (o) {
        // A tie between two overlay records is taken from its smaller end; between an overlay record and another, from the overlay.
        for (const e of o) if (e.kind === K_KNOWS && person[e.to] && (e.to > u || !overlay.has(e.to))) push(u, e.to, e.start);
      } else if (u < this.baseNodes) {
        for (let k = offsets[u], end = offsets[u + 1]; k < end; k++) {
          const v = nbr[k];
          // Each tie sits in the CSR twice: take it from its smaller end. An end in the overlay has the tie there.
          if (v > u && ekind[k] === K_KNOWS && person[v] && !overlay.has(v)) push(u, v, dStart[eid[k]]);
        }
      }
    }
    // A reload makes a new map; the one taken here only ever gains records numbered n or more.
    const idOf = this.idOf;
    const indexOf = (id: string) => {
      const i = idOf.get(id);
      return i !== undefined && i < n ? i : -1;
    };
    return { n, ids: this.ids.slice(0, n), indexOf, region: this.region.slice(0, n), person, leader, count: m, a: a.subarray(0, m), b: b.subarray(0, m), start: start.subarray(0, m) };
  }

  /** How many people (not organizations) are in these regions (all when null). */
  peopleCount(regions: ReadonlySet<string> | null): number {
    let count = 0;
    for (let i = 0; i < this.ids.length; i++) if (this.nodeType[i] === NODE_PERSON && (!regions || regions.has(this.region[i]))) count++;
    return count;
  }

  /** Whether this person is marked LEADER (false when unknown). */
  isLeader(id: string): boolean {
    const i = this.idOf.get(id);
    return i !== undefined && this.nodeType[i] === NODE_PERSON && this.leader[i];
  }

  regionOf(id: string): string | null {
    const i = this.idOf.get(id);
    return i === undefined ? null : this.region[i];
  }

  private ensureScratch(): void {
    const n = this.ids.length;
    if (n <= this.cap) return;
    const cap = Math.max(1024, Math.ceil(n * 1.25));
    this.cap = cap;
    const flags = new Uint16Array(cap);
    for (let i = 0; i < n; i++) if (this.nodeType[i] === NODE_GONE) flags[i] = F_GONE;
    for (const v of this.overlay.keys()) flags[v] |= F_OVERLAY;
    this.flags = flags;
    this.lastBits = new Int32Array((cap >> 5) + 1);
    this.layersF = Array.from({ length: MAX_SIDE + 1 }, (_, h) => new Layer(cap, flags, F_LAYER0 << h));
    this.layersB = Array.from({ length: MAX_SIDE + 1 }, (_, h) => new Layer(cap, flags, F_LAYER0 << (MAX_SIDE + 1 + h)));
  }

  /**
   * Up to `limit` distinct paths of at most `maxHops` links from any of `fromIds` to `targetId`, best first.
   * Each path is the cheapest left once the brokers (intermediate records) of the paths before it are
   * forbidden. Each search meets in the middle: the cheapest walks of exactly h links from the target
   * (h ≤ maxHops/2) and from all starting members at once (h < the rest), then every record the target side
   * reached is scored as a meeting point, with the starting side's last link taken from its neighbours. The
   * cheapest path of at most maxHops links is exact (a walk through a record twice costs more than without the loop).
   */
  paths(fromIds: readonly string[], targetId: string, limit: number, maxHops: number, today: string): FoundPath[] {
    this.ensureScratch();
    const target = this.idOf.get(targetId);
    if (target === undefined || this.nodeType[target] === NODE_GONE) return [];
    const sources = [...new Set(fromIds.map((id) => this.idOf.get(id)).filter((i): i is number => i !== undefined && i !== target && this.nodeType[i] === NODE_PERSON))];
    if (sources.length === 0) return [];
    const fade = Math.pow(2, -(dayNumber(today) - REF_DAY) / HALF_LIFE_DAYS);
    const out: FoundPath[] = [];
    const banned: number[] = [];
    const flags = this.flags;
    try {
      for (let k = 0; k < limit; k++) {
        const found = this.search(sources, target, Math.min(maxHops, 2 * MAX_SIDE), fade);
        if (!found) break;
        out.push(this.describe(found.nodes, found.cost, fade));
        for (let i = 1; i < found.nodes.length - 1; i++) banned.push(found.nodes[i]);
        // A direct tie has no broker; forbid its messenger so the next path is another one.
        if (found.nodes.length === 2) banned.push(found.nodes[0]);
        for (const v of banned) flags[v] |= F_BANNED;
      }
    } finally {
      for (const v of banned) flags[v] &= ~F_BANNED;
    }
    return out;
  }

  /** −ln(0.8 · q): the cost of one link. */
  private linkCost(kind: number, hand: number, s0: number, fade: number): number {
    return -Math.log(HOP_FACTOR * this.quality(kind, hand, s0, fade));
  }

  private quality(kind: number, hand: number, s0: number, fade: number): number {
    if (kind !== K_KNOWS) return AFFILIATION_QUALITY[LINK_KIND[kind] as Exclude<LinkKind, 'KNOWS'>];
    const derived = 1 + 4 * (1 - Math.exp(-s0 * fade));
    return Math.max(hand || 1, derived) / 5;
  }

  /** The cost of every CSR slot for this day (one pass per day, so a search does no exp/log per link). */
  private slotCosts(fade: number): Float64Array {
    if (this.costFade === fade && this.cost.length === this.nbr.length) return this.cost;
    const n = this.nbr.length;
    const cost = this.cost.length === n ? this.cost : new Float64Array(n);
    for (let k = 0; k < n; k++) cost[k] = this.linkCost(this.ekind[k], this.ehand[k], this.es0[k], fade);
    const nodes = this.offsets.length - 1;
    const minCost = this.minCost.length === nodes ? this.minCost : new Float64Array(nodes);
    for (let u = 0; u < nodes; u++) {
      let m = Infinity;
      for (let k = this.offsets[u], end = this.offsets[u + 1]; k < end; k++) if (cost[k] < m) m = cost[k];
      minCost[u] = m;
    }
    this.minCost = minCost;
    this.cost = cost;
    this.costFade = fade;
    return cost;
  }

  /** Fills layer `next` with the records one link beyond those of `prev` (not from `noExpand`, not into `noEnter`, never banned or gone). */
  private grow(prev: Layer, next: Layer, noExpand: number, noEnter: number, fade: number): void {
    next.reset();
    const { flags, cost, nbr, offsets, baseNodes } = this;
    const { list, dp } = prev;
    for (let i = 0; i < prev.n; i++) {
      const u = list[i];
      if (u === noExpand) continue;
      const c0 = dp[2 * u];
      if (flags[u] & F_OVERLAY) {
        for (const e of this.overlay.get(u)!) {
          const v = e.to;
          if (v === noEnter || flags[v] & (F_BANNED | F_GONE)) continue;
          next.offer(v, c0 + this.linkCost(e.kind, e.hand, e.s0, fade), u);
        }
      } else if (u < baseNodes) {
        for (let k = offsets[u], end = offsets[u + 1]; k < end; k++) {
          const v = nbr[k];
          if (v === noEnter || flags[v] & (F_BANNED | F_GONE)) continue;
          next.offer(v, c0 + cost[k], u);
        }
      }
    }
  }

  private search(sources: number[], target: number, maxHops: number, fade: number): { nodes: number[]; cost: number } | null {
    this.slotCosts(fade);
    const hb = Math.floor(maxHops / 2);
    const hf = maxHops - hb;
    const F = this.layersF;
    const B = this.layersB;
    const { flags, cost, nbr, offsets, baseNodes } = this;
    F[0].reset();
    for (const s of sources) if (!(flags[s] & F_BANNED)) F[0].offer(s, 0, -1);
    if (F[0].n === 0) return null;
    // The starting side stops one layer short: its last link is looked up from each meeting point.
    for (let h = 1; h < hf; h++) this.grow(F[h - 1], F[h], target, -1, fade);
    B[0].reset();
    B[0].offer(target, 0, -1);
    for (let h = 1; h <= hb; h++) this.grow(B[h - 1], B[h], -1, target, fade);
    // Layers of an earlier, longer search may still hold records: empty them so no bit is stale.
    for (let h = hf; h <= MAX_SIDE; h++) F[h].reset();
    for (let h = hb + 1; h <= MAX_SIDE; h++) B[h].reset();

    const last = F[hf - 1];
    const lastDp = last.dp;
    const lastBits = this.lastBits;
    let lastMin = Infinity;
    for (let i = 0; i < last.n; i++) {
      const u = last.list[i];
      lastBits[u >> 5] |= 1 << (u & 31);
      if (lastDp[2 * u] < lastMin) lastMin = lastDp[2 * u];
    }
    const minCost = this.minCost;
    // A first pass without neighbour scans: the cheapest meeting on both sides' layers bounds the answer, so a
    // record whose scan cannot beat it (by its cheapest link and the cheapest of the last layer) is not scanned.
    // Skipping a scan that cannot win strictly changes nothing: the answer is the first cheapest meeting point.
    let bound = Infinity;
    let earlier = 0; // bits of the target side's layers already gone through: a record is scored once
    for (let hbv = 0; hbv <= hb; hbv++) {
      const layer = B[hbv];
      for (let i = 0; i < layer.n; i++) {
        const v = layer.list[i];
        const fv = flags[v];
        if (fv & earlier) continue;
        let cB = Infinity;
        for (let h = hbv; h <= hb; h++) if (fv & B[h].bit && B[h].dp[2 * v] < cB) cB = B[h].dp[2 * v];
        for (let h = 0; h < hf; h++) if (fv & F[h].bit && F[h].dp[2 * v] + cB < bound) bound = F[h].dp[2 * v] + cB;
      }
      earlier |= layer.bit;
    }
    const margin = 1e-9; // above any rounding of a sum of six costs
    let best = Infinity;
    let meet = -1;
    let meetF = -1; // the forward layer of the meeting point (hf: reached through bestVia)
    let meetB = -1;
    let bestVia = -1;
    earlier = 0;
    for (let hbv = 0; hbv <= hb; hbv++) {
      const layer = B[hbv];
      for (let i = 0; i < layer.n; i++) {
        const v = layer.list[i];
        const fv = flags[v];
        if (fv & earlier) continue;
        let cB = Infinity;
        let lB = -1;
        for (let h = hbv; h <= hb; h++) {
          if (fv & B[h].bit) {
            const d = B[h].dp[2 * v];
            if (d < cB) {
              cB = d;
              lB = h;
            }
          }
        }
        if (cB >= best) continue;
        let cF = Infinity;
        let lF = -1;
        let via = -1;
        for (let h = 0; h < hf; h++) {
          if (fv & F[h].bit) {
            const d = F[h].dp[2 * v];
            if (d < cF) {
              cF = d;
              lF = h;
            }
          }
        }
        // One more link from the starting side's last layer (the target is never passed through).
        if (fv & F_OVERLAY) {
          for (const e of this.overlay.get(v)!) {
            const u = e.to;
            if (u === target || !((lastBits[u >> 5] >>> (u & 31)) & 1)) continue;
            const c = lastDp[2 * u] + this.linkCost(e.kind, e.hand, e.s0, fade);
            if (c < cF) {
              cF = c;
              lF = hf;
              via = u;
            }
          }
        } else if (v < baseNodes && cB + lastMin + minCost[v] <= Math.min(best, bound) + margin) {
          for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
            const u = nbr[k];
            // In the last layer means neither banned nor gone (layers never take those in).
            if (!((lastBits[u >> 5] >>> (u & 31)) & 1) || u === target) continue;
            const c = lastDp[2 * u] + cost[k];
            if (c < cF) {
              cF = c;
              lF = hf;
              via = u;
            }
          }
        }
        if (cF + cB < best) {
          best = cF + cB;
          meet = v;
          meetF = lF;
          meetB = lB;
          bestVia = via;
        }
      }
      earlier |= layer.bit;
    }
    for (let i = 0; i < last.n; i++) lastBits[last.list[i] >> 5] = 0;
    if (meet < 0) return null;
    const nodes: number[] = [meet];
    let x = meet;
    let h = meetF;
    if (h === hf) {
      x = bestVia;
      h = hf - 1;
      nodes.push(x);
    }
    for (; h > 0; h--) {
      x = F[h].pred(x);
      nodes.push(x);
    }
    nodes.reverse();
    x = meet;
    for (h = meetB; h > 0; h--) {
      x = B[h].pred(x);
      nodes.push(x);
    }
    return { nodes, cost: best };
  }

  private describe(nodes: number[], cost: number, fade: number): FoundPath {
    const links: LinkKind[] = [];
    const details: LinkDetail[] = [];
    for (let i = 0; i + 1 < nodes.length; i++) {
      // The best link between two neighbours (a person may both know and work with someone: not here, KNOWS is person–person only).
      const u = nodes[i];
      const v = nodes[i + 1];
      let best: Edge | null = null;
      let bestQ = -1;
      const o = this.overlay.get(u);
      if (o) {
        for (const e of o) {
          if (e.to !== v) continue;
          const q = this.quality(e.kind, e.hand, e.s0, fade);
          if (q > bestQ) [best, bestQ] = [e, q];
        }
      } else if (u < this.baseNodes) {
        let slot = -1;
        for (let k = this.offsets[u]; k < this.offsets[u + 1]; k++) {
          if (this.nbr[k] !== v) continue;
          const q = this.quality(this.ekind[k], this.ehand[k], this.es0[k], fade);
          if (q > bestQ) [slot, bestQ] = [k, q];
        }
        if (slot >= 0) best = { to: v, kind: this.ekind[slot], hand: this.ehand[slot], s0: this.es0[slot], start: this.dStart[this.eid[slot]], d: this.baseDetail(this.eid[slot], this.ehand[slot]) };
      }
      links.push(LINK_KIND[best?.kind ?? 0]);
      details.push(best?.d ?? { strength: null, score: null, scoreAt: null, lastContact: null, context: null, since: null, until: null });
    }
    return {
      ids: nodes.map((n) => this.ids[n]),
      kinds: nodes.map((n) => (this.nodeType[n] === NODE_ORG ? 'organization' : 'person')),
      names: nodes.map((n) => this.name[n]),
      regions: nodes.map((n) => this.region[n]),
      links,
      details,
      score: Math.exp(-cost),
    };
  }

  // ── Maps (modules/maps): the adjacency of a neighbourhood or a region, read from the index ─────────

  /** Every person and organization of a region. */
  inRegion(regionId: string): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.ids.length; i++) if (this.nodeType[i] !== NODE_GONE && this.region[i] === regionId) out.push(this.ids[i]);
    return out;
  }

  /** Calls `fn` for each link of record v: neighbour, kind, hand-set strength, faded score, since, until. */
  private eachLink(v: number, fn: (to: number, kind: number, hand: number, s0: number, since: string | null, until: string | null) => void): void {
    const o = this.overlay.get(v);
    if (o) {
      for (const e of o) if (this.nodeType[e.to] !== NODE_GONE) fn(e.to, e.kind, e.hand, e.s0, e.d.since, e.d.until);
    } else if (v < this.baseNodes) {
      const { nbr, offsets, eid, dSince, dUntil, strs, nodeType } = this;
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
        const to = nbr[k];
        if (nodeType[to] === NODE_GONE) continue;
        const e = eid[k];
        fn(to, this.ekind[k], this.ehand[k], this.es0[k], dSince[e] ? strs[dSince[e]] : null, dUntil[e] ? strs[dUntil[e]] : null);
      }
    }
  }

  /**
   * The records within `hops` links of the seeds, following only the links `follow` accepts (by their since
   * and until), nearest first, at most `maxNodes` (then `truncated`).
   */
  neighbourhood(seeds: readonly string[], hops: number, maxNodes: number, follow: (since: string | null, until: string | null) => boolean): { ids: string[]; truncated: boolean } {
    const reached = new Set<number>();
    let frontier: number[] = [];
    for (const id of seeds) {
      const i = this.idOf.get(id);
      if (i !== undefined && this.nodeType[i] !== NODE_GONE && !reached.has(i)) {
        reached.add(i);
        frontier.push(i);
      }
    }
    let truncated = false;
    for (let h = 0; h < hops && frontier.length && !truncated; h++) {
      const next: number[] = [];
      for (const u of frontier) {
        this.eachLink(u, (to, _k, _h, _s, since, until) => {
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
    return { ids: [...reached].map((i) => this.ids[i]), truncated };
  }

  /** Every tie and affiliation between two of these records, once, with the strength shown on `today` (KNOWS; null for affiliations). */
  linksAmong(ids: readonly string[], today: string): MapLink[] {
    const fade = Math.pow(2, -(dayNumber(today) - REF_DAY) / HALF_LIFE_DAYS);
    const inSet = new Map<number, number>();
    for (const id of ids) {
      const i = this.idOf.get(id);
      if (i !== undefined && this.nodeType[i] !== NODE_GONE) inSet.set(i, inSet.size);
    }
    const out: MapLink[] = [];
    for (const [u, order] of inSet) {
      this.eachLink(u, (to, kind, hand, s0, since, until) => {
        const other = inSet.get(to);
        // Each link once: from the end listed first (a person and an organization: from the person).
        if (other === undefined || other < order || (other === order && to <= u)) return;
        const strength = kind === K_KNOWS ? Math.round(this.quality(kind, hand, s0, fade) * 50) / 10 : null;
        out.push({ a: this.ids[u], b: this.ids[to], kind: LINK_KIND[kind], strength, since: since || null, until: until || null });
      });
    }
    return out;
  }
}

function fadedScore(r: Row): number {
  const score = Number(r.score ?? 0);
  if (!score || !r.scoreAt) return 0;
  return score * Math.pow(2, (dayNumber(r.scoreAt as string) - REF_DAY) / HALF_LIFE_DAYS);
}

const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function knowsDetail(r: Row): LinkDetail {
  return {
    strength: Number(r.strength ?? 0) || null,
    score: r.score == null ? null : Number(r.score),
    scoreAt: strOrNull(r.scoreAt),
    lastContact: strOrNull(r.lastContact),
    context: strOrNull(r.context),
    since: strOrNull(r.since),
    until: strOrNull(r.until),
  };
}

function affiliationDetail(r: Row): LinkDetail {
  return { strength: null, score: null, scoreAt: null, lastContact: null, context: strOrNull(r.title), since: strOrNull(r.since), until: strOrNull(r.until) };
}

import type { AffiliationRow, KnowsRow } from '../reach.queries.js';
import { HALF_LIFE_DAYS } from '../../interactions/tie-strength.js';

/** What the reach index's files share: link kinds and qualities, day numbers, record kinds, flag bits, and the shapes of what it answers. */
export const LINK_KIND = ['KNOWS', 'MEMBER_OF', 'WORKS_AT', 'LEADS'] as const;
export type LinkKind = (typeof LINK_KIND)[number];
export const AFFILIATION_QUALITY: Record<Exclude<LinkKind, 'KNOWS'>, number> = { MEMBER_OF: 2.5 / 5, WORKS_AT: 3.5 / 5, LEADS: 4 / 5 };
export const HOP_FACTOR = 0.8;

export const K_KNOWS = 0;
export const kindIndex = (k: string): number => Math.max(0, LINK_KIND.indexOf(k as LinkKind));
const DAY = 86_400_000;
export const dayNumber = (date: string): number => Math.floor(Date.parse(date.slice(0, 10)) / DAY);
export const NODE_PERSON = 0;
export const NODE_ORG = 1;
export const NODE_GONE = 2;
/** Tie scores are stored faded to this day, so a query fades them all with one factor. */
export const REF_DAY = dayNumber('2020-01-01');
export const PAGE = Number(process.env.REACH_PAGE ?? 20_000);
/** Links searched from each side: paths have at most 2 · MAX_SIDE links. */
export const MAX_SIDE = 3;

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

export interface Edge {
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

/** Bits of ReachIndex.flags, one Uint16 per record: facts the search checks for every link it follows, in one place. */
export const F_GONE = 1; // deleted
export const F_BANNED = 2; // a broker of a path already chosen (this query only)
export const F_OVERLAY = 4; // ties re-read since the CSR was built (look in the overlay)
export const F_LAYER0 = 8; // layer bits from here: one per Layer (MAX_SIDE + 1 per side)

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

/** Link costs of every CSR slot for one day, being worked out (records 0..done-1 are). */
export interface CostTable {
  fade: number;
  /** The CSR they belong to: a rebuilt CSR (a load, a bulk add) makes them useless. */
  nbr: Int32Array;
  cost: Float64Array<ArrayBuffer>;
  minCost: Float64Array<ArrayBuffer>;
  done: number;
}

/** What a write changed, as the index re-reads it: records by id (a deleted one is dropped). */
export interface Changed {
  people?: readonly string[];
  organizations?: readonly string[];
  teams?: readonly string[];
}

/** −ln(0.8 · q): the cost of one link. */
export function linkCost(kind: number, hand: number, s0: number, fade: number): number {
  return -Math.log(HOP_FACTOR * quality(kind, hand, s0, fade));
}

export function quality(kind: number, hand: number, s0: number, fade: number): number {
  if (kind !== K_KNOWS) return AFFILIATION_QUALITY[LINK_KIND[kind] as Exclude<LinkKind, 'KNOWS'>];
  const derived = 1 + 4 * (1 - Math.exp(-s0 * fade));
  return Math.max(hand || 1, derived) / 5;
}

/** A tie's score as stored (a number from a query, a string from the CSV export). */
type ScoreFields = { score?: number | string | null; scoreAt?: string | null };

export function fadedScore(r: ScoreFields): number {
  const score = Number(r.score ?? 0);
  if (!score || !r.scoreAt) return 0;
  return score * Math.pow(2, (dayNumber(r.scoreAt) - REF_DAY) / HALF_LIFE_DAYS);
}

const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function knowsDetail(r: KnowsRow): LinkDetail {
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

export function affiliationDetail(r: AffiliationRow): LinkDetail {
  return { strength: null, score: null, scoreAt: null, lastContact: null, context: strOrNull(r.title), since: strOrNull(r.since), until: strOrNull(r.until) };
}

import type { BulkKnows, BulkPerson } from '../../../graph/changes.js';
import { knowsTies } from './arrays.js';
import { linksAbove, type LinksAbove } from './links-above.js';
import { load } from './loading.js';
import { type Changed, type FoundPath, type KnowsTies, type MapLink, type NodeInfo, NODE_GONE, NODE_ORG, NODE_PERSON } from './model.js';
import { inRegion, linksAmong, neighbourhood } from './neighbourhoods.js';
import { paths, prepare } from './search.js';
import { chainScratch, shortestChain } from './shortest.js';
import { GraphState } from './state.js';
import { addKnows, apply, putPeople } from './updates.js';

export { AFFILIATION_QUALITY, HOP_FACTOR, LINK_KIND, NO_DAY, tieStartDay } from './model.js';
export type { LinksAbove } from './links-above.js';
export type { Changed, FoundPath, IndexStats, KnowsTies, LinkDetail, LinkKind, MapLink, NodeInfo } from './model.js';


/**
 * An in-memory adjacency index of people and organizations, for "who can reach this target".
 *
 * Ids map to ints; ties live in CSR arrays (offsets + neighbour/kind/strength/score columns) built by one
 * read at start (loading.ts). After a write committed, the records it changed are read again and kept in a
 * small overlay that takes precedence over the CSR slice of those records, so the big arrays are never
 * rebuilt on a write (updates.ts); a bulk write's new ties rebuild the CSR once (arrays.ts).
 *
 * Link quality q (0.2 to 1): KNOWS = max(hand-set strength, derived strength faded to today) / 5, as
 * tie-strength.ts defines them; LEADS 4/5, WORKS_AT 3.5/5, MEMBER_OF 2.5/5 (a membership in a big
 * organization is a weaker tie than a person's own relationship). Every hop also costs a factor 0.8,
 * so a path's score is Π (0.8 · q) and shorter chains win over equally strong longer ones (search.ts).
 *
 * One ReachGraph is one complete state: built aside by `load()`, then only changed by `apply`, `putPeople`
 * and `addKnows`, whose reads all come before any change (each change is one synchronous step, so a search
 * never sees half of it). ReachIndex (../reach-index.ts) decides which graph answers.
 */
export class ReachGraph extends GraphState {
  /** Reads everything (once, on a new graph). */
  load(): Promise<void> {
    return load(this);
  }

  /** After a write that changed these records committed: reads them again, then changes the graph in one step (throws, changing nothing, when a read failed). */
  apply(changed: Changed): Promise<void> {
    return apply(this, changed);
  }

  /** After a bulk write committed: these people exist with these fields (their ties unchanged). Reads nothing. */
  putPeople(people: ReadonlyArray<BulkPerson>): void {
    putPeople(this, people);
  }

  /** After a bulk write committed: these KNOWS ties were created. False when only some of them are here (load again). */
  addKnows(ties: BulkKnows): boolean {
    return addKnows(this, ties);
  }

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

  /** Every KNOWS tie once (overlay included), as int ids: a snapshot later writes do not change. */
  knowsTies(regions: ReadonlySet<string> | null = null): KnowsTies {
    return knowsTies(this, regions);
  }

  /** Ties of at least this strength today and every affiliation, once, as int ids: a snapshot later writes do not change. */
  linksAbove(minStrength: number, today: string): LinksAbove {
    return linksAbove(this, minStrength, today);
  }

  /** Readies the search for `today` a slice at a time, so its first search is as quick as the next (ahead: for a day still to come). */
  prepare(today: string, ahead = false): Promise<void> {
    chainScratch(this);
    return prepare(this, today, ahead);
  }

  /** Up to `limit` distinct paths of at most `maxHops` links from any of `fromIds` to `targetId`, best first. */
  paths(fromIds: readonly string[], targetId: string, limit: number, maxHops: number, today: string): FoundPath[] {
    return paths(this, fromIds, targetId, limit, maxHops, today);
  }

  /** The chain with the fewest links between two records (of those, the strongest), or null. */
  shortestChain(fromId: string, toId: string, maxHops: number, today: string): FoundPath | null {
    return shortestChain(this, fromId, toId, maxHops, today);
  }

  /** Every person and organization of a region. */
  inRegion(regionId: string): string[] {
    return inRegion(this, regionId);
  }

  /** The records within `hops` links of the seeds, following only the links `follow` accepts, nearest first. */
  neighbourhood(seeds: readonly string[], hops: number, maxNodes: number, follow: (since: string | null, until: string | null) => boolean): { ids: string[]; truncated: boolean } {
    return neighbourhood(this, seeds, hops, maxNodes, follow);
  }

  /** Every tie and affiliation between two of these records, once, with the strength shown on `today`. */
  linksAmong(ids: readonly string[], today: string): MapLink[] {
    return linksAmong(this, ids, today);
  }
}

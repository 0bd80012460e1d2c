import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import type { BulkKnows, BulkPerson, Committed } from '../../graph/changes.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { StampQueries } from '../../graph/stamp.queries.js';
import { ReachGraph, type Changed, type FoundPath, type IndexStats, type KnowsTies, type LinksAbove, type MapLink, type NodeInfo } from './index/graph.js';
import { readSnapshot, writeSnapshot } from './index/snapshot.js';
import { ReachQueries } from './reach.queries.js';

export { AFFILIATION_QUALITY, HOP_FACTOR, LINK_KIND, NO_DAY, tieStartDay } from './index/graph.js';
export type { Changed, FoundPath, IndexStats, KnowsTies, LinksAbove, LinkDetail, LinkKind, MapLink, NodeInfo } from './index/graph.js';

/** On Neo4j, how often a search checks whether another instance changed the graph. */
const FRESHNESS_MS = 5_000;
/** Above this many records changed by one commit, the index reads everything again rather than each record. */
export const RELOAD_OVER = 5_000;
/** How often the index checks that the search is ready for today (and, in the last hour before midnight UTC, for tomorrow). */
const PREPARE_EVERY_MS = 10 * 60_000;
const DAY_MS = 86_400_000;
const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Writes that committed while a load ran: applied to the new graph before it answers. */
interface Missed {
  people: Set<string>;
  organizations: Set<string>;
  teams: Set<string>;
  /** A bulk write landed: the load may hold part of it, so it reads again. */
  bulk: boolean;
}

/**
 * The reach index: which complete ReachGraph (./index/graph.ts) answers. It never answers from a partial one.
 *
 * - One load at a time. A new graph is built aside while the last complete one answers (before the first
 *   load, callers wait for it), then swapped in whole.
 * - Writes that commit while a load runs change the answering graph as usual and are noted; the new graph
 *   re-reads those records before it is swapped in (a bulk write meanwhile: it is read again).
 * - Changes after writes go one at a time, in the order they came.
 * - Start from a snapshot (DATA_DIR/reach/index.snapshot, written after each full load): when the graph's commit
 *   stamp is the one it was built from, it answers at once; when the stamp differs it answers at once too (a
 *   complete, older graph) while a full load runs in the background, whose graph then replaces it.
 */
@Injectable()
export class ReachIndex implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reach');
  private graph: ReachGraph | null = null;
  /** What answers before the first load (nothing). */
  private readonly empty: ReachGraph;
  private loading: Promise<void> | null = null;
  /** A load asked for while one ran: it starts when that one ends (every caller meanwhile shares it). */
  private next: Promise<void> | null = null;
  private missed: Missed | null = null;
  private updates: Promise<void> = Promise.resolve();
  /** Bumped whenever what answers changed: caches built on the index (maps) compare it. */
  private generation = 0;
  /** Bumped when a whole new graph is swapped in (not by the writes it follows record by record). */
  private swaps = 0;
  private versionSeen: string | null = null;
  private versionCheckedAt = 0;
  private closed = false;
  /** The snapshot file (none without a data folder: tests, benches). */
  private readonly snapshotFile: string | null;
  /** The snapshot that answered at start was stale: a full load follows the first one. */
  private staleAtStart = false;
  /** The snapshot being written (after a full load), if any. */
  private saving: Promise<void> = Promise.resolve();

  private readonly unsubscribe: () => void;
  private preparing: Promise<void> | null = null;
  private prepareTimer: NodeJS.Timeout | null = null;

  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore, config?: AppConfig) {
    this.empty = new ReachGraph(store);
    this.snapshotFile = config ? resolve(config.DATA_DIR, 'reach', 'index.snapshot') : null;
    this.unsubscribe = store.onCommit?.((c) => this.follow(c)) ?? (() => undefined);
  }

  onApplicationBootstrap(): void {
    // In the background: the demo coalition may still be loading; it calls reload() when done.
    this.ensureLoaded().catch((e) => this.logger.warn(`Reach index not loaded yet: ${(e as Error).message}`));
    this.prepareTimer = setInterval(() => this.prepareSearch(), PREPARE_EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    this.closed = true;
    if (this.prepareTimer) clearInterval(this.prepareTimer);
    this.unsubscribe();
  }

  /**
   * Readies the answering graph's search for today (after a bulk add rebuilt its arrays) and, in the last hour
   * before midnight UTC, for tomorrow, a slice at a time: otherwise the first search of a day works out every
   * link's cost itself (2.9 s at 1M people / 10M ties under load), the tail a user meets.
   */
  prepareSearch(now = Date.now()): Promise<void> {
    this.preparing ??= (async () => {
      const graph = this.graph;
      if (!graph || this.closed) return;
      await graph.prepare(dayOf(now));
      if (dayOf(now + 60 * 60_000) !== dayOf(now)) await graph.prepare(dayOf(now + DAY_MS), true);
    })()
      .catch((e) => this.logger.warn(`Reach search not readied ahead: ${(e as Error).message}`))
      .finally(() => {
        this.preparing = null;
      });
    return this.preparing;
  }

  /**
   * After every commit (the store's change feed): what a bulk writer described is taken as it is; the other
   * changed records are read again before the write returns. A bulk write nobody described (the demo
   * coalition) reads everything again before it returns. A great many records changed by one commit read
   * everything again in the background (one load for a run of such commits, such as a roll-back's batches):
   * the last complete graph answers meanwhile.
   */
  async follow(c: Committed): Promise<void> {
    if (this.closed) return;
    const described = new Set<string>();
    const organizations = new Set(c.organizations);
    for (const w of c.written) {
      if (w.people) {
        this.putPeople(w.people);
        for (const p of w.people) described.add(p.id);
      }
      if (w.knows) this.addKnows(w.knows);
      for (const id of w.organizations ?? []) organizations.add(id);
    }
    const people = [...c.people].filter((id) => !described.has(id));
    const teams = [...c.teams];
    if (c.many) return this.readAgain();
    if (people.length + organizations.size > RELOAD_OVER) return this.reloadInBackground();
    if (people.length || organizations.size || teams.length) return this.refresh({ people, organizations: [...organizations], teams });
  }

  /**
   * A running load reads everything again before it answers (not waited for here: a write issued while a load
   * runs must not wait on it); else a load starts and is waited for.
   */
  private async readAgain(): Promise<void> {
    if (this.missed) {
      this.missed.bulk = true;
      return;
    }
    return this.reload();
  }

  /** As readAgain, not waited for. */
  private reloadInBackground(): void {
    if (this.missed) {
      this.missed.bulk = true;
      return;
    }
    void this.reload().catch((e) => this.logger.warn(`Reach index reload failed: ${(e as Error).message}`));
  }

  /** Loads the index on first use (callers wait for the one load); on Neo4j, reloads when another instance changed ties (checked at most every 5 s). */
  async ensureLoaded(): Promise<void> {
    if (!this.graph) return this.loading ?? this.start();
    if (!this.store.capabilities.soleWriter && !this.loading && Date.now() - this.versionCheckedAt > FRESHNESS_MS) {
      this.versionCheckedAt = Date.now();
      const [row] = await this.store.read(ReachQueries.version);
      const v = (row?.value as string | undefined) ?? null;
      if (v !== this.versionSeen) await this.reload();
    }
  }

  /** The first load: from the snapshot when there is a usable one. */
  private start(): Promise<void> {
    if (this.loading || this.graph) return this.reload();
    this.loading = this.loadAside(!!this.snapshotFile).finally(() => {
      this.loading = null;
      if (!this.staleAtStart) return;
      this.staleAtStart = false;
      void this.reload().catch((e) => this.logger.warn(`Reach index reload failed: ${(e as Error).message}`));
    });
    return this.loading;
  }

  /** Reads everything again into a new graph (start, demo load, a bulk write, or another instance's writes). */
  reload(): Promise<void> {
    if (!this.loading) {
      this.loading = this.loadAside(false).finally(() => {
        this.loading = null;
      });
      return this.loading;
    }
    this.next ??= this.loading
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.reload();
      });
    return this.next;
  }

  private async loadAside(fromSnapshot: boolean): Promise<void> {
    for (;; fromSnapshot = false) {
      this.missed = { people: new Set(), organizations: new Set(), teams: new Set(), bulk: false };
      try {
        const graph = new ReachGraph(this.store, (m) => this.logger.warn(m));
        if (!this.store.capabilities.soleWriter) this.versionSeen = ((await this.store.read(ReachQueries.version))[0]?.value as string | undefined) ?? null;
        // The stamp before anything is read: what the graph holds is at least what it stands for.
        let stamp = ((await this.store.read(StampQueries.get))[0]?.value as string | undefined) ?? null;
        const t0 = performance.now();
        const built = fromSnapshot ? await this.fromSnapshot(graph) : null;
        if (built === null) {
          // A graph written before commits were stamped (or never written): stamp it first, so its snapshot can be trusted.
          if (stamp === null && this.snapshotFile) await this.store.write(StampQueries.set, { value: (stamp = randomUUID()) });
          await graph.load();
        }
        // Replacing a graph that answers: readied first, so its first search does not pay for working out every
        // link's cost (see prepareSearch). The first graph answers at once instead (callers are waiting for it) and is
        // readied right after; a search meanwhile finishes what is left of it.
        const replacing = this.graph !== null;
        if (replacing) await graph.prepare(dayOf(Date.now()));
        // Writes that committed meanwhile: the new graph reads those records again, until none came in between.
        let missed = this.missed;
        while (!missed.bulk && missed.people.size + missed.organizations.size <= RELOAD_OVER && (missed.people.size || missed.organizations.size || missed.teams.size)) {
          this.missed = { people: new Set(), organizations: new Set(), teams: new Set(), bulk: false };
          await graph.apply({ people: [...missed.people], organizations: [...missed.organizations], teams: [...missed.teams] });
          missed = this.missed;
        }
        if (missed.bulk || missed.people.size + missed.organizations.size > RELOAD_OVER) continue;
        this.graph = graph;
        this.generation++;
        this.swaps++;
        if (!replacing) void this.prepareSearch();
        const { nodes, edges } = graph.stats();
        const took = `${Math.round(performance.now() - t0)} ms (${nodes} records, ${edges} ties and affiliations)`;
        if (built === null) {
          this.logger.log(`Reach index read from the graph in ${took}`);
          if (stamp !== null) this.saving = this.saveSnapshot(graph, stamp);
        } else if (built === stamp) {
          this.logger.log(`Reach index read from its snapshot in ${took}`);
        } else {
          this.logger.log(`Reach index read from a stale snapshot in ${took}; it answers while the graph is read again`);
          this.staleAtStart = true;
        }
        return;
      } finally {
        this.missed = null;
      }
    }
  }

  /** The snapshot's stamp, with `graph` filled from it; null when there is none or it cannot be used (the graph is read instead). */
  private async fromSnapshot(graph: ReachGraph): Promise<string | null> {
    try {
      return await readSnapshot(graph, this.snapshotFile!);
    } catch (e) {
      this.logger.warn(`Reach index snapshot not used (${(e as Error).message}); reading the graph`);
      return null;
    }
  }

  private async saveSnapshot(graph: ReachGraph, stamp: string): Promise<void> {
    if (!this.snapshotFile || this.closed) return;
    try {
      const t0 = performance.now();
      const bytes = await writeSnapshot(graph, this.snapshotFile, stamp);
      if (bytes === null) this.logger.warn('Reach index snapshot not written: the data folder\'s disk has too little free space');
      else this.logger.log(`Reach index snapshot written in ${Math.round(performance.now() - t0)} ms (${Math.round(bytes / 2 ** 20)} MiB)`);
    } catch (e) {
      this.logger.warn(`Reach index snapshot not written: ${(e as Error).message}`);
    }
  }

  /**
   * After a write that changed these records or their ties or affiliations committed: the index re-reads
   * them. Resolves once the answering graph holds the change.
   */
  refresh(changed: Changed): Promise<void> {
    const run = this.updates.then(() => this.applyNow(changed));
    this.updates = run.catch(() => undefined);
    return run;
  }

  private async applyNow(changed: Changed): Promise<void> {
    if (this.closed) return;
    if (this.missed) {
      for (const id of changed.people ?? []) this.missed.people.add(id);
      for (const id of changed.organizations ?? []) this.missed.organizations.add(id);
      for (const id of changed.teams ?? []) this.missed.teams.add(id);
    }
    const graph = this.graph;
    if (!graph) return; // the running load reads it, or applies it before answering
    try {
      await graph.apply(changed);
      this.changed();
    } catch (e) {
      // The write itself committed. Keep answering from the graph as it is while a new one is read.
      this.logger.warn(`Reach index will reload: ${(e as Error).message}`);
      this.reloadInBackground();
    }
  }

  /**
   * After a bulk write committed: these people now exist with these fields (created or updated); their ties
   * are unchanged. Reads nothing.
   */
  putPeople(people: ReadonlyArray<BulkPerson>): void {
    if (this.closed || people.length === 0) return;
    if (this.missed) this.missed.bulk = true;
    if (!this.graph) return;
    this.graph.putPeople(people);
    this.changed();
  }

  /** After a bulk write committed: these KNOWS ties were created (none was there before). Reads nothing. */
  addKnows(ties: BulkKnows): void {
    if (this.closed || ties.count <= 0) return;
    if (this.missed) this.missed.bulk = true;
    if (!this.graph) return;
    if (this.graph.addKnows(ties)) {
      this.changed();
      void this.prepareSearch();
    } else {
      this.logger.warn('Reach index will reload: a bulk add found part of its ties already there');
      this.reloadInBackground();
    }
  }

  private changed(): void {
    this.generation++;
    // Other instances on Neo4j learn from the token that they must reload.
    if (this.store.capabilities.soleWriter || this.closed) return;
    const value = randomUUID();
    this.versionSeen = value;
    this.store.write(ReachQueries.bumpVersion, { value }).catch((e) => this.logger.warn(`Could not record the reach version: ${(e as Error).message}`));
  }

  // ── Answers: from the last complete graph (none before the first load: call ensureLoaded() first) ──

  private get answering(): ReachGraph {
    return this.graph ?? this.empty;
  }

  /** Changes whenever what the index holds changed (a load, or a write): maps cache on it. */
  version(): number {
    return this.generation;
  }

  /**
   * Changes when a whole new graph answers (a start, a reload after a bulk write or another instance's writes):
   * caches that follow the change feed's records themselves (maps) compare it, as what a reload read is not told record by record.
   */
  loads(): number {
    return this.swaps;
  }

  stats(): IndexStats {
    return this.answering.stats();
  }

  has(id: string): boolean {
    return this.answering.has(id);
  }

  /** Members (kind MEMBER) whose region is one of these (all regions when null). */
  members(regions: ReadonlySet<string> | null): string[] {
    return this.answering.members(regions);
  }

  /** A record's kind, name and region, or null when it is not (or no longer) in the graph. */
  info(id: string): NodeInfo | null {
    return this.answering.info(id);
  }

  /** The members of a team whose region is one of these (all when null), or null when the team is not found there. */
  teamMembers(teamId: string, regions: ReadonlySet<string> | null): string[] | null {
    return this.answering.teamMembers(teamId, regions);
  }

  /** Every KNOWS tie once, as int ids (a snapshot: later writes do not change it). */
  knowsTies(regions: ReadonlySet<string> | null = null): KnowsTies {
    return this.answering.knowsTies(regions);
  }

  /** Ties of at least this strength today and every affiliation, once, as int ids (a snapshot: later writes do not change it). */
  linksAbove(minStrength: number, today: string): LinksAbove {
    return this.answering.linksAbove(minStrength, today);
  }

  /** How many people (not organizations) are in these regions (all when null). */
  peopleCount(regions: ReadonlySet<string> | null): number {
    return this.answering.peopleCount(regions);
  }

  /** Whether this person is marked LEADER (false when unknown). */
  isLeader(id: string): boolean {
    return this.answering.isLeader(id);
  }

  regionOf(id: string): string | null {
    return this.answering.regionOf(id);
  }

  /** Up to `limit` distinct paths of at most `maxHops` links from any of `fromIds` to `targetId`, best first. */
  paths(fromIds: readonly string[], targetId: string, limit: number, maxHops: number, today: string): FoundPath[] {
    return this.answering.paths(fromIds, targetId, limit, maxHops, today);
  }

  /** The chain with the fewest links between two records (of those, the strongest), or null. */
  shortestChain(fromId: string, toId: string, maxHops: number, today: string): FoundPath | null {
    return this.answering.shortestChain(fromId, toId, maxHops, today);
  }

  /** Every person and organization of a region. */
  inRegion(regionId: string): string[] {
    return this.answering.inRegion(regionId);
  }

  /** The records within `hops` links of the seeds, following only the links `follow` accepts, nearest first. */
  neighbourhood(seeds: readonly string[], hops: number, maxNodes: number, follow: (since: string | null, until: string | null) => boolean): { ids: string[]; truncated: boolean } {
    return this.answering.neighbourhood(seeds, hops, maxNodes, follow);
  }

  /** Every tie and affiliation between two of these records, once. */
  linksAmong(ids: readonly string[], today: string): MapLink[] {
    return this.answering.linksAmong(ids, today);
  }
}

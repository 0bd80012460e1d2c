import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { todayUtc } from '../../common/clock.js';
import { badInput, forbidden } from '../../common/app-error.js';
import { inRegion, type Viewer } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { ReachIndex, type LinksAbove } from '../reach/reach-index.js';
import type { ReachNode } from '../reach/reach.model.js';
import { shownNode } from '../reach/shown-node.js';
import { ReachQueries } from '../reach/reach.queries.js';
import { whoIsCutOff, type Adjacency, type StepsAway as Computed } from './steps-away.js';
import { workOutAside } from './steps-away-thread.js';
import { DEFAULT_MIN_STRENGTH, MAX_LISTED, type StepsAway, type StepsAwayAnswer, type StepsAwayRanking } from './steps-away.model.js';

const NODE_PERSON = 0;
const NODE_ORG = 1;
/** Strength thresholds kept worked out at once (the Gaps page and a record page usually ask the same one). */
const KEPT = 3;

interface Network {
  version: number;
  day: string;
  computedAt: string;
  links: LinksAbove;
  adjacency: Adjacency;
  result: Computed;
}

/**
 * "Who we lose if someone steps away" over the whole network, from the reach index's arrays (no database read
 * but region names), as a background job: worked out per strength threshold (the default one from the start, the
 * others once asked, the last KEPT asked), again after each commit that changed people, organizations, ties or
 * affiliations (the store's change feed, after the reach index followed it; commits that come while a run goes on
 * make one more run), when the day changes (derived strengths fade) and when the index changed without a commit
 * (a reload). Reads answer from the last complete result at once, saying whether it is up to date; only the first
 * read of a threshold waits for its first run.
 */
@Injectable()
export class StepsAwayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('StepsAway');
  /** The last complete result per threshold (in the order last asked). */
  private readonly networks = new Map<number, Network>();
  /** Thresholds kept worked out, with the first run of each (read by callers that have no result yet). */
  private readonly first = new Map<number, Promise<Network>>();
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private readonly unsubscribe: () => void;
  private timer: NodeJS.Timeout | null = null;
  private regionNames = new Map<string, string>();
  private regionNamesAt = -1;

  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly index: ReachIndex,
  ) {
    // Subscribed after the reach index (it is constructed first, as this depends on it): its follow() has run when this hears of a commit.
    this.unsubscribe = store.onCommit?.((c) => {
      if (c.people.size || c.organizations.size || c.many || c.written.length) this.schedule();
    }) ?? (() => undefined);
  }

  onApplicationBootstrap(): void {
    // Worked out once the reach index has loaded, in the background; then checked hourly for a new day.
    void this.index.ensureLoaded().then(() => this.track(DEFAULT_MIN_STRENGTH)).catch(() => undefined);
    this.timer = setInterval(() => {
      if ([...this.networks.values()].some((n) => n.day !== todayUtc())) this.schedule();
    }, 3_600_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    this.closed = true;
    this.unsubscribe();
    if (this.timer) clearInterval(this.timer);
  }

  async stepsAway(viewer: Viewer, recordId: string, minStrength: number): Promise<StepsAwayAnswer> {
    checkStrength(minStrength);
    await this.index.ensureLoaded();
    const info = this.index.info(recordId);
    if (!info || !inRegion(viewer, info.region)) throw badInput('recordId', 'That person or organization was not found in your regions.');
    const net = await this.network(minStrength);
    const v = net.links.indexOf(recordId);
    const names = await this.names();
    const entry = v < 0 ? { record: this.nodeOfInfo(viewer, names, info), people: 0, partners: 0, cutOff: [] } : this.entry(viewer, names, net, v);
    return { minStrength, computedAt: net.computedAt, upToDate: this.upToDate(net), stepsAway: entry };
  }

  async ranking(viewer: Viewer, regionId: string | null | undefined, minStrength: number, limit: number): Promise<StepsAwayRanking> {
    checkStrength(minStrength);
    // As the rest of the Gaps page (networkGaps): another's region is forbidden, not a typo.
    if (regionId && !inRegion(viewer, regionId)) throw forbidden('That region is not one of yours: choose one of your regions.');
    await this.index.ensureLoaded();
    const net = await this.network(minStrength);
    const { cutOff } = net.result;
    const { region, nodeType } = net.links;
    const shown = (i: number) => nodeType[i] !== 2 && (regionId ? region[i] === regionId : inRegion(viewer, region[i]));
    const candidates: number[] = [];
    for (let i = 0; i < cutOff.length; i++) if (cutOff[i] > 0 && shown(i)) candidates.push(i);
    candidates.sort((x, y) => cutOff[y] - cutOff[x] || net.links.name[x].localeCompare(net.links.name[y]));
    const names = await this.names();
    return { minStrength, computedAt: net.computedAt, upToDate: this.upToDate(net), total: candidates.length, ranking: candidates.slice(0, limit).map((v) => this.entry(viewer, names, net, v)) };
  }

  /** Resolves when no run is due or going on (the job has caught up with every change it heard of). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private upToDate(net: Network): boolean {
    return !this.running && net.version === this.index.version() && net.day === todayUtc();
  }

  /** The last complete result at this threshold; the first ask of a threshold waits for its first run. */
  private network(minStrength: number): Promise<Network> {
    const kept = this.networks.get(minStrength);
    if (kept) {
      // Asked again: kept among the last KEPT asked.
      this.networks.delete(minStrength);
      this.networks.set(minStrength, kept);
      // The index changed without a commit this heard of (a reload), or a new day: worked out again, not waited for.
      if (!this.running && (kept.version !== this.index.version() || kept.day !== todayUtc())) this.schedule();
      return Promise.resolve(kept);
    }
    return this.track(minStrength);
  }

  /** Starts keeping this threshold worked out; resolves with its first result. */
  private track(minStrength: number): Promise<Network> {
    let first = this.first.get(minStrength);
    if (!first) {
      first = (async () => {
        const net = await this.workOut(minStrength);
        this.keep(minStrength, net);
        return net;
      })();
      this.first.set(minStrength, first);
      first.catch(() => this.first.delete(minStrength));
    }
    return first;
  }

  private keep(minStrength: number, net: Network): void {
    this.networks.delete(minStrength);
    this.networks.set(minStrength, net);
    while (this.networks.size > KEPT) {
      const oldest = this.networks.keys().next().value!;
      this.networks.delete(oldest);
      this.first.delete(oldest);
    }
  }

  /** One run over every kept threshold, soon; a run going on makes one more after it. */
  private schedule(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await new Promise((r) => setImmediate(r));
        for (const minStrength of [...this.networks.keys()]) {
          if (this.closed) return;
          try {
            const net = await this.workOut(minStrength);
            if (this.networks.has(minStrength)) this.keep(minStrength, net);
          } catch (e) {
            // The last result keeps answering (marked not up to date); the next change or read tries again.
            this.logger.warn(`Working out who we lose if someone steps away failed: ${(e as Error).message}`);
          }
        }
      } while (this.again && !this.closed);
    })().finally(() => {
      this.running = null;
    });
  }

  private async workOut(minStrength: number): Promise<Network> {
    const t0 = performance.now();
    const version = this.index.version();
    const day = todayUtc();
    // The snapshot is taken here in one synchronous step; the rest runs aside (a worker thread in the built app).
    const links = this.index.linksAbove(minStrength, day);
    const { out, where } = await workOutAside({ n: links.n, a: links.a.slice(), b: links.b.slice() });
    const ms = Math.round(performance.now() - t0);
    if (ms > 1000) this.logger.log(`Worked out who we lose if someone steps away in ${ms} ms on the ${where} (${links.n} records, ${links.count} links at strength ${minStrength} or more)`);
    return { version, day, computedAt: new Date().toISOString(), links, adjacency: out.adjacency, result: out.result };
  }

  private entry(viewer: Viewer, names: Map<string, string>, net: Network, v: number): StepsAway {
    const lost = whoIsCutOff(net.adjacency, net.result, v);
    const { nodeType } = net.links;
    let people = 0;
    let partners = 0;
    for (const u of lost) {
      if (nodeType[u] === NODE_PERSON) people++;
      else if (nodeType[u] === NODE_ORG) partners++;
    }
    // People first, then partners; by name within each (hidden ones last, so a list cut at MAX_LISTED shows names first).
    const listed = lost
      .map((u) => this.node(viewer, names, net.links, u))
      .sort((x, y) => Number(x.kind === 'ORGANIZATION') - Number(y.kind === 'ORGANIZATION') || Number(x.hidden) - Number(y.hidden) || x.name.localeCompare(y.name))
      .slice(0, MAX_LISTED);
    return { record: this.node(viewer, names, net.links, v), people, partners, cutOff: listed };
  }

  private node(viewer: Viewer, names: Map<string, string>, links: LinksAbove, i: number): ReachNode {
    return this.nodeOfInfo(viewer, names, { id: links.ids[i], kind: links.nodeType[i] === NODE_ORG ? 'organization' : 'person', name: links.name[i], region: links.region[i] });
  }

  /** As reach shows a record: outside the viewer's regions, no id and no name. */
  private nodeOfInfo(viewer: Viewer, names: Map<string, string>, r: { id: string; kind: 'person' | 'organization'; name: string; region: string }): ReachNode {
    return shownNode(viewer, names, r);
  }

  /** Region names, read again when the index changed since (a record in a new region comes with a change). */
  private async names(): Promise<Map<string, string>> {
    const version = this.index.version();
    if (this.regionNamesAt !== version) {
      this.regionNames = new Map((await this.store.read(ReachQueries.regions)).map((r) => [r.id, r.name]));
      this.regionNamesAt = version;
    }
    return this.regionNames;
  }
}

function checkStrength(minStrength: number): void {
  if (!Number.isFinite(minStrength) || minStrength < 1 || minStrength > 5) throw badInput('minStrength', 'Choose a tie strength from 1 to 5.');
}

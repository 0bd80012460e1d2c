import { Inject, Injectable, Logger } from '@nestjs/common';
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
import { MAX_LISTED, type StepsAway, type StepsAwayAnswer, type StepsAwayRanking } from './steps-away.model.js';

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
 * but region names). Worked out once per strength threshold and kept until the index changes (a write that
 * changed ties or records, a load) or the day changes (derived strengths fade): the next read works it out again.
 */
@Injectable()
export class StepsAwayService {
  private readonly logger = new Logger('StepsAway');
  private readonly networks = new Map<number, { version: number; day: string; run: Promise<Network> }>();
  private regionNames = new Map<string, string>();
  private regionNamesAt = -1;

  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly index: ReachIndex,
  ) {}

  async stepsAway(viewer: Viewer, recordId: string, minStrength: number): Promise<StepsAwayAnswer> {
    checkStrength(minStrength);
    await this.index.ensureLoaded();
    const info = this.index.info(recordId);
    if (!info || !inRegion(viewer, info.region)) throw badInput('recordId', 'That person or organization was not found in your regions.');
    const net = await this.network(minStrength);
    const v = net.links.indexOf(recordId);
    const names = await this.names();
    const entry = v < 0 ? { record: this.nodeOfInfo(viewer, names, info), people: 0, partners: 0, cutOff: [] } : this.entry(viewer, names, net, v);
    return { minStrength, computedAt: net.computedAt, stepsAway: entry };
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
    return { minStrength, computedAt: net.computedAt, total: candidates.length, ranking: candidates.slice(0, limit).map((v) => this.entry(viewer, names, net, v)) };
  }

  /** The network at this threshold as the index holds it now: worked out again after any change (callers meanwhile share one run). */
  private network(minStrength: number): Promise<Network> {
    const version = this.index.version();
    const day = todayUtc();
    const kept = this.networks.get(minStrength);
    if (kept && kept.version === version && kept.day === day) return kept.run;
    return this.workOut(minStrength, version, day);
  }

  private workOut(minStrength: number, version: number, day: string): Promise<Network> {
    const run = (async () => {
      const t0 = performance.now();
      // The snapshot is taken here in one synchronous step; the rest runs aside (a worker thread in the built app).
      const links = this.index.linksAbove(minStrength, day);
      const { out, where } = await workOutAside({ n: links.n, a: links.a.slice(), b: links.b.slice() });
      const ms = Math.round(performance.now() - t0);
      if (ms > 1000) this.logger.log(`Worked out who we lose if someone steps away in ${ms} ms on the ${where} (${links.n} records, ${links.count} links at strength ${minStrength} or more)`);
      return { version, day, computedAt: new Date().toISOString(), links, adjacency: out.adjacency, result: out.result };
    })();
    const entry = { version, day, run };
    this.networks.delete(minStrength);
    this.networks.set(minStrength, entry);
    run.catch(() => {
      if (this.networks.get(minStrength) === entry) this.networks.delete(minStrength);
    });
    while (this.networks.size > KEPT) this.networks.delete(this.networks.keys().next().value!);
    return run;
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
      this.regionNames = new Map((await this.store.read(ReachQueries.regions)).map((r) => [r.id as string, r.name as string]));
      this.regionNamesAt = version;
    }
    return this.regionNames;
  }
}

function checkStrength(minStrength: number): void {
  if (!Number.isFinite(minStrength) || minStrength < 1 || minStrength > 5) throw badInput('minStrength', 'Choose a tie strength from 1 to 5.');
}

import { Inject, Injectable } from '@nestjs/common';
import { AppError, badInput } from '../../common/app-error.js';
import { inRegion, type Viewer } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { shownStrength } from '../interactions/tie-strength.js';
import { AFFILIATION_QUALITY, ReachIndex, type FoundPath } from './reach-index.js';
import { shownNode } from './shown-node.js';
import { ReachFrom, ReachLinkKind, type Connection, type ReachLink, type ReachNode, type ReachPath, type ReachResult } from './reach.model.js';
import { ReachQueries } from './reach.queries.js';

export interface ReachArgs {
  targetPersonId?: string | null;
  targetOrganizationId?: string | null;
  from: ReachFrom;
  teamId?: string | null;
  regionId?: string | null;
  limit?: number | null;
  maxHops?: number | null;
}

export const MAX_HOPS = 6;
const EMPTY_DETAIL = { strength: null, score: null, scoreAt: null, lastContact: null, context: null, since: null, until: null };
const reversed = (p: FoundPath): FoundPath => ({
  ...p,
  ids: [...p.ids].reverse(),
  kinds: [...p.kinds].reverse(),
  names: [...p.names].reverse(),
  regions: [...p.regions].reverse(),
  links: [...p.links].reverse(),
  details: [...p.details].reverse(),
});
export const MAX_PATHS = 20;

/**
 * Who can reach a target: the reach index finds the paths; this service checks the request against the
 * viewer's regions, picks the starting members, and shows each path without personal data of records
 * outside the viewer's regions.
 */
@Injectable()
export class ReachService {
  private regionCache = new Map<string, string>();
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly index: ReachIndex,
  ) {}

  async reach(viewer: Viewer, args: ReachArgs): Promise<ReachResult> {
    const limit = args.limit ?? 5;
    const maxHops = args.maxHops ?? MAX_HOPS;
    const problems: Array<{ field: string; message: string }> = [];
    if (!!args.targetPersonId === !!args.targetOrganizationId) problems.push({ field: 'targetPersonId', message: 'Give either a target person or a target organization.' });
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PATHS) problems.push({ field: 'limit', message: `Ask for 1 to ${MAX_PATHS} paths.` });
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) problems.push({ field: 'maxHops', message: `Paths have 1 to ${MAX_HOPS} links.` });
    if (args.from === ReachFrom.TEAM && !args.teamId) problems.push({ field: 'teamId', message: 'Choose the team.' });
    if (args.from === ReachFrom.REGION && !args.regionId) problems.push({ field: 'regionId', message: 'Choose the region.' });
    if (problems.length) throw new AppError('BAD_USER_INPUT', problems.map((p) => p.message).join(' '), problems);

    const targetId = (args.targetPersonId ?? args.targetOrganizationId)!;
    const targetKind = args.targetPersonId ? 'person' : 'organization';
    // Everything the answer needs is in the index (team members too); the store is read only for `from: ME` (the account's person).
    await this.index.ensureLoaded();
    const target = this.index.info(targetId);
    if (!target || target.kind !== targetKind || !inRegion(viewer, target.region)) {
      throw args.targetPersonId
        ? badInput('targetPersonId', 'That person was not found in your regions.')
        : badInput('targetOrganizationId', 'That organization was not found in your regions.');
    }

    const starting = await this.startingMembers(viewer, args);
    const today = new Date().toISOString().slice(0, 10);
    const found = this.index.paths(starting, targetId, limit, maxHops, today);
    const regionNames = await this.regionNames([target.region, ...found.flatMap((p) => p.regions)]);
    const [shownTarget] = this.show(viewer, regionNames, today, [
      { ids: [targetId], kinds: [targetKind], names: [target.name], regions: [target.region], links: [], details: [], score: 1 },
    ]);
    return { target: shownTarget.nodes[0], startingMembers: starting.length, paths: this.show(viewer, regionNames, today, found) };
  }

  /**
   * How two people or organizations in the viewer's regions are connected: the strongest chains of up to 6 links
   * (the reach search from one end, no two sharing a go-between) and the chain with the fewest links (of those,
   * the strongest). Records between them outside the viewer's regions are shown as reach shows them.
   */
  async connection(viewer: Viewer, fromId: string, toId: string, limit = 3): Promise<Connection> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 10) throw badInput('limit', 'Ask for 1 to 10 chains.');
    if (fromId === toId) throw badInput('toId', 'Choose two different people or organizations.');
    await this.index.ensureLoaded();
    const from = this.index.info(fromId);
    const to = this.index.info(toId);
    if (!from || !inRegion(viewer, from.region)) throw badInput('fromId', 'That person or organization was not found in your regions.');
    if (!to || !inRegion(viewer, to.region)) throw badInput('toId', 'That person or organization was not found in your regions.');
    const today = new Date().toISOString().slice(0, 10);
    // The reach search starts from people: from an organization, search from the other end and turn the chains round.
    let strongest: FoundPath[] = [];
    if (from.kind === 'person') strongest = this.index.paths([fromId], toId, limit, MAX_HOPS, today);
    else if (to.kind === 'person') strongest = this.index.paths([toId], fromId, limit, MAX_HOPS, today).map(reversed);
    const shortest = this.index.shortestChain(fromId, toId, MAX_HOPS, today);
    const regionNames = await this.regionNames([from.region, to.region, ...strongest.flatMap((p) => p.regions), ...(shortest?.regions ?? [])]);
    const ends = this.show(viewer, regionNames, today, [{ ids: [fromId, toId], kinds: [from.kind, to.kind], names: [from.name, to.name], regions: [from.region, to.region], links: ['KNOWS'], details: [EMPTY_DETAIL], score: 1 }])[0].nodes;
    return { from: ends[0], to: ends[1], strongest: this.show(viewer, regionNames, today, strongest), shortest: shortest ? this.show(viewer, regionNames, today, [shortest])[0] : null };
  }

  /** Region names, read again only when one is missing (regions are created, never renamed). */
  private async regionNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.some((id) => id && !this.regionCache.has(id))) {
      this.regionCache = new Map((await this.store.read(ReachQueries.regions)).map((r) => [r.id, r.name]));
    }
    return this.regionCache;
  }

  private async startingMembers(viewer: Viewer, args: ReachArgs): Promise<string[]> {
    let ids: string[];
    switch (args.from) {
      case ReachFrom.ME: {
        const [row] = await this.store.read(ReachQueries.accountPerson, { id: viewer.accountId });
        if (!row?.personId) throw badInput('from', 'Your account is not linked to a person record yet: choose a team, a region or all members.');
        ids = [row.personId];
        break;
      }
      case ReachFrom.TEAM: {
        // Team memberships live in the index, kept in step by the writes that change them: no read here.
        const members = this.index.teamMembers(args.teamId!, viewer.allRegions ? null : new Set(viewer.regions));
        if (!members) throw badInput('teamId', 'That team was not found in your regions.');
        ids = members;
        break;
      }
      case ReachFrom.REGION:
        if (!inRegion(viewer, args.regionId!)) throw badInput('regionId', 'That region is not one of yours.');
        ids = this.index.members(new Set([args.regionId!]));
        break;
      default:
        ids = this.index.members(viewer.allRegions ? null : new Set(viewer.regions));
    }
    // Messengers are people the viewer can contact: only those in the viewer's regions.
    return ids.filter((id) => inRegion(viewer, this.index.regionOf(id) ?? ''));
  }

  /** Names, regions and link details of the chosen paths (all from the index), with records outside the viewer's regions hidden. */
  private show(viewer: Viewer, regionNames: Map<string, string>, today: string, paths: FoundPath[]): ReachPath[] {
    const node = (p: FoundPath, i: number): ReachNode => shownNode(viewer, regionNames, { id: p.ids[i], kind: p.kinds[i], name: p.names[i], region: p.regions[i] ?? '' });
    return paths.map((p) => {
      const nodes = p.ids.map((_, i) => node(p, i));
      const linkList = p.links.map((kind, i): ReachLink => {
        const hidden = nodes[i].hidden || nodes[i + 1].hidden;
        const r = p.details[i];
        if (kind === 'KNOWS') {
          const score = r.score != null && r.scoreAt ? { score: r.score, scoreAt: r.scoreAt } : null;
          return {
            kind: ReachLinkKind.KNOWS,
            strength: shownStrength(r.strength, score, today),
            lastContact: r.lastContact,
            context: hidden ? null : r.context,
            since: hidden ? null : r.since,
          };
        }
        return {
          kind: ReachLinkKind[kind],
          strength: AFFILIATION_QUALITY[kind] * 5,
          lastContact: null,
          context: hidden ? null : r.context || null,
          since: hidden ? null : r.since,
        };
      });
      return { score: Math.round(p.score * 1000) / 1000, hops: p.links.length, messenger: nodes[0], nodes, links: linkList };
    });
  }
}

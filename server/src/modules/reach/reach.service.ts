import { Inject, Injectable } from '@nestjs/common';
import { AppError, badInput } from '../../common/app-error.js';
import { inRegion, regionScope, type Viewer } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore, type Row } from '../../graph/graph-store.port.js';
import { shownStrength } from '../interactions/tie-strength.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import { AFFILIATION_QUALITY, ReachIndex, type FoundPath } from './reach-index.js';
import { ReachFrom, ReachLinkKind, type ReachLink, type ReachNode, type ReachPath, type ReachResult } from './reach.model.js';
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
export const MAX_PATHS = 20;

/**
 * Who can reach a target: the reach index finds the paths; this service checks the request against the
 * viewer's regions, picks the starting members, and shows each path without personal data of records
 * outside the viewer's regions.
 */
@Injectable()
export class ReachService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly index: ReachIndex,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
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
    if (args.targetPersonId) await this.people.get(viewer, targetId).catch(() => { throw badInput('targetPersonId', 'That person was not found in your regions.'); });
    else await this.organizations.get(viewer, targetId).catch(() => { throw badInput('targetOrganizationId', 'That organization was not found in your regions.'); });

    const starting = await this.startingMembers(viewer, args);
    await this.index.ensureLoaded();
    const today = new Date().toISOString().slice(0, 10);
    const found = this.index.paths(starting, targetId, limit, maxHops, today);
    const [target] = await this.nodes(viewer, [{ ids: [targetId], kinds: [args.targetPersonId ? 'person' : 'organization'], links: [], score: 1 }]);
    return { target: target.nodes[0], startingMembers: starting.length, paths: await this.nodes(viewer, found) };
  }

  private async startingMembers(viewer: Viewer, args: ReachArgs): Promise<string[]> {
    let ids: string[];
    switch (args.from) {
      case ReachFrom.ME: {
        const [row] = await this.store.read(ReachQueries.accountPerson, { id: viewer.accountId });
        if (!row?.personId) throw badInput('from', 'Your account is not linked to a person record yet: choose a team, a region or all members.');
        ids = [row.personId as string];
        break;
      }
      case ReachFrom.TEAM: {
        const rows = await this.store.read(ReachQueries.teamMembers, { ...regionScope(viewer), id: args.teamId });
        if (rows.length === 0) throw badInput('teamId', 'That team was not found in your regions.');
        ids = rows.map((r) => r.id as string | null).filter((id): id is string => !!id);
        break;
      }
      case ReachFrom.REGION:
        if (!inRegion(viewer, args.regionId!)) throw badInput('regionId', 'That region is not one of yours.');
        await this.index.ensureLoaded();
        ids = this.index.members(new Set([args.regionId!]));
        break;
      default:
        await this.index.ensureLoaded();
        ids = this.index.members(viewer.allRegions ? null : new Set(viewer.regions));
    }
    await this.index.ensureLoaded();
    // Messengers are people the viewer can contact: only those in the viewer's regions.
    return ids.filter((id) => inRegion(viewer, this.index.regionOf(id) ?? ''));
  }

  /** Names, regions and link details of the chosen paths, with records outside the viewer's regions hidden. */
  private async nodes(viewer: Viewer, paths: FoundPath[]): Promise<ReachPath[]> {
    const personIds = new Set<string>();
    const orgIds = new Set<string>();
    const knowsPairs: Array<{ a: string; b: string }> = [];
    const affPairs: Array<{ a: string; b: string }> = [];
    for (const p of paths) {
      p.ids.forEach((id, i) => (p.kinds[i] === 'person' ? personIds : orgIds).add(id));
      p.links.forEach((kind, i) => {
        const [a, b] = [p.ids[i], p.ids[i + 1]];
        if (kind === 'KNOWS') knowsPairs.push({ a, b });
        else affPairs.push(p.kinds[i] === 'person' ? { a, b } : { a: b, b: a });
      });
    }
    const [people, orgs, knows, affs] = await Promise.all([
      personIds.size ? this.store.read(ReachQueries.personDetails, { ids: [...personIds] }) : [],
      orgIds.size ? this.store.read(ReachQueries.organizationDetails, { ids: [...orgIds] }) : [],
      knowsPairs.length ? this.store.read(ReachQueries.knowsDetails, { pairs: knowsPairs }) : [],
      affPairs.length ? this.store.read(ReachQueries.affiliationDetails, { pairs: affPairs }) : [],
    ]);
    const details = new Map<string, Row>([...people, ...orgs].map((r) => [r.id as string, r]));
    const links = new Map<string, Row>();
    for (const r of knows) links.set(`${r.a}|${r.b}|KNOWS`, r);
    for (const r of affs) links.set(`${r.a}|${r.b}|${r.kind}`, r);
    const today = new Date().toISOString().slice(0, 10);

    const node = (id: string, kind: 'person' | 'organization'): ReachNode => {
      const d = details.get(id);
      const regionName = (d?.regionName as string | null) ?? null;
      const visible = !!d && inRegion(viewer, (d.region as string) ?? '');
      const K = kind === 'person' ? 'PERSON' : 'ORGANIZATION';
      if (visible) return { id, kind: K, name: d.name as string, regionName, hidden: false };
      const where = regionName ?? 'another region';
      return { id: null, kind: K, name: kind === 'person' ? `Someone in ${where}` : `An organization in ${where}`, regionName, hidden: true };
    };
    return paths.map((p) => {
      const nodes = p.ids.map((id, i) => node(id, p.kinds[i]));
      const linkList = p.links.map((kind, i): ReachLink => {
        const hidden = nodes[i].hidden || nodes[i + 1].hidden;
        if (kind === 'KNOWS') {
          const r = links.get(`${p.ids[i]}|${p.ids[i + 1]}|KNOWS`);
          const score = r?.score != null && r.scoreAt ? { score: Number(r.score), scoreAt: r.scoreAt as string } : null;
          return {
            kind: ReachLinkKind.KNOWS,
            strength: shownStrength(r?.strength == null ? null : Number(r.strength), score, today),
            lastContact: (r?.lastContact as string | null) ?? null,
            context: hidden ? null : ((r?.context as string | null) ?? null),
            since: hidden ? null : ((r?.since as string | null) ?? null),
          };
        }
        const [a, b] = p.kinds[i] === 'person' ? [p.ids[i], p.ids[i + 1]] : [p.ids[i + 1], p.ids[i]];
        const r = links.get(`${a}|${b}|${kind}`);
        return {
          kind: ReachLinkKind[kind],
          strength: AFFILIATION_QUALITY[kind] * 5,
          lastContact: null,
          context: hidden ? null : ((r?.title as string | null) || null),
          since: hidden ? null : ((r?.since as string | null) ?? null),
        };
      });
      return { score: Math.round(p.score * 1000) / 1000, hops: p.links.length, messenger: nodes[0], nodes, links: linkList };
    });
  }
}

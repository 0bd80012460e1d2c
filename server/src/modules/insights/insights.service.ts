import { Injectable } from '@nestjs/common';
import { todayUtc as today } from '../../common/clock.js';
import { forbidden, notFound } from '../../common/app-error.js';
import { DATE_PATTERN } from '../../common/input.js';
import { canManageRecords, inRegion, regionScope, type Scope, type Viewer } from '../../common/viewer.js';
import { AppConfig } from '../../config/app-config.js';
import { ReachIndex } from '../reach/reach-index.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { CampaignStatus, type Campaign } from '../campaigns/campaign.model.js';
import { shownStrength } from '../interactions/tie-strength.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PersonKind, type Person, type PersonRecord } from '../people/models/person.model.js';
import { PeopleService } from '../people/people.service.js';
import { RoleKind } from '../roles/role.model.js';
import { RolesService } from '../roles/roles.service.js';
import { LeaderRankingSource, type CampaignRoleGaps, type ColdTie, type EmergingLeaders, type EmergingLeadersArgs, type LeaderScoringStatus, type NetworkBridge, type NetworkGaps, type NetworkGapsArgs, type PartnerWithOneTie } from './insight.model.js';
import { InsightsRepository, type RoleRow, type TieRow } from './insights.repository.js';
import { addDays, windowsEnding } from './leader-score.js';
import { LeaderScoringJob } from './leader-scoring.job.js';
import { measureNetwork, type Bridge } from './network-measures.js';
import { bridgingOf, partsOf, scoreNetwork, type RankedScores } from './network-scoring.js';

const DAY = 86_400_000;
const ACTIVE_CAMPAIGN = new Set<string>([CampaignStatus.PROPOSED, CampaignStatus.APPROVED, CampaignStatus.MOBILIZING]);
const AFFILIATION_WORDS: Record<string, string> = { MEMBER_OF: 'member', WORKS_AT: 'works at', LEADS: 'leads' };
const ROLE_WORDS: Record<string, string> = {
  CONNECTOR: 'connector', GATHERER: 'gatherer', FACILITATOR: 'facilitator', LOGISTICS_COORDINATOR: 'logistics coordinator', CO_CHAIR: 'co-chair', POINT_OF_CONTACT: 'point of contact',
};
const COLD_TIES_SHOWN = 50;

/** The day a tie started: its `since` when that is a date, else the day it was recorded. */
export const tieStart = (t: Pick<TieRow, 'since' | 'createdAt'>): string => (t.since && DATE_PATTERN.test(t.since) ? t.since : (t.createdAt ?? '').slice(0, 10));
const isActive = (r: Pick<RoleRow, 'startDate' | 'endDate'>, d: string) => (!r.startDate || r.startDate <= d) && (!r.endDate || r.endDate >= d);

/** Emerging leaders, and the network's gaps and risks, over the viewer's regions only. */
@Injectable()
export class InsightsService {
  constructor(
    private readonly repo: InsightsRepository,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
    private readonly roles: RolesService,
    private readonly campaigns: CampaignsService,
    private readonly index: ReachIndex,
    private readonly job: LeaderScoringJob,
    private readonly config: AppConfig,
  ) {}

  /**
   * Scopes of up to LEADERS_LIVE_MAX_PEOPLE people are scored now (ties from the reach index, activity in a few
   * aggregated reads); larger ones are served from the last background run over the whole network (see
   * LeaderScoringJob), filtered to the viewer's regions, the region and the team asked for.
   */
  async emergingLeaders(viewer: Viewer, args: EmergingLeadersArgs): Promise<EmergingLeaders> {
    const scope = this.scope(viewer, args.regionId);
    const team = args.teamId ? await this.repo.teamMembers(scope, args.teamId) : null;
    if (args.teamId && !team) throw notFound('That team');
    const regions = scope.allRegions ? null : new Set(scope.regions);
    await this.index.ensureLoaded();
    const members = team ? new Set(team) : null;
    const inScope = (region: string) => !regions || regions.has(region);

    let ranked: RankedScores | null;
    let source: LeaderRankingSource;
    let computedAt: string | null;
    let windows = windowsEnding(today(), args.windowDays);
    if (this.index.peopleCount(regions) <= this.config.LEADERS_LIVE_MAX_PEOPLE) {
      const ties = this.index.knowsTies(regions);
      const mask = new Uint8Array(ties.n);
      for (let i = 0; i < ties.n; i++) mask[i] = ties.person[i] && inScope(ties.region[i]) ? 1 : 0;
      const [activity, keys] = await Promise.all([this.repo.activity(scope, windows), this.repo.personKeys(scope, ties.ids, ties.indexOf)]);
      ranked = await scoreNetwork({ ties, inScope: mask, windows, activity, keys });
      source = LeaderRankingSource.LIVE;
      computedAt = new Date().toISOString();
    } else {
      const run = await this.job.result(args.windowDays);
      ranked = run;
      source = run ? LeaderRankingSource.LAST_RUN : LeaderRankingSource.NOT_COMPUTED;
      computedAt = run?.finishedAt ?? null;
      if (run) windows = run.windows;
    }

    // The ranked people in scope (and on the team), best first; their records are read for the ones shown.
    const picked: number[] = [];
    let peopleScored = 0;
    const n = ranked?.ids.length ?? 0;
    for (let r = 0; r < n; r++) {
      if (!inScope(ranked!.region[r]) || (members && !members.has(ranked!.ids[r]))) continue;
      peopleScored++;
      if (picked.length < args.limit) picked.push(r);
    }
    const persons = await this.persons(viewer, scope, picked.map((r) => ranked!.ids[r]));
    const shown = picked.filter((r) => persons.has(ranked!.ids[r]));
    return {
      source, computedAt, windowDays: args.windowDays, ...windows, peopleScored,
      leaders: shown.map((r, i) => {
        const person = persons.get(ranked!.ids[r])!;
        const score = ranked!.score[r];
        const previousScore = ranked!.previous[r];
        return { rank: i + 1, person, score, previousScore, rise: score - previousScore, alreadyLeader: person.kinds.includes(PersonKind.LEADER), parts: partsOf(ranked!, r), bridging: bridgingOf(ranked!, r) };
      }),
    };
  }

  /** The background job's state, and whether this viewer may start it. */
  leaderScoring(viewer: Viewer): LeaderScoringStatus {
    const s = this.job.status();
    return {
      ...s,
      runs: s.runs.map((r) => ({ windowDays: r.windowDays, startedAt: r.startedAt, finishedAt: r.finishedAt, durationMs: r.durationMs, peopleScored: r.ids.length, communities: r.communities, louvain: r.louvain, phases: r.phases })),
      canRecompute: canManageRecords(viewer),
    };
  }

  /** Starts a background run over the whole network (admins, staff and leaders); a run in progress goes on. */
  recomputeLeaderScores(viewer: Viewer, windowDays: number): LeaderScoringStatus {
    if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can recompute the ranking.');
    void this.job.start(windowDays);
    return this.leaderScoring(viewer);
  }

  async networkGaps(viewer: Viewer, args: NetworkGapsArgs): Promise<NetworkGaps> {
    const scope = this.scope(viewer, args.regionId);
    const d = today();
    const [partners, affiliations, connectorRoles, roles, ties, campaigns] = await Promise.all([
      this.repo.partners(scope), this.repo.affiliations(scope), this.repo.connectorRoles(), this.repo.roles(scope), this.repo.ties(scope),
      this.campaigns.list(viewer, args.regionId ?? null),
    ]);

    // Partner organizations and the people tied to each: affiliations, points of contact, campaign connectors for them.
    const partnerIds = new Set(partners.map((o) => o.id));
    const tiedTo = new Map<string, Map<string, Set<string>>>();
    const tie = (orgId: string | null, personId: string, how: string) => {
      if (!orgId || !partnerIds.has(orgId)) return;
      const people = tiedTo.get(orgId) ?? new Map<string, Set<string>>();
      people.set(personId, (people.get(personId) ?? new Set()).add(how));
      tiedTo.set(orgId, people);
    };
    for (const a of affiliations) tie(a.organizationId, a.personId, AFFILIATION_WORDS[a.kind] ?? a.kind.toLowerCase());
    for (const r of connectorRoles.filter((r) => isActive(r, d))) {
      if (r.role === RoleKind.POINT_OF_CONTACT && r.targetType === 'Organization') tie(r.targetId, r.personId, 'point of contact');
      if (r.role === RoleKind.CONNECTOR) tie(r.forOrganizationId, r.personId, 'connector');
    }
    const single = partners.filter((o) => tiedTo.get(o.id)?.size === 1).sort((x, y) => (x.sortKey ?? x.name).localeCompare(y.sortKey ?? y.name));
    const none = partners.filter((o) => !tiedTo.has(o.id)).sort((x, y) => (x.sortKey ?? x.name).localeCompare(y.sortKey ?? y.name));

    // Why a cold tie matters: either person holds a role, leads a partner, or connects with a partner.
    const roleOf = new Map<string, string>();
    for (const r of roles) if (isActive(r, d) && !roleOf.has(r.personId)) roleOf.set(r.personId, ROLE_WORDS[r.role] ?? r.role.toLowerCase());
    const partnerName = new Map(partners.map((o) => [o.id, o.name]));
    const leadsPartner = new Map<string, string>();
    for (const a of affiliations) if (a.kind === 'LEADS' && partnerIds.has(a.organizationId)) leadsPartner.set(a.personId, partnerName.get(a.organizationId)!);
    const connectsPartner = new Map<string, string>();
    for (const [orgId, people] of tiedTo) {
      for (const [personId, how] of people) if (how.has('connector') || how.has('point of contact')) connectsPartner.set(personId, partnerName.get(orgId)!);
    }
    const cutoff = addDays(d, -args.coldAfterDays);
    const cold = ties
      .map((t) => ({ t, last: t.lastContact ?? tieStart(t) }))
      .filter(({ last }) => last !== '' && last < cutoff)
      .map(({ t, last }) => {
        const strength = shownStrength(t.strength, t.score != null && t.scoreAt ? { score: t.score, scoreAt: t.scoreAt } : null, d);
        const ends = [t.a, t.b];
        const flags = [ends.some((p) => roleOf.has(p)), ends.some((p) => leadsPartner.has(p)), ends.some((p) => connectsPartner.has(p))];
        const importance = Math.round(strength * (1 + flags.filter(Boolean).length) * 10) / 10;
        return { t, last, strength, importance, days: Math.floor((Date.parse(d) - Date.parse(last)) / DAY) };
      })
      .sort((x, y) => y.importance - x.importance || y.days - x.days || x.t.aKey.localeCompare(y.t.aKey) || x.t.bKey.localeCompare(y.t.bKey));

    // Clusters and bridges.
    const keys = new Map<string, string>();
    for (const t of ties) keys.set(t.a, t.aKey).set(t.b, t.bKey);
    const network = measureNetwork(ties.map((t) => ({ a: t.a, b: t.b, start: tieStart(t) })), { keyOf: (id) => keys.get(id) ?? '' });
    const clusters = network.clusters.slice(0, 12);
    const topBridges = network.bridges.slice(0, 10);

    const shownCold = cold.slice(0, COLD_TIES_SHOWN);
    const ids = new Set<string>([
      ...single.map((o) => [...tiedTo.get(o.id)!.keys()][0]),
      ...shownCold.flatMap((c) => [c.t.a, c.t.b]),
      ...clusters.flatMap((c) => [...c.memberIds, ...c.bridges.map((b) => b.personId)]),
      ...topBridges.map((b) => b.personId),
    ]);
    const persons = await this.persons(viewer, regionScope(viewer), [...ids]);
    const bridge = (b: Bridge): NetworkBridge | null => {
      const person = persons.get(b.personId);
      return person ? { person, betweenness: b.betweenness == null ? null : Math.round(b.betweenness * 1000) / 1000, outsideTies: b.outsideTies, otherClusters: b.otherClusters } : null;
    };
    const nameOf = (id: string) => persons.get(id)?.name ?? 'Someone';

    const partnersWithOneTie: PartnerWithOneTie[] = single.map((o) => {
      const [[personId, how]] = [...tiedTo.get(o.id)!.entries()];
      return { organization: this.organizations.toOrganization(viewer, o), person: persons.get(personId) ?? null, ties: [...how].sort() };
    });

    const coldTies: ColdTie[] = shownCold
      .filter((c) => persons.has(c.t.a) && persons.has(c.t.b))
      .map((c) => {
        const reasons: string[] = [];
        for (const p of [c.t.a, c.t.b]) {
          if (roleOf.has(p)) reasons.push(`${nameOf(p)} is a ${roleOf.get(p)}`);
          if (leadsPartner.has(p)) reasons.push(`${nameOf(p)} leads ${leadsPartner.get(p)}`);
          if (connectsPartner.has(p)) reasons.push(`${nameOf(p)} connects with ${connectsPartner.get(p)}`);
        }
        return {
          person: persons.get(c.t.a)!, other: persons.get(c.t.b)!, strength: c.strength, lastContact: c.t.lastContact, daysSinceContact: c.days, importance: c.importance, reasons,
        };
      });

    return {
      coldAfterDays: args.coldAfterDays,
      partnersWithOneTie,
      partnersWithNoTie: none.map((o) => this.organizations.toOrganization(viewer, o)),
      campaigns: await this.campaignGaps(viewer, campaigns.filter((c) => ACTIVE_CAMPAIGN.has(c.status))),
      coldTies,
      coldTieCount: cold.length,
      clusters: clusters.map((c, i) => ({
        number: i + 1, size: c.size,
        members: c.memberIds.map((id) => persons.get(id)).filter((p): p is Person => !!p),
        bridges: c.bridges.map(bridge).filter((b): b is NetworkBridge => !!b),
      })),
      bridges: topBridges.map(bridge).filter((b): b is NetworkBridge => !!b),
    };
  }

  private async campaignGaps(viewer: Viewer, campaigns: Campaign[]): Promise<CampaignRoleGaps[]> {
    const out: CampaignRoleGaps[] = [];
    for (const c of campaigns) {
      const board = await this.roles.board(viewer, c.id);
      const missingRoles = board.slots.filter((s) => s.holders.length === 0).map((s) => s.role);
      const rolesWithoutBackup = board.slots.filter((s) => s.holders.length === 1);
      if (!missingRoles.length && !rolesWithoutBackup.length && !board.partnersWithoutConnector.length) continue;
      const gaps = [...board.gaps, ...rolesWithoutBackup.map((s) => `Only ${s.holders[0].person.name} is ${ROLE_WORDS[s.role]}: no backup`)];
      out.push({ campaign: c, missingRoles, rolesWithoutBackup, partnersWithoutConnector: board.partnersWithoutConnector, gaps });
    }
    return out;
  }

  /** The viewer's regions, or one of them. */
  private scope(viewer: Viewer, regionId?: string | null): Scope {
    if (!regionId) return regionScope(viewer);
    if (!inRegion(viewer, regionId)) throw forbidden('You do not work in that region.');
    return { allRegions: false, regions: [regionId] };
  }

  private async persons(viewer: Viewer, scope: Scope, ids: string[]): Promise<Map<string, Person>> {
    const records: PersonRecord[] = await this.repo.peopleByIds(scope, ids);
    return new Map(records.map((r) => [r.id, this.people.toPerson(viewer, r)]));
  }
}

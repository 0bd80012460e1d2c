import { Injectable } from '@nestjs/common';
import { todayUtc as today } from '../../common/clock.js';
import { forbidden, notFound } from '../../common/app-error.js';
import { DATE_PATTERN } from '../../common/input.js';
import { inRegion, regionScope, type Scope, type Viewer } from '../../common/viewer.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { CampaignStatus, type Campaign } from '../campaigns/campaign.model.js';
import { shownStrength } from '../interactions/tie-strength.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PersonKind, type Person, type PersonRecord } from '../people/models/person.model.js';
import { PeopleService } from '../people/people.service.js';
import { RoleKind } from '../roles/role.model.js';
import { RolesService } from '../roles/roles.service.js';
import type { CampaignRoleGaps, ColdTie, EmergingLeaders, EmergingLeadersArgs, NetworkBridge, NetworkGaps, NetworkGapsArgs, PartnerWithOneTie } from './insight.model.js';
import { InsightsRepository, type RoleRow, type TieRow } from './insights.repository.js';
import { addDays, LeaderSignal, scoreLeaders, windowsEnding, type Evidence } from './leader-score.js';
import { bridgingEvidence, measureNetwork, peopleGraph, communities, type Bridge, type Tie } from './network-measures.js';

const DAY = 86_400_000;
const ACTIVE_CAMPAIGN = new Set<string>([CampaignStatus.PROPOSED, CampaignStatus.APPROVED, CampaignStatus.MOBILIZING]);
const AFFILIATION_WORDS: Record<string, string> = { MEMBER_OF: 'member', WORKS_AT: 'works at', LEADS: 'leads' };
const ROLE_WORDS: Record<string, string> = {
  CONNECTOR: 'connector', GATHERER: 'gatherer', FACILITATOR: 'facilitator', LOGISTICS_COORDINATOR: 'logistics coordinator', CO_CHAIR: 'co-chair', POINT_OF_CONTACT: 'point of contact',
};
const COLD_TIES_SHOWN = 50;

/** The day a tie started: its `since` when that is a date, else the day it was recorded. */
export const tieStart = (t: Pick<TieRow, 'since' | 'createdAt'>): string => (t.since && DATE_PATTERN.test(t.since) ? t.since : (t.createdAt ?? '').slice(0, 10));
const roleStart = (r: RoleRow): string => r.startDate ?? (r.createdAt ?? '').slice(0, 10);
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
  ) {}

  async emergingLeaders(viewer: Viewer, args: EmergingLeadersArgs): Promise<EmergingLeaders> {
    const scope = this.scope(viewer, args.regionId);
    const w = windowsEnding(today(), args.windowDays);
    const team = args.teamId ? await this.repo.teamMembers(scope, args.teamId) : null;
    if (args.teamId && !team) throw notFound('That team');
    const [people, interactions, brought, ties, roles] = await Promise.all([
      this.repo.people(scope), this.repo.interactions(scope, w.previousFrom, w.to), this.repo.brought(scope, w.previousFrom, w.to), this.repo.ties(scope), this.repo.roles(scope),
    ]);
    const evidence: Evidence[] = [];
    for (const i of interactions) {
      const signal = i.kind === 'TRAINING' ? LeaderSignal.TRAININGS : i.kind === 'ONE_TO_ONE' ? LeaderSignal.ONE_TO_ONES : LeaderSignal.HOUSE_MEETINGS;
      evidence.push({ personId: i.personId, signal, date: i.date });
    }
    for (const b of brought) evidence.push({ personId: b.personId, signal: LeaderSignal.PEOPLE_BROUGHT, date: b.date });
    const dated: Tie[] = ties.map((t) => ({ a: t.a, b: t.b, start: tieStart(t) }));
    for (const t of dated) {
      evidence.push({ personId: t.a, signal: LeaderSignal.NEW_TIES, date: t.start }, { personId: t.b, signal: LeaderSignal.NEW_TIES, date: t.start });
    }
    for (const r of roles) evidence.push({ personId: r.personId, signal: LeaderSignal.ROLES_TAKEN, date: roleStart(r) });
    for (const e of bridgingEvidence(dated, communities(peopleGraph(dated)))) evidence.push(e); // not push(...): too many arguments on large networks

    const kinds = new Map(people.map((p) => [p.id, p.kinds]));
    const members = team ? new Set(team) : null;
    const scored = scoreLeaders(evidence, w).filter((s) => s.score > 0 && kinds.has(s.personId) && (!members || members.has(s.personId)));
    const top = scored.slice(0, args.limit);
    const persons = await this.persons(viewer, scope, top.map((s) => s.personId));
    return {
      windowDays: args.windowDays, ...w, peopleScored: scored.length,
      leaders: top.filter((s) => persons.has(s.personId)).map((s, i) => ({
        rank: i + 1, person: persons.get(s.personId)!, score: s.score, previousScore: s.previousScore, rise: s.rise,
        alreadyLeader: (kinds.get(s.personId) ?? []).includes(PersonKind.LEADER), parts: s.parts,
      })),
    };
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
      .sort((x, y) => y.importance - x.importance || y.days - x.days || x.t.a.localeCompare(y.t.a) || x.t.b.localeCompare(y.t.b));

    // Clusters and bridges.
    const network = measureNetwork(ties.map((t) => ({ a: t.a, b: t.b, start: tieStart(t) })));
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

import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { PersonRecord } from '../people/models/person.model.js';
import { readExports } from './activity-export.js';
import { ACTIVITY_EXPORT_FILES, InsightExports, InsightQueries as Q, type RoleRow, type TieRow } from './insights.queries.js';
import { LeaderSignal, type Windows } from './leader-score.js';
import type { Activity } from './network-scoring.js';
import type { CsvField } from '../reach/reach-export.js';

export type { RoleRow, TieRow };

const str = (v: unknown) => (v == null ? null : String(v));
const num = (v: unknown) => (v == null ? null : Number(v));

/** All Cypher of the insights (emerging leaders, gaps and risks). Reads only. */
@Injectable()
export class InsightsRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async interactions(scope: Scope, from: string, to: string) {
    return (await this.store.read(Q.interactions, { ...scope, since: from, until: to })).map((r) => ({ personId: String(r.personId), kind: String(r.kind), date: String(r.date), host: r.host === true }));
  }

  async brought(scope: Scope, from: string, to: string) {
    return (await this.store.read(Q.brought, { ...scope, since: from, until: to })).map((r) => ({ personId: String(r.personId), date: String(r.date), attendeeId: String(r.attendeeId) }));
  }

  /**
   * Organizing activity counted per person by the store (a few aggregated reads, not one per person): hosted
   * one-to-ones and house meetings, trainings, people brought, in the window and the one before; and roles, dated.
   */
  async activity(scope: Scope, w: Windows): Promise<Activity> {
    const range = { ...scope, since: w.previousFrom, until: w.to, from: w.from };
    if (this.exports()) return this.activityExported(scope, range, w);
    return this.activityAggregated(scope, w);
  }

  /** The counts aggregated by the store (Neo4j; the contract test compares them with the export's). */
  async activityAggregated(scope: Scope, w: Windows): Promise<Activity> {
    const range = { ...scope, since: w.previousFrom, until: w.to, from: w.from };
    const [interactions, brought, roles] = await Promise.all([this.store.read(Q.interactionCounts, range), this.store.read(Q.broughtCounts, range), this.roles(scope)]);
    const kind: Record<string, LeaderSignal> = { TRAINING: LeaderSignal.TRAININGS, ONE_TO_ONE: LeaderSignal.ONE_TO_ONES, HOUSE_MEETING: LeaderSignal.HOUSE_MEETINGS };
    return {
      counts: [
        ...interactions.filter((r) => kind[String(r.kind)]).map((r) => ({ personId: String(r.personId), signal: kind[String(r.kind)], now: Number(r.now), before: Number(r.before) })),
        ...brought.map((r) => ({ personId: String(r.personId), signal: LeaderSignal.PEOPLE_BROUGHT, now: Number(r.now), before: Number(r.before) })),
      ],
      dated: roles.map((r) => ({ personId: r.personId, signal: LeaderSignal.ROLES_TAKEN, date: r.startDate ?? (r.createdAt ?? '').slice(0, 10) })),
    };
  }

  /** The embedded engine writes big reads to files faster than its driver hands rows over (see InsightExports). */
  private exports(): boolean {
    return this.store.capabilities.fileCopy && InsightExports.usable;
  }

  /** The same counts as the aggregated reads, counted here from the engine's export of the rows. */
  private async activityExported(scope: Scope, range: Record<string, unknown>, w: Windows): Promise<Activity> {
    const signalOf: Record<string, LeaderSignal> = { TRAINING: LeaderSignal.TRAININGS, ONE_TO_ONE: LeaderSignal.ONE_TO_ONES, HOUSE_MEETING: LeaderSignal.HOUSE_MEETINGS };
    const counts = new Map<LeaderSignal, Map<string, { now: number; before: number }>>();
    const add = (personId: CsvField, signal: LeaderSignal | undefined, date: CsvField) => {
      if (!personId || !signal || !date) return;
      let bySignal = counts.get(signal);
      if (!bySignal) counts.set(signal, (bySignal = new Map()));
      let c = bySignal.get(personId);
      if (!c) bySignal.set(personId, (c = { now: 0, before: 0 }));
      if (date.slice(0, 10) >= w.from) c.now++;
      else c.before++;
    };
    await readExports(this.store, [
      { query: InsightExports.interactions, file: ACTIVITY_EXPORT_FILES.interactions, params: range, row: (f) => add(f[0], signalOf[f[1] ?? ''], f[2]) },
      { query: InsightExports.brought, file: ACTIVITY_EXPORT_FILES.brought, params: range, row: (f) => add(f[0], LeaderSignal.PEOPLE_BROUGHT, f[1]) },
    ]);
    const roles = await this.roles(scope);
    return {
      counts: [...counts].flatMap(([signal, byPerson]) => [...byPerson].map(([personId, c]) => ({ personId, signal, now: c.now, before: c.before }))),
      dated: roles.map((r) => ({ personId: r.personId, signal: LeaderSignal.ROLES_TAKEN, date: r.startDate ?? (r.createdAt ?? '').slice(0, 10) })),
    };
  }

  async ties(scope: Scope): Promise<TieRow[]> {
    return (await this.store.read(Q.ties, { ...scope })).map((r) => ({
      a: String(r.a), b: String(r.b), aKey: String(r.aKey ?? ''), bKey: String(r.bKey ?? ''), since: str(r.since), createdAt: str(r.createdAt), strength: num(r.strength), score: num(r.score), scoreAt: str(r.scoreAt), lastContact: str(r.lastContact),
    }));
  }

  async roles(scope: Scope): Promise<RoleRow[]> {
    return (await this.store.read(Q.roles, { ...scope })).map(toRole);
  }

  /** Each person's sort key, at their position in the reach index's snapshot ('' for records not read). */
  async personKeys(scope: Scope, ids: readonly string[], indexOf: (id: string) => number): Promise<string[]> {
    const keys = new Array<string>(ids.length).fill('');
    if (this.exports()) {
      await readExports(this.store, [
        {
          query: InsightExports.personKeys, file: ACTIVITY_EXPORT_FILES.personKeys, params: { ...scope },
          row: (f) => {
            const i = f[0] ? indexOf(f[0]) : -1;
            if (i >= 0) keys[i] = f[1] ?? '';
          },
        },
      ]);
      return keys;
    }
    for (const r of await this.store.read(Q.personKeys, { ...scope })) {
      const i = indexOf(String(r.id));
      if (i >= 0) keys[i] = String(r.key ?? '');
    }
    return keys;
  }

  async people(scope: Scope): Promise<Array<{ id: string; kinds: string[] }>> {
    return (await this.store.read(Q.people, { ...scope })).map((r) => ({ id: r.id, kinds: r.kinds ?? [] }));
  }

  async peopleByIds(scope: Scope, ids: string[]): Promise<PersonRecord[]> {
    if (ids.length === 0) return [];
    return (await this.store.read(Q.peopleByIds, { ...scope, ids })).map((r) => r.p);
  }

  /** The team's members in scope, or null when the team is not found in scope. */
  async teamMembers(scope: Scope, teamId: string): Promise<string[] | null> {
    const rows = await this.store.read(Q.teamMembers, { ...scope, teamId });
    if (rows.length === 0) return null;
    return rows.map((r) => r.personId).filter((id): id is string => typeof id === 'string');
  }

  async partners(scope: Scope): Promise<OrganizationRecord[]> {
    const [typed, inCampaigns] = await Promise.all([this.store.read(Q.partners, { ...scope }), this.store.read(Q.campaignPartners, { ...scope })]);
    const byId = new Map<string, OrganizationRecord>();
    for (const r of [...typed, ...inCampaigns]) byId.set(r.o.id, r.o);
    return [...byId.values()];
  }

  async affiliations(scope: Scope) {
    return (await this.store.read(Q.affiliations, { ...scope })).map((r) => ({
      organizationId: String(r.organizationId), personId: String(r.personId), personRegion: str(r.personRegion), kind: String(r.kind),
    }));
  }

  async connectorRoles(): Promise<RoleRow[]> {
    return (await this.store.read(Q.connectorRoles, {})).map(toRole);
  }
}

function toRole(r: RoleRow): RoleRow {
  return {
    personId: String(r.personId), personRegion: str(r.personRegion), role: String(r.role), startDate: str(r.startDate), endDate: str(r.endDate),
    createdAt: str(r.createdAt), forOrganizationId: str(r.forOrganizationId), targetType: String(r.targetType), targetId: String(r.targetId),
  };
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, conflict, forbidden, notFound } from '../../common/app-error.js';
import { DATE_PATTERN } from '../../common/input.js';
import { now } from '../../common/clock.js';
import { sortKeyOf } from '../../common/pagination.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { diff } from '../history/history.js';
import type { Person } from '../people/models/person.model.js';
import { PeopleService } from '../people/people.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { Team, type TeamInput, type TeamKind, type TeamRecord } from './team.model.js';
import { TeamsRepository } from './teams.repository.js';

const TEAM_HISTORY_FIELDS = ['name', 'kind', 'region', 'notes'] as const;

export interface TeamMember {
  person: Person;
  since: string | null;
}

@Injectable()
export class TeamsService {
  constructor(
    private readonly repo: TeamsRepository,
    private readonly regions: RegionsService,
    private readonly people: PeopleService,
    /** Reach from a team reads its members from the index: every change to a team or its members is passed on. */
  ) {}

  async create(viewer: Viewer, input: TeamInput): Promise<Team> {
    if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can create teams.');
    await this.regions.requireUsable(viewer, input.regionId);
    const fields = this.fields(randomUUID(), input);
    const at = now();
    const record = await this.repo.create(fields, viewer.accountId, at, {
      accountId: viewer.accountId, entityType: 'team', entityId: fields.id, action: 'created', summary: 'Created',
      details: diff(null, fields, TEAM_HISTORY_FIELDS), about: { Team: [fields.id] },
    });
    return this.toTeam(viewer, record);
  }

  async get(viewer: Viewer, id: string): Promise<Team> {
    const record = await this.repo.byId(regionScope(viewer), id);
    if (!record) throw notFound('That team');
    return this.toTeam(viewer, record);
  }

  /** The stored team, for other services' rules (e.g. an approving team must be an RST). */
  async record(viewer: Viewer, id: string): Promise<TeamRecord> {
    const record = await this.repo.byId(regionScope(viewer), id);
    if (!record) throw notFound('That team');
    return record;
  }

  async list(viewer: Viewer, regionId?: string | null, kind?: TeamKind | null): Promise<Team[]> {
    return (await this.repo.list(regionScope(viewer), regionId ?? '', kind ?? '')).map((t) => this.toTeam(viewer, t));
  }

  async ofPerson(viewer: Viewer, personId: string): Promise<Team[]> {
    return (await this.repo.ofPerson(regionScope(viewer), personId)).map((t) => this.toTeam(viewer, t));
  }

  async update(viewer: Viewer, id: string, version: number, input: TeamInput): Promise<Team> {
    if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can change teams.');
    const scope = regionScope(viewer);
    const current = await this.repo.byId(scope, id);
    if (!current) throw notFound('That team');
    await this.regions.requireUsable(viewer, input.regionId);
    const fields = this.fields(id, input);
    const details = diff(current, fields, TEAM_HISTORY_FIELDS);
    const updated = await this.repo.update(scope, fields, version, now(), {
      accountId: viewer.accountId, entityType: 'team', entityId: id, action: 'updated',
      summary: details.length ? `Changed ${details.map((d) => d.field).join(', ')}` : 'Saved without changes', details, about: { Team: [id] },
    });
    if (!updated) throw conflict('Someone else changed this team since you opened it. Reload to see their changes, then make yours again.');
    return this.toTeam(viewer, updated);
  }

  async delete(viewer: Viewer, id: string): Promise<string> {
    if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can delete teams.');
    const ok = await this.repo.delete(regionScope(viewer), id, { accountId: viewer.accountId, entityType: 'team', entityId: id, action: 'deleted', summary: 'Deleted', about: {} });
    if (!ok) throw notFound('That team');
    return id;
  }

  async members(viewer: Viewer, teamId: string): Promise<TeamMember[]> {
    return (await this.repo.members(regionScope(viewer), teamId)).map(({ person, since }) => ({ person: this.people.toPerson(viewer, person), since }));
  }

  /** The team after the change: its members, progress and history follow from it. */
  async addMember(viewer: Viewer, teamId: string, personId: string, since: string | null): Promise<Team> {
    if (since && !DATE_PATTERN.test(since)) throw badInput('since', 'Enter a date as YYYY-MM-DD, like 2024-03-15.');
    const ok = await this.repo.addMember(regionScope(viewer), teamId, personId, since, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'team member', entityId: `${personId}|${teamId}`, action: 'updated',
      summary: 'Member added', about: { Team: [teamId], Person: [personId] },
    });
    if (!ok) throw notFound('That person or team');
    return this.get(viewer, teamId);
  }

  async removeMember(viewer: Viewer, teamId: string, personId: string): Promise<Team> {
    const ok = await this.repo.removeMember(regionScope(viewer), teamId, personId, {
      accountId: viewer.accountId, entityType: 'team member', entityId: `${personId}|${teamId}`, action: 'updated',
      summary: 'Member removed', about: { Team: [teamId], Person: [personId] },
    });
    if (!ok) throw notFound('That membership');
    return this.get(viewer, teamId);
  }

  toTeam(viewer: Viewer, r: TeamRecord): Team {
    return Object.assign(new Team(), {
      id: r.id, name: r.name, kind: r.kind, notes: r.notes ?? null, version: Number(r.version), createdAt: r.createdAt, updatedAt: r.updatedAt,
      canEdit: canManageRecords(viewer), canDelete: canManageRecords(viewer), regionId: r.region,
    });
  }

  private fields(id: string, input: TeamInput) {
    return { id, name: input.name, sortKey: sortKeyOf(input.name, id), kind: input.kind, region: input.regionId, notes: input.notes ?? null };
  }
}

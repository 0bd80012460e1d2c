import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, badInput, conflict, forbidden, notFound } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { sortKeyOf } from '../../common/pagination.js';
import { canManageRecords, regionScope, type Viewer } from '../../common/viewer.js';
import { diff } from '../history/history.js';
import { RegionsService } from '../regions/regions.service.js';
import {
  AssemblyOutcome, IssueScope, type AssemblyDecision, type AssemblyDecisionInput, type AssemblyRecord, type Issue,
  type IssueAssembly, type IssueAssemblyInput, type IssueInput, type IssueRecord,
} from './issue.model.js';
import { IssuesRepository, type DecisionRow } from './issues.repository.js';

const ISSUE_HISTORY_FIELDS = ['name', 'scope', 'description', 'region'] as const;

/** Issues narrow from broad areas to specific winnable issues; Issue Assemblies prioritize them (seeds 000, 001). */
@Injectable()
export class IssuesService {
  constructor(
    private readonly repo: IssuesRepository,
    private readonly regions: RegionsService,
  ) {}

  async create(viewer: Viewer, input: IssueInput): Promise<Issue> {
    return this.save(viewer, randomUUID(), input);
  }

  async update(viewer: Viewer, id: string, version: number, input: IssueInput): Promise<Issue> {
    return this.save(viewer, id, input, version);
  }

  private async save(viewer: Viewer, id: string, input: IssueInput, version?: number): Promise<Issue> {
    if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can record issues.');
    const scope = regionScope(viewer);
    await this.regions.requireUsable(viewer, input.regionId);
    const current = version === undefined ? null : await this.repo.byId(scope, id);
    if (version !== undefined && !current) throw notFound('That issue');
    const broadId = input.narrowsIssueId ?? null;
    if (broadId) {
      if (input.scope !== IssueScope.SPECIFIC_ISSUE) throw badInput('narrowsIssueId', 'Only a specific issue narrows a broad area.');
      const broad = await this.repo.byId(scope, broadId);
      if (!broad || broad.id === id) throw badInput('narrowsIssueId', 'Choose a broad area in your regions.');
      if (broad.scope !== IssueScope.BROAD_AREA) throw badInput('narrowsIssueId', 'A specific issue narrows a broad area, not another specific issue.');
    }
    const fields = { id, name: input.name, sortKey: sortKeyOf(input.name, id), scope: input.scope, description: input.description ?? null, region: input.regionId };
    const details = diff(current, fields, ISSUE_HISTORY_FIELDS);
    const saved = await this.repo.save(scope, fields, broadId, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'issue', entityId: id, action: current ? 'updated' : 'created',
      summary: current ? (details.length ? `Changed ${details.map((d) => d.field).join(', ')}` : 'Saved') : 'Created', details, about: { Issue: [id] },
    }, version);
    if (!saved) throw conflict('Someone else changed this issue since you opened it. Reload to see their changes, then make yours again.');
    return this.toIssue(saved);
  }

  async get(viewer: Viewer, id: string): Promise<Issue> {
    const r = await this.repo.byId(regionScope(viewer), id);
    if (!r) throw notFound('That issue');
    return this.toIssue(r);
  }

  async list(viewer: Viewer, regionId?: string | null): Promise<Issue[]> {
    return (await this.repo.list(regionScope(viewer), regionId ?? '')).map((r) => this.toIssue(r));
  }

  async narrows(viewer: Viewer, id: string): Promise<Issue | null> {
    const r = await this.repo.narrows(regionScope(viewer), id);
    return r ? this.toIssue(r) : null;
  }

  async specifics(viewer: Viewer, id: string): Promise<Issue[]> {
    return (await this.repo.specifics(regionScope(viewer), id)).map((r) => this.toIssue(r));
  }

  /** Decisions on the issue and on the broad area it narrows, newest first. */
  async decisions(viewer: Viewer, issueId: string): Promise<AssemblyDecision[]> {
    const broad = await this.repo.narrows(regionScope(viewer), issueId);
    return (await this.repo.decisionsOf(issueId, broad ? [broad.id] : [])).map((d) => this.toDecision(d));
  }

  /** Prioritized when the latest decision on the issue (or on the broad area it narrows) prioritized it. */
  async isPrioritized(viewer: Viewer, issueId: string): Promise<boolean> {
    const decisions = await this.decisions(viewer, issueId);
    return decisions.length > 0 && decisions[0].outcome === AssemblyOutcome.PRIORITIZED;
  }

  async createAssembly(viewer: Viewer, input: IssueAssemblyInput): Promise<IssueAssembly> {
    if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can record Issue Assemblies.');
    await this.regions.requireUsable(viewer, input.regionId);
    const record = await this.repo.createAssembly({ id: randomUUID(), name: input.name, date: input.date, region: input.regionId, notes: input.notes ?? null }, viewer.accountId, now());
    return this.toAssembly(record);
  }

  async assemblies(viewer: Viewer, regionId?: string | null): Promise<IssueAssembly[]> {
    return (await this.repo.assemblies(regionScope(viewer), regionId ?? '')).map((a) => this.toAssembly(a));
  }

  async assembly(viewer: Viewer, id: string): Promise<IssueAssembly> {
    const a = await this.repo.assemblyById(regionScope(viewer), id);
    if (!a) throw notFound('That Issue Assembly');
    return this.toAssembly(a);
  }

  async decide(viewer: Viewer, input: AssemblyDecisionInput): Promise<AssemblyDecision> {
    if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can record an Issue Assembly’s decisions.');
    const row = await this.repo.decide(regionScope(viewer), input.assemblyId, input.issueId, input.outcome, input.notes ?? null, viewer.accountId, now(), {
      accountId: viewer.accountId, entityType: 'issue', entityId: input.issueId, action: 'updated',
      summary: input.outcome === AssemblyOutcome.PRIORITIZED ? 'Prioritized by an Issue Assembly' : 'Not prioritized by an Issue Assembly',
      about: { Issue: [input.issueId] },
    });
    if (!row) throw new AppError('NOT_FOUND', 'That Issue Assembly or issue was not found, or you do not have access to it.');
    return this.toDecision(row);
  }

  async decisionsOfAssembly(viewer: Viewer, id: string): Promise<AssemblyDecision[]> {
    return (await this.repo.decisionsOfAssembly(regionScope(viewer), id)).map((d) => this.toDecision(d));
  }

  toIssue(r: IssueRecord): Issue {
    return { id: r.id, name: r.name, scope: r.scope, description: r.description ?? null, version: Number(r.version), regionId: r.region };
  }

  private toAssembly(a: AssemblyRecord): IssueAssembly {
    return { id: a.id, name: a.name, date: a.date, notes: a.notes ?? null, regionId: a.region };
  }

  private toDecision(d: DecisionRow): AssemblyDecision {
    return { assembly: this.toAssembly(d.assembly), issue: this.toIssue(d.issue), outcome: d.outcome, notes: d.notes };
  }
}

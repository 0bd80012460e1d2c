import { randomUUID } from 'node:crypto';
import { storedMessageOf } from '../../i18n/said.js';
import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { badInput } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { searchFold } from '../../common/pagination.js';
import { regionScope, type Viewer } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { AuditAction, recordAudit } from '../audit/audit.js';
import { fieldFilterParams } from '../custom-fields/custom-fields.queries.js';
import { FieldEntity } from '../custom-fields/custom-field.model.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';
import { EndorsementAskInput, EndorsementStatus } from '../endorsements/endorsement.model.js';
import { EndorsementsService } from '../endorsements/endorsements.service.js';
import { ZipDirectory } from '../geo/zip-directory.js';
import { recordChange } from '../history/history.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import {
  OrganizationsFilterInput, OrganizationsSortBy, type BulkEndorsementPipelineInput, type BulkOutcome, type OrganizationsList, type OrganizationsListArgsInput,
  type OrganizationsTargetInput, type OrganizationListFacts,
} from './lists.model.js';
import { ListQueries } from './lists.queries.js';
import { zipsNear } from './list-filter.js';
import { OrganizationListQueries as Q } from './organization-lists.queries.js';

/**
 * Each organization goes through EndorsementsService.create, one at a time, so every rule of a single ask holds:
 * up to this many at once; more (up to PIPELINE_JOB_LIMIT) run as a job in parts of this many (ListsService).
 */
export const PIPELINE_LIMIT = 500;
export const PIPELINE_JOB_LIMIT = 5000;

/** Organizations lists by any field, and their bulk action: adding them to a campaign's endorsement pipeline. */
@Injectable()
export class OrganizationListsService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly organizations: OrganizationsService,
    private readonly customFields: CustomFieldsService,
    private readonly endorsements: EndorsementsService,
    private readonly zips: ZipDirectory,
  ) {}

  async list(viewer: Viewer, args: OrganizationsListArgsInput): Promise<OrganizationsList> {
    const params = await this.filterParams(viewer, args.filter ?? new OrganizationsFilterInput());
    const page = Q.page[args.sortBy ?? OrganizationsSortBy.NAME][args.descending ? 'DESC' : 'ASC'];
    const [rows, [count]] = await Promise.all([
      this.store.read(page, { ...params, skip: args.offset ?? 0, limit: args.first ?? 25 }),
      this.store.read(Q.count, params),
    ]);
    return { nodes: rows.map((r) => this.organizations.toOrganization(viewer, r.o)), totalCount: Number(count.total) };
  }

  /** The latest meeting someone spoke for each at, and how many members each has: the list's computed columns. */
  async factsOf(ids: readonly string[]): Promise<OrganizationListFacts[]> {
    if (!ids.length) return [];
    const [contacts, members] = await Promise.all([this.store.read(Q.lastContactOf, { ids: [...ids] }), this.store.read(Q.membersOf, { ids: [...ids] })]);
    const last = new Map(contacts.map((r) => [String(r.id), String(r.last)]));
    const count = new Map(members.map((r) => [String(r.id), Number(r.members)]));
    return ids.map((id) => ({ organizationId: id, lastContact: last.get(id) ?? null, members: count.get(id) ?? 0 }));
  }

  async filterParams(viewer: Viewer, f: OrganizationsFilterInput): Promise<Record<string, unknown>> {
    const zips = zipsNear(this.zips, f);
    const terms = await this.customFields.filterTerms(viewer, FieldEntity.ORGANIZATION, f.customFields);
    const list = (l: readonly string[] | null | undefined) => (l?.length ? [...l] : ['']);
    return {
      ...regionScope(viewer),
      regionId: f.regionId ?? '',
      byTypes: !!f.types?.length, types: list(f.types),
      byLedBy: !!f.ledBy?.length, ledBy: list(f.ledBy),
      byIssueAreas: !!f.issueAreas?.length, issueAreas: list(f.issueAreas),
      near: f.nearZip != null, zips: list(zips),
      q: searchFold(f.search ?? ''),
      ...fieldFilterParams(terms),
    };
  }

  /** The organizations a bulk action is for; refuses, naming why, an empty selection or records outside the viewer's regions. */
  async targetIds(viewer: Viewer, target: OrganizationsTargetInput, limit: number): Promise<Array<{ id: string; name: string }>> {
    if (target.organizationIds?.length && target.filter) throw badInput('target', 'Act either on the chosen organizations or on the whole list, not both.');
    let rows: Array<{ id: string; name: string }>;
    if (target.filter) {
      rows = (await this.store.read(Q.ids, { ...(await this.filterParams(viewer, target.filter)), limit: limit + 1 })).map((r) => ({ id: String(r.id), name: String(r.name) }));
    } else {
      const ids = [...new Set(target.organizationIds ?? [])];
      rows = ids.length ? (await this.store.read(Q.byIds, { ...regionScope(viewer), ids })).map((r) => ({ id: String(r.id), name: String(r.name) })) : [];
      if (rows.length !== ids.length) throw badInput('target', 'One of the chosen organizations was not found in your regions. Nothing was changed.');
    }
    if (rows.length > limit) throw badInput('target', `This list has more than ${limit.toLocaleString('en-US')} organizations; narrow the filter and act on it in parts.`);
    if (!rows.length) throw badInput('target', 'No organization is chosen: select some, or use a list that has organizations in it.');
    return rows;
  }

  /**
   * Adds the chosen organizations to a campaign's endorsement pipeline as "to ask"; those already in it are left
   * as they are. One bulk action (history, audit) that undo takes back while the asks are still "to ask".
   */
  /** The organizations a pipeline action is for, and those of them not in the campaign's pipeline yet. */
  async planPipeline(viewer: Viewer, input: BulkEndorsementPipelineInput, limit = PIPELINE_LIMIT): Promise<{ orgs: Array<{ id: string; name: string }>; adding: Array<{ id: string; name: string }> }> {
    const orgs = await this.targetIds(viewer, input.target, limit);
    const existing = new Set((await this.endorsements.ofCampaign(viewer, input.campaignId)).map((a) => a.row.organizationId));
    return { orgs, adding: orgs.filter((o) => !existing.has(o.id)) };
  }

  /**
   * Adds organizations to the pipeline as "to ask", one at a time; each ask made goes into `created` as soon as it
   * is, so a caller can record them even when a refusal (a campaign out of reach, an organization out of the
   * campaign's regions) stops the rest.
   */
  async createAsks(viewer: Viewer, campaignId: string, organizationIds: readonly string[], created: Array<{ askId: string; organizationId: string }>): Promise<void> {
    for (const organizationId of organizationIds) {
      const ask = await this.endorsements.create(viewer, plainToInstance(EndorsementAskInput, { organizationId, campaignId, status: EndorsementStatus.TO_ASK }));
      created.push({ askId: ask.id, organizationId });
    }
  }

  async addToPipeline(viewer: Viewer, input: BulkEndorsementPipelineInput, plan?: { orgs: Array<{ id: string; name: string }>; adding: Array<{ id: string; name: string }> }): Promise<BulkOutcome> {
    const { orgs, adding } = plan ?? (await this.planPipeline(viewer, input));
    if (!adding.length) return { id: null, summary: 'Every chosen organization is already in this campaign’s endorsement pipeline', changed: 0, unchanged: orgs.length, skipped: [] };
    const made: Array<{ askId: string; organizationId: string }> = [];
    await this.createAsks(viewer, input.campaignId, adding.map((o) => o.id), made);
    const created = made.map((m) => m.askId);
    const id = randomUUID();
    const at = now();
    const summary = `Added ${created.length} ${created.length === 1 ? 'organization' : 'organizations'} to the endorsement pipeline`;
    await this.store.transaction(async (tx) => {
      await tx.run(ListQueries.recordBulk, { id, now: at, viewerId: viewer.accountId, kind: 'ENDORSEMENT_PIPELINE', summary, summaryMessage: storedMessageOf(summary), count: created.length, before: JSON.stringify({ kind: 'ENDORSEMENT_PIPELINE', rows: [], asks: created }) });
      await recordChange(tx, { accountId: viewer.accountId, entityType: 'bulk action', entityId: id, action: 'updated', summary: `Bulk: ${summary}`, about: { Organization: adding.map((o) => o.id), Campaign: [input.campaignId] } }, at);
      await recordAudit(tx, { action: AuditAction.BULK_ACTION, actorId: viewer.accountId, targetType: 'bulk action', targetId: id, summary }, at);
    });
    return { id, summary, changed: created.length, unchanged: orgs.length - adding.length, skipped: [] };
  }

  /** Removes the asks a bulk action added that are still "to ask"; asks moved on since stay, and are named. */
  async undoPipeline(viewer: Viewer, b: Record<string, unknown>, askIds: string[]): Promise<BulkOutcome> {
    const skipped: string[] = [];
    let removed = 0;
    for (const askId of askIds) {
      const ask = await this.endorsements.get(viewer, askId).catch(() => null);
      if (!ask) continue;
      if (ask.status !== EndorsementStatus.TO_ASK) {
        skipped.push((await this.organizations.get(viewer, ask.row.organizationId)).name);
        continue;
      }
      await this.endorsements.remove(viewer, askId);
      removed++;
    }
    const at = now();
    const summary = `Undid: ${String(b.summary)}`;
    await this.store.transaction(async (tx) => {
      await tx.run(ListQueries.markUndone, { id: String(b.id), now: at });
      await recordAudit(tx, { action: AuditAction.BULK_ACTION_UNDONE, actorId: viewer.accountId, targetType: 'bulk action', targetId: String(b.id), summary }, at);
    });
    return { id: String(b.id), summary, changed: removed, unchanged: 0, skipped };
  }
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, badInput, forbidden, notFound } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import { digitsOf } from '../../common/input.js';
import { searchFold } from '../../common/pagination.js';
import { canManageRecords, inRegion, regionScope, Role, seesAllContacts, type Scope, type Viewer } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../../graph/graph-store.port.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { ZipDirectory } from '../geo/zip-directory.js';
import { AuditAction, recordAudit } from '../audit/audit.js';
import { ExportService } from '../export/export.service.js';
import { requestLocale } from '../../i18n/request-locale.js';
import { sayStored, storedMessageOf } from '../../i18n/said.js';
import { recordChange, type ChangeEntry } from '../history/history.js';
import { fieldFilterParams } from '../custom-fields/custom-fields.queries.js';
import { FieldEntity } from '../custom-fields/custom-field.model.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';
import { EventsService } from '../events/events.service.js';
import { PeopleService } from '../people/people.service.js';
import type { Person } from '../people/models/person.model.js';
import {
  BulkActionKind, BulkStatus, ListEntity, type BulkEndorsementPipelineInput, OrganizationsSortBy, type CallSheetRow, type SaveOrganizationListInput, PeopleFilterInput, PeopleSortBy, type BulkPeopleInput, type BulkInviteInput, type BulkOutcome, type BulkTargetInput, type BulkTurnoutAskInput, type PeopleList,
  type PeopleListArgsInput, type PersonListFacts, type SaveListInput, type SavedList,
} from './lists.model.js';
import { CONDITION_GROUPS, type ConditionGroup, KIND_SLOTS, ListQueries, type BulkActionRecord, type SavedListRecord, PEOPLE_COMPUTED_SORTS, peopleStatements, type PeopleComputedSort, type PeopleSortColumn, type PeopleVariant } from './lists.queries.js';
import { zipsNear } from './list-filter.js';
import { keepListFacts } from './person-facts.js';
import { OrganizationListsService, PIPELINE_JOB_LIMIT, PIPELINE_LIMIT } from './organization-lists.service.js';

/** The most people a call sheet or an export takes at once. */
export const BULK_LIMIT = 5000;
/** The most people one bulk action is for: those above BULK_PART run as a job, in parts. */
export const BULK_JOB_LIMIT = 50_000;
/**
 * A bulk action on more people than this runs as a job: one transaction per part, each writing its before-image
 * with its changes (so what is done can always be undone), the progress asked for with bulkAction(id).
 */
export const BULK_PART = 1000;
/** The longest list a computed column (last contact, asks, leadership level) sorts: their values are read per id. */
export const COMPUTED_SORT_LIMIT = 100_000;
const DAY_MS = 86_400_000;

type FilterParams = Scope & {
  regionId: string; byKinds: boolean; kinds: string[]; fromZips: boolean; byTags: boolean; tags: string[]; near: boolean; zips: string[]; q: string; qDigits: string; contactsAll: boolean; viewerId: string;
  lastAfter: string; lastBefore: string; minAsks: number; maxAsks: number; minAt: number; maxAt: number; askPad: string[]; asksSince: string;
  useIds: boolean; ids: string[]; noFieldFilter: boolean; fieldTerms: string[];
};

interface BulkRow { id: string; name: string; region: string; tags: string[] | null; assignees: string[] | null; version: number }
/** What undo needs: tags and versions for tag actions; the connector for assignments; the asks a turnout ask recorded; the people invited. */
interface BulkBefore {
  kind: BulkActionKind | 'TURNOUT_ASKS' | 'EVENT_INVITES' | 'ENDORSEMENT_PIPELINE';
  accountId?: string;
  eventId?: string;
  rows: Array<{ id: string; tags?: string[]; version: number }>;
  asks?: Array<{ id: string; personId: string }> | string[];
}

/** A bulk action running as a job, in this process. */
interface RunningJob {
  accountId: string;
  summary: string;
  total: number;
  done: number;
  changed: string[];
  unchanged: number;
  skipped: string[];
}
/** What one part of a job did: the people it changed, those it did not need to, and the names of those left out. */
interface PartOutcome {
  changed: string[];
  unchanged: number;
  skipped: string[];
}
/** Writes a part's before-image and the job's progress, in the transaction of the part's changes. */
type RecordPart = (tx: GraphTx, before: Pick<BulkBefore, 'rows' | 'asks'>, changed: number) => Promise<void>;
/** How a finished job is summed up, and what its one history entry says. */
type JobEnd = (changed: string[]) => { summary: string; history: Pick<ChangeEntry, 'action' | 'details' | 'about'> };

/** Lists of people by any field, saved lists, and bulk actions on them (issue 14). */
@Injectable()
export class ListsService {
  private readonly logger = new Logger('Lists');
  /** Jobs running in this process, by bulk action id: one a time per account. */
  private readonly jobs = new Map<string, RunningJob>();
  /** People per part of a job (a test makes it small, so a few people make several parts). */
  partSize = BULK_PART;
  /** Organizations added to a pipeline at once, and per part of a pipeline job. */
  pipelinePartSize = PIPELINE_LIMIT;

  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly people: PeopleService,
    private readonly accounts: AccountsRepository,
    private readonly zips: ZipDirectory,
    private readonly events: EventsService,
    private readonly exports: ExportService,
    private readonly organizationLists: OrganizationListsService,
    private readonly customFields: CustomFieldsService,
  ) {}

  async peopleList(viewer: Viewer, args: PeopleListArgsInput): Promise<PeopleList> {
    const params = await this.filterParams(viewer, args.filter ?? new PeopleFilterInput());
    if (params.useIds && params.ids[0] === '') return { nodes: [], totalCount: 0 };
    const statements = peopleStatements(variantOf(params));
    const sortBy = args.sortBy ?? PeopleSortBy.NAME;
    if (isComputed(sortBy)) return this.sortedByComputed(viewer, params, sortBy, args);
    const page = statements.page[sortBy as PeopleSortColumn][args.descending ? 'DESC' : 'ASC'];
    const [rows, [count]] = await Promise.all([
      this.store.read(page, { ...params, skip: args.offset ?? 0, limit: args.first ?? 25 }),
      this.store.read(statements.count, { ...params }),
    ]);
    return { nodes: await this.peopleInOrder(viewer, rows.map((r) => r.id)), totalCount: Number(count.total) };
  }

  /** The page's people, read by key, in the order of their ids. */
  private async peopleInOrder(viewer: Viewer, ids: string[]): Promise<Person[]> {
    if (!ids.length) return [];
    const byId = new Map((await this.store.read(ListQueries.peopleOf, { ids })).map((r) => [r.p.id, r.p]));
    return ids.filter((id) => byId.has(id)).map((id) => this.people.toPerson(viewer, byId.get(id)!));
  }

  /**
   * A page sorted by a computed column: the list's ids (in name order, which breaks ties), their values read for
   * those ids only, sorted here, and the page's people read by id. Bounded: a list longer than COMPUTED_SORT_LIMIT
   * is refused with the way out (a narrower filter) rather than read whole.
   */
  private async sortedByComputed(viewer: Viewer, params: FilterParams, sortBy: PeopleComputedSort, args: PeopleListArgsInput): Promise<PeopleList> {
    const ids = (await this.store.read(peopleStatements(variantOf(params)).ids, { ...params, limit: COMPUTED_SORT_LIMIT + 1 })).map((r) => String(r.id));
    if (ids.length > COMPUTED_SORT_LIMIT) {
      throw badInput('sortBy', `Sorting by last contact, asks or leadership level works on lists of up to ${COMPUTED_SORT_LIMIT.toLocaleString('en-US')} people; narrow the filter first.`);
    }
    const facts = new Map((await this.factsOf(ids)).map((f) => [f.personId, f]));
    const key = (id: string): string | number => {
      const f = facts.get(id)!;
      return sortBy === 'ASKS_30_DAYS' ? f.asks30Days : f.leadershipLevel;
    };
    const order = ids.map((id, at) => ({ id, at, key: key(id) }));
    const sign = args.descending ? -1 : 1;
    // Equal values keep name order (the ids came in name order), reversed with the rest when descending.
    order.sort((a, b) => sign * (a.key < b.key ? -1 : a.key > b.key ? 1 : a.at - b.at));
    const skip = args.offset ?? 0;
    const pageIds = order.slice(skip, skip + (args.first ?? 25)).map((o) => o.id);
    return { nodes: await this.peopleInOrder(viewer, pageIds), totalCount: ids.length };
  }

  /** Last contact, turnout asks in the last 30 days and leadership level of the given people (the list's computed columns). */
  async factsOf(ids: readonly string[]): Promise<PersonListFacts[]> {
    if (!ids.length) return [];
    const since = new Date(Date.parse(now()) - 30 * DAY_MS).toISOString();
    const [contacts, asks, assessments] = await Promise.all([
      this.store.read(ListQueries.lastContactOf, { ids: [...ids] }),
      this.store.read(ListQueries.asksOf, { ids: [...ids], since }),
      this.store.read(ListQueries.assessmentsOf, { ids: [...ids] }),
    ]);
    const last = new Map(contacts.map((r) => [String(r.id), r.last == null ? null : String(r.last)]));
    const asked = new Map(asks.map((r) => [String(r.id), Number(r.asks)]));
    const latest = new Map<string, { on: string; level: number }>();
    for (const r of assessments) {
      const k = `${r.id}\u0000${r.theme}`;
      const seen = latest.get(k);
      if (!seen || String(r.assessedOn) > seen.on) latest.set(k, { on: String(r.assessedOn), level: Number(r.level) });
    }
    const level = new Map<string, number>();
    for (const [k, v] of latest) {
      const id = k.split('\u0000')[0];
      level.set(id, Math.max(level.get(id) ?? 0, v.level));
    }
    return ids.map((id) => ({ personId: id, lastContact: last.get(id) ?? null, asks30Days: asked.get(id) ?? 0, leadershipLevel: level.get(id) ?? 0 }));
  }

  /**
   * Turns a filter into the parameters of the one fixed filter query. Conditions on relationships are answered by
   * their own fixed queries first; their answers meet here as a set of ids to keep (`ids`).
   */
  async filterParams(viewer: Viewer, f: PeopleFilterInput): Promise<FilterParams> {
    const scope = regionScope(viewer);
    let keep: Set<string> | null = null;
    const narrow = (ids: Iterable<string>) => {
      const next = new Set(ids);
      keep = keep === null ? next : new Set([...keep].filter((id) => next.has(id)));
    };

    const zips = zipsNear(this.zips, f);
    if (f.campaignRole && !f.campaignId) throw badInput('campaignId', 'Choose the campaign whose role you filter by.');
    if (f.teamId) narrow((await this.store.read(ListQueries.teamMembers, { teamId: f.teamId })).map((r) => String(r.id)));
    if (f.campaignId) {
      narrow((await this.store.read(ListQueries.campaignRoles, { campaignId: f.campaignId, role: f.campaignRole ?? '' })).map((r) => String(r.id)));
    }
    if (f.minLeadershipLevel != null) {
      const latest = new Map<string, { on: string; level: number }>();
      for (const r of await this.store.read(ListQueries.assessments, { ...scope })) {
        const key = `${r.id}\u0000${r.theme}`;
        const seen = latest.get(key);
        if (!seen || String(r.assessedOn) > seen.on) latest.set(key, { on: String(r.assessedOn), level: Number(r.level) });
      }
      const min = f.minLeadershipLevel;
      narrow([...latest.entries()].filter(([, v]) => v.level >= min).map(([k]) => k.split('\u0000')[0]));
    }
    // Last contact and asks are kept on the person (person-facts.ts): plain conditions of the filter statement.
    if (f.minAsks30Days != null && f.maxAsks30Days != null && f.minAsks30Days > f.maxAsks30Days) {
      throw badInput('maxAsks30Days', 'The most asks cannot be fewer than the fewest asks.');
    }
    if (f.memberSinceFrom || f.memberSinceBefore) {
      const rows = await this.store.read(ListQueries.memberSince, { ...scope });
      narrow(rows.filter((r) => r.since != null && (!f.memberSinceFrom || String(r.since) >= f.memberSinceFrom) && (!f.memberSinceBefore || String(r.since) < f.memberSinceBefore)).map((r) => String(r.id)));
    }
    const fieldTerms = await this.customFields.filterTerms(viewer, FieldEntity.PERSON, f.customFields);
    const kept = keep as Set<string> | null;
    const fromZips = zips.length > 0 && kept === null && !(await this.store.read(ListQueries.zipPlus4Near, { zips })).length;
    const kinds = [...new Set(f.kinds ?? [])];
    const q = searchFold(f.search ?? '');
    return {
      ...scope,
      regionId: f.regionId ?? '',
      byKinds: kinds.length > 0,
      kinds: orPlaceholder(kinds),
      ...Object.fromEntries(Array.from({ length: KIND_SLOTS }, (_, i) => [`kind${i}`, kinds[i] ?? ''])),
      byTags: !!f.tags?.length,
      tags: orPlaceholder(f.tags ?? []),
      // Without a ZIP+4 in the radius, the statement starts from the zips (variantOf) and needs no zip condition.
      near: zips.length > 0 && !fromZips,
      fromZips,
      zips: orPlaceholder(zips),
      lastAfter: f.lastContactAfter ?? '',
      lastBefore: f.lastContactBefore ?? '',
      minAsks: f.minAsks30Days ?? 0,
      maxAsks: f.maxAsks30Days ?? -1,
      minAt: Math.max(1, f.minAsks30Days ?? 0),
      maxAt: Math.max(1, (f.maxAsks30Days ?? -1) + 1),
      askPad: Array<string>(Math.max(1, f.minAsks30Days ?? 0, (f.maxAsks30Days ?? -1) + 1)).fill(''),
      // Only with an asks condition: the clock in the parameters would keep the list from the read cache.
      asksSince: f.minAsks30Days != null || f.maxAsks30Days != null ? new Date(Date.parse(now()) - 30 * DAY_MS).toISOString() : '',
      q,
      qDigits: /^[\d\s().+-]+$/.test(q) && digitsOf(q).length >= 3 ? digitsOf(q) : '',
      contactsAll: seesAllContacts(viewer),
      viewerId: viewer.accountId,
      useIds: kept !== null,
      ids: orPlaceholder(kept ? [...kept] : []),
      ...fieldFilterParams(fieldTerms),
    };
  }

  // Saved lists

  async saveList(viewer: Viewer, input: SaveListInput): Promise<SavedList> {
    await this.filterParams(viewer, input.filter);
    return this.save(viewer, input, 'people', `${input.sortBy}${input.descending ? ' DESC' : ''}`);
  }

  /** A saved list of organizations: the same record, entity 'organizations', its filter an OrganizationsFilterInput. */
  async saveOrganizationList(viewer: Viewer, input: SaveOrganizationListInput): Promise<SavedList> {
    await this.organizationLists.filterParams(viewer, input.filter);
    return this.save(viewer, input, 'organizations', `${input.sortBy}${input.descending ? ' DESC' : ''}`);
  }

  private async save(
    viewer: Viewer, input: { name: string; filter: object; columns?: string[] | null; sharedWithRegionId?: string | null }, entity: 'people' | 'organizations', sort: string,
  ): Promise<SavedList> {
    const region = input.sharedWithRegionId ?? '';
    if (region && !inRegion(viewer, region)) throw badInput('sharedWithRegionId', 'You can share a list only with a region you work in.');
    const [row] = await this.store.write(ListQueries.saveList, {
      id: randomUUID(), name: input.name, entity, filter: JSON.stringify(compact(input.filter)),
      sort, columns: input.columns ?? [], shared: !!region, region, viewerId: viewer.accountId, now: now(),
    });
    return this.toSavedList(viewer, row.l);
  }

  async savedLists(viewer: Viewer, entity: ListEntity = ListEntity.PEOPLE): Promise<SavedList[]> {
    const rows = await this.store.read(ListQueries.savedLists, { ...regionScope(viewer), entity: entity === ListEntity.ORGANIZATIONS ? 'organizations' : 'people', viewerId: viewer.accountId });
    return rows.map((r) => this.toSavedList(viewer, r.l));
  }

  async savedList(viewer: Viewer, id: string): Promise<SavedList> {
    const [row] = await this.store.read(ListQueries.savedList, { id });
    const l = row?.l;
    if (!l || !(l.createdBy === viewer.accountId || (l.shared && inRegion(viewer, String(l.region))))) throw notFound('That list');
    return this.toSavedList(viewer, l);
  }

  async deleteList(viewer: Viewer, id: string): Promise<string> {
    const list = await this.savedList(viewer, id);
    if (!list.mine && viewer.role !== Role.ADMIN) throw forbidden('Only the person who saved a list, or an admin, can delete it.');
    await this.store.write(ListQueries.deleteList, { id });
    return id;
  }

  private toSavedList(viewer: Viewer, l: SavedListRecord): SavedList {
    const [sortBy, dir] = String(l.sort ?? 'NAME').split(' ');
    const organizations = l.entity === 'organizations';
    return {
      id: String(l.id), name: String(l.name), filter: String(l.filter), descending: dir === 'DESC',
      entity: organizations ? ListEntity.ORGANIZATIONS : ListEntity.PEOPLE,
      sortBy: organizations ? PeopleSortBy.NAME : (sortBy as PeopleSortBy),
      organizationsSortBy: organizations ? (sortBy as OrganizationsSortBy) : null,
      columns: l.columns ?? [], sharedWithRegionId: l.shared ? String(l.region) : null,
      mine: l.createdBy === viewer.accountId, createdAt: String(l.createdAt),
    };
  }

  /** Who to call, in name order: phone where the viewer may see it, last contact, turnout asks in 30 days, notes. */
  async callSheet(viewer: Viewer, target: BulkTargetInput): Promise<CallSheetRow[]> {
    const ids = await this.targetIds(viewer, target);
    const since = new Date(Date.parse(now()) - 30 * DAY_MS).toISOString();
    const [people, contacts, asks] = await Promise.all([
      this.people.requireAll(viewer, ids, 'target'),
      this.store.read(ListQueries.lastContactOf, { ids }),
      this.store.read(ListQueries.asksOf, { ids, since }),
    ]);
    const last = new Map(contacts.map((r) => [String(r.id), String(r.last)]));
    const asked = new Map(asks.map((r) => [String(r.id), Number(r.asks)]));
    return people
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1))
      .map((r) => {
        const person = this.people.toPerson(viewer, r);
        return { person, phone: person.phones?.[0] ?? null, lastContact: last.get(r.id) ?? null, asks30Days: asked.get(r.id) ?? 0 };
      });
  }

  /**
   * The chosen people or a whole list as CSV, with the columns of the people export, for accounts with the export
   * permission; recorded in the export log and the audit log. Refused before the list is even read otherwise.
   */
  async exportList(viewer: Viewer, target: BulkTargetInput): Promise<{ csv: string; rows: number }> {
    await this.exports.assertAllowed(viewer);
    const ids = await this.targetIds(viewer, target);
    const people = (await this.people.requireAll(viewer, ids, 'target')).sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));
    return this.exports.peopleCsv(viewer, people.map((r) => this.people.toPerson(viewer, r)), target.filter ? 'people (a list)' : 'people (a selection)');
  }

  // Bulk actions

  /** The people a bulk action is for; refuses, naming why, an empty selection or records outside the viewer's regions. */
  async targetIds(viewer: Viewer, target: BulkTargetInput, limit = BULK_LIMIT): Promise<string[]> {
    if (target.personIds?.length && target.filter) throw badInput('target', 'Act either on the chosen people or on the whole list, not both.');
    let ids: string[];
    if (target.filter) {
      const params = await this.filterParams(viewer, target.filter);
      ids = params.useIds && params.ids[0] === ''
        ? []
        : (await this.store.read(peopleStatements(variantOf(params)).ids, { ...params, limit: limit + 1 })).map((r) => String(r.id));
      if (ids.length > limit) throw badInput('target', `This list has more than ${limit.toLocaleString('en-US')} people; narrow the filter and act on it in parts.`);
    } else {
      ids = [...new Set(target.personIds ?? [])];
      await this.people.requireAll(viewer, ids, 'target');
    }
    if (!ids.length) throw badInput('target', 'No one is chosen: select people, or use a list that has people in it.');
    return ids;
  }

  async bulkPeople(viewer: Viewer, input: BulkPeopleInput): Promise<BulkOutcome> {
    this.oneAtATime(viewer);
    const tags = input.tags ?? [];
    const tagging = input.action === BulkActionKind.ADD_TAGS || input.action === BulkActionKind.REMOVE_TAGS;
    if (tagging && !tags.length) throw badInput('tags', 'Name at least one tag.');
    if (!tagging) {
      if (!canManageRecords(viewer)) throw forbidden('Only admins, staff and leaders can assign connectors.');
      if (!input.accountId) throw badInput('accountId', 'Choose a connector.');
    }
    const ids = await this.targetIds(viewer, input.target, BULK_JOB_LIMIT);
    const rows = (await this.store.read(ListQueries.peopleByIds, { ids }));

    if (input.action === BulkActionKind.ASSIGN_CONNECTOR) {
      const [account] = await this.accounts.byIds([input.accountId!]);
      if (!account || account.disabled) throw notFound('That account');
      if (account.role !== Role.CONNECTOR) throw badInput('accountId', 'Only connectors are assigned to people; other roles already see contact details in their regions.');
      const outside = rows.filter((r) => !account.allRegions && !account.regions.includes(r.region));
      if (outside.length) {
        throw badInput('accountId', `That connector does not work in the region of ${names(outside)}. Nothing was changed; leave them out or choose another connector.`);
      }
    }

    const change = (r: BulkRow): { tags?: string[]; assignees?: string[] } | null => {
      const has = r.tags ?? [];
      const assignees = r.assignees ?? [];
      switch (input.action) {
        case BulkActionKind.ADD_TAGS: {
          const next = [...has, ...tags.filter((t) => !has.includes(t))];
          return next.length === has.length ? null : { tags: next };
        }
        case BulkActionKind.REMOVE_TAGS: {
          const next = has.filter((t) => !tags.includes(t));
          return next.length === has.length ? null : { tags: next };
        }
        case BulkActionKind.ASSIGN_CONNECTOR:
          return assignees.includes(input.accountId!) ? null : { assignees: [...assignees, input.accountId!] };
        case BulkActionKind.UNASSIGN_CONNECTOR:
          return assignees.includes(input.accountId!) ? { assignees: assignees.filter((a) => a !== input.accountId) } : null;
      }
    };
    const changes = rows.map((r) => ({ r, next: change(r) })).filter((c) => c.next !== null);
    if (tagging && changes.some((c) => c.next!.tags!.length > 30)) {
      throw badInput('tags', `A person can have at most 30 tags; ${names(changes.filter((c) => c.next!.tags!.length > 30).map((c) => c.r))} would have more. Nothing was changed.`);
    }
    const what = describe(input);
    const summary = `${what} (${changes.length} ${changes.length === 1 ? 'person' : 'people'})`;
    if (!changes.length) return { id: null, summary: `${what}: everyone already was that way`, changed: 0, unchanged: rows.length, skipped: [] };
    const history = (changed: string[]): Pick<ChangeEntry, 'action' | 'details' | 'about'> => ({
      action: tagging ? 'updated' : input.action === BulkActionKind.ASSIGN_CONNECTOR ? 'assigned' : 'unassigned',
      details: tagging ? [{ field: 'tags', from: input.action === BulkActionKind.REMOVE_TAGS ? tags.join(', ') : null, to: input.action === BulkActionKind.ADD_TAGS ? tags.join(', ') : null }] : [{ field: 'assignees', from: null, to: null }],
      about: { Person: changed },
    });
    const beforeOf = (r: BulkRow) => ({ id: r.id, version: Number(r.version), ...(tagging ? { tags: r.tags ?? [] } : {}) });

    if (changes.length > this.partSize) {
      // Each part reads its people again in its own transaction, so an edit made while the job runs is not lost;
      // one that would now pass 30 tags is left out and named.
      const part = async (partIds: string[], record: RecordPart): Promise<PartOutcome> =>
        this.store.transaction(async (tx) => {
          const fresh = (await tx.run(ListQueries.peopleByIds, { ids: partIds }));
          const next = fresh.map((r) => ({ r, next: change(r) })).filter((c) => c.next !== null);
          const tooMany = tagging ? next.filter((c) => c.next!.tags!.length > 30) : [];
          const doing = next.filter((c) => !tooMany.includes(c));
          if (doing.length) {
            if (tagging) await tx.run(ListQueries.setTags, { rows: doing.map((c) => ({ id: c.r.id, tags: c.next!.tags })), now: now() });
            else await tx.run(ListQueries.setAssignees, { rows: doing.map((c) => ({ id: c.r.id, assignees: c.next!.assignees })) });
            await record(tx, { rows: doing.map((c) => beforeOf(c.r)) }, doing.length);
          }
          return { changed: doing.map((c) => c.r.id), unchanged: fresh.length - next.length, skipped: tooMany.map((c) => c.r.name) };
        });
      const ending = (changed: string[]) => ({ summary: `${what} (${changed.length} ${changed.length === 1 ? 'person' : 'people'})`, history: history(changed) });
      return this.startJob(viewer, { kind: input.action, accountId: input.accountId ?? undefined }, changes.map((c) => c.r.id), rows.length - changes.length, part, ending);
    }

    const id = randomUUID();
    const at = now();
    const before: BulkBefore = { kind: input.action, accountId: input.accountId ?? undefined, rows: changes.map(({ r }) => beforeOf(r)) };
    await this.store.transaction(async (tx) => {
      if (tagging) await tx.run(ListQueries.setTags, { rows: changes.map((c) => ({ id: c.r.id, tags: c.next!.tags })), now: at });
      else await tx.run(ListQueries.setAssignees, { rows: changes.map((c) => ({ id: c.r.id, assignees: c.next!.assignees })) });
      await tx.run(ListQueries.recordBulk, { id, now: at, viewerId: viewer.accountId, kind: input.action, ...said(summary), count: changes.length, before: JSON.stringify(before) });
      await recordChange(tx, { accountId: viewer.accountId, entityType: 'bulk action', entityId: id, summary: `Bulk: ${summary}`, ...history(changes.map((c) => c.r.id)) }, at);
      await recordAudit(tx, { action: AuditAction.BULK_ACTION, actorId: viewer.accountId, targetType: 'bulk action', targetId: id, summary }, at);
    });
    return { id, summary, changed: changes.length, unchanged: rows.length - changes.length, skipped: [] };
  }

  /**
   * Turnout asks for a selection or a list, through EventsService so the ask limit and the mobilization gate hold
   * as for single asks; recorded as a bulk action (history on each person and the event) that undo takes back.
   */
  async bulkTurnoutAsk(viewer: Viewer, input: BulkTurnoutAskInput): Promise<BulkOutcome> {
    this.oneAtATime(viewer);
    const ids = await this.targetIds(viewer, input.target, BULK_JOB_LIMIT);
    if (ids.length > this.partSize) return this.turnoutAskJob(viewer, input, ids);
    const id = randomUUID();
    const { event, asked, leftOut } = await this.events.askMany(viewer, input.eventId, ids, {
      confirmOverLimit: input.confirmOverLimit,
      leaveOutOverLimit: input.leaveOutOverLimit,
      inTransaction: async (tx, rows, at) => {
        const summary = askSummary(rows.length);
        const before: BulkBefore = { kind: 'TURNOUT_ASKS', eventId: input.eventId, rows: [], asks: rows };
        await tx.run(ListQueries.recordBulk, { id, now: at, viewerId: viewer.accountId, kind: 'TURNOUT_ASKS', ...said(summary), count: rows.length, before: JSON.stringify(before) });
        await recordChange(tx, {
          accountId: viewer.accountId, entityType: 'bulk action', entityId: id, action: 'updated', summary: `Bulk: ${summary}`,
          about: { Person: rows.map((r) => r.personId), Event: [input.eventId] },
        }, at);
        await recordAudit(tx, { action: AuditAction.BULK_ACTION, actorId: viewer.accountId, targetType: 'bulk action', targetId: id, summary }, at);
      },
    });
    return { id, summary: `${askSummary(asked.length)} for ${event.name}`, changed: asked.length, unchanged: 0, skipped: leftOut.map((l) => l.person.name) };
  }

  /**
   * A large turnout ask: checked whole first by the rules of a single ask (those at the limit are named and nothing
   * is asked unless the organizer confirms or leaves them out), then asked in parts through askMany, which checks
   * each part again: someone who reached the limit meanwhile is left out and named, unless the organizer confirmed.
   */
  private async turnoutAskJob(viewer: Viewer, input: BulkTurnoutAskInput, ids: string[]): Promise<BulkOutcome> {
    const plan = await this.events.planAsks(viewer, input.eventId, ids, { confirmOverLimit: input.confirmOverLimit, leaveOutOverLimit: input.leaveOutOverLimit });
    const part = async (partIds: string[], record: RecordPart): Promise<PartOutcome> => {
      try {
        const { asked, leftOut } = await this.events.askMany(viewer, input.eventId, partIds, {
          confirmOverLimit: input.confirmOverLimit,
          leaveOutOverLimit: true,
          inTransaction: (tx, rows) => record(tx, { rows: [], asks: rows }, rows.length),
        });
        return { changed: asked.map((a) => a.personId), unchanged: 0, skipped: leftOut.map((l) => l.person.name) };
      } catch (e) {
        // Everyone in this part reached the limit since the check: they are left out, the job goes on.
        if (!(e instanceof AppError && Array.isArray(e.extra.overLimit))) throw e;
        const names = ((await this.store.read(ListQueries.peopleByIds, { ids: partIds }))).map((r) => r.name);
        return { changed: [], unchanged: 0, skipped: names };
      }
    };
    const ending = (changed: string[]) => ({
      summary: `${askSummary(changed.length)} for ${plan.event.name}`,
      history: { action: 'updated' as const, about: { Person: changed, Event: [input.eventId] } },
    });
    const leftOut = plan.leftOut.map((l) => l.person.name);
    return this.startJob(viewer, { kind: 'TURNOUT_ASKS', eventId: input.eventId }, plan.asked.map((a) => a.personId), 0, part, ending, leftOut);
  }

  private async undoTurnoutAsks(viewer: Viewer, b: BulkActionRecord, before: BulkBefore): Promise<BulkOutcome> {
    const asks = (before.asks ?? []) as Array<{ id: string; personId: string }>;
    const at = now();
    const summary = `Undid: ${String(b.summary)}`;
    await this.store.transaction(async (tx) => {
      await tx.run(ListQueries.removeAsks, { rows: asks });
      await keepListFacts(tx, asks.map((a) => a.personId), { asks: true });
      await tx.run(ListQueries.markUndone, { id: String(b.id), now: at });
      await recordAudit(tx, { action: AuditAction.BULK_ACTION_UNDONE, actorId: viewer.accountId, targetType: 'bulk action', targetId: String(b.id), summary }, at);
      await recordChange(tx, {
        accountId: viewer.accountId, entityType: 'bulk action', entityId: String(b.id), action: 'updated', summary,
        about: { Person: asks.map((r) => r.personId), ...(before.eventId ? { Event: [before.eventId] } : {}) },
      }, at);
    });
    return { id: String(b.id), summary, changed: asks.length, unchanged: 0, skipped: [] };
  }

  /**
   * Adds organizations to a campaign's endorsement pipeline: up to PIPELINE_LIMIT at once (OrganizationListsService),
   * more as a job in parts of that many, each part's asks recorded as soon as they are made.
   */
  async bulkEndorsementPipeline(viewer: Viewer, input: BulkEndorsementPipelineInput): Promise<BulkOutcome> {
    this.oneAtATime(viewer);
    const plan = await this.organizationLists.planPipeline(viewer, input, PIPELINE_JOB_LIMIT);
    if (plan.adding.length <= this.pipelinePartSize) return this.organizationLists.addToPipeline(viewer, input, plan);
    const part = async (organizationIds: string[], record: RecordPart): Promise<PartOutcome> => {
      const made: Array<{ askId: string; organizationId: string }> = [];
      try {
        await this.organizationLists.createAsks(viewer, input.campaignId, organizationIds, made);
      } finally {
        // Each ask is its own transaction (every rule of a single ask holds): those made are recorded even if one fails.
        if (made.length) await this.store.transaction((tx) => record(tx, { rows: [], asks: made.map((m) => m.askId) }, made.length));
      }
      return { changed: made.map((m) => m.organizationId), unchanged: 0, skipped: [] };
    };
    const ending = (changed: string[]) => ({
      summary: `Added ${changed.length} ${changed.length === 1 ? 'organization' : 'organizations'} to the endorsement pipeline`,
      history: { action: 'updated' as const, about: { Organization: changed, Campaign: [input.campaignId] } },
    });
    return this.startJob(viewer, { kind: 'ENDORSEMENT_PIPELINE' }, plan.adding.map((o) => o.id), plan.orgs.length - plan.adding.length, part, ending, [], this.pipelinePartSize);
  }

  /**
   * Invites people to an event: an RSVP of INVITED for each who has none yet (answers and earlier invitations are
   * kept), one transaction with its history, undone like the other bulk actions.
   */
  async bulkInvite(viewer: Viewer, input: BulkInviteInput): Promise<BulkOutcome> {
    this.oneAtATime(viewer);
    const event = await this.events.get(viewer, input.eventId);
    const ids = await this.targetIds(viewer, input.target, BULK_JOB_LIMIT);
    // A day's grace: the event's date is local to its region, the clock is UTC.
    if (event.date < new Date(Date.parse(now()) - DAY_MS).toISOString().slice(0, 10)) {
      throw badInput('eventId', `${event.name} was on ${event.date}; invite people to an event still to come.`);
    }
    const already = new Set((await this.store.read(ListQueries.rsvpsOf, { ids, eventId: event.id })).map((r) => String(r.id)));
    const invited = ids.filter((id) => !already.has(id));
    const what = `Invited ${invited.length} ${invited.length === 1 ? 'person' : 'people'} to ${event.name}`;
    if (!invited.length) return { id: null, summary: `Everyone chosen already has an RSVP or invitation for ${event.name}`, changed: 0, unchanged: ids.length, skipped: [] };
    if (invited.length > this.partSize) {
      const part = async (partIds: string[], record: RecordPart): Promise<PartOutcome> =>
        this.store.transaction(async (tx) => {
          await tx.run(ListQueries.invite, { ids: partIds, eventId: event.id, now: now() });
          await record(tx, { rows: partIds.map((pid) => ({ id: pid, version: 0 })) }, partIds.length);
          return { changed: partIds, unchanged: 0, skipped: [] };
        });
      const ending = (changed: string[]) => ({
        summary: `Invited ${changed.length} ${changed.length === 1 ? 'person' : 'people'} to ${event.name}`,
        history: { action: 'updated' as const, about: { Person: changed, Event: [event.id] } },
      });
      return this.startJob(viewer, { kind: 'EVENT_INVITES', eventId: event.id }, invited, ids.length - invited.length, part, ending);
    }
    const id = randomUUID();
    const at = now();
    const before: BulkBefore = { kind: 'EVENT_INVITES', eventId: event.id, rows: invited.map((pid) => ({ id: pid, version: 0 })) };
    await this.store.transaction(async (tx) => {
      await tx.run(ListQueries.invite, { ids: invited, eventId: event.id, now: at });
      await tx.run(ListQueries.recordBulk, { id, now: at, viewerId: viewer.accountId, kind: 'EVENT_INVITES', ...said(what), count: invited.length, before: JSON.stringify(before) });
      await recordChange(tx, {
        accountId: viewer.accountId, entityType: 'bulk action', entityId: id, action: 'updated', summary: `Bulk: ${what}`,
        about: { Person: invited, Event: [event.id] },
      }, at);
      await recordAudit(tx, { action: AuditAction.BULK_ACTION, actorId: viewer.accountId, targetType: 'bulk action', targetId: id, summary: what }, at);
    });
    return { id, summary: what, changed: invited.length, unchanged: ids.length - invited.length, skipped: [] };
  }

  /** Takes back invitations still unanswered; those who answered since keep their answer and are named. */
  private async undoInvites(viewer: Viewer, b: BulkActionRecord, before: BulkBefore): Promise<BulkOutcome> {
    const ids = before.rows.map((r) => r.id);
    const eventId = before.eventId!;
    const rsvps = await this.store.read(ListQueries.rsvpsOf, { ids, eventId });
    const answered = new Set(rsvps.filter((r) => r.status !== 'INVITED').map((r) => String(r.id)));
    const removed = rsvps.filter((r) => r.status === 'INVITED').map((r) => String(r.id));
    const at = now();
    const summary = `Undid: ${String(b.summary)}`;
    await this.store.transaction(async (tx) => {
      if (removed.length) await tx.run(ListQueries.removeInvites, { ids: removed, eventId });
      await tx.run(ListQueries.markUndone, { id: String(b.id), now: at });
      await recordAudit(tx, { action: AuditAction.BULK_ACTION_UNDONE, actorId: viewer.accountId, targetType: 'bulk action', targetId: String(b.id), summary }, at);
      await recordChange(tx, { accountId: viewer.accountId, entityType: 'bulk action', entityId: String(b.id), action: 'updated', summary, about: { Person: removed, Event: [eventId] } }, at);
    });
    const names = answered.size ? ((await this.store.read(ListQueries.peopleByIds, { ids: [...answered] }))).map((r) => r.name) : [];
    return { id: String(b.id), summary, changed: removed.length, unchanged: 0, skipped: names };
  }

  // Bulk actions run as jobs

  /** One bulk action at a time per account: the undo of "my last bulk action" must mean one thing. */
  private oneAtATime(viewer: Viewer): void {
    const mine = [...this.jobs.values()].find((j) => j.accountId === viewer.accountId);
    if (mine) throw new AppError('FAILED_PRECONDITION', `Your bulk action on ${mine.total} people is still running; start the next one when it has finished.`);
  }

  /**
   * Starts a large bulk action: recorded first (so its progress can be asked for and the parts done undone), then
   * its parts run one after another, each its own transaction with its before-image; answers at once with RUNNING.
   */
  private async startJob(
    viewer: Viewer, before: Omit<BulkBefore, 'rows' | 'asks'>, ids: string[], unchanged: number,
    part: (ids: string[], record: RecordPart) => Promise<PartOutcome>, end: JobEnd, skipped: string[] = [], size = this.partSize,
  ): Promise<BulkOutcome> {
    this.oneAtATime(viewer);
    const id = randomUUID();
    const summary = `Working on ${ids.length} people`;
    await this.store.write(ListQueries.startBulkJob, {
      id, now: now(), viewerId: viewer.accountId, kind: before.kind, ...said(summary), total: ids.length, before: JSON.stringify({ ...before, rows: [] }),
    });
    const job: RunningJob = { accountId: viewer.accountId, summary, total: ids.length, done: 0, changed: [], unchanged, skipped: [...skipped] };
    this.jobs.set(id, job);
    void this.runParts(viewer, id, job, ids, part, end, size).finally(() => this.jobs.delete(id));
    return { id, summary, changed: 0, unchanged, skipped: job.skipped.slice(0, 100), status: BulkStatus.RUNNING, done: 0, total: ids.length, error: null };
  }

  private async runParts(
    viewer: Viewer, id: string, job: RunningJob, ids: string[], part: (ids: string[], record: RecordPart) => Promise<PartOutcome>, end: JobEnd, size: number,
  ): Promise<void> {
    try {
      for (let seq = 0; seq * size < ids.length; seq++) {
        const partIds = ids.slice(seq * size, (seq + 1) * size);
        const done = Math.min(ids.length, (seq + 1) * size);
        const out = await part(partIds, (tx, before, changed) =>
          tx.run(ListQueries.bulkPart, { id: randomUUID(), bulkId: id, seq, before: JSON.stringify(before), done, count: job.changed.length + changed }).then(() => undefined),
        );
        job.changed.push(...out.changed);
        job.unchanged += out.unchanged;
        job.skipped.push(...out.skipped);
        job.done = done;
      }
      const { summary, history } = end(job.changed);
      job.summary = summary;
      const at = now();
      await this.store.transaction(async (tx) => {
        await tx.run(ListQueries.finishBulkJob, {
          id, status: 'done', ...said(summary), count: job.changed.length, done: job.done, skipped: JSON.stringify(job.skipped.slice(0, 100)), error: '', errorMessage: '',
        });
        await recordChange(tx, { accountId: viewer.accountId, entityType: 'bulk action', entityId: id, summary: `Bulk: ${summary}`, ...history }, at);
        await recordAudit(tx, { action: AuditAction.BULK_ACTION, actorId: viewer.accountId, targetType: 'bulk action', targetId: id, summary }, at);
      });
    } catch (e) {
      // The parts done stay done (each with its before-image): the organizer sees why it stopped and can undo them.
      const error = e instanceof AppError ? e.message : 'The bulk action stopped on a server error; what was done so far can be undone.';
      if (!(e instanceof AppError)) this.logger.error(`Bulk action ${id} stopped: ${e instanceof Error ? e.name : 'error'}`);
      const summary = `${job.summary}: stopped after ${job.done} of ${job.total}`;
      await this.store
        .write(ListQueries.finishBulkJob, {
          id, status: 'failed', ...said(summary), count: job.changed.length, done: job.done, skipped: JSON.stringify(job.skipped.slice(0, 100)), error, errorMessage: storedMessageOf(error),
        })
        .catch(() => undefined);
    }
  }

  /** How far one of the viewer's bulk actions is: from the running job, else from its record. */
  async bulkAction(viewer: Viewer, id: string): Promise<BulkOutcome> {
    const [row] = await this.store.read(ListQueries.bulkById, { id });
    const b = row?.b;
    if (!b || b.accountId !== viewer.accountId) throw notFound('That bulk action');
    const job = this.jobs.get(id);
    if (job) {
      return { id, summary: sayStored(requestLocale(), storedMessageOf(job.summary), job.summary), changed: job.changed.length, unchanged: job.unchanged, skipped: job.skipped.slice(0, 100), status: BulkStatus.RUNNING, done: job.done, total: job.total, error: null };
    }
    const count = Number(b.count ?? 0);
    const total = Number(b.total ?? count);
    const done = Number(b.done ?? count);
    const skipped = JSON.parse(String(b.skipped || '[]')) as string[];
    // A job recorded as running that no process runs was stopped with the server.
    const status = b.status === 'running' ? BulkStatus.STOPPED : b.status === 'failed' ? BulkStatus.FAILED : BulkStatus.DONE;
    // Said in the reader's language from the stored messages; rows written before messages were kept, from their English words.
    const locale = requestLocale();
    return {
      id, summary: sayStored(locale, b.summaryMessage, b.summary), changed: count, unchanged: Math.max(0, done - count - skipped.length), skipped, status, done, total,
      error: b.error ? sayStored(locale, b.errorMessage, b.error) : null,
    };
  }

  /**
   * Undoes the viewer's last bulk action that is not undone yet. Tags come back only on records nobody has edited
   * since (same version); the others are named and left as they are.
   */
  async undoLastBulkAction(viewer: Viewer): Promise<BulkOutcome> {
    const [row] = await this.store.read(ListQueries.lastBulk, { viewerId: viewer.accountId });
    const b = row?.b;
    if (!b || b.undoneAt) throw new AppError('FAILED_PRECONDITION', 'There is no bulk action of yours to undo.');
    if (this.jobs.has(String(b.id))) throw new AppError('FAILED_PRECONDITION', 'Your last bulk action is still running; undo it when it has finished.');
    const before = JSON.parse(String(b.before)) as BulkBefore;
    // A job's parts each hold the before-image of what they changed: together they are the action's.
    for (const r of await this.store.read(ListQueries.bulkParts, { bulkId: String(b.id) })) {
      const part = JSON.parse(String(r.before)) as Pick<BulkBefore, 'rows' | 'asks'>;
      before.rows.push(...(part.rows ?? []));
      if (part.asks) before.asks = [...((before.asks ?? []) as Array<{ id: string; personId: string }>), ...(part.asks as Array<{ id: string; personId: string }>)];
    }
    if (before.kind === 'TURNOUT_ASKS') return this.undoTurnoutAsks(viewer, b, before);
    if (before.kind === 'EVENT_INVITES') return this.undoInvites(viewer, b, before);
    if (before.kind === 'ENDORSEMENT_PIPELINE') return this.organizationLists.undoPipeline(viewer, b, (before.asks ?? []) as string[]);
    const ids = before.rows.map((r) => r.id);
    const current = new Map(((await this.store.read(ListQueries.peopleByIds, { ids }))).map((r) => [r.id, r]));
    const tagging = before.kind === BulkActionKind.ADD_TAGS || before.kind === BulkActionKind.REMOVE_TAGS;
    const restore: Array<{ id: string; tags?: string[]; assignees?: string[] }> = [];
    const skipped: BulkRow[] = [];
    for (const r of before.rows) {
      const c = current.get(r.id);
      if (!c) continue;
      if (tagging) {
        if (Number(c.version) === r.version + 1) restore.push({ id: r.id, tags: r.tags ?? [] });
        else skipped.push(c);
      } else {
        const a = c.assignees ?? [];
        restore.push({ id: r.id, assignees: before.kind === BulkActionKind.ASSIGN_CONNECTOR ? a.filter((x) => x !== before.accountId) : [...a.filter((x) => x !== before.accountId), before.accountId!] });
      }
    }
    const at = now();
    const summary = `Undid: ${String(b.summary)}`;
    await this.store.transaction(async (tx) => {
      if (restore.length) {
        if (tagging) await tx.run(ListQueries.setTags, { rows: restore, now: at });
        else await tx.run(ListQueries.setAssignees, { rows: restore });
      }
      await tx.run(ListQueries.markUndone, { id: String(b.id), now: at });
      await recordAudit(tx, { action: AuditAction.BULK_ACTION_UNDONE, actorId: viewer.accountId, targetType: 'bulk action', targetId: String(b.id), summary }, at);
      await recordChange(tx, {
        accountId: viewer.accountId, entityType: 'bulk action', entityId: String(b.id), action: 'updated', summary,
        about: { Person: restore.map((r) => r.id) },
      }, at);
    });
    return { id: String(b.id), summary, changed: restore.length, unchanged: 0, skipped: skipped.map((s) => s.name) };
  }
}

const isComputed = (sortBy: PeopleSortBy): sortBy is PeopleSortBy & PeopleComputedSort => (PEOPLE_COMPUTED_SORTS as readonly string[]).includes(sortBy);

/** The statement holding just the condition groups this filter uses. */
const variantOf = (p: FilterParams): PeopleVariant => {
  const on: Record<ConditionGroup, boolean> = {
    contact: p.lastAfter !== '' || p.lastBefore !== '',
    asks: p.minAsks > 0 || p.maxAsks >= 0,
    sets: p.byKinds || p.byTags || p.near || !p.noFieldFilter,
    search: p.q !== '',
  };
  return { start: p.useIds ? 'ids' : p.fromZips ? 'zips' : 'all', groups: CONDITION_GROUPS.filter((g) => on[g]) };
};

/** LadybugDB cannot type an empty list parameter; the query's switch for it is off, so the placeholder is never compared. */
const orPlaceholder = (list: string[]): string[] => (list.length ? list : ['']);

function names(rows: ReadonlyArray<{ name: string }>): string {
  const shown = rows.slice(0, 5).map((r) => r.name).join(', ');
  return rows.length > 5 ? `${shown} and ${rows.length - 5} more` : shown;
}

/** A summary with its catalogue message, as a BulkAction keeps it. */
const said = (summary: string) => ({ summary, summaryMessage: storedMessageOf(summary) });

const askSummary = (n: number) => `Asked ${n} ${n === 1 ? 'person' : 'people'} to turn out`;

function describe(input: BulkPeopleInput): string {
  const tags = (input.tags ?? []).join(', ');
  switch (input.action) {
    case BulkActionKind.ADD_TAGS: return `Added tag ${tags}`;
    case BulkActionKind.REMOVE_TAGS: return `Removed tag ${tags}`;
    case BulkActionKind.ASSIGN_CONNECTOR: return 'Assigned a connector';
    case BulkActionKind.UNASSIGN_CONNECTOR: return 'Unassigned a connector';
  }
}

/** A filter without its empty conditions, as saved. */
function compact(f: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)));
}

import { cypher, type CypherQuery, type Params, type RegionScope } from '../../graph/query.js';
import type { PersonRecord } from '../people/models/person.model.js';
import { customFieldsMatch } from '../custom-fields/custom-fields.queries.js';

/**
 * The people-list filter, built from fixed fragments: every condition is a parameter, and no user text ever reaches
 * Cypher. A condition group is left out of the text when it is off, because the engines evaluate a switched-off
 * condition anyway (`NOT $byTags OR all(...)` costs a list walk per person): so each shape (PEOPLE_SHAPES) is its
 * own statement, declared here once by name. Last contact and asks in 30 days are facts kept on the person
 * (person-facts.ts), conditions like any property. Conditions on other relationships (team, campaign role,
 * leadership level, member since) are answered first by their own fixed queries below; the service hands their
 * answer in as `$ids` (start from those people, by key).
 * The quantifiers range over the parameter lists: LadybugDB fails an assertion on a parameter inside a
 * quantifier's predicate (`any(k IN p.kinds WHERE k IN $kinds)`), measured on @ladybugdb/core.
 * Lists are never sent empty (an empty list parameter leaves LadybugDB with an unresolved ANY type at run time):
 * each has a switch ($byKinds...) and an unused placeholder when off.
 * Custom fields: the terms a filter's values make (custom-field-values.ts), all held by the person ($noFieldFilter off).
 */
const SCOPE = `($allRegions OR p.region IN $regions) AND ($regionId = '' OR p.region = $regionId)`;
type Dialect = 'embedded' | 'neo4j';
/** Tags: LadybugDB's built-in list_has_all instead of a quantifier walked per person. */
const HAS_ALL_TAGS: Record<Dialect, string> = { embedded: 'list_has_all(p.tags, $tags)', neo4j: 'all(t IN $tags WHERE t IN p.tags)' };
/**
 * The n-th newest turnout ask time kept on the person (person-facts.ts), '' when there are fewer: "at least n asks
 * since" is "the n-th newest ask is on or after then", with no counting. The list is padded with $askPad ('' x n)
 * because LadybugDB's list_extract throws out of range, on every row, even behind a switch that is off (measured on
 * @ladybugdb/core); its lists count from 1, Neo4j's from 0. A person never asked (null) gives '' by the outer
 * coalesce: `coalesce(p.askDates, $askPad)` inside gave other rows' ask times to people read by key from $ids
 * (a team's members with an asks condition: none found, or one never asked found), on @ladybugdb/core.
 */
const NTH_ASK: Record<Dialect, (n: string) => string> = {
  embedded: (n) => `coalesce(list_extract(list_concat(p.askDates, $askPad), ${n}), '')`,
  neo4j: (n) => `(coalesce(p.askDates, []) + $askPad)[${n} - 1]`,
};
/**
 * The condition groups, each a fixed fragment with its switches inside: a statement holds only the groups its filter
 * uses (PeopleVariant), so a list with one last-contact condition does not pay for the asks, kinds, tags, custom
 * fields and search conditions (LadybugDB evaluates every condition of a WHERE on every row, switched off or not).
 * Grouped, not one statement per condition, to keep the declared statements few (each is linted by Neo4j's parser):
 * `contact` last contact before/after, `asks` asks in 30 days, `sets` kinds, tags, custom fields and the distance
 * condition (when it is not the start), `search` the search text.
 */
export const CONDITION_GROUPS = ['contact', 'asks', 'sets', 'search'] as const;
export type ConditionGroup = (typeof CONDITION_GROUPS)[number];
const GROUP_TEXT: Record<ConditionGroup, (d: Dialect) => string> = {
  contact: () => `($lastAfter = '' OR p.lastContact >= $lastAfter)
  AND ($lastBefore = '' OR (p.lastContact <> '' AND p.lastContact < $lastBefore))`,
  asks: (d) => `($minAsks = 0 OR ${NTH_ASK[d]('$minAt')} >= $asksSince)
  AND ($maxAsks < 0 OR ${NTH_ASK[d]('$maxAt')} < $asksSince)`,
  sets: (d) => `(NOT $byKinds OR ${ANY_KIND[d]})
  AND (NOT $byTags OR ${HAS_ALL_TAGS[d]})
  AND (NOT $near OR left(coalesce(p.zip, ''), 5) IN $zips)
  AND ${customFieldsMatch('p')[d]}`,
  search: () => `($q = '' OR p.searchPublic CONTAINS $q
       OR (($contactsAll OR p.createdBy = $viewerId OR $viewerId IN p.assignees)
           AND (p.searchContact CONTAINS $q OR ($qDigits <> '' AND p.searchContact CONTAINS $qDigits))))`,
};
/**
 * Kinds (any of): on LadybugDB one list_contains per kind slot ($kind0..3, '' when unused), 11 ms against 174 ms
 * for the quantifier over 100,000 people (measured on @ladybugdb/core, bench data); there are four kinds.
 */
export const KIND_SLOTS = 4;
const ANY_KIND: Record<Dialect, string> = {
  embedded: Array.from({ length: KIND_SLOTS }, (_, i) => `list_contains(p.kinds, $kind${i})`).join(' OR '),
  neo4j: 'any(k IN $kinds WHERE k IN p.kinds)',
};

/**
 * Where a statement starts: every person (`all`), the people $ids names (by key), or the people whose zip is one of
 * $zips (`zips`: the distance filter, zips within the radius first; the engine joins the list to the people on
 * equal zips: 61 ms against 248 ms for `left(zip, 5) IN $zips` on every person, 100,000 people and 198 zips,
 * measured on @ladybugdb/core; Neo4j uses its zip index). Equal zips miss a ZIP+4, so the service starts from zips
 * only when no ZIP+4 in the radius is stored.
 */
export type PeopleStart = 'all' | 'ids' | 'zips';
/** Where a statement starts and which condition groups it holds (in CONDITION_GROUPS order). */
export interface PeopleVariant {
  start: PeopleStart;
  groups: readonly ConditionGroup[];
}
/**
 * The shapes declared, each with all three starts: no group, last contact alone, asks alone, and every group (any
 * other mix). Not every subset: 16 shapes made 672 statements, and Neo4j's linter took over ten minutes on them
 * (cypher-lint.spec.ts, on the shared machine). A filter takes the smallest shape holding its groups (variantOf).
 */
export const PEOPLE_SHAPES: ReadonlyArray<readonly ConditionGroup[]> = [[], ['contact'], ['asks'], CONDITION_GROUPS];
const VARIANTS: PeopleVariant[] = (['all', 'ids', 'zips'] as const).flatMap((start) => PEOPLE_SHAPES.map((groups) => ({ start, groups })));
export const variantName = (v: PeopleVariant) => [v.start, ...CONDITION_GROUPS.filter((g) => v.groups.includes(g))].join('.');
const START: Record<PeopleStart, [match: string, condition: string]> = {
  all: ['MATCH (p:Person)', ''],
  ids: ['UNWIND $ids AS pid MATCH (p:Person {id: pid})', ''],
  zips: ['UNWIND $zips AS z MATCH (p:Person)', 'p.zip = z'],
};
const matchIn = (v: PeopleVariant, d: Dialect) => `${START[v.start][0]}
   WHERE ${[START[v.start][1], SCOPE, ...CONDITION_GROUPS.filter((g) => v.groups.includes(g)).map((g) => GROUP_TEXT[g](d))].filter(Boolean).join(' AND ')}`;
/** Both dialects of a statement that starts with the variant's MATCH ... WHERE. */
const both = (v: PeopleVariant, rest: string) => ({ embedded: `${matchIn(v, 'embedded')} ${rest}`, neo4j: `${matchIn(v, 'neo4j')} ${rest}` });

/** A list's filter, as parameters (lists.service.ts builds them); its rows: people whole, counts, ids. */
type PeopleRead<R> = CypherQuery<Params, R>;
type Ids = { ids: string[] };
type PersonId = { id: string };
/** A SavedList node as stored: `filter` is the filter's JSON, `sort` the column and ' DESC' when descending. */
export type SavedListRecord = {
  id: string; name: string; entity: string; filter: string; sort: string | null; columns: string[] | null; shared: boolean | null; region: string | null;
  createdBy: string; createdAt: string; updatedAt: string;
};
/** A BulkAction node as stored (see the graph model); rows written by older builds may lack the later properties. */
export type BulkActionRecord = {
  id: string; at: string; accountId: string; kind: string; summary: string; summaryMessage: string | null; count: number | null; before: string; undoneAt: string | null;
  status: string | null; total: number | null; done: number | null; skipped: string | null; error: string | null; errorMessage: string | null;
};
/** A summary as written (English) and as its catalogue message (i18n/said.ts storedMessageOf), for each reader's language. */
type Said = { summary: string; summaryMessage: string };
type BulkRecord = Said & { id: string; now: string; viewerId: string };
/** What a bulk action reads of each chosen person. */
type BulkPersonRow = { id: string; name: string; region: string; tags: string[] | null; assignees: string[] | null; version: number };

/**
 * Columns a list can be sorted by: each is a stored property, so the sort is done by the engine, not in memory.
 * Last contact is kept on the person (person-facts.ts); '' (never met) sorts first ascending.
 */
export const PEOPLE_SORTS = {
  NAME: 'p.sortKey', ZIP: 'p.zip', REGION: 'p.region', ADDED: 'p.createdAt', UPDATED: 'p.updatedAt', LAST_CONTACT: "coalesce(p.lastContact, '')",
} as const;
export type PeopleSortColumn = keyof typeof PEOPLE_SORTS;
/**
 * Columns computed per request (asks in the last 30 days depend on the day; leadership level on the latest
 * assessment per theme): the service sorts the list's ids by them in memory (lists.service.ts, sortedByComputed).
 */
export const PEOPLE_COMPUTED_SORTS = ['ASKS_30_DAYS', 'LEADERSHIP_LEVEL'] as const;
export type PeopleComputedSort = (typeof PEOPLE_COMPUTED_SORTS)[number];

interface PeopleStatements {
  /** The page's ids in order: the people are read by key after (RETURN p sorted drags every column of every match). */
  page: Record<PeopleSortColumn, { ASC: PeopleRead<PersonId>; DESC: PeopleRead<PersonId> }>;
  count: PeopleRead<{ total: number }>;
  ids: PeopleRead<PersonId>;
}
const statements = new Map<string, PeopleStatements>();
for (const v of VARIANTS) {
  const name = variantName(v);
  const page = {} as PeopleStatements['page'];
  for (const [column, property] of Object.entries(PEOPLE_SORTS) as Array<[PeopleSortColumn, string]>) {
    const of = (dir: 'ASC' | 'DESC') =>
      cypher<Params, PersonId>(`lists.people.page.${name}.${column}.${dir}`, 'read', both(v, `RETURN p.id AS id ORDER BY ${property} ${dir}, p.sortKey ${dir} SKIP $skip LIMIT $limit`), {
        cached: true,
      });
    page[column] = { ASC: of('ASC'), DESC: of('DESC') };
  }
  statements.set(name, {
    page,
    count: cypher<Params, { total: number }>(`lists.people.count.${name}`, 'read', both(v, 'RETURN count(p) AS total'), { cached: true }),
    /** Every id a filter matches, in name order, for bulk actions on a whole list (bounded by $limit). */
    ids: cypher<Params, PersonId>(`lists.people.ids.${name}`, 'read', both(v, 'RETURN p.id AS id ORDER BY p.sortKey LIMIT $limit')),
  });
}
/** The statements of the smallest declared shape holding the variant's groups. */
export const peopleStatements = (v: PeopleVariant): PeopleStatements => {
  const shape = PEOPLE_SHAPES.find((s) => v.groups.every((g) => s.includes(g)))!;
  return statements.get(variantName({ start: v.start, groups: shape }))!;
};

export const ListQueries = {
  /** People in a team (as members). */
  teamMembers: cypher<{ teamId: string }, PersonId>('lists.people.inTeam', 'read', `MATCH (p:Person)-[:MEMBER_OF]->(t:Team {id: $teamId}) RETURN DISTINCT p.id AS id`),
  /** People holding a role in a campaign; $role '' for any role. */
  campaignRoles: cypher<{ campaignId: string; role: string }, PersonId>(
    'lists.people.campaignRole',
    'read',
    `MATCH (p:Person)-[r:HOLDS_ROLE]->(c:Campaign {id: $campaignId}) WHERE $role = '' OR r.role = $role RETURN DISTINCT p.id AS id`,
  ),
  /** Every assessment with its theme and date: the service keeps each person's latest per theme. */
  assessments: cypher<RegionScope, PersonId & { theme: string; level: number; assessedOn: string }>(
    'lists.people.assessments',
    'read',
    `MATCH (a:Assessment)-[:ASSESSES]->(p:Person) WHERE $allRegions OR p.region IN $regions
     RETURN p.id AS id, a.theme AS theme, a.level AS level, a.assessedOn AS assessedOn`,
  ),
  /** When each person first became a member of an organization or team. */
  memberSince: cypher<RegionScope, PersonId & { since: string | null }>(
    'lists.people.memberSince',
    'read',
    `MATCH (p:Person)-[m:MEMBER_OF]->() WHERE $allRegions OR p.region IN $regions
     RETURN p.id AS id, min(coalesce(m.since, m.createdAt)) AS since`,
  ),

  /** For a call sheet: the chosen people's latest meeting and turnout asks since a date. */
  lastContactOf: cypher<Ids, PersonId & { last: string | null }>(
    'lists.callSheet.lastContact',
    'read',
    `UNWIND $ids AS pid MATCH (p:Person {id: pid})-[:PARTICIPATED]->(i:Interaction) RETURN pid AS id, max(i.date) AS last`,
  ),
  /** The chosen people's assessments: the service keeps each one's latest per theme. */
  assessmentsOf: cypher<Ids, PersonId & { theme: string; level: number; assessedOn: string }>(
    'lists.people.assessmentsOf',
    'read',
    `UNWIND $ids AS pid MATCH (a:Assessment)-[:ASSESSES]->(p:Person {id: pid}) RETURN pid AS id, a.theme AS theme, a.level AS level, a.assessedOn AS assessedOn`,
  ),
  /** The chosen people themselves, for a page sorted by a computed column (the service puts them in order). */
  peopleOf: cypher<Ids, { p: PersonRecord }>('lists.people.of', 'read', `UNWIND $ids AS pid MATCH (p:Person {id: pid}) RETURN p`, { cached: true }),
  /** Whether a ZIP+4 within the radius is stored: then the distance filter cannot start from equal zips. */
  zipPlus4Near: cypher<{ zips: string[] }, PersonId>(
    'lists.people.zipPlus4Near',
    'read',
    `MATCH (p:Person) WHERE size(p.zip) > 5 AND left(p.zip, 5) IN $zips RETURN p.id AS id LIMIT 1`,
    { cached: true },
  ),
  asksOf: cypher<Ids & { since: string }, PersonId & { asks: number }>(
    'lists.callSheet.asks',
    'read',
    `UNWIND $ids AS pid MATCH (p:Person {id: pid})-[a:ASKED_TO_ATTEND]->(:Event) WHERE a.at >= $since RETURN pid AS id, count(a) AS asks`,
  ),
  /** The stored fields a bulk action changes, with the version, for the before-image and the undo check. */
  peopleByIds: cypher<Ids, BulkPersonRow>(
    'lists.people.byIds',
    'read',
    `UNWIND $ids AS pid MATCH (p:Person {id: pid}) RETURN p.id AS id, p.name AS name, p.region AS region, p.tags AS tags, p.assignees AS assignees, p.version AS version`,
  ),
  setTags: cypher<{ rows: Array<{ id: string; tags?: string[] }>; now: string }, PersonId>(
    'lists.people.setTags',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.id}) SET p.tags = r.tags, p.version = p.version + 1, p.updatedAt = $now RETURN p.id AS id`,
    {},
  ),
  /** Assignment is not an edit of the record (see person.setAssignee): the version stays. */
  setAssignees: cypher<{ rows: Array<{ id: string; assignees?: string[] }> }, PersonId>(
    'lists.people.setAssignees',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.id}) SET p.assignees = r.assignees RETURN p.id AS id`,
    {},
  ),

  saveList: cypher<Params, { l: SavedListRecord }>(
    'lists.saved.create',
    'write',
    `CREATE (l:SavedList {id: $id, name: $name, entity: $entity, filter: $filter, sort: $sort, columns: $columns, shared: $shared,
       region: $region, createdBy: $viewerId, createdAt: $now, updatedAt: $now}) RETURN l`,
  ),
  /** The viewer's own lists, and lists shared with a region the viewer works in. */
  savedLists: cypher<RegionScope & { entity: string; viewerId: string }, { l: SavedListRecord }>(
    'lists.saved.visible',
    'read',
    `MATCH (l:SavedList) WHERE l.entity = $entity AND (l.createdBy = $viewerId OR (l.shared AND ($allRegions OR l.region IN $regions)))
     RETURN l ORDER BY l.name`,
  ),
  savedList: cypher<PersonId, { l: SavedListRecord }>('lists.saved.byId', 'read', `MATCH (l:SavedList {id: $id}) RETURN l`),
  deleteList: cypher<PersonId, PersonId>('lists.saved.delete', 'write', `MATCH (l:SavedList {id: $id}) DELETE l RETURN $id AS id`),

  recordBulk: cypher<BulkRecord & { kind: string; count: number; before: string }, PersonId>(
    'lists.bulk.record',
    'write',
    `CREATE (b:BulkAction {id: $id, at: $now, accountId: $viewerId, kind: $kind, summary: $summary, summaryMessage: $summaryMessage, count: $count, before: $before,
       undoneAt: '', status: 'done', total: $count, done: $count, skipped: '[]', error: '', errorMessage: ''}) RETURN b.id AS id`,
  ),
  /** A bulk action run as a job: recorded before its first part, so its progress can be asked for and its parts undone. */
  startBulkJob: cypher<BulkRecord & { kind: string; total: number; before: string }, PersonId>(
    'lists.bulk.startJob',
    'write',
    `CREATE (b:BulkAction {id: $id, at: $now, accountId: $viewerId, kind: $kind, summary: $summary, summaryMessage: $summaryMessage, count: 0, before: $before,
       undoneAt: '', status: 'running', total: $total, done: 0, skipped: '[]', error: '', errorMessage: ''}) RETURN b.id AS id`,
  ),
  /** One part done: its before-image, written in the transaction of its changes, and the progress. */
  bulkPart: cypher<Params, PersonId>(
    'lists.bulk.part',
    'write',
    `MATCH (b:BulkAction {id: $bulkId}) CREATE (x:BulkActionPart {id: $id, bulkId: $bulkId, seq: $seq, before: $before})
     SET b.done = $done, b.count = $count RETURN x.id AS id`,
  ),
  finishBulkJob: cypher<Said & { id: string; status: string; count: number; done: number; skipped: string; error: string; errorMessage: string }, PersonId>(
    'lists.bulk.finishJob',
    'write',
    `MATCH (b:BulkAction {id: $id}) SET b.status = $status, b.summary = $summary, b.summaryMessage = $summaryMessage, b.count = $count, b.done = $done,
       b.skipped = $skipped, b.error = $error, b.errorMessage = $errorMessage
     RETURN b.id AS id`,
  ),
  bulkById: cypher<PersonId, { b: BulkActionRecord }>('lists.bulk.byId', 'read', `MATCH (b:BulkAction {id: $id}) RETURN b`),
  bulkParts: cypher<{ bulkId: string }, { before: string }>('lists.bulk.parts', 'read', `MATCH (x:BulkActionPart) WHERE x.bulkId = $bulkId RETURN x.before AS before ORDER BY x.seq`),
  lastBulk: cypher<{ viewerId: string }, { b: BulkActionRecord }>(
    'lists.bulk.last',
    'read',
    `MATCH (b:BulkAction) WHERE b.accountId = $viewerId RETURN b ORDER BY b.at DESC LIMIT 1`,
  ),
  /** Undo of a bulk turnout ask: removes exactly the asks it recorded (each found from its person). */
  removeAsks: cypher<{ rows: Array<{ id: string; personId: string }> }, never>(
    'lists.bulk.removeAsks',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId})-[a:ASKED_TO_ATTEND]->(:Event) WHERE a.id = r.id DELETE a`,
    {},
  ),
  /** Who among the chosen people already has an RSVP (any answer, or an invitation) for the event. */
  rsvpsOf: cypher<Ids & { eventId: string }, PersonId & { status: string }>(
    'lists.bulk.rsvpsOf',
    'read',
    `UNWIND $ids AS pid MATCH (p:Person {id: pid})-[r:RSVPED]->(e:Event {id: $eventId}) RETURN pid AS id, r.status AS status`,
  ),
  /** An invitation is an RSVP with no answer yet; an answer given meanwhile is kept (ON CREATE only). */
  invite: cypher<Params, PersonId>(
    'lists.bulk.invite',
    'write',
    `UNWIND $ids AS pid MATCH (p:Person {id: pid}) MATCH (e:Event {id: $eventId})
     MERGE (p)-[r:RSVPED]->(e) ON CREATE SET r.status = 'INVITED', r.at = $now, r.source = 'bulk-invite'`,
    {},
  ),
  /** Undo of a bulk invite: only invitations still unanswered go. */
  removeInvites: cypher<Ids & { eventId: string }, never>(
    'lists.bulk.removeInvites',
    'write',
    `UNWIND $ids AS pid MATCH (p:Person {id: pid})-[r:RSVPED]->(e:Event {id: $eventId}) WHERE r.status = 'INVITED' DELETE r`,
    {},
  ),
  markUndone: cypher<{ id: string; now: string }, PersonId>('lists.bulk.undone', 'write', `MATCH (b:BulkAction {id: $id}) SET b.undoneAt = $now RETURN b.id AS id`),
};

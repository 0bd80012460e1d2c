import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher, type RegionScope } from '../../graph/query.js';
import type { OrganizationRecord } from '../organizations/models/organization.model.js';
import type { PersonRecord } from '../people/models/person.model.js';

export type TieRow = {
  a: string;
  b: string;
  /** The people's sort keys (name first): the order clusters are computed in. */
  aKey: string;
  bKey: string;
  since: string | null;
  createdAt: string | null;
  strength: number | null;
  score: number | null;
  scoreAt: string | null;
  lastContact: string | null;
};

export type RoleRow = {
  personId: string;
  personRegion?: string | null;
  role: string;
  startDate: string | null;
  endDate: string | null;
  createdAt?: string | null;
  forOrganizationId: string | null;
  targetType: string;
  targetId: string;
};

/** A window of dates (YYYY-MM-DD, inclusive); counts split at $from into the window and before it. */
type Range = RegionScope & { since: string; until: string };
type Counts = { personId: string; now: number; before: number };
type None = Record<string, never>;

/** Every Cypher of the insights: evidence of organizing work, ties, affiliations and roles, in the viewer's regions. */
const IN_SCOPE = (v: string) => `($allRegions OR ${v}.region IN $regions)`;

const ACTIVITY = `(i.kind = 'TRAINING' OR (x.host = true AND (i.kind = 'ONE_TO_ONE' OR i.kind = 'HOUSE_MEETING')))`;

/**
 * On the embedded engine the activity behind leader scores is read from files the engine writes itself (COPY
 * (MATCH ...) TO, parameters allowed), as the reach index loads: turning rows into objects through the driver was
 * what made the read slow (200,000 people, 66,058 activity rows, side by side at load 22: 9.3 s through the driver,
 * 0.64 s as an export; the aggregated read of the counts 1.9-7.9 s). The folder is this process's own (temporary
 * directory and a random name, never from input); runs in one process take turns (activity-export.ts).
 */
export const ACTIVITY_EXPORT_DIR = join(tmpdir(), `coalition-activity-${process.pid}-${randomUUID()}`);
export const ACTIVITY_EXPORT_FILES = {
  interactions: join(ACTIVITY_EXPORT_DIR, 'interactions.csv'),
  brought: join(ACTIVITY_EXPORT_DIR, 'brought.csv'),
  personKeys: join(ACTIVITY_EXPORT_DIR, 'person-keys.csv'),
};
const exportable = !/['\\\n]/.test(ACTIVITY_EXPORT_DIR);
/** The rows go to a file (embedded) and are read from there (activity-export.ts), not from the result. */
const exported = (name: string, file: string, match: string) =>
  cypher<RegionScope & Partial<Range & { from: string }>, never>(name, 'read', { embedded: exportable ? `COPY (${match}) TO '${file}' (HEADER=false)` : match, neo4j: match });

/** Row exports (embedded engine): [personId, kind, date] of activity; [personId, date] of people brought; [id, sortKey]. */
export const InsightExports = {
  usable: exportable,
  interactions: exported(
    'insights.export.interactions',
    ACTIVITY_EXPORT_FILES.interactions,
    `MATCH (p:Person)-[x:PARTICIPATED]->(i:Interaction) WHERE ${IN_SCOPE('p')} AND i.date >= $since AND i.date <= $until AND ${ACTIVITY} RETURN p.id, i.kind, i.date`,
  ),
  brought: exported(
    'insights.export.brought',
    ACTIVITY_EXPORT_FILES.brought,
    `MATCH (a:Person)-[x:ATTENDED]->(e:Event) WHERE ${IN_SCOPE('e')} AND e.date >= $since AND e.date <= $until AND x.broughtById <> '' RETURN x.broughtById, e.date`,
  ),
  personKeys: exported('insights.export.personKeys', ACTIVITY_EXPORT_FILES.personKeys, `MATCH (p:Person) WHERE ${IN_SCOPE('p')} RETURN p.id, p.sortKey`),
};

export const InsightQueries = {
  /** Hosted one-to-ones and house meetings, and trainings taken part in, dated from $since to $until. */
  interactions: cypher<Range, { personId: string; kind: string; date: string; host: boolean | null }>(
    'insights.interactions',
    'read',
    `MATCH (p:Person)-[x:PARTICIPATED]->(i:Interaction)
     WHERE ${IN_SCOPE('p')} AND i.date >= $since AND i.date <= $until
       AND (i.kind = 'TRAINING' OR (x.host = true AND (i.kind = 'ONE_TO_ONE' OR i.kind = 'HOUSE_MEETING')))
     RETURN p.id AS personId, i.kind AS kind, i.date AS date, x.host AS host`,
  ),
  /** The same, counted per person and kind: in the window (from $from) and before it. */
  interactionCounts: cypher<Range & { from: string }, Counts & { kind: string }>(
    'insights.interactionCounts',
    'read',
    `MATCH (p:Person)-[x:PARTICIPATED]->(i:Interaction)
     WHERE ${IN_SCOPE('p')} AND i.date >= $since AND i.date <= $until
       AND (i.kind = 'TRAINING' OR (x.host = true AND (i.kind = 'ONE_TO_ONE' OR i.kind = 'HOUSE_MEETING')))
     RETURN p.id AS personId, i.kind AS kind,
            sum(CASE WHEN i.date >= $from THEN 1 ELSE 0 END) AS now, sum(CASE WHEN i.date < $from THEN 1 ELSE 0 END) AS before`,
  ),
  /** People brought, counted per person who brought them: in the window (from $from) and before it. */
  broughtCounts: cypher<Range & { from: string }, Counts>(
    'insights.broughtCounts',
    'read',
    `MATCH (a:Person)-[x:ATTENDED]->(e:Event)
     WHERE ${IN_SCOPE('e')} AND e.date >= $since AND e.date <= $until AND x.broughtById <> ''
     RETURN x.broughtById AS personId,
            sum(CASE WHEN e.date >= $from THEN 1 ELSE 0 END) AS now, sum(CASE WHEN e.date < $from THEN 1 ELSE 0 END) AS before`,
  ),
  /** Turnout credit: attendances recorded as brought by someone, at events dated from $since to $until. */
  brought: cypher<Range, { personId: string; date: string; attendeeId: string }>(
    'insights.brought',
    'read',
    `MATCH (a:Person)-[x:ATTENDED]->(e:Event)
     WHERE ${IN_SCOPE('e')} AND e.date >= $since AND e.date <= $until AND x.broughtById <> ''
     RETURN x.broughtById AS personId, e.date AS date, a.id AS attendeeId`,
  ),
  /** Ties with both people in scope. */
  ties: cypher<RegionScope, Omit<TieRow, 'aKey' | 'bKey'> & { aKey: string | null; bKey: string | null }>(
    'insights.ties',
    'read',
    `MATCH (a:Person)-[k:KNOWS]->(b:Person)
     WHERE ${IN_SCOPE('a')} AND ${IN_SCOPE('b')}
     RETURN a.id AS a, b.id AS b, a.sortKey AS aKey, b.sortKey AS bKey, k.since AS since, k.createdAt AS createdAt, k.strength AS strength,
            k.score AS score, k.scoreAt AS scoreAt, k.lastContact AS lastContact`,
  ),
  /** Role assignments on campaigns, teams and organizations, with person and target in scope. */
  roles: cypher<RegionScope, RoleRow>('insights.roles', 'read', {
    embedded: `MATCH (p:Person)-[r:HOLDS_ROLE]->(x) WHERE ${IN_SCOPE('p')} AND ${IN_SCOPE('x')}
               RETURN p.id AS personId, r.role AS role, r.startDate AS startDate, r.endDate AS endDate, r.createdAt AS createdAt,
                      r.organizationId AS forOrganizationId, label(x) AS targetType, x.id AS targetId`,
    neo4j: `MATCH (p:Person)-[r:HOLDS_ROLE]->(x) WHERE ${IN_SCOPE('p')} AND ${IN_SCOPE('x')}
            RETURN p.id AS personId, r.role AS role, r.startDate AS startDate, r.endDate AS endDate, r.createdAt AS createdAt,
                   r.organizationId AS forOrganizationId, labels(x)[0] AS targetType, x.id AS targetId`,
  }),
  /** People in scope, lightly: who they are and whether they are marked LEADER. */
  people: cypher<RegionScope, { id: string; kinds: string[] | null }>('insights.people', 'read', `MATCH (p:Person) WHERE ${IN_SCOPE('p')} RETURN p.id AS id, p.kinds AS kinds`),
  /** Sort keys (name first) of the people in scope: the order communities are computed in. */
  personKeys: cypher<RegionScope, { id: string; key: string | null }>('insights.personKeys', 'read', `MATCH (p:Person) WHERE ${IN_SCOPE('p')} RETURN p.id AS id, p.sortKey AS key`),
  peopleByIds: cypher<RegionScope & { ids: string[] }, { p: PersonRecord }>('insights.peopleByIds', 'read', `UNWIND $ids AS id MATCH (p:Person {id: id}) WHERE ${IN_SCOPE('p')} RETURN p`),
  teamMembers: cypher<RegionScope & { teamId: string }, { teamId: string; personId: string | null }>(
    'insights.teamMembers',
    'read',
    `MATCH (t:Team {id: $teamId}) WHERE ${IN_SCOPE('t')}
     OPTIONAL MATCH (p:Person)-[:MEMBER_OF]->(t) WHERE ${IN_SCOPE('p')}
     RETURN t.id AS teamId, p.id AS personId`,
  ),
  /** Partner organizations in scope: of type PARTNER, or partner in a campaign. */
  partners: cypher<RegionScope, { o: OrganizationRecord }>(
    'insights.partners',
    'read',
    `MATCH (o:Organization) WHERE ${IN_SCOPE('o')} AND o.type = 'PARTNER' RETURN o`,
  ),
  campaignPartners: cypher<RegionScope, { o: OrganizationRecord }>(
    'insights.campaignPartners',
    'read',
    `MATCH (o:Organization)-[:PARTNER_IN]->(c:Campaign) WHERE ${IN_SCOPE('o')} RETURN DISTINCT o`,
  ),
  /** Who is a member of, works at or leads an organization in scope (people anywhere: a tie to us is a tie to us). */
  affiliations: cypher<RegionScope, { organizationId: string; personId: string; personRegion: string | null; kind: string }>('insights.affiliations', 'read', {
    embedded: `MATCH (p:Person)-[r:MEMBER_OF|WORKS_AT|LEADS]->(o:Organization) WHERE ${IN_SCOPE('o')}
               RETURN o.id AS organizationId, p.id AS personId, p.region AS personRegion, label(r) AS kind`,
    neo4j: `MATCH (p:Person)-[r:MEMBER_OF|WORKS_AT|LEADS]->(o:Organization) WHERE ${IN_SCOPE('o')}
            RETURN o.id AS organizationId, p.id AS personId, p.region AS personRegion, type(r) AS kind`,
  }),
  /** Roles that tie a person to an organization: its points of contact, and campaign connectors for it. */
  connectorRoles: cypher<None, RoleRow>('insights.connectorRoles', 'read', {
    embedded: `MATCH (p:Person)-[r:HOLDS_ROLE]->(x) WHERE (r.role = 'POINT_OF_CONTACT' OR r.role = 'CONNECTOR')
               RETURN p.id AS personId, p.region AS personRegion, r.role AS role, r.startDate AS startDate, r.endDate AS endDate,
                      r.organizationId AS forOrganizationId, label(x) AS targetType, x.id AS targetId`,
    neo4j: `MATCH (p:Person)-[r:HOLDS_ROLE]->(x) WHERE (r.role = 'POINT_OF_CONTACT' OR r.role = 'CONNECTOR')
            RETURN p.id AS personId, p.region AS personRegion, r.role AS role, r.startDate AS startDate, r.endDate AS endDate,
                   r.organizationId AS forOrganizationId, labels(x)[0] AS targetType, x.id AS targetId`,
  }),
};

import { cypher, type RegionScope } from '../../graph/query.js';
import type { PersonRecord } from '../people/models/person.model.js';
import type { CompetencyTheme } from './competencies.js';

/** An Assessment node: a level (1-5) on one competency theme, as of a day. */
export type AssessmentRecord = {
  id: string;
  theme: CompetencyTheme;
  level: number;
  assessedOn: string;
  notes: string | null;
  createdBy: string;
  createdAt: string;
};

type Pair = { mentorId: string; menteeId: string };
/** The other person of a mentorship (m: the mentor, or the mentee) and since when. */
type Link = { m: PersonRecord; since: string | null };

export const LeadershipQueries = {
  assess: cypher<Omit<AssessmentRecord, 'createdBy' | 'createdAt'> & { personId: string; viewerId: string; now: string }, { id: string }>(
    'leadership.assess',
    'write',
    `MATCH (p:Person {id: $personId})
     CREATE (a:Assessment {id: $id, theme: $theme, level: $level, assessedOn: $assessedOn, notes: $notes, createdBy: $viewerId, createdAt: $now, updatedAt: $now})-[:ASSESSES]->(p)
     RETURN a.id AS id`,
    {},
  ),
  ofPerson: cypher<{ personId: string }, { a: AssessmentRecord }>(
    'leadership.ofPerson',
    'read',
    `MATCH (a:Assessment)-[:ASSESSES]->(:Person {id: $personId}) RETURN a ORDER BY a.assessedOn DESC, a.createdAt DESC LIMIT 500`,
  ),
  mentor: cypher<Pair & { since: string; viewerId: string; now: string }, { since: string | null }>(
    'leadership.mentor',
    'write',
    `MATCH (m:Person {id: $mentorId}) MATCH (p:Person {id: $menteeId})
     MERGE (m)-[r:MENTORS]->(p) ON CREATE SET r.since = $since, r.createdBy = $viewerId, r.createdAt = $now
     RETURN r.since AS since`,
    {},
  ),
  unmentor: cypher<Pair, { removed: number }>(
    'leadership.unmentor',
    'write',
    `MATCH (:Person {id: $mentorId})-[r:MENTORS]->(:Person {id: $menteeId}) DELETE r RETURN 1 AS removed`,
    {},
  ),
  mentorsOf: cypher<RegionScope & { personId: string }, Link>(
    'leadership.mentorsOf',
    'read',
    `MATCH (m:Person)-[r:MENTORS]->(:Person {id: $personId}) WHERE ($allRegions OR m.region IN $regions) RETURN m, r.since AS since ORDER BY m.sortKey`,
  ),
  menteesOf: cypher<RegionScope & { personId: string }, Link>(
    'leadership.menteesOf',
    'read',
    `MATCH (:Person {id: $personId})-[r:MENTORS]->(p:Person) WHERE ($allRegions OR p.region IN $regions) RETURN p AS m, r.since AS since ORDER BY p.sortKey`,
  ),
};

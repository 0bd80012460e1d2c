import { cypher } from '../../graph/query.js';

type Ids = { ids: string[] };
type None = Record<string, never>;

/**
 * A person's last contact (latest meeting date) and the times of their turnout asks (newest first), both null when
 * none (as on a person never met or asked, so a merge undone gives the record back as it was), kept on the person so a list filters and sorts by them as by any stored property instead of reading
 * every meeting and ask per request (docs/lists.md, "Facts kept on the person").
 * Recomputed from the relationships, not adjusted: a corrected or deleted meeting gives the same answer as if it
 * had been logged that way. Neither is read by the reach index, maps or leader scores: they declare no change.
 * Ask times newest first: LadybugDB sorts the collected list (list_sort), Neo4j collects in the order it was given.
 */
export const PersonFactQueries = {
  lastContact: cypher<Ids, never>(
    'lists.facts.lastContact',
    'write',
    `UNWIND $ids AS pid MATCH (p:Person {id: pid}) OPTIONAL MATCH (p)-[:PARTICIPATED]->(i:Interaction)
     WITH p, max(i.date) AS last SET p.lastContact = last`,
    {},
  ),
  asks: cypher<Ids, never>(
    'lists.facts.asks',
    'write',
    {
      embedded: `UNWIND $ids AS pid MATCH (p:Person {id: pid}) OPTIONAL MATCH (p)-[a:ASKED_TO_ATTEND]->(:Event)
     WITH p, collect(a.at) AS ats SET p.askDates = list_sort(ats, 'DESC')`,
      neo4j: `UNWIND $ids AS pid MATCH (p:Person {id: pid}) OPTIONAL MATCH (p)-[a:ASKED_TO_ATTEND]->(:Event)
     WITH p, a.at AS at ORDER BY at DESC WITH p, collect(at) AS ats SET p.askDates = CASE WHEN size(ats) = 0 THEN null ELSE ats END`,
    },
    {},
  ),
  /** Who was asked to turn out for an event (their ask times change when it is deleted). */
  askedFor: cypher<{ eventId: string }, { id: string }>(
    'lists.facts.askedFor',
    'read',
    `MATCH (p:Person)-[:ASKED_TO_ATTEND]->(:Event {id: $eventId}) RETURN DISTINCT p.id AS id`,
  ),
  /** The one-time backfill (schema migration 3): every person at once. */
  allLastContacts: cypher<None, never>(
    'lists.facts.allLastContacts',
    'write',
    `MATCH (p:Person) OPTIONAL MATCH (p)-[:PARTICIPATED]->(i:Interaction) WITH p, max(i.date) AS last SET p.lastContact = last`,
    {},
  ),
  allAskDates: cypher<None, never>(
    'lists.facts.allAskDates',
    'write',
    {
      embedded: `MATCH (p:Person) OPTIONAL MATCH (p)-[a:ASKED_TO_ATTEND]->(:Event) WITH p, collect(a.at) AS ats SET p.askDates = list_sort(ats, 'DESC')`,
      neo4j: `MATCH (p:Person) OPTIONAL MATCH (p)-[a:ASKED_TO_ATTEND]->(:Event) WITH p, a.at AS at ORDER BY at DESC WITH p, collect(at) AS ats SET p.askDates = CASE WHEN size(ats) = 0 THEN null ELSE ats END`,
    },
    {},
  ),
};

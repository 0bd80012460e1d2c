import { cypher, type RegionScope } from '../../graph/query.js';
import type { PersonRecord } from '../people/models/person.model.js';
import type { EventRecord, RsvpStatus } from './event.model.js';

/** An event's fields as its form saves them. */
export type EventFields = Omit<EventRecord, 'version' | 'createdAt'>;
/** An event with the id of its campaign, if any. */
type EventOut = { e: EventRecord; campaignId: string | null };

type ById = { id: string };
type Scoped = RegionScope & ById;
type OnePerson = RegionScope & { eventId: string; personId: string };
type Recorded = { eventId: string; viewerId: string; now: string };

const IN_SCOPE = `($allRegions OR e.region IN $regions)`;
const PERSON_IN_SCOPE = `($allRegions OR p.region IN $regions)`;

export const EventQueries = {
  create: cypher<EventFields & { viewerId: string; now: string }, { e: EventRecord }>(
    'event.create',
    'write',
    `CREATE (e:Event {id: $id, name: $name, date: $date, zip: $zip, location: $location, notes: $notes, region: $region,
       version: 1, createdBy: $viewerId, createdAt: $now, updatedAt: $now}) RETURN e`,
  ),
  update: cypher<RegionScope & EventFields & { version: number; now: string }, ById>(
    'event.update',
    'write',
    `MATCH (e:Event {id: $id}) WHERE ${IN_SCOPE} AND e.version = $version
     SET e.name = $name, e.date = $date, e.zip = $zip, e.location = $location, e.notes = $notes, e.region = $region,
         e.updatedAt = $now, e.version = e.version + 1
     RETURN e.id AS id`,
  ),
  unlinkCampaign: cypher<ById, never>('event.unlinkCampaign', 'write', `MATCH (e:Event {id: $id})-[r:FOR_CAMPAIGN]->(:Campaign) DELETE r`),
  delete: cypher<Scoped, ById>(
    'event.delete',
    'write',
    `MATCH (e:Event {id: $id}) WHERE ${IN_SCOPE} WITH e, e.id AS id DETACH DELETE e RETURN id`,
  ),
  removeRsvp: cypher<OnePerson, ById>(
    'event.removeRsvp',
    'write',
    `MATCH (p:Person {id: $personId})-[r:RSVPED]->(e:Event {id: $eventId}) WHERE ${PERSON_IN_SCOPE} AND ${IN_SCOPE}
     DELETE r RETURN p.id AS id`,
    {},
  ),
  removeAttendance: cypher<OnePerson, ById>(
    'event.removeAttendance',
    'write',
    `MATCH (p:Person {id: $personId})-[a:ATTENDED]->(e:Event {id: $eventId}) WHERE ${PERSON_IN_SCOPE} AND ${IN_SCOPE}
     DELETE a RETURN p.id AS id`,
    {},
  ),
  linkCampaign: cypher<ById & { campaignId: string }, never>('event.linkCampaign', 'write', `MATCH (e:Event {id: $id}) MATCH (c:Campaign {id: $campaignId}) CREATE (e)-[:FOR_CAMPAIGN]->(c)`),
  byId: cypher<Scoped, EventOut>(
    'event.byId',
    'read',
    `MATCH (e:Event {id: $id}) WHERE ${IN_SCOPE} OPTIONAL MATCH (e)-[:FOR_CAMPAIGN]->(c:Campaign) RETURN e, c.id AS campaignId`,
  ),
  list: cypher<RegionScope & { regionId: string; campaignId: string; from: string }, EventOut>(
    'event.list',
    'read',
    `MATCH (e:Event) WHERE ${IN_SCOPE} AND ($regionId = '' OR e.region = $regionId) AND e.date >= $from
     OPTIONAL MATCH (e)-[:FOR_CAMPAIGN]->(c:Campaign)
     WITH e, c WHERE $campaignId = '' OR c.id = $campaignId
     RETURN e, c.id AS campaignId`,
  ),
  rsvp: cypher<OnePerson & { status: RsvpStatus; now: string }, ById>(
    'event.rsvp',
    'write',
    `MATCH (p:Person {id: $personId}) MATCH (e:Event {id: $eventId}) WHERE ${PERSON_IN_SCOPE} AND ${IN_SCOPE}
     MERGE (p)-[r:RSVPED]->(e) SET r.status = $status, r.at = $now RETURN p.id AS id`,
    {},
  ),
  attend: cypher<Recorded & { rows: Array<{ personId: string; broughtById: string | null }> }, never>(
    'event.attend',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId}) MATCH (e:Event {id: $eventId})
     MERGE (p)-[a:ATTENDED]->(e) SET a.broughtById = r.broughtById, a.recordedBy = $viewerId, a.at = $now`,
    {},
  ),
  ask: cypher<Recorded & { rows: Array<{ id: string; personId: string }> }, never>(
    'event.ask',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId}) MATCH (e:Event {id: $eventId})
     CREATE (p)-[:ASKED_TO_ATTEND {id: r.id, at: $now, askedBy: $viewerId}]->(e)`,
    {},
  ),
  askTimes: cypher<{ ids: string[]; since: string }, { id: string; at: string }>(
    'event.askTimes',
    'read',
    `UNWIND $ids AS pid MATCH (p:Person {id: pid})-[a:ASKED_TO_ATTEND]->(:Event) WHERE a.at >= $since RETURN pid AS id, a.at AS at`,
  ),
  rsvps: cypher<Scoped, { p: PersonRecord; status: RsvpStatus; source: string | null; invitedById: string | null; invitedByText: string | null }>(
    'event.rsvps',
    'read',
    `MATCH (p:Person)-[r:RSVPED]->(e:Event {id: $id}) WHERE ${PERSON_IN_SCOPE}
     RETURN p, r.status AS status, r.source AS source, r.invitedById AS invitedById, r.invitedByText AS invitedByText ORDER BY p.sortKey`,
  ),
  attendance: cypher<Scoped, { p: PersonRecord; broughtById: string | null }>(
    'event.attendance',
    'read',
    `MATCH (p:Person)-[a:ATTENDED]->(e:Event {id: $id}) WHERE ${PERSON_IN_SCOPE} RETURN p, a.broughtById AS broughtById ORDER BY p.sortKey`,
  ),
  asks: cypher<Scoped, { p: PersonRecord; id: string; at: string; askedBy: string }>(
    'event.asks',
    'read',
    `MATCH (p:Person)-[a:ASKED_TO_ATTEND]->(e:Event {id: $id}) WHERE ${PERSON_IN_SCOPE} RETURN p, a.id AS id, a.at AS at, a.askedBy AS askedBy ORDER BY a.at DESC`,
  ),
};

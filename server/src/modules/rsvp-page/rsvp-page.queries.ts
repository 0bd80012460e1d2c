import { cypher, type RegionScope } from '../../graph/query.js';

/** An event whose public page is on: only what the page shows. */
export type OpenEvent = { id: string; name: string; date: string; location: string | null; zip: string | null; region: string };
/** A person the page may match a visitor to (phones only where the match is by contact). */
export type CandidateRow = { id: string; name: string; emails: string[] | null; phones?: string[] | null };

type Scoped = RegionScope & { id: string };

const IN_SCOPE = `($allRegions OR e.region IN $regions)`;

/** Only what the public page shows: never the id, region, notes or anything linked to the event. */
export const RsvpPageQueries = {
  openEvent: cypher<{ token: string }, OpenEvent>(
    'rsvpPage.openEvent',
    'read',
    `MATCH (e:Event) WHERE e.rsvpPageToken = $token AND e.rsvpPageOn = true
     RETURN e.id AS id, e.name AS name, e.date AS date, e.location AS location, e.zip AS zip, e.region AS region`,
  ),
  settings: cypher<Scoped, { token: string | null; pageOn: boolean }>(
    'rsvpPage.settings',
    'read',
    `MATCH (e:Event {id: $id}) WHERE ${IN_SCOPE} RETURN e.rsvpPageToken AS token, coalesce(e.rsvpPageOn, false) AS pageOn`,
  ),
  /** The token is made once and kept, so a link already shared works again when the page is turned back on. */
  setOpen: cypher<Scoped & { pageOn: boolean; token: string }, { token: string; pageOn: boolean }>(
    'rsvpPage.setOpen',
    'write',
    `MATCH (e:Event {id: $id}) WHERE ${IN_SCOPE}
     SET e.rsvpPageOn = $pageOn, e.rsvpPageToken = coalesce(e.rsvpPageToken, $token)
     RETURN e.rsvpPageToken AS token, e.rsvpPageOn AS pageOn`,
  ),
  /** Candidates by contact text in the event's region; the exact match is made by the caller. */
  byContact: cypher<{ region: string; needle: string }, CandidateRow & { sortKey: string }>(
    'rsvpPage.byContact',
    'read',
    `MATCH (p:Person) WHERE p.region = $region AND p.searchContact CONTAINS $needle
     RETURN p.id AS id, p.name AS name, p.emails AS emails, p.phones AS phones, p.sortKey AS sortKey ORDER BY p.sortKey LIMIT 50`,
  ),
  /** "Who invited you" in the event's region: the person with that id (a code), that exact name, or that email. */
  inviterCandidates: cypher<{ region: string; text: string; namePrefix: string; email: string }, CandidateRow>(
    'rsvpPage.inviterCandidates',
    'read',
    `MATCH (p:Person) WHERE p.region = $region AND (p.id = $text OR p.sortKey STARTS WITH $namePrefix OR ($email <> '' AND p.searchContact CONTAINS $email))
     RETURN p.id AS id, p.name AS name, p.emails AS emails ORDER BY p.sortKey LIMIT 50`,
  ),
  rsvp: cypher<{ eventId: string; personId: string; invitedById: string | null; invitedByText: string | null; now: string }, { id: string }>(
    'rsvpPage.rsvp',
    'write',
    `MATCH (p:Person {id: $personId}) MATCH (e:Event {id: $eventId})
     MERGE (p)-[r:RSVPED]->(e)
     SET r.status = 'YES', r.at = $now, r.source = 'public-page', r.invitedById = $invitedById, r.invitedByText = $invitedByText
     RETURN p.id AS id`,
    {},
  ),
};

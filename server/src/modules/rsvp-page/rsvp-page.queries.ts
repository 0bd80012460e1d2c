import { cypher } from '../../graph/query.js';

const IN_SCOPE = `($allRegions OR e.region IN $regions)`;

/** Only what the public page shows: never the id, region, notes or anything linked to the event. */
export const RsvpPageQueries = {
  openEvent: cypher(
    'rsvpPage.openEvent',
    'read',
    `MATCH (e:Event) WHERE e.rsvpPageToken = $token AND e.rsvpPageOn = true
     RETURN e.id AS id, e.name AS name, e.date AS date, e.location AS location, e.zip AS zip, e.region AS region`,
  ),
  settings: cypher(
    'rsvpPage.settings',
    'read',
    `MATCH (e:Event {id: $id}) WHERE ${IN_SCOPE} RETURN e.rsvpPageToken AS token, coalesce(e.rsvpPageOn, false) AS pageOn`,
  ),
  /** The token is made once and kept, so a link already shared works again when the page is turned back on. */
  setOpen: cypher(
    'rsvpPage.setOpen',
    'write',
    `MATCH (e:Event {id: $id}) WHERE ${IN_SCOPE}
     SET e.rsvpPageOn = $pageOn, e.rsvpPageToken = coalesce(e.rsvpPageToken, $token)
     RETURN e.rsvpPageToken AS token, e.rsvpPageOn AS pageOn`,
  ),
  /** Candidates by contact text in the event's region; the exact match is made by the caller. */
  byContact: cypher(
    'rsvpPage.byContact',
    'read',
    `MATCH (p:Person) WHERE p.region = $region AND p.searchContact CONTAINS $needle
     RETURN p.id AS id, p.name AS name, p.emails AS emails, p.phones AS phones, p.sortKey AS sortKey ORDER BY p.sortKey LIMIT 50`,
  ),
  /** "Who invited you" in the event's region: the person with that id (a code), that exact name, or that email. */
  inviterCandidates: cypher(
    'rsvpPage.inviterCandidates',
    'read',
    `MATCH (p:Person) WHERE p.region = $region AND (p.id = $text OR p.sortKey STARTS WITH $namePrefix OR ($email <> '' AND p.searchContact CONTAINS $email))
     RETURN p.id AS id, p.name AS name, p.emails AS emails ORDER BY p.sortKey LIMIT 50`,
  ),
  rsvp: cypher(
    'rsvpPage.rsvp',
    'write',
    `MATCH (p:Person {id: $personId}) MATCH (e:Event {id: $eventId})
     MERGE (p)-[r:RSVPED]->(e)
     SET r.status = 'YES', r.at = $now, r.source = 'public-page', r.invitedById = $invitedById, r.invitedByText = $invitedByText
     RETURN p.id AS id`,
    {},
  ),
};

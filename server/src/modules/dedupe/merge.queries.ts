import { cypher, type CypherQuery } from '../../graph/query.js';
import { graphModel, type RelDef } from '../../graph/schema/graph-model.js';

/**
 * Every relationship that can touch a Person, derived from the graph model (never written by hand): a new
 * relationship type in the model is moved by a merge without a change here. Relationship types and labels are
 * not parameters in Cypher, so each (type, from, to) has its own declared texts, built from model constants only.
 */
export interface PersonRelShape {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  /** Property names from the model. */
  readonly props: readonly string[];
  /** Each relationship is a record of its own (it has an `id` property): never merged with another. */
  readonly hasId: boolean;
}

const keyOf = (label: string) => graphModel.nodes.find((n) => n.label === label)!.key;

export const PERSON_REL_SHAPES: readonly PersonRelShape[] = graphModel.relationships.flatMap((rel: RelDef) =>
  rel.between
    .filter(([from, to]) => from === 'Person' || to === 'Person')
    .map(([from, to]) => ({ type: rel.type, from, to, props: Object.keys(rel.properties), hasId: 'id' in rel.properties })),
);

export const shapeKey = (s: { type: string; from: string; to: string }) => `${s.type}.${s.from}.${s.to}`;

const setProps = (v: string, props: readonly string[]) => (props.length ? `SET ${props.map((p) => `${v}.${p} = $${p}`).join(', ')}` : '');

export interface ShapeQueries {
  /** Relationships from this person (Person is `from`). */
  outOf?: CypherQuery;
  /** Relationships to this person (Person is `to`). */
  into?: CypherQuery;
  create: CypherQuery;
  update: CypherQuery;
  /** By endpoints; for `hasId` types, by endpoints and the relationship's id. */
  remove: CypherQuery;
}

function shapeQueries(s: PersonRelShape): ShapeQueries {
  const n = `merge.rel.${shapeKey(s)}`;
  const fk = keyOf(s.from);
  const tk = keyOf(s.to);
  const endpoints = `MATCH (a:${s.from} {${fk}: $fromId})-[r:${s.type}]->(b:${s.to} {${tk}: $toId})`;
  return {
    outOf: s.from === 'Person' ? cypher(`${n}.outOf`, 'read', `MATCH (a:Person {id: $id})-[r:${s.type}]->(b:${s.to}) RETURN b.${tk} AS other, r AS rel`) : undefined,
    into: s.to === 'Person' ? cypher(`${n}.into`, 'read', `MATCH (a:${s.from})-[r:${s.type}]->(b:Person {id: $id}) RETURN a.${fk} AS other, r AS rel`) : undefined,
    create: cypher(
      `${n}.create`,
      'write',
      `MATCH (a:${s.from} {${fk}: $fromId}), (b:${s.to} {${tk}: $toId}) CREATE (a)-[r:${s.type}]->(b) ${setProps('r', s.props)} RETURN 1 AS created`,
    ),
    update: cypher(`${n}.update`, 'write', `${endpoints} ${s.hasId ? 'WHERE r.id = $relId ' : ''}${setProps('r', s.props)} RETURN 1 AS updated`),
    remove: cypher(`${n}.remove`, 'write', `${endpoints} ${s.hasId ? 'WHERE r.id = $relId ' : ''}DELETE r RETURN 1 AS removed`),
  };
}

const PERSON_PROPS = Object.keys(graphModel.nodes.find((n) => n.label === 'Person')!.properties);
const MERGE_PROPS = Object.keys(graphModel.nodes.find((n) => n.label === 'MergeRecord')!.properties);

export const MergeQueries = {
  rels: Object.fromEntries(PERSON_REL_SHAPES.map((s) => [shapeKey(s), shapeQueries(s)])) as Record<string, ShapeQueries>,
  personProps: PERSON_PROPS,
  person: cypher('merge.person', 'read', `MATCH (p:Person {id: $id}) RETURN p`),
  /** Recreates a person with every property it had (undo). */
  createPerson: cypher('merge.createPerson', 'write', `CREATE (p:Person {id: $id}) ${setProps('p', PERSON_PROPS.filter((p) => p !== 'id'))} RETURN p`),
  /** Sets every property of a person but its id (the merged values, or the values restored by undo). */
  setPerson: cypher('merge.setPerson', 'write', `MATCH (p:Person {id: $id}) ${setProps('p', PERSON_PROPS.filter((p) => p !== 'id'))} RETURN p`),
  deletePerson: cypher('merge.deletePerson', 'write', `MATCH (p:Person {id: $id}) DETACH DELETE p RETURN 1 AS deleted`),
  /** The user accounts whose own person record ("me") is the merged one follow it to the kept person, and back on undo. */
  repointAccounts: cypher(
    'merge.repointAccounts',
    'write',
    `MATCH (a:Account) WHERE a.personId = $fromPersonId SET a.personId = $toPersonId RETURN a.id AS id`,
  ),
  restoreAccounts: cypher(
    'merge.restoreAccounts',
    'write',
    `UNWIND $ids AS aid MATCH (a:Account {id: aid}) WHERE a.personId = $fromPersonId SET a.personId = $toPersonId RETURN a.id AS id`,
  ),
  /** Turnout credit names the person who brought someone (ATTENDED.broughtById): it follows the merge, and back on undo. */
  repointBroughtBy: cypher(
    'merge.repointBroughtBy',
    'write',
    `MATCH (p:Person)-[a:ATTENDED]->(e:Event) WHERE a.broughtById = $fromPersonId SET a.broughtById = $toPersonId RETURN p.id AS personId, e.id AS eventId`,
  ),
  restoreBroughtBy: cypher(
    'merge.restoreBroughtBy',
    'write',
    `UNWIND $rows AS r MATCH (p:Person {id: r.personId})-[a:ATTENDED]->(e:Event {id: r.eventId}) WHERE a.broughtById = $fromPersonId
     SET a.broughtById = $toPersonId RETURN p.id AS personId`,
  ),
  createRecord: cypher('merge.createRecord', 'write', `CREATE (m:MergeRecord {id: $id}) ${setProps('m', MERGE_PROPS.filter((p) => p !== 'id'))} RETURN m`),
  record: cypher('merge.record', 'read', `MATCH (m:MergeRecord {id: $id}) WHERE ($allRegions OR m.region IN $regions) RETURN m`),
  markUndone: cypher(
    'merge.markUndone',
    'write',
    `MATCH (m:MergeRecord {id: $id}) WHERE m.undoneAt IS NULL SET m.undoneAt = $now, m.undoneBy = $accountId RETURN m`,
  ),
  recent: cypher(
    'merge.recent',
    'read',
    `MATCH (m:MergeRecord) WHERE ($allRegions OR m.region IN $regions) RETURN m ORDER BY m.at DESC, m.id DESC LIMIT $limit`,
  ),
};

import { cypher, type Changes, type CypherQuery, type RegionScope } from '../../graph/query.js';
import { graphModel, type RelDef } from '../../graph/schema/graph-model.js';

/** The kinds of records that can be merged. */
export const MERGE_LABELS = ['Person', 'Organization'] as const;
export type MergeLabel = (typeof MERGE_LABELS)[number];

/** Every property of a record or relationship, by the model's names: merges copy them all, whatever they are. */
export type Props = Record<string, unknown>;

/** A MergeRecord node: what undo needs (snapshot: MergeSnapshot as JSON) and what the recent merges show. */
export type MergeRecordRow = {
  id: string;
  at: string;
  accountId: string;
  keptId: string;
  mergedId: string;
  keptName: string;
  mergedName: string;
  region: string;
  keptVersion: number;
  snapshot: string;
  undoneAt: string | null;
  undoneBy: string | null;
  /** 'person' or 'organization'. */
  entityType: string;
};

type ById = { id: string };
type NodeRow = { n: Props };
/** A relationship between two records by their keys; `relId` picks one of several between them (see RelShape.hasId). */
type RelParams = Props & { fromId: string; toId: string; relId?: unknown };
type Repoint = { fromRecordId: string; toRecordId: string };
type MergeRecordOut = { m: MergeRecordRow };

/**
 * Every relationship that can touch a mergeable record, derived from the graph model (never written by hand): a
 * new relationship type in the model is moved by a merge without a change here. Relationship types and labels are
 * not parameters in Cypher, so each (type, from, to) has its own declared texts, built from model constants only.
 */
export interface RelShape {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  /** Property names from the model. */
  readonly props: readonly string[];
  /** Each relationship is a record of its own (it has an `id` property): never merged with another. */
  readonly hasId: boolean;
}

const keyOf = (label: string) => graphModel.nodes.find((n) => n.label === label)!.key;
const propsOf = (label: string) => Object.keys(graphModel.nodes.find((n) => n.label === label)!.properties);

const shapesTouching = (label: string): RelShape[] =>
  graphModel.relationships.flatMap((rel: RelDef) =>
    rel.between
      .filter(([from, to]) => from === label || to === label)
      .map(([from, to]) => ({ type: rel.type, from, to, props: Object.keys(rel.properties), hasId: 'id' in rel.properties })),
  );

export const REL_SHAPES: Record<MergeLabel, readonly RelShape[]> = { Person: shapesTouching('Person'), Organization: shapesTouching('Organization') };
/** Kept for readers of the person merge. */
export const PERSON_REL_SHAPES = REL_SHAPES.Person;

export const shapeKey = (s: { type: string; from: string; to: string }) => `${s.type}.${s.from}.${s.to}`;

/**
 * Properties elsewhere that hold a record's id without a relationship: they follow a merge (and go back on undo).
 * Named here by hand because the model cannot tell an id-valued property from another string.
 */
export const POINTERS: Record<MergeLabel, ReadonlyArray<{ type: string; prop: string }>> = {
  Person: [{ type: 'ATTENDED', prop: 'broughtById' }, { type: 'RSVPED', prop: 'invitedById' }],
  Organization: [{ type: 'HOLDS_ROLE', prop: 'organizationId' }, { type: 'PARTICIPATED', prop: 'forOrganizationId' }],
};

/** What derived state keeps (the reach index): records by label, and the relationships it follows. */
const KEPT: Record<string, 'people' | 'organizations' | 'teams'> = { Person: 'people', Organization: 'organizations', Team: 'teams' };
const FOLLOWED = new Set(['KNOWS', 'MEMBER_OF', 'WORKS_AT', 'LEADS']);
function relChanges(s: Pick<RelShape, 'from' | 'to' | 'type'>): Changes {
  if (!FOLLOWED.has(s.type)) return {};
  const out: { people?: string[]; organizations?: string[]; teams?: string[] } = {};
  for (const [label, param] of [[s.from, 'fromId'], [s.to, 'toId']] as const) {
    const kept = KEPT[label];
    if (kept) (out[kept] ??= []).push(param);
  }
  return out;
}

const setProps = (v: string, props: readonly string[]) => (props.length ? `SET ${props.map((p) => `${v}.${p} = $${p}`).join(', ')}` : '');

export interface ShapeQueries {
  create: CypherQuery<RelParams, { created: number }>;
  update: CypherQuery<RelParams, { updated: number }>;
  /** By endpoints; for `hasId` types, by endpoints and the relationship's id. */
  remove: CypherQuery<RelParams, { removed: number }>;
}

/** A record's relationships of one shape: the key of the record at the other end, and the relationship's properties. */
type RelRead = CypherQuery<ById, { other: string; rel: Props }>;

function shapeQueries(s: RelShape): ShapeQueries {
  const n = `merge.rel.${shapeKey(s)}`;
  const fk = keyOf(s.from);
  const tk = keyOf(s.to);
  const endpoints = `MATCH (a:${s.from} {${fk}: $fromId})-[r:${s.type}]->(b:${s.to} {${tk}: $toId})`;
  return {
    create: cypher<RelParams, { created: number }>(
      `${n}.create`,
      'write',
      `MATCH (a:${s.from} {${fk}: $fromId}), (b:${s.to} {${tk}: $toId}) CREATE (a)-[r:${s.type}]->(b) ${setProps('r', s.props)} RETURN 1 AS created`,
      relChanges(s),
    ),
    update: cypher<RelParams, { updated: number }>(`${n}.update`, 'write', `${endpoints} ${s.hasId ? 'WHERE r.id = $relId ' : ''}${setProps('r', s.props)} RETURN 1 AS updated`, relChanges(s)),
    remove: cypher<RelParams, { removed: number }>(`${n}.remove`, 'write', `${endpoints} ${s.hasId ? 'WHERE r.id = $relId ' : ''}DELETE r RETURN 1 AS removed`, relChanges(s)),
  };
}

/** Relationships of one record of `label`, in one shape: from it (`outOf`) or to it (`into`). */
function readQueries(label: MergeLabel, s: RelShape): { outOf?: RelRead; into?: RelRead } {
  const n = `merge.read.${label}.${shapeKey(s)}`;
  return {
    outOf: s.from === label ? cypher<ById, { other: string; rel: Props }>(`${n}.outOf`, 'read', `MATCH (a:${label} {id: $id})-[r:${s.type}]->(b:${s.to}) RETURN b.${keyOf(s.to)} AS other, r AS rel`) : undefined,
    into: s.to === label ? cypher<ById, { other: string; rel: Props }>(`${n}.into`, 'read', `MATCH (a:${s.from})-[r:${s.type}]->(b:${label} {id: $id}) RETURN a.${keyOf(s.from)} AS other, r AS rel`) : undefined,
  };
}

function nodeQueries(label: MergeLabel) {
  const props = propsOf(label).filter((p) => p !== 'id');
  const n = `merge.node.${label}`;
  return {
    props: propsOf(label),
    inScope: cypher<RegionScope & ById, NodeRow>(`${n}.inScope`, 'read', `MATCH (n:${label} {id: $id}) WHERE ($allRegions OR n.region IN $regions) RETURN n`),
    get: cypher<ById, NodeRow>(`${n}.get`, 'read', `MATCH (n:${label} {id: $id}) RETURN n`),
    /** Recreates a record with every property it had (undo). */
    create: cypher<Props, NodeRow>(`${n}.create`, 'write', `CREATE (n:${label} {id: $id}) ${setProps('n', props)} RETURN n`, { [KEPT[label]]: ['id'] }),
    /** Sets every property but the id (the merged values, or the values restored by undo). */
    set: cypher<Props, NodeRow>(`${n}.set`, 'write', `MATCH (n:${label} {id: $id}) ${setProps('n', props)} RETURN n`, { [KEPT[label]]: ['id'] }),
    delete: cypher<ById, { deleted: number }>(`${n}.delete`, 'write', `MATCH (n:${label} {id: $id}) DETACH DELETE n RETURN 1 AS deleted`, { [KEPT[label]]: ['id'] }),
    pointers: POINTERS[label].flatMap(({ type, prop }) =>
      graphModel.relationships.find((r) => r.type === type)!.between.map(([from, to]) => ({
        from, to, type, prop,
        repoint: cypher<Repoint, { fromId: string; toId: string }>(
          `${n}.repoint.${type}.${from}.${to}.${prop}`,
          'write',
          `MATCH (a:${from})-[r:${type}]->(b:${to}) WHERE r.${prop} = $fromRecordId SET r.${prop} = $toRecordId RETURN a.${keyOf(from)} AS fromId, b.${keyOf(to)} AS toId`,
          relChanges({ from, to, type }),
        ),
        restore: cypher<Repoint & { rows: Array<{ fromId: string; toId: string }> }, { restored: number }>(
          `${n}.restore.${type}.${from}.${to}.${prop}`,
          'write',
          `UNWIND $rows AS row MATCH (a:${from} {${keyOf(from)}: row.fromId})-[r:${type}]->(b:${to} {${keyOf(to)}: row.toId}) WHERE r.${prop} = $fromRecordId
           SET r.${prop} = $toRecordId RETURN 1 AS restored`,
          relChanges({ from, to, type }),
        ),
      })),
    ),
  };
}

const MERGE_PROPS = propsOf('MergeRecord');
const ALL_SHAPES = new Map([...REL_SHAPES.Person, ...REL_SHAPES.Organization].map((s) => [shapeKey(s), s]));

export const MergeQueries = {
  rels: Object.fromEntries([...ALL_SHAPES].map(([k, s]) => [k, shapeQueries(s)])) as Record<string, ShapeQueries>,
  read: Object.fromEntries(MERGE_LABELS.map((l) => [l, Object.fromEntries(REL_SHAPES[l].map((s) => [shapeKey(s), readQueries(l, s)]))])) as Record<
    MergeLabel,
    Record<string, { outOf?: RelRead; into?: RelRead }>
  >,
  node: Object.fromEntries(MERGE_LABELS.map((l) => [l, nodeQueries(l)])) as Record<MergeLabel, ReturnType<typeof nodeQueries>>,
  /** The user accounts whose own person record ("me") is the merged one follow it to the kept person, and back on undo. */
  repointAccounts: cypher<{ fromPersonId: string; toPersonId: string }, ById>(
    'merge.repointAccounts',
    'write',
    `MATCH (a:Account) WHERE a.personId = $fromPersonId SET a.personId = $toPersonId RETURN a.id AS id`,
  ),
  restoreAccounts: cypher<{ ids: string[]; fromPersonId: string; toPersonId: string }, ById>(
    'merge.restoreAccounts',
    'write',
    `UNWIND $ids AS aid MATCH (a:Account {id: aid}) WHERE a.personId = $fromPersonId SET a.personId = $toPersonId RETURN a.id AS id`,
  ),
  createRecord: cypher<MergeRecordRow, MergeRecordOut>('merge.createRecord', 'write', `CREATE (m:MergeRecord {id: $id}) ${setProps('m', MERGE_PROPS.filter((p) => p !== 'id'))} RETURN m`),
  record: cypher<RegionScope & ById, MergeRecordOut>('merge.record', 'read', `MATCH (m:MergeRecord {id: $id}) WHERE ($allRegions OR m.region IN $regions) RETURN m`),
  markUndone: cypher<ById & { now: string; accountId: string }, MergeRecordOut>(
    'merge.markUndone',
    'write',
    `MATCH (m:MergeRecord {id: $id}) WHERE m.undoneAt IS NULL SET m.undoneAt = $now, m.undoneBy = $accountId RETURN m`,
  ),
  recent: cypher<RegionScope & { entityType: string; limit: number }, MergeRecordOut>(
    'merge.recent',
    'read',
    `MATCH (m:MergeRecord) WHERE ($allRegions OR m.region IN $regions) AND ($entityType = '' OR m.entityType = $entityType)
     RETURN m ORDER BY m.at DESC, m.id DESC LIMIT $limit`,
  ),
};

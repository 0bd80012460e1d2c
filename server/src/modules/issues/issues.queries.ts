import type { Params } from '../../graph/graph-store.port.js';
import { cypher } from '../../graph/query.js';
import type { AssemblyOutcome, AssemblyRecord, IssueRecord } from './issue.model.js';

type IssueRow = { i: IssueRecord };
type AssemblyRow = { a: AssemblyRecord };
/** An assembly's decision on an issue. */
export type DecisionRead = { a: AssemblyRecord; i: IssueRecord; outcome: AssemblyOutcome; notes: string | null };

const IN_SCOPE = `($allRegions OR i.region IN $regions)`;

export const IssueQueries = {
  create: cypher<Params, IssueRow>(
    'issue.create',
    'write',
    `CREATE (i:Issue {id: $id, name: $name, sortKey: $sortKey, scope: $scope, description: $description, region: $region,
       version: 1, createdBy: $viewerId, createdAt: $now, updatedAt: $now}) RETURN i`,
  ),
  update: cypher<Params, IssueRow>(
    'issue.update',
    'write',
    `MATCH (i:Issue {id: $id}) WHERE ${IN_SCOPE} AND i.version = $version
     SET i.name = $name, i.sortKey = $sortKey, i.scope = $scope, i.description = $description, i.region = $region,
         i.updatedAt = $now, i.version = i.version + 1
     RETURN i`,
  ),
  unlinkNarrows: cypher<{ id: string }, never>('issue.unlinkNarrows', 'write', `MATCH (i:Issue {id: $id})-[n:NARROWS]->(:Issue) DELETE n`),
  linkNarrows: cypher<Params, { id: string }>(
    'issue.linkNarrows',
    'write',
    `MATCH (i:Issue {id: $id}) MATCH (b:Issue {id: $broadId}) WHERE ($allRegions OR b.region IN $regions)
     CREATE (i)-[:NARROWS {createdAt: $now}]->(b) RETURN b.id AS id`,
  ),
  byId: cypher<Params, IssueRow>('issue.byId', 'read', `MATCH (i:Issue {id: $id}) WHERE ${IN_SCOPE} RETURN i`),
  list: cypher<Params, IssueRow>(
    'issue.list',
    'read',
    `MATCH (i:Issue) WHERE ${IN_SCOPE} AND ($regionId = '' OR i.region = $regionId) RETURN i ORDER BY i.sortKey LIMIT 1000`,
  ),
  narrows: cypher<Params, IssueRow>('issue.narrows', 'read', `MATCH (:Issue {id: $id})-[:NARROWS]->(i:Issue) WHERE ${IN_SCOPE} RETURN i`),
  specifics: cypher<Params, IssueRow>('issue.specifics', 'read', `MATCH (i:Issue)-[:NARROWS]->(:Issue {id: $id}) WHERE ${IN_SCOPE} RETURN i ORDER BY i.sortKey`),
  /** Decisions on the issue itself and on the broad area it narrows: either can prioritize it. */
  decisionsOf: cypher<Params, DecisionRead>(
    'issue.decisionsOf',
    'read',
    `MATCH (a:IssueAssembly)-[d:DECIDED]->(i:Issue)
     WHERE i.id = $id OR i.id IN $broadIds
     RETURN a, i, d.outcome AS outcome, d.notes AS notes ORDER BY a.date DESC`,
  ),
  createAssembly: cypher<Params, AssemblyRow>(
    'assembly.create',
    'write',
    `CREATE (a:IssueAssembly {id: $id, name: $name, date: $date, region: $region, notes: $notes,
       createdBy: $viewerId, createdAt: $now, updatedAt: $now}) RETURN a`,
  ),
  assemblies: cypher<Params, AssemblyRow>(
    'assembly.list',
    'read',
    `MATCH (a:IssueAssembly) WHERE ($allRegions OR a.region IN $regions) AND ($regionId = '' OR a.region = $regionId)
     RETURN a ORDER BY a.date DESC LIMIT 500`,
  ),
  assemblyById: cypher<Params, AssemblyRow>('assembly.byId', 'read', `MATCH (a:IssueAssembly {id: $id}) WHERE ($allRegions OR a.region IN $regions) RETURN a`),
  decide: cypher<Params, DecisionRead>(
    'assembly.decide',
    'write',
    `MATCH (a:IssueAssembly {id: $assemblyId}) MATCH (i:Issue {id: $issueId})
     WHERE ($allRegions OR a.region IN $regions) AND ${IN_SCOPE}
     MERGE (a)-[d:DECIDED]->(i)
     ON CREATE SET d.createdAt = $now, d.createdBy = $viewerId
     SET d.outcome = $outcome, d.notes = $notes
     RETURN a, i, d.outcome AS outcome, d.notes AS notes`,
  ),
  decisionsOfAssembly: cypher<Params, DecisionRead>(
    'assembly.decisions',
    'read',
    `MATCH (a:IssueAssembly {id: $id})-[d:DECIDED]->(i:Issue) WHERE ${IN_SCOPE}
     RETURN a, i, d.outcome AS outcome, d.notes AS notes ORDER BY i.sortKey`,
  ),
};

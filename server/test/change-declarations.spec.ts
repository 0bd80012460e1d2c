/**
 * Derived state (the reach index, and the maps and leader scores built on it) follows commits through the
 * change feed (src/graph/change-feed.ts), which reads what each write query declares it changes (query.ts,
 * Changes). A write query whose text touches what the index reads (people, organizations, teams, ties and
 * affiliations) must say so, `{}` when it changes none of it: a new write path cannot be forgotten.
 */
import { resolve } from 'node:path';
import { idsAt } from '../src/graph/change-feed.js';
import { registeredQueries, type CypherQuery } from '../src/graph/query.js';
import { declaringFiles } from './query-sources.js';

const srcDir = resolve(import.meta.dirname, '../src');
const TOUCHES_INDEX = /:(Person|Organization|Team)\b|\b(KNOWS|MEMBER_OF|WORKS_AT|LEADS)\b/;

async function everyQuery(): Promise<CypherQuery[]> {
  for (const file of declaringFiles(srcDir)) await import(file);
  return registeredQueries().filter((q) => !q.name.startsWith('test.'));
}

describe('change declarations of write queries', () => {
  let queries: CypherQuery[];
  beforeAll(async () => {
    queries = await everyQuery();
  });

  it('every write query touching people, organizations, teams, ties or affiliations declares what it changes', () => {
    const touching = queries.filter((q) => q.mode === 'write' && (TOUCHES_INDEX.test(q.embedded) || TOUCHES_INDEX.test(q.neo4j)));
    expect(touching.length).toBeGreaterThan(100);
    expect(touching.filter((q) => !q.changes).map((q) => q.name)).toEqual([]);
  });

  it('each declared path names a parameter of the query, or a column it returns', () => {
    const wrong: string[] = [];
    for (const q of queries) {
      for (const path of [...(q.changes?.people ?? []), ...(q.changes?.organizations ?? []), ...(q.changes?.teams ?? [])]) {
        const [head, field] = path.split('.');
        const ok = head === 'returned' ? new RegExp(`\\bAS ${field}\\b`).test(q.neo4j) : new RegExp(`\\$${head}\\b`).test(q.neo4j);
        if (!ok) wrong.push(`${q.name}: ${path}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('read queries declare no changes', () => {
    expect(queries.filter((q) => q.mode === 'read' && q.changes).map((q) => q.name)).toEqual([]);
  });

  it('ids are found at a path through lists, objects and returned rows', () => {
    const into = new Set<string>();
    idsAt('rows.personId', { rows: [{ personId: 'p1' }, { personId: 'p2' }, { personId: null }] }, [], into);
    idsAt('ids', { ids: ['p3', 'p4'] }, [], into);
    idsAt('id', { id: 'p5' }, [], into);
    idsAt('returned.a', {}, [{ a: 'p6' }, { a: 7 }], into);
    idsAt('missing', {}, [], into);
    expect([...into].sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });
});

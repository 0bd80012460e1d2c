/**
 * Every Cypher text the app can send to Neo4j, checked by Neo4j's own parser and semantic analyser
 * (@neo4j-cypher/language-support), against a database schema made from the graph model:
 * - errors (syntax, undefined variables, aggregation scope, unknown or misused functions, wrong
 *   argument counts) fail the test;
 * - so do warnings: a label or relationship type the model does not have, a deprecated function; and,
 *   checked here against the graph model (modelWarnings), a property the model does not have and a
 *   relationship between labels the model does not connect.
 * The package is pinned at 2.0.0-next.20, the last that supports Node 20 (later ones want Node 22 or 24 and
 * make npm warn EBADENGINE); it does not check property keys or relationship endpoints, hence modelWarnings.
 * Queries are found by looking for `cypher(` declarations in server/src (and non-spec files in
 * server/test), so a new *.queries.ts file is covered without touching this test.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { lintCypherQuery, type DbSchema, type SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { registeredQueries } from '../src/graph/query.js';
import { graphModel } from '../src/graph/schema/graph-model.js';
import { neo4jSchemaStatements } from '../src/graph/engines/neo4j/neo4j-ddl.js';
import { lintCache } from './cypher-lint-cache.js';
import { declaringFiles } from './query-sources.js';

const serverDir = resolve(import.meta.dirname, '..');
const CYPHER_VERSION = 'CYPHER 5';
/** Git-ignored (under node_modules): results of texts already linted, by hash. */
const CACHE_DIR = resolve(serverDir, '../node_modules/.cache/cypher-lint');

/** The linter's own version: a new one re-lints every text. */
function linterVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@neo4j-cypher/language-support'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Source files (not specs) of the server and its tests that declare queries. */
function declaringModules(): string[] {
  return [...declaringFiles(join(serverDir, 'src')), ...declaringFiles(join(serverDir, 'test'))].sort();
}

/**
 * Neo4j's built-in functions and procedures (Cypher 5), with their signatures, as shipped with the
 * language support package (a dump of SHOW FUNCTIONS / SHOW PROCEDURES of a Neo4j 5 server). Plugin
 * functions (APOC, GDS) are left out: the app runs on a plain Neo4j Community.
 */
async function builtIns(): Promise<Pick<DbSchema, 'functions' | 'procedures'> | undefined> {
  const entry = createRequire(import.meta.url).resolve('@neo4j-cypher/language-support');
  const file = resolve(dirname(entry), '../esm/project/language-support/src/tests/testData.js');
  if (!existsSync(file)) return undefined;
  const { testData } = (await import(file)) as {
    testData: { mockSchema: Required<Pick<DbSchema, 'functions' | 'procedures'>> };
  };
  const fns = testData.mockSchema.functions[CYPHER_VERSION] ?? {};
  const procs = testData.mockSchema.procedures[CYPHER_VERSION] ?? {};
  const isPlugin = (name: string) => /^(apoc|gds|genai|bloom)\./.test(name);
  return {
    functions: { [CYPHER_VERSION]: Object.fromEntries(Object.entries(fns).filter(([name, f]) => f.isBuiltIn && !isPlugin(name))) },
    procedures: { [CYPHER_VERSION]: Object.fromEntries(Object.entries(procs).filter(([name]) => !isPlugin(name))) },
  };
}

function parameterNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
}

function modelSchema(): DbSchema {
  const propertyKeys = new Set<string>();
  for (const def of [...graphModel.nodes, ...graphModel.relationships]) for (const p of Object.keys(def.properties)) propertyKeys.add(p);
  return {
    defaultLanguage: CYPHER_VERSION,
    labels: graphModel.nodes.map((n) => n.label),
    relationshipTypes: graphModel.relationships.map((r) => r.type),
    propertyKeys: [...propertyKeys],
  };
}

interface Problem {
  readonly name: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly where: string;
}

const CARTESIAN = 'If a part of a query contains multiple disconnected patterns';

/** A warning that is not a problem here: a cartesian product whose extra part is a lookup by key (`(b:Issue {id: $x})`): one row at most. */
function isFalseAlarm(text: string, d: SyntaxDiagnostic): boolean {
  if (d.severity !== 2) return false;
  const message = messageOf(d);
  if (message.startsWith(CARTESIAN)) {
    const variable = /\(identifier is: \(([A-Za-z_][A-Za-z0-9_]*)\)\)/.exec(message)?.[1];
    if (!variable) return false;
    const part = new RegExp(`\\(${variable}:([A-Za-z_][A-Za-z0-9_]*)\\s*\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*:`).exec(text);
    return !!part && graphModel.nodes.some((n) => n.label === part[1] && (n.key === part[2] || n.properties[part[2]]?.unique));
  }
  return false;
}

function messageOf(d: SyntaxDiagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** A text's problems, linted once per text (kept by hash across runs); `name` says which query it is. */
function lintOnce(cache: ReturnType<typeof lintCache<Problem[]>>, name: string, text: string, schema: DbSchema): Problem[] {
  return cache.get(text, (t) => lint('', t, schema)).map((p) => ({ ...p, name }));
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const MODEL_PROPERTIES = new Set(
  [...graphModel.nodes, ...graphModel.relationships].flatMap((d) => Object.keys(d.properties)).concat(graphModel.nodes.map((n) => n.key)),
);
const CONNECTS = new Set(graphModel.relationships.flatMap((r) => r.between.map(([from, to]) => `${from}-${r.type}->${to}`)));

/**
 * What the linter does not check, checked against the graph model: a property read from (or matched on) a
 * variable bound to a node or relationship must be one the model has; a relationship pattern between labelled
 * nodes must be one the model connects. Variables not bound in a pattern (UNWIND rows, maps) are not checked.
 */
function modelWarnings(query: string): Array<{ message: string; at: string }> {
  const text = query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''").replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
  const warnings: Array<{ message: string; at: string }> = [];
  const labelOf = new Map<string, string>();
  const bound = new Set<string>();
  for (const m of text.matchAll(new RegExp(`(?<![\\w.])\\(\\s*(${NAME})\\s*(?=[:){])`, 'g'))) bound.add(m[1]);
  for (const m of text.matchAll(new RegExp(`-\\[\\s*(${NAME})\\s*(?=[:\\]{*])`, 'g'))) bound.add(m[1]);
  for (const m of text.matchAll(new RegExp(`\\(\\s*(${NAME})\\s*:\\s*(${NAME})`, 'g'))) labelOf.set(m[1], m[2]);
  for (const m of text.matchAll(new RegExp(`(?<![\\w.$])(${NAME})\\s*\\.\\s*(${NAME})`, 'g'))) {
    if (bound.has(m[1]) && !MODEL_PROPERTIES.has(m[2])) warnings.push({ message: `Property ${m[2]} is not in the graph model (read from ${m[1]})`, at: m[0] });
  }
  for (const m of text.matchAll(new RegExp(`(?:(?<![\\w.])\\(|-\\[)\\s*${NAME}?\\s*(?::\\s*${NAME}\\s*)?(?:\\*[0-9.]*\\s*)?\\{([^{}]*)\\}`, 'g'))) {
    for (const key of m[1].matchAll(new RegExp(`(?:^|,)\\s*(${NAME})\\s*:`, 'g'))) {
      if (!MODEL_PROPERTIES.has(key[1])) warnings.push({ message: `Property ${key[1]} is not in the graph model (matched in a pattern)`, at: m[0] });
    }
  }
  const node = `\\(\\s*(${NAME})?\\s*(?::\\s*(${NAME}))?[^()]*\\)`;
  const step = new RegExp(`${node}\\s*(<?)-\\[\\s*${NAME}?\\s*:\\s*(${NAME})[^\\]|]*\\]-(>?)\\s*(?=${node})`, 'g');
  for (let m = step.exec(text); m; m = step.exec(text)) {
    const right = new RegExp(`^${node}`).exec(text.slice(step.lastIndex));
    const left = m[2] ?? (m[1] ? labelOf.get(m[1]) : undefined);
    const other = right?.[2] ?? (right?.[1] ? labelOf.get(right[1]) : undefined);
    const [, , , into, type, out] = m;
    if (!left || !other || !graphModel.relationships.some((r) => r.type === type)) continue;
    const fits = (
      into && !out ? [`${other}-${type}->${left}`] : out && !into ? [`${left}-${type}->${other}`] : [`${left}-${type}->${other}`, `${other}-${type}->${left}`]
    ).some((k) => CONNECTS.has(k));
    if (!fits) warnings.push({ message: `The graph model has no ${type} between ${left} and ${other}`, at: m[0] + (right?.[0] ?? '') });
  }
  return warnings;
}

function lint(name: string, text: string, schema: DbSchema): Problem[] {
  const parameters = Object.fromEntries(parameterNames(text).map((p) => [p, null]));
  const diagnostics = lintCypherQuery(text, { ...schema, parameters });
  const model = modelWarnings(text).map((w): Problem => ({ name, severity: 'warning', message: w.message, where: `at: ${w.at}` }));
  const found = diagnostics
    .filter((d) => d.severity === 1 || d.severity === 2)
    .filter((d) => !isFalseAlarm(text, d))
    .map((d) => {
      const lines = text.split('\n');
      const line = lines[d.range.start.line] ?? '';
      const offending = text.slice(d.offsets.start, d.offsets.end) || line.trim();
      return {
        name,
        severity: d.severity === 1 ? 'error' : 'warning',
        message: messageOf(d),
        where: `line ${d.range.start.line + 1}: ${line.trim()}\n      at: ${offending}`,
      } as const;
    });
  return [...found, ...model];
}

/** The first updating clause in a text, string literals and comments left out. */
function updatingClause(text: string): string | undefined {
  const code = text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''").replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
  return /(?<![.$\w`])(CREATE|MERGE|SET|DELETE|REMOVE|FOREACH|LOAD\s+CSV)(?![\w`])/i.exec(code)?.[1];
}

function report(problems: Problem[]): string {
  return problems.map((p) => `${p.name} [${p.severity}] ${p.message}\n      ${p.where}`).join('\n');
}

describe('Cypher sent to Neo4j', () => {
  let schema: DbSchema;
  let modules: string[];
  let functionsFound = false;
  let cache: ReturnType<typeof lintCache<Problem[]>>;

  beforeAll(async () => {
    modules = declaringModules();
    for (const m of modules) await import(m);
    const fns = await builtIns();
    functionsFound = !!fns;
    schema = { ...modelSchema(), ...fns };
    cache = lintCache<Problem[]>(CACHE_DIR, [linterVersion(), schema, readFileSync(new URL(import.meta.url), 'utf8')]);
  });

  afterAll(() => cache?.save());

  it('finds the modules that declare queries, every *.queries.ts among them', () => {
    const queryFiles: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.queries.ts')) queryFiles.push(join(dir, e.name));
      }
    };
    walk(join(serverDir, 'src'));
    expect(queryFiles.length).toBeGreaterThan(0);
    expect(modules).toEqual(expect.arrayContaining(queryFiles));
    expect(registeredQueries().length).toBeGreaterThan(queryFiles.length);
    // Non-spec files under test/ count too: the contract helper's wipe query is checked as well.
    expect(modules.map((m) => relative(serverDir, m))).toContain('test/contract/engines.ts');
  });

  it("has Neo4j's built-in function and procedure list to check calls against", () => {
    // If this fails after upgrading @neo4j-cypher/language-support, point builtIns() at where the
    // package now keeps its Neo4j 5 function list (it used to be dist/esm/.../src/tests/testData.js).
    expect(functionsFound).toBe(true);
  });

  it('every registered Neo4j query passes the linter (no errors, no warnings)', () => {
    const problems = registeredQueries().flatMap((q) => lintOnce(cache, q.name, q.neo4j, schema));
    if (problems.length) throw new Error(`Cypher lint found ${problems.length} problem(s):\n${report(problems)}`);
  }, 180_000);

  it("queries declared 'read' do not write (Neo4j refuses writes in a read transaction)", () => {
    const writes = registeredQueries().filter((q) => q.mode === 'read' && updatingClause(q.neo4j));
    expect(writes.map((q) => `${q.name}: ${updatingClause(q.neo4j)}`)).toEqual([]);
  });

  it('the constraints and indexes made from the graph model pass the linter', () => {
    const statements = neo4jSchemaStatements(graphModel);
    expect(statements.length).toBeGreaterThan(graphModel.nodes.length);
    const problems = statements.flatMap((s, i) => lintOnce(cache, `ddl[${i}] ${s}`, s, schema));
    if (problems.length) throw new Error(`Cypher lint found ${problems.length} problem(s):\n${report(problems)}`);
  });

  describe('can fail (the linter is really checking)', () => {
    const errors = (text: string) => lint('self-check', text, schema).filter((p) => p.severity === 'error');
    const warnings = (text: string) => lint('self-check', text, schema).filter((p) => p.severity === 'warning');

    it('reports an undefined variable', () => {
      expect(errors('MATCH (n:Person) RETURN m').map((p) => p.message)).toEqual([expect.stringContaining('`m` not defined')]);
    });

    it('reports a syntax error', () => {
      expect(errors('MATCH (n:Person RETURN n').length).toBeGreaterThan(0);
    });

    it('reports a parameter the schema does not declare', () => {
      const diagnostics = lintCypherQuery('MATCH (n:Person {id: $id}) RETURN n', { ...schema, parameters: {} });
      expect(diagnostics.map((d) => d.message)).toContain('Parameter $id is not defined.');
    });

    it('reports an unknown function and a wrong argument count', () => {
      expect(errors("RETURN toLowr('A') AS a")).toHaveLength(1);
      expect(errors("RETURN toLower('A', 2) AS a")).toHaveLength(1);
      expect(errors('RETURN apoc.text.join(["a"], ",") AS a')).toHaveLength(1);
    });

    it('warns about a label, relationship type or property the model does not have', () => {
      expect(warnings('MATCH (n:Persn) RETURN n').length).toBeGreaterThan(0);
      expect(warnings('MATCH (:Person)-[k:KNOWZ]->(:Person) RETURN k').length).toBeGreaterThan(0);
      expect(warnings('MATCH (n:Person) RETURN n.nmae AS name').length).toBeGreaterThan(0);
    });

    it('checks patterns against the model: keys matched in a pattern, direction, labels bound earlier', () => {
      expect(warnings('MATCH (p:Person {nmae: $name}) RETURN p')).toHaveLength(1);
      expect(warnings('MATCH (:Organization)-[m:MEMBER_OF]->(:Person) RETURN m')).toHaveLength(1);
      expect(warnings('MATCH (:Person)-[m:MEMBER_OF]->(:Organization) RETURN m')).toEqual([]);
      expect(warnings('MATCH (a:Person) MATCH (o:Person) MATCH (a)-[m:MEMBER_OF]->(o) RETURN m')).toHaveLength(1);
      expect(warnings("MATCH (p:Person) WHERE p.name = 'x.nmae' RETURN p.name AS name")).toEqual([]);
    });

    it('warns about a relationship between labels the model does not connect', () => {
      expect(warnings('MATCH (:Person)-[k:KNOWS]->(:Organization) RETURN k').length).toBeGreaterThan(0);
    });

    it('still warns about a cartesian product with a part that is not a lookup by key', () => {
      expect(warnings('MATCH (a:Person {id: $id}), (b:Organization) RETURN a, b').map((p) => p.message)).toEqual([expect.stringContaining(CARTESIAN)]);
      expect(warnings('MATCH (a:Person {id: $id}), (b:Organization {id: $orgId}) RETURN a, b')).toEqual([]);
    });

    it('reads fields of UNWIND rows without a warning, but not misspelt properties of nodes', () => {
      expect(warnings('UNWIND $rows AS r MATCH (a:Person {id: r.fromId}) RETURN a')).toEqual([]);
      expect(warnings('UNWIND $rows AS r MATCH (a:Person {id: r.fromId}) RETURN a.nmae AS name')).toHaveLength(1);
    });

    it('tells a writing text from a reading one', () => {
      expect(updatingClause("MATCH (p:Person) WHERE p.notes CONTAINS 'create' AND p.createdAt > $set RETURN p")).toBeUndefined();
      expect(updatingClause('MATCH (p:Person {id: $id}) SET p.name = $name')).toBe('SET');
      expect(updatingClause('MATCH (p:Person {id: $id}) detach delete p')).toBe('delete');
    });

    it('passes a correct query', () => {
      expect(lint('self-check', 'MATCH (p:Person {id: $id})-[k:KNOWS]->(q:Person) RETURN q.name AS name ORDER BY q.sortKey LIMIT $limit', schema)).toEqual([]);
    });
  });

  describe('the lint cache', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cypher-lint-cache-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('re-lints only texts that changed since the last run, and all of them when the schema changes', () => {
      const linted: string[] = [];
      const countingLint = (text: string) => {
        linted.push(text);
        return [{ severity: 'warning', message: `checked ${text}` }];
      };
      const first = lintCache(dir, ['linter 1', 'schema 1']);
      first.get('MATCH (p:Person) RETURN p', countingLint);
      first.get('MATCH (o:Organization) RETURN o', countingLint);
      first.save();

      const second = lintCache(dir, ['linter 1', 'schema 1']);
      expect(second.get('MATCH (p:Person) RETURN p', countingLint)).toEqual([{ severity: 'warning', message: 'checked MATCH (p:Person) RETURN p' }]);
      second.get('MATCH (o:Organization) RETURN o.name AS name', countingLint);
      second.save();
      expect(linted).toEqual(['MATCH (p:Person) RETURN p', 'MATCH (o:Organization) RETURN o', 'MATCH (o:Organization) RETURN o.name AS name']);

      const newSchema = lintCache(dir, ['linter 1', 'schema 2']);
      newSchema.get('MATCH (p:Person) RETURN p', countingLint);
      expect(linted).toHaveLength(4);
    });
  });
});

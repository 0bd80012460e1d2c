/**
 * The Neo4j engine against a fake driver: what it sends (parameters, transactions, schema) and how
 * it turns what comes back (records, errors) into what the port promises. The values are real
 * neo4j-driver types; only the network is missing. The contract suites run it against a real Neo4j
 * where NEO4J_URI is set (CI).
 */
import neo4j from 'neo4j-driver';
import type { AuthToken, Config, Driver } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { Neo4jConnectionError, Neo4jGraphStore, normalize, toNeo4jParams } from '../src/graph/engines/neo4j/neo4j.store.js';
import { neo4jSchemaStatements } from '../src/graph/engines/neo4j/neo4j-ddl.js';
import { GraphError } from '../src/graph/errors.js';
import { cypher } from '../src/graph/query.js';
import { graphModel } from '../src/graph/schema/graph-model.js';
import { formatError } from '../src/common/format-error.js';

const { Node, Relationship, Record: Neo4jRecord, DateTime, Date: Neo4jDate, Path, PathSegment } = neo4j.types;

const q = {
  read: cypher('test.neo4j.read', 'read', 'MATCH (p:Person {id: $id}) RETURN p'),
  write: cypher('test.neo4j.write', 'write', 'CREATE (p:Person {id: $id}) RETURN p'),
  create: cypher('test.neo4j.create', 'write', 'CREATE (a:Account {id: $id, email: $email})'),
  other: cypher('test.neo4j.other', 'write', 'CREATE (r:Region {id: $id})'),
};

type Responder = (text: string, params: Record<string, unknown>) => InstanceType<typeof Neo4jRecord>[] | Error;

interface Call {
  readonly kind: 'managed-read' | 'managed-write' | 'explicit' | 'auto';
  readonly text: string;
  readonly params: Record<string, unknown>;
}

/** Records what the store does with the driver, and answers queries with `respond`. */
class FakeDriver {
  calls: Call[] = [];
  sessions: Array<{ config: Record<string, unknown>; closed: boolean }> = [];
  transactions: Array<{ committed: boolean; rolledBack: boolean; runs: number }> = [];
  closed = false;
  connectError: Error | undefined;
  commitError: Error | undefined;
  respond: Responder = () => [];

  private answer(kind: Call['kind'], text: string, params: Record<string, unknown> = {}) {
    this.calls.push({ kind, text, params });
    const r = this.respond(text, params);
    if (r instanceof Error) return Promise.reject(r);
    return Promise.resolve({ records: r, summary: {} });
  }

  async verifyConnectivity() {
    if (this.connectError) throw this.connectError;
    return {};
  }

  session(config: Record<string, unknown>) {
    const state = { config, closed: false };
    this.sessions.push(state);
    const managed = (kind: 'managed-read' | 'managed-write') => (work: (tx: unknown) => Promise<unknown>) =>
      work({ run: (text: string, params?: Record<string, unknown>) => this.answer(kind, text, params) });
    return {
      executeRead: managed('managed-read'),
      executeWrite: managed('managed-write'),
      run: (text: string, params?: Record<string, unknown>) => this.answer('auto', text, params),
      beginTransaction: async () => {
        const t = { committed: false, rolledBack: false, runs: 0 };
        this.transactions.push(t);
        return {
          run: (text: string, params?: Record<string, unknown>) => {
            t.runs++;
            return this.answer('explicit', text, params);
          },
          commit: async () => {
            if (this.commitError) throw this.commitError;
            t.committed = true;
          },
          rollback: async () => {
            t.rolledBack = true;
          },
        };
      },
      close: async () => {
        state.closed = true;
      },
    };
  }

  async close() {
    this.closed = true;
  }
}

async function openFake(fake = new FakeDriver(), options: { password?: string; database?: string } = {}) {
  let made: { uri: string; auth: AuthToken; config: Config } | undefined;
  const store = await Neo4jGraphStore.open({
    uri: 'bolt://db.example:7687',
    user: 'neo4j',
    password: options.password ?? 's3cret-pass',
    database: options.database,
    createDriver: (uri, auth, config) => {
      made = { uri, auth, config };
      return fake as unknown as Driver;
    },
  });
  return { store, fake, made: made! };
}

const record = (fields: Record<string, unknown>) => new Neo4jRecord(Object.keys(fields), Object.values(fields));
const neo4jError = (message: string, code: string) => new neo4j.Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('Neo4jGraphStore', () => {
  describe('open', () => {
    it('makes a driver that returns integers as numbers, verifies the connection and answers as engine neo4j', async () => {
      const { store, fake, made } = await openFake(undefined, { database: 'crm' });
      expect(store.engine).toBe('neo4j');
      expect(made.uri).toBe('bolt://db.example:7687');
      expect(made.config.disableLosslessIntegers).toBe(true);
      expect(made.auth).toMatchObject({ scheme: 'basic', principal: 'neo4j' });
      // A ping in the configured database proves it exists and may be read.
      expect(fake.calls).toEqual([{ kind: 'managed-read', text: 'RETURN 1 AS ok', params: {} }]);
      expect(fake.sessions[0].config).toMatchObject({ database: 'crm' });
      expect(fake.sessions.every((s) => s.closed)).toBe(true);
      await store.close();
    });

    it('fails with a clear message that does not contain the password, and closes the driver', async () => {
      const fake = new FakeDriver();
      fake.connectError = neo4jError('The client is unauthorized due to authentication failure (password s3cret-pass).', 'Neo.ClientError.Security.Unauthorized');
      const err = await openFake(fake).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Neo4jConnectionError);
      const message = (err as Error).message;
      expect(message).toContain('Cannot connect to Neo4j at bolt://db.example:7687 as neo4j');
      expect(message).toContain('Neo.ClientError.Security.Unauthorized');
      expect(message).toContain('check NEO4J_USER and NEO4J_PASSWORD');
      expect(message).not.toContain('s3cret-pass');
      expect(fake.closed).toBe(true);
    });

    it('names the database when it does not exist', async () => {
      const fake = new FakeDriver();
      fake.respond = () => neo4jError('Database does not exist. Database name: crm.', 'Neo.ClientError.Database.DatabaseNotFound');
      const err = (await openFake(fake, { database: 'crm' }).catch((e: unknown) => e)) as Error;
      expect(err.message).toMatch(/database crm.*check NEO4J_DATABASE/);
      expect(fake.closed).toBe(true);
    });
  });

  describe('parameters', () => {
    it('sends whole numbers as Neo4j integers (LIMIT $n works), other numbers as floats, nested too', () => {
      const p = toNeo4jParams({ limit: 25, offset: 0, ratio: 0.5, big: 2 ** 60, rows: [{ n: 3, x: 1.25, tags: ['a'] }], list: [1, 2] });
      expect(neo4j.isInt(p.limit)).toBe(true);
      expect((p.limit as { toNumber(): number }).toNumber()).toBe(25);
      expect(neo4j.isInt(p.offset)).toBe(true);
      expect(p.ratio).toBe(0.5);
      // Beyond 2^53 a JS number is not an exact integer: it stays a float rather than a wrong int.
      expect(p.big).toBe(2 ** 60);
      const row = (p.rows as Array<Record<string, unknown>>)[0];
      expect(neo4j.isInt(row.n)).toBe(true);
      expect(row.x).toBe(1.25);
      expect(row.tags).toEqual(['a']);
      expect((p.list as unknown[]).every((x) => neo4j.isInt(x))).toBe(true);
    });

    it('keeps a whole value of a float property (a tie score of 1) a float, at any depth', () => {
      const floatProps = graphModel.relationships.flatMap((r) => Object.entries(r.properties).filter(([, d]) => d.type === 'float').map(([k]) => k));
      expect(floatProps).toContain('score');
      const p = toNeo4jParams({ score: 1, rows: [{ score: 4, interactions: 2 }] });
      expect(p.score).toBe(1);
      expect(neo4j.isInt(p.score)).toBe(false);
      const row = (p.rows as Array<Record<string, unknown>>)[0];
      expect(row.score).toBe(4);
      expect(neo4j.isInt(row.score)).toBe(false);
      // `interactions` is an int property: an integer.
      expect(neo4j.isInt(row.interactions)).toBe(true);
    });

    it('sends undefined as null, a Date as its ISO string, strings and booleans unchanged', () => {
      const at = new Date('2025-03-04T05:06:07.000Z');
      expect(toNeo4jParams({ a: undefined, at, s: 'x', b: false, m: { inner: undefined } })).toEqual({
        a: null,
        at: '2025-03-04T05:06:07.000Z',
        s: 'x',
        b: false,
        m: { inner: null },
      });
    });

    it('are what the store passes to the driver', async () => {
      const { store, fake } = await openFake();
      await store.read(q.read, { id: 'p1', limit: 10 });
      const sent = fake.calls.at(-1)!;
      expect(sent).toMatchObject({ kind: 'managed-read', text: q.read.neo4j });
      expect(neo4j.isInt(sent.params.limit)).toBe(true);
      await store.close();
    });
  });

  describe('results', () => {
    it('gives nodes and relationships as their properties, every model property present, no ids or labels', () => {
      const person = new Node(neo4j.int(7), ['Person'], { id: 'p1', name: 'Rosa', version: 3, _secret: 'x' }, '4:abc:7');
      const knows = new Relationship(neo4j.int(9), neo4j.int(7), neo4j.int(8), 'KNOWS', { strength: 4, score: 1.5 }, '5:abc:9', '4:abc:7', '4:abc:8');
      const out = normalize({ p: person, k: knows }) as Record<string, Record<string, unknown>>;
      expect(out.p).toMatchObject({ id: 'p1', name: 'Rosa', version: 3, notes: null, emails: null, region: null });
      expect(Object.keys(out.p).sort()).toEqual(Object.keys(graphModel.nodes.find((n) => n.label === 'Person')!.properties).sort());
      expect(out.p).not.toHaveProperty('_secret');
      expect(out.p).not.toHaveProperty('labels');
      expect(out.k).toMatchObject({ strength: 4, score: 1.5, context: null, since: null });
      expect(out.k).not.toHaveProperty('type');
      expect(out.k).not.toHaveProperty('start');
    });

    it('turns Integers into numbers, temporal values into ISO strings, lists and maps recursively', () => {
      const at = new DateTime(2025, 3, 4, 5, 6, 7, 0, 0);
      const day = new Neo4jDate(2025, 3, 4);
      const out = normalize({
        total: neo4j.int(42),
        big: BigInt(5),
        at,
        day,
        nested: [{ n: neo4j.int(1), when: day, _hidden: 1, list: [neo4j.int(2), null, 'x'] }],
        nothing: null,
        flag: true,
      });
      expect(out).toEqual({
        total: 42,
        big: 5,
        at: '2025-03-04T05:06:07Z',
        day: '2025-03-04',
        nested: [{ n: 1, when: '2025-03-04', list: [2, null, 'x'] }],
        nothing: null,
        flag: true,
      });
    });

    it('gives a path as its nodes and relationships', () => {
      const a = new Node(neo4j.int(1), ['Region'], { id: 'r1' });
      const b = new Node(neo4j.int(2), ['Region'], { id: 'r2', name: 'B' });
      const rel = new Relationship(neo4j.int(3), neo4j.int(1), neo4j.int(2), 'NARROWS', { createdAt: 'x' });
      expect(normalize(new Path(a, b, [new PathSegment(a, rel, b)]))).toEqual({
        nodes: [{ id: 'r1', name: null }, { id: 'r2', name: 'B' }],
        relationships: [{ createdAt: 'x' }],
      });
    });

    it('are rows of plain values from read and write', async () => {
      const { store, fake } = await openFake();
      fake.respond = () => [record({ p: new Node(neo4j.int(1), ['Region'], { id: 'r1', name: 'North' }), n: 2 })];
      expect(await store.read(q.read, { id: 'r1' })).toEqual([{ p: { id: 'r1', name: 'North' }, n: 2 }]);
      expect(await store.write(q.write, { id: 'r1' })).toEqual([{ p: { id: 'r1', name: 'North' }, n: 2 }]);
      expect(fake.calls.slice(-2).map((c) => c.kind)).toEqual(['managed-read', 'managed-write']);
      expect(fake.sessions.slice(-2).map((s) => s.config.defaultAccessMode)).toEqual([neo4j.session.READ, neo4j.session.WRITE]);
      expect(fake.sessions.every((s) => s.closed)).toBe(true);
      await store.close();
    });
  });

  describe('errors', () => {
    const engineMessage = "Node(12) already exists with label `Account` and property `email` = 'rosa@example.org'";

    it('turns a constraint violation into unique-violation, which users see as CONFLICT without the engine message', async () => {
      const { store, fake } = await openFake();
      fake.respond = () => neo4jError(engineMessage, 'Neo.ClientError.Schema.ConstraintValidationFailed');
      const err = (await store.write(q.create, { id: 'a1', email: 'rosa@example.org' }).catch((e: unknown) => e)) as GraphError;
      expect(err).toBeInstanceOf(GraphError);
      expect(err.kind).toBe('unique-violation');
      expect(err.queryName).toBe('test.neo4j.create');
      expect(err.message).not.toContain('rosa@example.org');
      expect(err.engineMessage).toContain('ConstraintValidationFailed');
      const wrapped = new GraphQLError(err.message, { originalError: err });
      const response = formatError(wrapped.toJSON(), wrapped);
      expect(response.extensions?.code).toBe('CONFLICT');
      expect(JSON.stringify(response)).not.toContain('rosa@example.org');
      await store.close();
    });

    it('turns other failures into other kinds, never with the engine message or values in the message', async () => {
      const { store, fake } = await openFake();
      const cases: Array<[Error, GraphError['kind']]> = [
        [neo4jError(`Invalid input 'x' near ${engineMessage}`, 'Neo.ClientError.Statement.SyntaxError'), 'invalid-query'],
        [neo4jError(`Deadlock: ${engineMessage}`, 'Neo.TransientError.Transaction.DeadlockDetected'), 'unavailable'],
        [neo4jError(`Lost ${engineMessage}`, neo4j.error.SERVICE_UNAVAILABLE), 'unavailable'],
        [neo4jError(`Boom ${engineMessage}`, 'Neo.DatabaseError.General.UnknownError'), 'internal'],
        [new TypeError(`odd ${engineMessage}`), 'internal'],
      ];
      for (const [e, kind] of cases) {
        fake.respond = () => e;
        const err = (await store.read(q.read, { id: 'rosa@example.org' }).catch((x: unknown) => x)) as GraphError;
        expect(err).toBeInstanceOf(GraphError);
        expect(err.kind).toBe(kind);
        expect(err.message).toBe(`${kind} in query test.neo4j.read`);
      }
      await store.close();
    });
  });

  describe('transaction', () => {
    it('commits when the work succeeds, running every statement in one explicit transaction', async () => {
      const { store, fake } = await openFake();
      const result = await store.transaction(async (tx) => {
        await tx.run(q.other, { id: 'r1' });
        await tx.run(q.other, { id: 'r2' });
        return 'done';
      });
      expect(result).toBe('done');
      expect(fake.transactions).toEqual([{ committed: true, rolledBack: false, runs: 2 }]);
      expect(fake.calls.filter((c) => c.kind === 'explicit')).toHaveLength(2);
      expect(fake.sessions.every((s) => s.closed)).toBe(true);
      await store.close();
    });

    it('rolls back when the work throws, and passes the error on', async () => {
      const { store, fake } = await openFake();
      const boom = new Error('version changed');
      await expect(
        store.transaction(async (tx) => {
          await tx.run(q.other, { id: 'r1' });
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(fake.transactions).toEqual([{ committed: false, rolledBack: true, runs: 1 }]);
      expect(fake.sessions.every((s) => s.closed)).toBe(true);
      await store.close();
    });

    it('rolls back when a statement fails, with the failure mapped', async () => {
      const { store, fake } = await openFake();
      fake.respond = (text) => (text === q.create.neo4j ? neo4jError('dup', 'Neo.ClientError.Schema.ConstraintValidationFailed') : []);
      const err = (await store
        .transaction(async (tx) => {
          await tx.run(q.other, { id: 'r1' });
          await tx.run(q.create, { id: 'a1', email: 'x@example.org' });
        })
        .catch((e: unknown) => e)) as GraphError;
      expect(err.kind).toBe('unique-violation');
      expect(err.queryName).toBe('test.neo4j.create');
      expect(fake.transactions[0]).toMatchObject({ committed: false, rolledBack: true });
      await store.close();
    });

    it('rolls back and reports when the commit fails; the work runs once, never retried', async () => {
      const { store, fake } = await openFake();
      fake.commitError = neo4jError('leader switched', 'Neo.TransientError.Cluster.NotALeader');
      let runs = 0;
      const err = (await store
        .transaction(async (tx) => {
          runs++;
          await tx.run(q.other, { id: 'r1' });
        })
        .catch((e: unknown) => e)) as GraphError;
      expect(err.kind).toBe('unavailable');
      expect(runs).toBe(1);
      expect(fake.transactions).toHaveLength(1);
      expect(fake.transactions[0]).toMatchObject({ committed: false, rolledBack: true });
      await store.close();
    });
  });

  describe('schema', () => {
    it('runs each constraint and index statement from the model on its own (auto-commit)', async () => {
      const { store, fake } = await openFake();
      await store.applySchema();
      const auto = fake.calls.filter((c) => c.kind === 'auto').map((c) => c.text);
      expect(auto).toEqual(neo4jSchemaStatements(graphModel));
      await store.close();
    });

    it('makes a key constraint per label, and indexes the model marks', () => {
      const ddl = neo4jSchemaStatements(graphModel);
      for (const n of graphModel.nodes) {
        expect(ddl).toContain(
          `CREATE CONSTRAINT ${n.label.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()}_${n.key.toLowerCase()} IF NOT EXISTS FOR (n:${n.label}) REQUIRE n.${n.key} IS UNIQUE`,
        );
      }
      expect(ddl).toContain('CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE');
      expect(ddl).toContain('CREATE CONSTRAINT account_email IF NOT EXISTS FOR (n:Account) REQUIRE n.email IS UNIQUE');
      expect(ddl).toContain('CREATE INDEX person_sort_key_range IF NOT EXISTS FOR (n:Person) ON (n.sortKey)');
      expect(ddl).toContain('CREATE TEXT INDEX person_search_public_text IF NOT EXISTS FOR (n:Person) ON (n.searchPublic)');
      expect(ddl.every((s) => s.includes(' IF NOT EXISTS '))).toBe(true);
    });

    it('refuses a model name that is not a plain identifier', () => {
      const bad = { version: 1, nodes: [{ label: 'Person) DETACH DELETE (n', key: 'id', properties: { id: { type: 'string' as const } } }], relationships: [] };
      expect(() => neo4jSchemaStatements(bad)).toThrow(/not a plain identifier/);
    });
  });

  describe('close', () => {
    it('waits for calls in flight, closes the driver, and refuses calls afterwards', async () => {
      const { store, fake } = await openFake();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      fake.respond = () => [];
      const pending = store.transaction(async (tx) => {
        await gate;
        return tx.run(q.other, { id: 'r1' });
      });
      const closing = store.close();
      await new Promise((r) => setTimeout(r, 10));
      expect(fake.closed).toBe(false);
      release();
      await pending;
      await closing;
      expect(fake.closed).toBe(true);
      expect(fake.transactions[0].committed).toBe(true);
      const err = (await store.read(q.read, { id: 'x' }).catch((e: unknown) => e)) as GraphError;
      expect(err).toBeInstanceOf(GraphError);
      expect(err.kind).toBe('unavailable');
      await store.close(); // a second close is harmless
    });
  });
});

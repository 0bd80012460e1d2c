import { GraphqlClient, type GqlResponse } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

/** A query `levels` deep along people's ties: person → ties → person → ties … */
function tiesDeep(hops: number): string {
  let inner = 'id name';
  for (let i = 0; i < hops; i++) inner = `id ties { strength person { ${inner} } }`;
  return `{ person(id: "p-none") { ${inner} } }`;
}

const codeOf = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;

describe('API: limits at the edge', () => {
  let server: RunningServer;
  let admin: GraphqlClient;
  beforeAll(async () => {
    server = await startServer({ SIGNIN_MAX_FAILURES: '3' });
    admin = new GraphqlClient(server.url);
    expect((await admin.signIn(DEMO.admin, DEMO_PASSWORD)).errors).toBeUndefined();
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  describe('query limits', () => {
    it('refuses a 5,000-level-deep selection with a clean 400 naming the token limit, not a stack overflow', async () => {
      const r = await admin.request('{ me ' + '{ a '.repeat(5000) + '}'.repeat(5000) + ' }');
      expect(r.status).toBe(400);
      expect(codeOf(r)).toBe('QUERY_TOO_LARGE');
      expect(r.errors![0].message).toMatch(/^Token limit of 1000 exceeded\. Send a shorter query/);
      expect(JSON.stringify(r.errors)).not.toMatch(/call stack|RangeError/);
    });

    it('refuses 50 levels of ties with QUERY_TOO_DEEP, and an 8-hop fan-out with QUERY_TOO_COMPLEX', async () => {
      const deep = await admin.request(tiesDeep(25));
      expect(deep.status).toBe(400);
      expect(deep.errors!.map((e) => e.extensions!.code)).toContain('QUERY_TOO_DEEP');
      expect(deep.errors!.find((e) => e.extensions!.code === 'QUERY_TOO_DEEP')!.message).toMatch(/^Query depth limit of 20 exceeded, found 52\./);

      const wide = await admin.request(tiesDeep(8));
      expect(wide.status).toBe(400);
      expect(codeOf(wide)).toBe('QUERY_TOO_COMPLEX');
      expect(wide.errors![0].message).toMatch(/Cost limit of 5000 exceeded, found \d+\. Ask for fewer fields/);
      // Seven hops are allowed (the person does not exist: an ordinary NOT_FOUND).
      const seven = await admin.request(tiesDeep(7));
      expect(seven.status).toBe(200);
      expect(codeOf(seven)).toBe('NOT_FOUND');
    });

    it('refuses many aliases of a list, and a mutation over a limit changes nothing', async () => {
      const aliases = Array.from({ length: 30 }, (_, i) => `p${i}: people(first: 100) { totalCount }`).join(' ');
      const r = await admin.request(`{ ${aliases} }`);
      expect(r.status).toBe(400);
      expect(codeOf(r)).toBe('QUERY_TOO_MANY_ALIASES');
      expect(r.errors![0].message).toMatch(/^Aliases limit of 20 exceeded, found 30\./);

      const before = (await admin.ok('{ regions { id } }')).regions.length;
      const creates = Array.from({ length: 21 }, (_, i) => `r${i}: createRegion(input: { name: "Alias region ${i}" }) { id }`).join(' ');
      const refused = await admin.request(`mutation { ${creates} }`);
      expect(refused.status).toBe(400);
      expect(codeOf(refused)).toBe('QUERY_TOO_MANY_ALIASES');
      expect((await admin.ok('{ regions { id } }')).regions.length).toBe(before);
    });

    it('caps the page size of a list, given in the query or in a variable', async () => {
      const literal = await admin.request('{ people(first: 1000) { nodes { id name ties { strength person { id name } } } } }');
      expect(literal.status).toBe(400);
      expect(codeOf(literal)).toBe('QUERY_TOO_COMPLEX');
      const variable = await admin.request('query($n: Int!) { people(first: $n) { totalCount } }', { n: 1000 });
      expect(codeOf(variable)).toBe('BAD_USER_INPUT');
      expect(variable.errors![0].message).toMatch(/first can be at most 100/);
    });

    it('keeps answering other users while hostile queries arrive', async () => {
      const reader = new GraphqlClient(server.url);
      expect((await reader.signIn(DEMO.staff, DEMO_PASSWORD)).errors).toBeUndefined();
      const hostile = Array.from({ length: 40 }, (_, i) => admin.request(i % 2 ? tiesDeep(25) : '{ me ' + '{ a '.repeat(5000) + '}'.repeat(5000) + ' }'));
      const read = reader.request('{ me { email } people(first: 5) { totalCount } }');
      const [answers, mine] = await Promise.all([Promise.all(hostile), read]);
      expect(answers.every((a) => a.status === 400)).toBe(true);
      expect(mine.status).toBe(200);
      expect(mine.data!.me.email).toBe(DEMO.staff);
      expect(mine.data!.people.totalCount).toBeGreaterThan(0);
    });
  });

  describe('sign-in under parallel load', () => {
    it('checks at most the allowed few of 50 parallel wrong passwords; the rest get 429 with Retry-After, and a signed-in read answers meanwhile', async () => {
      const reader = new GraphqlClient(server.url);
      expect((await reader.signIn(DEMO.connector, DEMO_PASSWORD)).errors).toBeUndefined();
      const burst = Array.from({ length: 50 }, () => new GraphqlClient(server.url).signIn(DEMO.leader, 'not the password'));
      const read = reader.request('{ me { email } }');
      const [answers, mine] = await Promise.all([Promise.all(burst), read]);

      expect(mine.status).toBe(200);
      expect(mine.data!.me.email).toBe(DEMO.connector);

      // Each attempt counts as it arrives, before its password is checked: exactly the 3 allowed are checked.
      const checked = answers.filter((a) => a.status !== 429);
      const limited = answers.filter((a) => a.status === 429);
      expect(checked.length).toBe(3);
      for (const a of checked) expect(codeOf(a)).toBe('UNAUTHENTICATED');
      expect(limited.length).toBe(50 - checked.length);
      for (const a of limited) {
        expect(codeOf(a)).toBe('TOO_MANY_REQUESTS');
        expect(Number(a.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(a.data ?? null).toBeNull();
      }

      const right = await new GraphqlClient(server.url).signIn(DEMO.leader, DEMO_PASSWORD);
      expect(right.status).toBe(429);
      expect(right.errors![0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
      expect(right.errors![0].message).toMatch(/^Too many failed sign-in attempts\. Try again in 1[45] minutes\.$/);
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(13 * 60);
    });
  });

  it('opens a session for each of several parallel sign-ins with the right password (checked one at a time)', async () => {
    const clients = Array.from({ length: 3 }, () => new GraphqlClient(server.url));
    const answers = await Promise.all(clients.map((c) => c.signIn(DEMO.staff, DEMO_PASSWORD)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    for (const c of clients) expect((await c.ok('{ me { email } }')).me.email).toBe(DEMO.staff);
  });

  describe('introspection', () => {
    it('reads the schema for signed-in accounts only', async () => {
      const anonymous = new GraphqlClient(server.url);
      for (const q of ['{ __schema { queryType { name } } }', '{ __type(name: "Person") { name } }', 'query { ...Schema } fragment Schema on Query { __schema { types { name } } }']) {
        const r = await anonymous.request(q);
        expect(r.status).toBe(401);
        expect(r.errors![0]).toMatchObject({ message: 'Please sign in to read the API’s schema (introspection).', extensions: { code: 'UNAUTHENTICATED' } });
        expect(r.data ?? null).toBeNull();
      }
      // Nor does a mistyped field name hint at the right one.
      const typo = await anonymous.request('{ peeple { totalCount } }');
      expect(typo.status).toBe(400);
      expect(typo.errors![0].message).toBe('Cannot query field "peeple" on type "Query".');
      // __typename is not introspection: clients add it to every query.
      expect((await anonymous.request('{ __typename me { id } }')).data).toEqual({ __typename: 'Query', me: null });

      const r = await admin.request('{ __schema { queryType { name } } __type(name: "Person") { name } }');
      expect(r.status).toBe(200);
      expect(r.data).toEqual({ __schema: { queryType: { name: 'Query' } }, __type: { name: 'Person' } });
    });
  });
});

describe('API: edge settings', () => {
  it('GRAPHQL_INTROSPECTION=false turns introspection off for everyone, signed in or not', async () => {
    const server = await startServer({ GRAPHQL_INTROSPECTION: 'false', DEMO_DATA: 'true' });
    try {
      const admin = new GraphqlClient(server.url);
      expect((await admin.signIn(DEMO.admin, DEMO_PASSWORD)).errors).toBeUndefined();
      const r = await admin.request('{ __schema { queryType { name } } }');
      expect(r.status).toBe(403);
      expect(r.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(r.errors![0].message).toMatch(/turned off on this server \(GRAPHQL_INTROSPECTION=false\)/);
      expect((await admin.request('{ me { email } }')).data!.me.email).toBe(DEMO.admin);
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });

  it('ends a request that runs past REQUEST_TIMEOUT_MS with 503 REQUEST_TIMEOUT, and drops its late answer', async () => {
    // A password check alone (argon2, 64 MiB) takes far longer than 1 ms.
    const server = await startServer({ REQUEST_TIMEOUT_MS: '1' });
    try {
      const c = new GraphqlClient(server.url);
      const r = await c.signIn(DEMO.admin, DEMO_PASSWORD);
      expect(r.status).toBe(503);
      expect(r.errors![0]).toMatchObject({ extensions: { code: 'REQUEST_TIMEOUT' } });
      expect(r.errors![0].message).toBe('This request took longer than 1 millisecond and was stopped. If it was saving something, it may have been saved: check before trying again.');
      // No session was opened: the cookie never left.
      expect(r.headers.get('set-cookie')).toBeNull();
      // The server goes on answering, and its late answers to the timed-out requests broke nothing.
      const other = await new GraphqlClient(server.url).signIn(DEMO.staff, DEMO_PASSWORD);
      expect(other.status).toBe(503);
      expect(other.errors![0].extensions!.code).toBe('REQUEST_TIMEOUT');
      expect(server.process.exitCode).toBeNull();
      expect(server.output()).not.toMatch(/ERR_HTTP_HEADERS_SENT|Cannot set headers/);
    } finally {
      expect(await server.stop()).toBe(0);
      removeDir(server.dataDir);
    }
  });
});

import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

describe('API: accounts and sessions', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ SIGNIN_MAX_FAILURES: '3', NODE_ENV: 'development' });
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('signs in with an httpOnly SameSite cookie, knows who you are, and signs out', async () => {
    const c = new GraphqlClient(server.url);
    expect((await c.ok('{ me { id } }')).me).toBeNull();
    const res = await c.signIn(DEMO.admin, DEMO_PASSWORD);
    expect(res.errors).toBeUndefined();
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^cg_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await c.ok('{ me { email role allRegions } }')).me).toEqual({ email: DEMO.admin, role: 'ADMIN', allRegions: true });
    await c.ok('mutation { signOut }');
    expect((await c.ok('{ me { id } }')).me).toBeNull();
  });

  it('answers a wrong password and an unknown email alike, and refuses further tries after too many failures', async () => {
    const c = new GraphqlClient(server.url);
    const wrong = await c.signIn(DEMO.leader, 'not the password');
    const unknown = await c.signIn('nobody@example.org', 'not the password');
    expect(wrong.errors![0]).toMatchObject({ message: 'That email and password do not match an account.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    await c.signIn(DEMO.leader, 'still wrong');
    await c.signIn(DEMO.leader, 'wrong a third time');
    const limited = await c.signIn(DEMO.leader, DEMO_PASSWORD);
    expect(limited.errors![0].extensions!.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.errors![0].message).toMatch(/Try again in \d+ minute/);
    // Another account from the same address is not locked out by someone else's typos.
    expect((await new GraphqlClient(server.url).signIn(DEMO.staff, DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('refuses every operation but sign-in without a session', async () => {
    const c = new GraphqlClient(server.url);
    for (const q of ['{ people { totalCount } }', '{ regions { id } }', '{ accounts { id } }']) {
      const r = await c.request(q);
      expect(r.errors![0]).toMatchObject({ message: 'Please sign in.', extensions: { code: 'UNAUTHENTICATED' } });
      expect(r.data ?? null).toBeNull();
    }
  });

  it('blocks a cross-site form post (CSRF prevention)', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ me { id } }"}' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('lets an admin create accounts, with each problem named, and no one else', async () => {
    const adminC = new GraphqlClient(server.url);
    await adminC.signIn(DEMO.admin, DEMO_PASSWORD);
    const create = `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id email role regions { name } } }`;
    const bad = await adminC.request(create, { i: { email: 'nope', displayName: '', password: 'short', role: 'CONNECTOR', regionIds: ['region-great-lakes'] } });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual(['displayName', 'email', 'password']);

    const good = await adminC.ok(create, { i: { email: 'New.Connector@Example.org', displayName: 'New Connector', password: 'a-long-enough-password', role: 'CONNECTOR', regionIds: ['region-gulf-coast'] } });
    expect(good.createAccount).toMatchObject({ email: 'new.connector@example.org', role: 'CONNECTOR', regions: [{ name: 'Gulf Coast' }] });
    const dup = await adminC.request(create, { i: { email: 'new.connector@example.org', displayName: 'Again', password: 'a-long-enough-password', role: 'CONNECTOR', regionIds: ['region-gulf-coast'] } });
    expect(dup.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', fields: [{ field: 'email' }] } });

    const newbie = new GraphqlClient(server.url);
    expect((await newbie.signIn('new.connector@example.org', 'a-long-enough-password')).errors).toBeUndefined();
    const forbidden = await newbie.request(create, { i: { email: 'x@example.org', displayName: 'X', password: 'a-long-enough-password', role: 'ADMIN' } });
    expect(forbidden.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('never sends a stack trace or engine message, even in development mode', async () => {
    const c = new GraphqlClient(server.url);
    await c.signIn(DEMO.admin, DEMO_PASSWORD);
    const r = await c.request('{ people(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const bad = await c.request('{ person(id: 1) { nope } }');
    for (const e of [...r.errors!, ...bad.errors!]) expect(JSON.stringify(e)).not.toMatch(/stacktrace|at .*\.js:\d+|Binder|Runtime exception/);
  });
});

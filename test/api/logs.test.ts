import { randomUUID } from 'node:crypto';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

const CREATE = `mutation($i: PersonInput!, $k: String) { createPerson(input: $i, idempotencyKey: $k) { id name emails } }`;
const SEARCH = `query($s: String, $f: Int, $a: String) { people(search: $s, first: $f, after: $a) { totalCount pageInfo { endCursor hasNextPage } nodes { id emails phones notes } } }`;

interface LogLine {
  level: string;
  msg: string;
  requestId?: string;
  stack?: string;
  err?: unknown;
  [k: string]: unknown;
}

describe('API: logs and retries', () => {
  let server: RunningServer;
  const as: Record<keyof typeof DEMO, GraphqlClient> = {} as never;
  const stranger = `nobody.${randomUUID().slice(0, 8)}@example.org`;
  const mine = { emails: [`yolanda.${randomUUID().slice(0, 8)}@example.org`], phones: ['(555) 019-7766'], notes: `Prefers calls after six ${randomUUID().slice(0, 8)}` };
  const lines = (): LogLine[] =>
    server
      .output()
      .split('\n')
      .slice(0, -1) // complete lines only: the last piece may be a line still being written
      .filter((l) => l.trim())
      .map((l) => {
        try {
          return JSON.parse(l) as LogLine;
        } catch {
          throw new Error(`Not one JSON object per line: ${l}`);
        }
      });

  beforeAll(async () => {
    // debug: the most the app ever logs, so the scan below sees every line it could write.
    server = await startServer({ LOG_LEVEL: 'debug' });
    for (const role of Object.keys(DEMO) as Array<keyof typeof DEMO>) {
      as[role] = new GraphqlClient(server.url);
      expect((await as[role].signIn(DEMO[role], DEMO_PASSWORD)).errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('answers a retried create with the first person, and creates separately for another account using the same key', async () => {
    const key = randomUUID();
    const input = { name: 'Yolanda Retry', ...mine, regionId: 'region-great-lakes', kinds: ['MEMBER'], tags: [] };
    const first = (await as.leader.ok(CREATE, { i: input, k: key })).createPerson;
    const again = (await as.leader.ok(CREATE, { i: input, k: key })).createPerson;
    expect(again).toEqual(first);
    expect((await as.leader.ok(SEARCH, { s: 'Yolanda Retry' })).people.totalCount).toBe(1);

    const staffs = (await as.staff.ok(CREATE, { i: input, k: key })).createPerson;
    expect(staffs.id).not.toBe(first.id);
    expect((await as.leader.ok(SEARCH, { s: 'Yolanda Retry' })).people.totalCount).toBe(2);

    const changed = await as.leader.request(CREATE, { i: { ...input, name: 'Someone Else' }, k: key });
    expect(changed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'idempotencyKey' }] });
    expect((await as.leader.ok(SEARCH, { s: 'Someone Else' })).people.totalCount).toBe(0);
  });

  it('gives every request an id in X-Request-Id, and keeps the one a client sends', async () => {
    const mineId = `support-${randomUUID().slice(0, 8)}`;
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': mineId }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(res.headers.get('x-request-id')).toBe(mineId);
    const other = await as.admin.request('{ me { id } }');
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // A hostile id (spaces, a line break) is replaced, not echoed.
    const hostile = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'x y z' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await server.waitForOutput(() => lines().some((l) => l.msg === 'request completed' && l.requestId === mineId));
    const line = lines().find((l) => l.msg === 'request completed' && l.requestId === mineId);
    expect(line).toMatchObject({ level: 'info', req: { method: 'POST', path: '/graphql' }, res: { status: 200 } });
  });

  it('logs refused requests without an ERROR line or a stack, and no contact details in any line', async () => {
    const before = lines().length;
    const anonymous = new GraphqlClient(server.url);
    expect((await anonymous.request('{ people(first: 1) { totalCount } }')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.signIn(stranger, 'wrong-password-123')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.signIn(DEMO.leader, 'wrong-password-123')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await as.leader.request(`query($id: ID!) { person(id: $id) { id } }`, { id: 'no-such-person' })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const refused = await as.leader.request(CREATE, { i: { name: 'Bad Email', emails: [`not-an-email ${mine.emails[0]}`], phones: mine.phones, notes: mine.notes, regionId: 'region-great-lakes', kinds: ['MEMBER'], tags: [] } });
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await as.connector.request(`mutation($id: ID!) { deletePerson(id: $id) }`, { id: 'person-1' })).errors![0].extensions!.code).toMatch(/FORBIDDEN|NOT_FOUND/);

    // Six requests above: wait for their six log lines (each is written once its answer has gone out).
    await server.waitForOutput(() => lines().slice(before).filter((l) => l.msg === 'request completed').length >= 6);
    const during = lines().slice(before);
    expect(during.filter((l) => l.level === 'error' || l.level === 'fatal' || l.level === 'warn')).toEqual([]);
    expect(during.filter((l) => l.stack || l.err)).toEqual([]);
    expect(during.filter((l) => l.level === 'debug').map((l) => l.msg)).toEqual(expect.arrayContaining([expect.stringMatching(/^UNAUTHENTICATED/), expect.stringMatching(/^NOT_FOUND/), expect.stringMatching(/^BAD_USER_INPUT/)]));

    // Searches by a demo person's email and phone, then the scan: every demo person's contact details (as the admin sees them).
    const contacts = new Set<string>([...mine.emails, ...mine.phones, mine.notes, stranger]);
    let after: string | null = null;
    let someone: { emails: string[]; phones: string[]; notes: string | null } | undefined;
    do {
      const page: { people: { pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: Array<{ emails: string[]; phones: string[]; notes: string | null }> } } = await as.admin.ok(SEARCH, { f: 100, a: after });
      for (const p of page.people.nodes) {
        if (!someone && p.notes && p.emails.length && p.phones.length) someone = p;
        for (const v of [...p.emails, ...p.phones, p.notes ?? '']) if (v.length >= 6) contacts.add(v);
        for (const phone of p.phones) contacts.add(phone.replace(/\D/g, ''));
      }
      after = page.people.pageInfo.hasNextPage ? page.people.pageInfo.endCursor : null;
    } while (after);
    for (const s of [someone!.emails[0], someone!.phones[0]]) expect((await as.admin.ok(SEARCH, { s, f: 5 })).people.totalCount).toBeGreaterThan(0);
    expect(contacts.size).toBeGreaterThan(600);

    const log = server.output();
    const leaked = [...contacts].filter((c) => log.includes(c));
    expect(leaked).toEqual([]);
    // Sign-in emails: only in the start-up line that tells the operator how to sign in to the demo.
    const withAccountEmail = lines().filter((l) => Object.values(DEMO).some((e) => JSON.stringify(l).includes(e)));
    expect(withAccountEmail.map((l) => l.msg)).toEqual([expect.stringMatching(/^Loaded the demo coalition .* Sign in as admin@demo\.example\.org/)]);
  });
});

import { GraphqlClient } from '../support/graphql-client.js';
import { startDemo } from '../support/demo.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const MEETING = `id version canEdit kind date host { name } participants { name }`;
const TIES = `query($id: ID!) { person(id: $id) { ties { person { name } derivedStrength lastContact interactionCount } } }`;

describe('API: correcting meetings, and the audit log', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  async function as(email: string): Promise<GraphqlClient> {
    const c = new GraphqlClient(server.url);
    expect((await c.signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    return c;
  }

  it('lets the connector who logged a meeting correct and delete it, with ties following; a stale edit is a CONFLICT', async () => {
    const connector = await as(DEMO.connector);
    const person = async (name: string) => (await connector.ok(`mutation($n: String!) { createPerson(input: { name: $n, regionId: "region-great-lakes" }) { id } }`, { n: name })).createPerson.id as string;
    const [ana, ben, cal] = [await person('Ana Meeting'), await person('Ben Meeting'), await person('Cal Meeting')];
    const logged = (await connector.ok(`mutation($i: LogInteractionInput!) { logInteraction(input: $i) { ${MEETING} } }`, {
      i: { kind: 'ONE_TO_ONE', hostPersonId: ana, personIds: [ben], date: daysAgo(20) },
    })).logInteraction;
    expect(logged).toMatchObject({ version: 1, canEdit: true, host: { name: 'Ana Meeting' }, participants: [{ name: 'Ben Meeting' }] });

    const correct = (c: GraphqlClient, version: number, personIds: string[]) =>
      c.request(`mutation($i: CorrectInteractionInput!) { correctInteraction(input: $i) { ${MEETING} } }`, {
        i: { id: logged.id, version, kind: 'ONE_TO_ONE', date: daysAgo(3), hostPersonId: ana, personIds, organizationIds: [], notes: null },
      });
    const fixed = await correct(connector, 1, [cal]);
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data!.correctInteraction).toMatchObject({ version: 2, date: daysAgo(3), participants: [{ name: 'Cal Meeting' }] });
    expect((await connector.ok(TIES, { id: ana })).person.ties).toEqual([{ person: { name: 'Cal Meeting' }, derivedStrength: expect.any(Number), lastContact: daysAgo(3), interactionCount: 1 }]);

    const stale = await correct(connector, 1, [ben]);
    expect(stale.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/changed.* this meeting since you opened it/) });

    // Another connector's meeting is theirs to correct: this one (logged by staff) is not.
    const staff = await as(DEMO.staff);
    const byStaff = (await staff.ok(`mutation($i: LogInteractionInput!) { logInteraction(input: $i) { ${MEETING} } }`, { i: { hostPersonId: ana, personIds: [ben] } })).logInteraction;
    expect((await connector.ok(`query($id: ID!) { interaction(id: $id) { canEdit } }`, { id: byStaff.id })).interaction.canEdit).toBe(false);
    const refused = await connector.request(`mutation($id: ID!) { deleteInteraction(id: $id, version: 1) }`, { id: byStaff.id });
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(refused.errors)).not.toMatch(/stack|Cypher|MATCH/i);

    expect((await connector.ok(`mutation($id: ID!) { deleteInteraction(id: $id, version: 2) }`, { id: logged.id })).deleteInteraction).toBe(true);
    const left = (await connector.ok(TIES, { id: ana })).person.ties;
    expect(left).toEqual([{ person: { name: 'Ben Meeting' }, derivedStrength: expect.any(Number), lastContact: expect.any(String), interactionCount: 1 }]);
    const gone = await connector.request(`query($id: ID!) { interaction(id: $id) { id } }`, { id: logged.id });
    expect(gone.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('shows admins sign-ins (with address), failures and account changes; refuses anyone else; offers no way to change an entry', async () => {
    const bad = new GraphqlClient(server.url);
    await bad.signIn(DEMO.leader, 'a-wrong-password-typed');
    // TRUST_PROXY is off by default: a forwarded-for header anyone can send is not believed.
    const leader = new GraphqlClient(server.url, { 'x-forwarded-for': '203.0.113.9' });
    expect((await leader.signIn(DEMO.leader, DEMO_PASSWORD)).errors).toBeUndefined();
    const admin = await as(DEMO.admin);
    const accounts = (await admin.ok(`{ accounts { id email displayName regions { id } role } }`)).accounts as Array<{ id: string; email: string; displayName: string; role: string }>;
    const lead = accounts.find((a) => a.email === DEMO.leader)!;
    await admin.ok(`mutation($id: ID!, $i: UpdateAccountInput!) { updateAccount(id: $id, input: $i) { id } }`, {
      id: lead.id, i: { displayName: lead.displayName, role: 'LEADER', regionIds: ['region-great-lakes', 'region-gulf-coast'], canExport: true },
    });

    const log = (await admin.ok(`query($f: AuditLogFilter) { auditLog(filter: $f, first: 20) { totalCount nodes { action actorName summary clientAddress changes { field from to } } } }`, { f: { accountId: lead.id } })).auditLog;
    const actions = log.nodes.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['SIGNED_IN', 'SIGN_IN_FAILED', 'REGIONS_CHANGED', 'PERMISSION_CHANGED']));
    const signIn = log.nodes.find((e: { action: string }) => e.action === 'SIGNED_IN');
    expect(signIn.clientAddress).toMatch(/127\.0\.0\.1/);
    expect(JSON.stringify(log)).not.toContain('203.0.113.9');
    expect(JSON.stringify(log)).not.toContain('a-wrong-password-typed');
    expect(JSON.stringify(log)).not.toContain(DEMO.leader);

    const refused = await leader.request(`{ auditLog(first: 5) { totalCount } }`);
    expect(refused.errors![0]).toMatchObject({ message: 'Only admins see the audit log.', extensions: { code: 'FORBIDDEN' } });
    const mutations = (await admin.ok(`{ __schema { mutationType { fields { name } } } }`)).__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(mutations.filter((n: string) => /audit/i.test(n))).toEqual([]);
  });
});

describe('API: client addresses behind a reverse proxy (TRUST_PROXY)', () => {
  it('records the address the trusted proxy forwards, in the sign-in audit, and limits RSVPs by it', async () => {
    const demo = await startDemo(['admin'], { TRUST_PROXY: 'loopback', RSVP_PAGE_MAX_PER_HOUR: '1' });
    try {
      const viaProxy = new GraphqlClient(demo.server.url, { 'x-forwarded-for': '203.0.113.9' });
      expect((await viaProxy.signIn(DEMO.leader, DEMO_PASSWORD)).errors).toBeUndefined();
      const log = (await demo.as.admin.ok(`{ auditLog(first: 20) { nodes { action clientAddress } } }`)).auditLog.nodes as Array<{ action: string; clientAddress: string }>;
      expect(log.find((e) => e.action === 'SIGNED_IN' && e.clientAddress === '203.0.113.9')).toBeDefined();

      const event = (await demo.as.admin.ok(`mutation { createEvent(input: { name: "Proxy RSVP", date: "2099-01-01", regionId: "region-great-lakes" }) { id } }`)).createEvent.id;
      const token = (await demo.as.admin.ok(`mutation($id: ID!) { setEventRsvpPage(id: $id, on: true) { rsvpPage { token } } }`, { id: event })).setEventRsvpPage.rsvpPage.token;
      const rsvp = (from: string, name: string) => fetch(`${demo.server.url}/public/rsvp/${token}`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify({ name, email: `${name}@example.org`, zip: '60614' }),
      });
      expect((await rsvp('198.51.100.1', 'first')).status).toBeLessThan(300);
      // One an hour per address: the second from the same client is refused, one from another client is not.
      expect((await rsvp('198.51.100.1', 'second')).status).toBe(429);
      expect((await rsvp('198.51.100.2', 'third')).status).toBeLessThan(300);
    } finally {
      await demo.stop();
    }
  });
});

import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

const UPDATE = `mutation($id: ID!, $i: UpdateAccountInput!) { updateAccount(id: $id, input: $i) { id displayName role disabled allRegions regions { id } } }`;

describe('API: admins manage accounts', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('disables an account (its open session ends at once), changes role, regions and password, and never locks out the last admin', async () => {
    const admin = new GraphqlClient(server.url);
    await admin.signIn(DEMO.admin, DEMO_PASSWORD);
    const connector = new GraphqlClient(server.url);
    await connector.signIn(DEMO.connector, DEMO_PASSWORD);
    expect((await connector.ok('{ me { email } }')).me.email).toBe(DEMO.connector);

    const { accounts } = await admin.ok('{ accounts { id email } }');
    const id = accounts.find((a: { email: string }) => a.email === DEMO.connector).id;
    const me = accounts.find((a: { email: string }) => a.email === DEMO.admin).id;
    const base = { displayName: 'Demo Connector', role: 'CONNECTOR', regionIds: ['region-great-lakes'] };

    const short = await admin.request(UPDATE, { id, i: { ...base, password: 'short' } });
    expect(short.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'A password needs at least 12 characters.' }] });

    expect((await admin.ok(UPDATE, { id, i: { ...base, disabled: true } })).updateAccount).toMatchObject({ disabled: true });
    expect((await connector.ok('{ me { email } }')).me).toBeNull();
    expect((await new GraphqlClient(server.url).signIn(DEMO.connector, DEMO_PASSWORD)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const promoted = (await admin.ok(UPDATE, { id, i: { ...base, role: 'LEADER', regionIds: ['region-great-lakes', 'region-gulf-coast'], disabled: false, password: 'a-brand-new-password' } })).updateAccount;
    expect(promoted).toMatchObject({ role: 'LEADER', disabled: false, regions: [{ id: 'region-great-lakes' }, { id: 'region-gulf-coast' }] });
    expect((await new GraphqlClient(server.url).signIn(DEMO.connector, DEMO_PASSWORD)).errors).toBeDefined();
    expect((await new GraphqlClient(server.url).signIn(DEMO.connector, 'a-brand-new-password')).errors).toBeUndefined();

    const self = await admin.request(UPDATE, { id: me, i: { displayName: 'Demo Admin', role: 'STAFF', allRegions: true } });
    expect(self.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'role' }] });
    const leader = new GraphqlClient(server.url);
    await leader.signIn(DEMO.leader, DEMO_PASSWORD);
    expect((await leader.request(UPDATE, { id, i: base })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

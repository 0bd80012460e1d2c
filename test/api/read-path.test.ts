import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

/**
 * Sessions and record pages are answered from memory (docs/read-path.md); these check that nothing a user does
 * waits for that memory to age: each change shows on the very next request.
 */
const PERSON = `query($id: ID!) { person(id: $id) { id name version zip kinds tags notes region { id } ties { strength person { id name } } } }`;
const UPDATE_ACCOUNT = `mutation($id: ID!, $i: UpdateAccountInput!) { updateAccount(id: $id, input: $i) { id disabled } }`;
const LEADER_PERSON = 'demo-person-0-8';

describe('API: record pages and sessions answered from memory stay current', () => {
  let server: RunningServer;
  let admin: GraphqlClient;
  let leaderAccountId: string;

  beforeAll(async () => {
    server = await startServer();
    admin = new GraphqlClient(server.url);
    await admin.signIn(DEMO.admin, DEMO_PASSWORD);
    const { accounts } = await admin.ok('{ accounts { id email } }');
    leaderAccountId = accounts.find((a: { email: string }) => a.email === DEMO.leader).id;
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  /** Signs in as the leader; also returns the session cookie, as a second browser tab would hold it. */
  async function leader(): Promise<{ client: GraphqlClient; otherTab: (query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: any[] }> }> {
    const client = new GraphqlClient(server.url);
    const res = await client.signIn(DEMO.leader, DEMO_PASSWORD);
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    const otherTab = async (query: string, variables: Record<string, unknown> = {}) =>
      (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) })).json();
    return { client, otherTab };
  }

  it('refuses a signed-out session on the very next request, from any tab', async () => {
    const { client, otherTab } = await leader();
    for (let i = 0; i < 3; i++) expect((await otherTab(PERSON, { id: LEADER_PERSON })).data.person.id).toBe(LEADER_PERSON);
    await client.ok('mutation { signOut }');
    const after = await otherTab(PERSON, { id: LEADER_PERSON });
    expect(after.errors![0]).toMatchObject({ message: 'Please sign in.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(after.data ?? null).toBeNull();
  });

  it('refuses a disabled account on its very next request, and narrows a leader’s regions at once', async () => {
    const { client } = await leader();
    expect((await client.ok(PERSON, { id: LEADER_PERSON })).person.id).toBe(LEADER_PERSON);
    // Moved to another region: the Great Lakes record is out of scope on the next request.
    await admin.ok(UPDATE_ACCOUNT, { id: leaderAccountId, i: { displayName: 'Demo Regional Leader', role: 'LEADER', regionIds: ['region-gulf-coast'] } });
    expect((await client.request(PERSON, { id: LEADER_PERSON })).errors![0].extensions!.code).toBe('NOT_FOUND');
    await admin.ok(UPDATE_ACCOUNT, { id: leaderAccountId, i: { displayName: 'Demo Regional Leader', role: 'LEADER', regionIds: ['region-great-lakes'] } });
    expect((await client.ok(PERSON, { id: LEADER_PERSON })).person.id).toBe(LEADER_PERSON);

    await admin.ok(UPDATE_ACCOUNT, { id: leaderAccountId, i: { displayName: 'Demo Regional Leader', role: 'LEADER', regionIds: ['region-great-lakes'], disabled: true } });
    const refused = await client.request(PERSON, { id: LEADER_PERSON });
    expect(refused.errors![0]).toMatchObject({ message: 'Please sign in.', extensions: { code: 'UNAUTHENTICATED' } });
    await admin.ok(UPDATE_ACCOUNT, { id: leaderAccountId, i: { displayName: 'Demo Regional Leader', role: 'LEADER', regionIds: ['region-great-lakes'], disabled: false } });
  });

  it('shows an edit and a new tie made by someone else on the very next read of the page', async () => {
    const { client } = await leader();
    const before = (await client.ok(PERSON, { id: LEADER_PERSON })).person;
    expect((await client.ok(PERSON, { id: LEADER_PERSON })).person).toEqual(before);

    const input = { name: 'Renamed By Staff', regionId: before.region.id, zip: before.zip, kinds: before.kinds, tags: before.tags, notes: before.notes };
    await admin.ok(`mutation($id: ID!, $v: Int!, $i: PersonInput!) { updatePerson(id: $id, version: $v, input: $i) { id } }`, { id: LEADER_PERSON, v: before.version, i: input });
    const renamed = (await client.ok(PERSON, { id: LEADER_PERSON })).person;
    expect(renamed).toMatchObject({ name: 'Renamed By Staff', version: before.version + 1 });

    const tiedTo = new Set(before.ties.map((t: { person: { id: string } }) => t.person.id));
    const { people } = await client.ok('{ people(first: 100) { nodes { id } } }');
    const stranger = people.nodes.find((p: { id: string }) => p.id !== LEADER_PERSON && !tiedTo.has(p.id)).id;
    await admin.ok(`mutation($input: TieInput!) { setTie(input: $input) { strength } }`, { input: { personId: LEADER_PERSON, otherPersonId: stranger, strength: 5 } });
    const tied = (await client.ok(PERSON, { id: LEADER_PERSON })).person;
    expect(tied.ties).toHaveLength(before.ties.length + 1);
    expect(tied.ties.find((t: { person: { id: string } }) => t.person.id === stranger)).toMatchObject({ strength: 5 });
  });
});

import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

const CREATE = `mutation($i: PersonInput!) { createPerson(input: $i) { id name version } }`;
const GET = `query($id: ID!) { person(id: $id) { id name emails tags version ties { strength person { id name } } history { summary } } }`;
const DUPES = `{ duplicatePeople(limit: 500) { a { id version } b { id version } } }`;
const MERGE = `mutation($k: ID!, $m: ID!, $kv: Int!, $mv: Int!) { mergePeople(keepId: $k, mergeId: $m, keepVersion: $kv, mergeVersion: $mv) {
  moved combined dropped merge { id keptName mergedName undoneAt } person { id emails tags version } } }`;
const UNDO = `mutation($id: ID!) { undoMerge(mergeId: $id) { skipped merge { undoneAt } restored { id name emails } kept { id emails } } }`;
const RECENT = `{ recentMerges { id keptName mergedName undoneAt } }`;

describe('API: merging two people and undoing it', () => {
  let server: RunningServer;
  let leader: GraphqlClient;
  let connector: GraphqlClient;
  beforeAll(async () => {
    server = await startServer();
    leader = new GraphqlClient(server.url);
    await leader.signIn(DEMO.leader, DEMO_PASSWORD);
    connector = new GraphqlClient(server.url);
    await connector.signIn(DEMO.connector, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('finds a duplicate, merges it with its ties and history, lists the merge, and undoes it', async () => {
    const base = { zip: '60623', regionId: 'region-great-lakes', kinds: ['MEMBER'], phones: [] };
    const keep = (await leader.ok(CREATE, { i: { ...base, name: 'Rosa Delgado', emails: ['rosa.d@example.org'], tags: ['tenant'] } })).createPerson;
    const dup = (await leader.ok(CREATE, { i: { ...base, name: 'Rosa Delgado', emails: ['ROSA.D@example.org', 'rosa@work.example.org'], tags: ['parent'] } })).createPerson;
    const friend = (await leader.ok(CREATE, { i: { ...base, name: 'Tomas Friend', emails: [], tags: [] } })).createPerson;
    await leader.ok(`mutation($i: TieInput!) { setTie(input: $i) { strength } }`, { i: { personId: dup.id, otherPersonId: friend.id, strength: 4 } });
    await leader.ok(`mutation($i: TieInput!) { setTie(input: $i) { strength } }`, { i: { personId: dup.id, otherPersonId: keep.id, strength: 5 } });

    const pairs = (await leader.ok(DUPES)).duplicatePeople as Array<{ a: { id: string; version: number }; b: { id: string; version: number } }>;
    const pair = pairs.find((p) => [p.a.id, p.b.id].sort().join() === [keep.id, dup.id].sort().join())!;
    expect(pair).toBeTruthy();
    const kv = pair.a.id === keep.id ? pair.a.version : pair.b.version;
    const mv = pair.a.id === dup.id ? pair.a.version : pair.b.version;

    expect((await connector.request(MERGE, { k: keep.id, m: dup.id, kv, mv })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await leader.request(MERGE, { k: keep.id, m: dup.id, kv: kv + 1, mv })).errors![0].extensions!.code).toBe('CONFLICT');

    const merged = (await leader.ok(MERGE, { k: keep.id, m: dup.id, kv, mv })).mergePeople;
    // Dropped: the tie between the two, and the second link of the tie's history entry (it was about both).
    expect(merged).toMatchObject({ dropped: 2, merge: { keptName: 'Rosa Delgado', mergedName: 'Rosa Delgado', undoneAt: null }, person: { emails: ['rosa.d@example.org', 'rosa@work.example.org'], tags: ['tenant', 'parent'], version: kv + 1 } });
    const kept = (await leader.ok(GET, { id: keep.id })).person;
    expect(kept.ties.map((t: { person: { id: string } }) => t.person.id)).toEqual([friend.id]);
    expect(kept.history[0].summary).toBe('Merged Rosa Delgado into this record');
    expect((await leader.request(GET, { id: dup.id })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await leader.ok(RECENT)).recentMerges[0]).toMatchObject({ id: merged.merge.id, undoneAt: null });

    const undone = (await leader.ok(UNDO, { id: merged.merge.id })).undoMerge;
    expect(undone).toMatchObject({ skipped: 0, restored: { id: dup.id, emails: ['ROSA.D@example.org', 'rosa@work.example.org'] }, kept: { emails: ['rosa.d@example.org'] } });
    expect(undone.merge.undoneAt).toBeTruthy();
    const back = (await leader.ok(GET, { id: dup.id })).person;
    expect(back.ties.map((t: { person: { id: string }; strength: number }) => [t.person.id, t.strength]).sort()).toEqual([[friend.id, 4], [keep.id, 5]].sort());
    expect((await leader.ok(GET, { id: keep.id })).person.ties.map((t: { person: { id: string } }) => t.person.id)).toEqual([dup.id]);
    expect((await leader.request(UNDO, { id: merged.merge.id })).errors![0].extensions!.code).toBe('CONFLICT');
  });
});

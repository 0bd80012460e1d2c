import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

const CONNECTION = `query($fromId: ID!, $toId: ID!) {
  connection(fromId: $fromId, toId: $toId) {
    from { id name } to { id name }
    strongest { score hops nodes { id name hidden } links { kind strength lastContact } }
    shortest { hops nodes { id name } links { kind strength } }
  }
}`;
const CREATE = `mutation($input: PersonInput!) { createPerson(input: $input) { id } }`;
const TIE = `mutation($input: TieInput!) { setTie(input: $input) { strength } }`;

/** How two people are connected, over HTTP, on people a leader adds to the demo coalition. */
describe('API: how two people are connected', () => {
  let server: RunningServer;
  let leader: GraphqlClient;
  beforeAll(async () => {
    server = await startServer();
    leader = new GraphqlClient(server.url);
    await leader.signIn(DEMO.leader, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('gives the shortest chain, the stronger of two equally short, and the strongest chains with distinct go-betweens', async () => {
    const regions = (await leader.ok(`{ regions { id name } }`)).regions as Array<{ id: string; name: string }>;
    const mine = regions.find((r) => r.name === 'Great Lakes')!;
    const create = async (name: string) => (await leader.ok(CREATE, { input: { name, regionId: mine.id, kinds: ['MEMBER'] } })).createPerson.id as string;
    const [ana, ben, cy, dan, fay] = [await create('Ana Chain'), await create('Ben Chain'), await create('Cy Chain'), await create('Dan Chain'), await create('Fay Chain')];
    const eve = await create('Eve Chain');
    const tie = (a: string, b: string, strength: number) => leader.ok(TIE, { input: { personId: a, otherPersonId: b, strength } });
    await tie(ana, ben, 5);
    await tie(ben, cy, 5);
    await tie(cy, dan, 5);
    await tie(ana, fay, 4);
    await tie(fay, dan, 4);
    await tie(ana, eve, 1);
    await tie(eve, dan, 1);
    const c = (await leader.ok(CONNECTION, { fromId: ana, toId: dan })).connection;
    expect(c.shortest.nodes.map((n: { name: string }) => n.name)).toEqual(['Ana Chain', 'Fay Chain', 'Dan Chain']);
    expect(c.shortest.links).toEqual([{ kind: 'KNOWS', strength: 4 }, { kind: 'KNOWS', strength: 4 }]);
    expect(c.strongest[0].nodes.map((n: { name: string }) => n.name)).toEqual(['Ana Chain', 'Ben Chain', 'Cy Chain', 'Dan Chain']);
    const goBetweens = c.strongest.flatMap((p: { nodes: Array<{ id: string }> }) => p.nodes.slice(1, -1).map((n) => n.id));
    expect(new Set(goBetweens).size).toBe(goBetweens.length);
  });

  it('refuses someone outside the viewer’s regions with a code and a message a person understands', async () => {
    const people = (await leader.ok(`{ people(first: 1) { nodes { id } } }`)).people.nodes as Array<{ id: string }>;
    const r = await leader.request(CONNECTION, { fromId: people[0].id, toId: 'no-such-person' });
    expect(r.errors![0]).toMatchObject({ message: 'That person or organization was not found in your regions.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

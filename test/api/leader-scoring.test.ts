import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

const LEADERS = `query($w: Int!) { emergingLeaders(windowDays: $w, limit: 200) { source computedAt peopleScored leaders { rank person { id name } bridging { measure count previousCount growth } } } }`;
const STATUS = `{ leaderScoring { running phase progress lastError canRecompute runs { windowDays finishedAt durationMs peopleScored phases { name ms } } } }`;
const RECOMPUTE = `mutation($w: Int!) { recomputeLeaderScores(windowDays: $w) { running windowDays canRecompute } }`;

/** The background run over the whole network, over HTTP: every scope is "large" here (LEADERS_LIVE_MAX_PEOPLE=0). */
describe('API: emerging leaders scored in the background', () => {
  let server: RunningServer;
  let leader: GraphqlClient;
  let connector: GraphqlClient;
  beforeAll(async () => {
    server = await startServer({ LEADERS_LIVE_MAX_PEOPLE: '0', LEADERS_SCHEDULE_HOURS: '0' });
    leader = new GraphqlClient(server.url);
    await leader.signIn(DEMO.leader, DEMO_PASSWORD);
    connector = new GraphqlClient(server.url);
    await connector.signIn(DEMO.connector, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('has no ranking until a run, refuses connectors, runs on request, then serves the ranking with its time, also after a restart', async () => {
    expect((await leader.ok(LEADERS, { w: 90 })).emergingLeaders).toMatchObject({ source: 'NOT_COMPUTED', computedAt: null, leaders: [] });
    const refused = await connector.request(RECOMPUTE, { w: 90 });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await connector.ok(STATUS)).leaderScoring.canRecompute).toBe(false);
    const bad = await leader.request(RECOMPUTE, { w: 3 });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'windowDays' }] });

    // Someone hosts a one-to-one today: they have points in the window.
    const [host, guest] = (await leader.ok(`{ people(first: 2) { nodes { id } } }`)).people.nodes as Array<{ id: string }>;
    await leader.ok(`mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id } }`, { i: { kind: 'ONE_TO_ONE', hostPersonId: host.id, personIds: [guest.id] } });

    expect((await leader.ok(RECOMPUTE, { w: 90 })).recomputeLeaderScores).toMatchObject({ running: true, windowDays: 90, canRecompute: true });
    let status = (await leader.ok(STATUS)).leaderScoring;
    for (let i = 0; status.running && i < 900; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await leader.ok(STATUS)).leaderScoring;
    }
    expect(status).toMatchObject({ running: false, lastError: null });
    const [run] = status.runs;
    expect(run.windowDays).toBe(90);
    expect(run.peopleScored).toBeGreaterThan(0);
    expect(run.phases.length).toBeGreaterThan(4);

    const served = (await leader.ok(LEADERS, { w: 90 })).emergingLeaders;
    expect(served.source).toBe('LAST_RUN');
    expect(served.computedAt).toBe(run.finishedAt);
    expect(served.leaders.map((l: { person: { id: string } }) => l.person.id)).toContain(host.id);

    // A restart on the same data: the saved run is served at once.
    await server.stop();
    server = await startServer({ LEADERS_LIVE_MAX_PEOPLE: '0', LEADERS_SCHEDULE_HOURS: '0' }, server.dataDir);
    const again = new GraphqlClient(server.url);
    await again.signIn(DEMO.leader, DEMO_PASSWORD);
    const after = (await again.ok(LEADERS, { w: 90 })).emergingLeaders;
    expect(after).toMatchObject({ source: 'LAST_RUN', computedAt: run.finishedAt });
    expect(after.leaders).toEqual(served.leaders);
  });
});

import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

// Bulk actions on a list through the API as a client sees them: turnout asks within the ask limit, event
// invitations, undo, and export of a list under the export permission.

const RESULT = 'id summary changed unchanged skipped';
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('API: bulk actions on a people list', () => {
  let server: RunningServer;
  let leader: GraphqlClient;
  let eventId: string;
  const tag = `hearing-${Math.random().toString(36).slice(2, 8)}`;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    server = await startServer();
    leader = new GraphqlClient(server.url);
    await leader.signIn(DEMO.leader, DEMO_PASSWORD);
    for (const name of ['Rosa Listtest', 'Tomas Listtest']) {
      const { createPerson } = await leader.ok(`mutation($i: PersonInput!) { createPerson(input: $i) { id } }`, {
        i: { name, regionId: 'region-great-lakes', tags: [tag], emails: [`${name.split(' ')[0].toLowerCase()}@example.org`] },
      });
      people[name] = createPerson.id;
    }
    const { createEvent } = await leader.ok(`mutation { createEvent(input: { name: "Budget hearing turnout", date: "${day(5)}", regionId: "region-great-lakes" }) { id } }`);
    eventId = createEvent.id;
  });
  afterAll(async () => {
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  const list = { filter: { tags: [tag] } };
  const ask = (o: object) => leader.request(`mutation($i: BulkTurnoutAskInput!) { bulkTurnoutAsk(input: $i) { ${RESULT} } }`, { i: { eventId, target: list, ...o } });
  const asksOf = async () => {
    const { event } = await leader.ok(`query($id: ID!) { event(id: $id) { turnoutAsks { person { name } } } }`, { id: eventId });
    const counts: Record<string, number> = {};
    for (const a of event.turnoutAsks as Array<{ person: { name: string } }>) counts[a.person.name] = (counts[a.person.name] ?? 0) + 1;
    return counts;
  };

  it('asks a list to turn out, names those at the ask limit, leaves them out when told, and undoes the asks', async () => {
    for (let i = 0; i < 3; i++) {
      await leader.ok(`mutation($i: BulkTurnoutAskInput!) { bulkTurnoutAsk(input: $i) { changed } }`, { i: { eventId, target: { personIds: [people['Rosa Listtest']] } } });
    }
    const refused = await ask({});
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Rosa Listtest was asked 3 times in the last 30 days (limit 3)'),
      extensions: { code: 'FAILED_PRECONDITION', overLimit: [people['Rosa Listtest']] },
    });
    expect(await asksOf()).toEqual({ 'Rosa Listtest': 3 });

    const leftOut = await ask({ leaveOutOverLimit: true });
    expect(leftOut.data?.bulkTurnoutAsk).toMatchObject({ changed: 1, skipped: ['Rosa Listtest'], summary: 'Asked 1 person to turn out for Budget hearing turnout' });
    expect(await asksOf()).toEqual({ 'Rosa Listtest': 3, 'Tomas Listtest': 1 });

    const { undoLastBulkAction } = await leader.ok(`mutation { undoLastBulkAction { ${RESULT} } }`);
    expect(undoLastBulkAction).toMatchObject({ changed: 1, summary: 'Undid: Asked 1 person to turn out' });
    expect(await asksOf()).toEqual({ 'Rosa Listtest': 3 });
  });

  it('invites a list to an event; the invitations show on the event until undone', async () => {
    const { bulkInviteToEvent } = await leader.ok(`mutation($i: BulkInviteInput!) { bulkInviteToEvent(input: $i) { ${RESULT} } }`, { i: { eventId, target: list } });
    expect(bulkInviteToEvent).toMatchObject({ changed: 2, unchanged: 0, summary: 'Invited 2 people to Budget hearing turnout' });
    const rsvps = async () => (await leader.ok(`query($id: ID!) { event(id: $id) { rsvps { status person { name } } } }`, { id: eventId })).event.rsvps;
    expect(await rsvps()).toEqual(
      expect.arrayContaining([
        { status: 'INVITED', person: { name: 'Rosa Listtest' } },
        { status: 'INVITED', person: { name: 'Tomas Listtest' } },
      ]),
    );
    await leader.ok(`mutation { undoLastBulkAction { changed } }`);
    expect(await rsvps()).toEqual([]);

    const empty = await leader.request(`mutation($i: BulkInviteInput!) { bulkInviteToEvent(input: $i) { changed } }`, { i: { eventId, target: { personIds: [] } } });
    expect(empty.errors?.[0]).toMatchObject({ message: expect.stringContaining('No one is chosen'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('sorts a list by last contact and gives each person’s last contact, asks and level; tells its starter how a bulk action went', async () => {
    const yesterday = day(-1);
    await leader.ok(`mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id } }`, {
      i: { kind: 'ONE_TO_ONE', date: yesterday, hostPersonId: people['Rosa Listtest'], personIds: [people['Tomas Listtest']] },
    });
    const PAGE = `query($i: PeopleListArgsInput!) { peopleList(input: $i) { totalCount nodes { name } facts { personId lastContact asks30Days leadershipLevel } } }`;
    const { peopleList } = await leader.ok(PAGE, { i: { filter: { tags: [tag] }, sortBy: 'LAST_CONTACT', descending: true } });
    expect(peopleList.nodes).toEqual([{ name: 'Tomas Listtest' }, { name: 'Rosa Listtest' }]);
    expect(peopleList.facts).toEqual([
      { personId: people['Tomas Listtest'], lastContact: yesterday, asks30Days: 0, leadershipLevel: 0 },
      { personId: people['Rosa Listtest'], lastContact: yesterday, asks30Days: 3, leadershipLevel: 0 },
    ]);
    const badSort = await leader.request(PAGE, { i: { sortBy: 'NO_SUCH_COLUMN' } });
    expect(badSort.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const { bulkPeople } = await leader.ok(`mutation($i: BulkPeopleInput!) { bulkPeople(input: $i) { id status done total changed } }`, {
      i: { target: list, action: 'ADD_TAGS', tags: [`${tag}-called`] },
    });
    // Two people run at once: done when it answers.
    expect(bulkPeople).toMatchObject({ status: 'DONE', done: 2, total: 2, changed: 2 });
    const STATUS = `query($id: ID!) { bulkAction(id: $id) { status done total changed summary error } }`;
    expect((await leader.ok(STATUS, { id: bulkPeople.id })).bulkAction).toEqual({
      status: 'DONE', done: 2, total: 2, changed: 2, summary: `Added tag ${tag}-called (2 people)`, error: null,
    });
    const someoneElse = new GraphqlClient(server.url);
    await someoneElse.signIn(DEMO.staff, DEMO_PASSWORD);
    expect((await someoneElse.request(STATUS, { id: bulkPeople.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await leader.ok(`mutation { undoLastBulkAction { changed } }`);
  });

  it('exports a list as CSV only with the export permission, and logs the export', async () => {
    const query = `mutation($t: BulkTargetInput!) { exportPeopleList(target: $t) { csv rows } }`;
    const refused = await leader.request(query, { t: list });
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringContaining('export permission'), extensions: { code: 'FORBIDDEN' } });

    const admin = new GraphqlClient(server.url);
    await admin.signIn(DEMO.admin, DEMO_PASSWORD);
    const { exportPeopleList } = await admin.ok(query, { t: list });
    expect(exportPeopleList.rows).toBe(2);
    const lines = (exportPeopleList.csv as string).trim().split('\r\n');
    expect(lines.map((l) => l.split(',')[1])).toEqual(['name', 'Rosa Listtest', 'Tomas Listtest']);
    expect(exportPeopleList.csv).toContain('rosa@example.org');
    const { exportLog } = await admin.ok('{ exportLog { what rows byName } }');
    expect(exportLog[0]).toEqual({ what: 'people (a list)', rows: 2, byName: 'Demo Admin' });
  });

  it('lists organizations by issue area and led-by, sorted, and adds the list to a campaign’s endorsement pipeline, then undoes it', async () => {
    const area = `${tag}-area`;
    for (const [name, ledBy] of [['Alpha Listtest Union', 'POC_LED'], ['Beta Listtest Church', 'IMMIGRANT_LED'], ['Gamma Listtest Club', null]] as const) {
      await leader.ok(`mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`, {
        i: { name, type: 'PARTNER', regionId: 'region-great-lakes', issueAreas: [area], ledBy: ledBy ? [ledBy] : [] },
      });
    }
    const orgList = async (input: object) =>
      (await leader.ok(`query($i: OrganizationsListArgsInput!) { organizationsList(input: $i) { totalCount nodes { name } } }`, { i: input })).organizationsList;
    expect(await orgList({ filter: { issueAreas: [area] }, sortBy: 'NAME', descending: true })).toEqual({
      totalCount: 3,
      nodes: [{ name: 'Gamma Listtest Club' }, { name: 'Beta Listtest Church' }, { name: 'Alpha Listtest Union' }],
    });
    const led = { issueAreas: [area], ledBy: ['POC_LED', 'IMMIGRANT_LED'] };
    expect((await orgList({ filter: led })).totalCount).toBe(2);

    const { campaigns } = await leader.ok(`{ campaigns(regionId: "region-great-lakes") { id } }`);
    const campaignId = campaigns[0].id;
    const inPipeline = async () => {
      const { endorsementBoard } = await leader.ok(`query($c: ID!) { endorsementBoard(campaignId: $c) { columns { status asks { organization { name } } } } }`, { c: campaignId });
      return (endorsementBoard.columns as Array<{ status: string; asks: Array<{ organization: { name: string } }> }>)
        .flatMap((c) => c.asks.map((a) => `${a.organization.name}: ${c.status}`))
        .filter((x) => x.includes('Listtest'))
        .sort();
    };
    const { bulkEndorsementPipeline } = await leader.ok(`mutation($i: BulkEndorsementPipelineInput!) { bulkEndorsementPipeline(input: $i) { ${RESULT} } }`, {
      i: { campaignId, target: { filter: led } },
    });
    expect(bulkEndorsementPipeline).toMatchObject({ changed: 2, summary: 'Added 2 organizations to the endorsement pipeline' });
    expect(await inPipeline()).toEqual(['Alpha Listtest Union: TO_ASK', 'Beta Listtest Church: TO_ASK']);
    await leader.ok(`mutation { undoLastBulkAction { changed } }`);
    expect(await inPipeline()).toEqual([]);
  });
});


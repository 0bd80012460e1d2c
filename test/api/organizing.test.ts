import { useDemo, type Demo } from '../support/demo.js';

/** The organizing rules over HTTP, on the demo coalition, as a client sees them. */
describe('API: the organizing rules', () => {
  const demo = useDemo();
  let as: Demo['as'];
  beforeAll(() => ({ as } = demo));

  it('refuses to mobilize a campaign its RST has not approved, naming what is missing, and changes nothing', async () => {
    const { campaign } = await as.leader.ok(`{ campaign(id: "demo-campaign-0-cameras") { status version mobilizationGate { open conditions { key met } } } }`);
    expect(campaign.mobilizationGate.open).toBe(false);
    const r = await as.leader.request(`mutation($v: Int!) { setCampaignStatus(id: "demo-campaign-0-cameras", version: $v, status: MOBILIZING) { status } }`, { v: campaign.version });
    expect(r.errors![0].extensions).toEqual({ code: 'FAILED_PRECONDITION', missing: ['ISSUE_PRIORITIZED', 'RST_APPROVED'] });
    expect(r.errors![0].message).toMatch(/not been prioritized by an Issue Assembly/);
    expect(JSON.stringify(r.errors)).not.toMatch(/stack|Binder|Cypher|at .*\.js/);
    expect((await as.leader.ok(`{ campaign(id: "demo-campaign-0-cameras") { status version } }`)).campaign).toEqual({ status: 'PROPOSED', version: campaign.version });
  });

  it('lets a connector move an endorsement ask along the pipeline; a stale move is a conflict; history shows each step', async () => {
    const board = `{ endorsementBoard(campaignId: "demo-campaign-0-counselors") { canRecordEndorsements columns { status asks { id version organization { name } } } } }`;
    const before = (await as.connector.ok(board)).endorsementBoard;
    const asked = before.columns.find((c: { status: string }) => c.status === 'ASKED').asks[0];
    const MOVE = `mutation($i: MoveEndorsementAskInput!) { moveEndorsementAsk(input: $i) { status version history { summary byName } } }`;
    const moved = (await as.connector.ok(MOVE, { i: { id: asked.id, version: asked.version, status: 'CONSIDERING', nextStep: 'Board meets Tuesday' } })).moveEndorsementAsk;
    expect(moved.status).toBe('CONSIDERING');
    expect(moved.history[0]).toEqual({ summary: `${asked.organization.name}: asked → considering`, byName: 'Demo Connector' });
    const stale = await as.connector.request(MOVE, { i: { id: asked.id, version: asked.version, status: 'DECLINED' } });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');

    // The proposed campaign's issue was not prioritized: its asks cannot become endorsements.
    const other = (await as.leader.ok(`{ endorsementBoard(campaignId: "demo-campaign-0-cameras") { canRecordEndorsements blockedReason columns { asks { id version } } } }`)).endorsementBoard;
    expect(other.canRecordEndorsements).toBe(false);
    const ask = other.columns.flatMap((c: { asks: unknown[] }) => c.asks)[0] as { id: string; version: number };
    const refused = await as.leader.request(MOVE, { i: { id: ask.id, version: ask.version, status: 'ENDORSED' } });
    expect(refused.errors![0]).toMatchObject({ message: other.blockedReason, extensions: { code: 'FAILED_PRECONDITION' } });
  });

  it('finds affiliate groups near a zip code, and names the field of a bad zip code', async () => {
    const near = (await as.connector.ok(`{ nearby(zip: "60614", miles: 25, organizationType: AFFILIATE_GROUP) { center { city state } organizations { miles organization { name mou { status } } } } }`)).nearby;
    expect(near.center).toEqual({ city: 'Chicago', state: 'IL' });
    expect(near.organizations.length).toBe(4);
    expect(near.organizations.map((o: { miles: number }) => o.miles)).toEqual([...near.organizations.map((o: { miles: number }) => o.miles)].sort((a, b) => a - b));
    const bad = await as.connector.request(`{ nearby(zip: "00000", miles: 5) { miles } }`);
    expect(bad.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'zip', message: '00000 is not a US zip code we know.' }] });
    // Scoping: the Great Lakes connector sees no Gulf Coast groups, even near Houston.
    expect((await as.connector.ok(`{ nearby(zip: "77002", miles: 25) { organizations { miles } people { miles } } }`)).nearby).toEqual({ organizations: [], people: [] });
  });

  it('reads across records both ways: a candidate’s race, an issue’s campaigns', async () => {
    const { races } = await as.leader.ok(`{ races { id candidates { race { id } } } }`);
    for (const r of races) for (const k of r.candidates) expect(k.race).toEqual({ id: r.id });
    const { campaign } = await as.leader.ok(`{ campaign(id: "demo-campaign-0-cameras") { issue { id campaigns { id } } } }`);
    expect(campaign.issue.campaigns).toContainEqual({ id: 'demo-campaign-0-cameras' });
  });

  it('surfaces the majority candidate and flags the counter-endorsement', async () => {
    const { races } = await as.leader.ok(`{ races { name endorsements { groupsInArea majority { name } counterEndorsements { organization { name } endorsed { name } } } } }`);
    expect(races).toEqual([{ name: 'State Senate District 3 (Chicago)', endorsements: {
      groupsInArea: 4, majority: { name: 'Alicia Moreno' }, counterEndorsements: [{ organization: { name: 'Chicago Westside Local' }, endorsed: { name: 'Brett Collins' } }],
    } }]);
  });

  it('logs a one-to-one with one field: the connector is the host, today the date; the follow-up links back to the meeting', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const LOG = `mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id kind date host { id } participants { id } } }`;
    const logged = (await as.connector.ok(LOG, { i: { personIds: ['demo-person-0-30'], followUps: [{ text: 'Send the fact sheet', dueDate: '2099-01-01' }] } })).logInteraction;
    expect(logged).toMatchObject({ kind: 'ONE_TO_ONE', host: { id: 'demo-person-0-10' }, participants: expect.arrayContaining([{ id: 'demo-person-0-30' }]) });
    expect(logged.date).toBe(today);
    const { myFollowUps } = await as.connector.ok(`{ myFollowUps { text interaction { id kind } } }`);
    expect(myFollowUps).toContainEqual({ text: 'Send the fact sheet', interaction: { id: logged.id, kind: 'ONE_TO_ONE' } });
    const future = await as.connector.request(LOG, { i: { personIds: ['demo-person-0-30'], date: '2999-01-01' } });
    expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'date' }] });
  });
  it('edits an event against its version (a stale edit is a conflict), takes back an RSVP and an attendance, and deletes it', async () => {
    const EVENT = `query($id: ID!) { event(id: $id) { name date location version rsvps { person { id } status } attendance { person { id } }
      history { action summary changes { field from to } } } }`;
    const input = { name: 'Block walk', date: '2099-05-01', regionId: 'region-great-lakes', location: 'Library' };
    const { createEvent } = await as.leader.ok(`mutation($i: EventInput!) { createEvent(input: $i) { id version } }`, { i: input });
    const id = createEvent.id as string;
    const UPDATE = `mutation($id: ID!, $v: Int!, $i: EventInput!) { updateEvent(id: $id, version: $v, input: $i) { name location version } }`;
    expect((await as.leader.ok(UPDATE, { id, v: 1, i: { ...input, location: 'Union hall' } })).updateEvent).toEqual({ name: 'Block walk', location: 'Union hall', version: 2 });
    const stale = await as.staff.request(UPDATE, { id, v: 1, i: { ...input, name: 'Overwritten' } });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const bad = await as.leader.request(UPDATE, { id, v: 2, i: { ...input, date: '05/01/2099' } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'date' }] });
    expect((await as.connector.request(`mutation($id: ID!) { deleteEvent(id: $id) }`, { id })).errors![0].extensions!.code).toBe('FORBIDDEN');

    // Each of these answers with the event as it is after the change: its lists and its history.
    const rsvp = (await as.leader.ok(`mutation($i: RsvpInput!) { setRsvp(input: $i) { event { id rsvps { status person { id } } } } }`, { i: { eventId: id, personId: 'demo-person-0-30', status: 'YES' } })).setRsvp;
    expect(rsvp.event).toEqual({ id, rsvps: [{ status: 'YES', person: { id: 'demo-person-0-30' } }] });
    const RECORD = `mutation($i: AttendanceInput!) { recordAttendance(input: $i) { event { id attendance { person { id } } history(limit: 5) { summary } } } }`;
    const early = await as.leader.request(RECORD, { i: { eventId: id, attendees: [{ personId: 'demo-person-0-30' }] } });
    expect(early.errors![0]).toMatchObject({ message: expect.stringContaining('has not happened yet'), extensions: { code: 'BAD_USER_INPUT' } });
    expect((await as.leader.ok(UPDATE, { id, v: 2, i: { ...input, location: 'Union hall', date: '2024-05-01' } })).updateEvent.version).toBe(3);
    const came = (await as.leader.ok(RECORD, { i: { eventId: id, attendees: [{ personId: 'demo-person-0-30' }] } })).recordAttendance.event;
    expect(came).toMatchObject({ id, attendance: [{ person: { id: 'demo-person-0-30' } }] });
    expect(came.history).toEqual(expect.arrayContaining([{ summary: 'Attendance recorded: 1 person' }]));
    expect((await as.leader.ok(`mutation($e: ID!, $p: ID!) { removeRsvp(eventId: $e, personId: $p) { event { rsvps { status } } } }`, { e: id, p: 'demo-person-0-30' })).removeRsvp.event.rsvps).toEqual([]);
    const REMOVE_ATTENDANCE = `mutation($e: ID!, $p: ID!) { removeAttendance(eventId: $e, personId: $p) { event { attendance { person { id } } } } }`;
    expect((await as.leader.ok(REMOVE_ATTENDANCE, { e: id, p: 'demo-person-0-30' })).removeAttendance.event.attendance).toEqual([]);
    const again = await as.leader.request(REMOVE_ATTENDANCE, { e: id, p: 'demo-person-0-30' });
    expect(again.errors![0].extensions!.code).toBe('NOT_FOUND');

    const { event } = await as.leader.ok(EVENT, { id });
    expect(event).toMatchObject({ name: 'Block walk', location: 'Union hall', version: 3, rsvps: [], attendance: [] });
    expect(event.history.map((h: { summary: string }) => h.summary)).toEqual(expect.arrayContaining([
      'Changed location', expect.stringMatching(/^Removed the RSVP of /), expect.stringMatching(/^Removed the attendance of /),
    ]));
    expect(event.history.find((h: { summary: string }) => h.summary === 'Changed location').changes).toEqual([{ field: 'location', from: 'Library', to: 'Union hall' }]);

    expect((await as.leader.ok(`mutation($id: ID!) { deleteEvent(id: $id) }`, { id })).deleteEvent).toBe(id);
    expect((await as.leader.request(EVENT, { id })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });
  it('links an account to its own person record (“this is me”); a record another account claimed is refused', async () => {
    const SET = `mutation($p: ID) { setMyPerson(personId: $p) { person { id } } }`;
    const taken = await as.staff.request(SET, { p: 'demo-person-0-10' }); // the demo connector's own record
    expect(taken.errors![0].extensions!.code).toBe('CONFLICT');
    expect((await as.staff.ok(`{ me { person { id } } }`)).me.person).toBeNull();
    expect((await as.staff.ok(SET, { p: 'demo-person-0-31' })).setMyPerson.person).toEqual({ id: 'demo-person-0-31' });
    expect((await as.staff.ok(SET, { p: null })).setMyPerson.person).toBeNull();
    expect((await as.connector.ok(`{ me { person { id } } }`)).me.person).toEqual({ id: 'demo-person-0-10' });
  });
  it('lets a connector see whom a follow-up can go to (names and roles only) and refuses an assignee outside the meeting’s region', async () => {
    const { createAccount } = await as.admin.ok(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, {
      i: { email: 'gulf.connector@example.org', displayName: 'Gulf Connector', password: 'a long enough password', role: 'CONNECTOR', regionIds: ['region-gulf-coast'] },
    });
    const { teammates } = await as.connector.ok(`{ teammates { id displayName role } }`);
    expect(teammates.map((t: { displayName: string }) => t.displayName)).toEqual(expect.arrayContaining(['Demo Regional Leader', 'Demo Connector', 'Demo National Staff']));
    expect(teammates.map((t: { id: string }) => t.id)).not.toContain(createAccount.id);
    expect((await as.connector.request(`{ teammates { email } }`)).errors![0].message).toMatch(/Cannot query field "email"/);

    const LOG = `mutation($i: LogInteractionInput!) { logInteraction(input: $i) { followUps { assigneeName } } }`;
    const leader = teammates.find((t: { role: string }) => t.role === 'LEADER');
    const ok = await as.connector.ok(LOG, { i: { personIds: ['demo-person-0-31'], followUps: [{ text: 'Bring the petition', assigneeId: leader.id }] } });
    expect(ok.logInteraction.followUps).toEqual([{ assigneeName: 'Demo Regional Leader' }]);
    const refused = await as.connector.request(LOG, { i: { personIds: ['demo-person-0-31'], followUps: [{ text: 'x', assigneeId: createAccount.id }] } });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'followUps.0.assigneeId', message: expect.stringMatching(/^Gulf Connector does not work in this meeting’s region/) }] });
  });
  it('answers a partner, member or role change with the campaign or team as it is after the change', async () => {
    const GL = 'region-great-lakes';
    const person = 'demo-person-0-42';
    const campaign = (await as.leader.ok(`mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }`, { i: { name: 'Answers campaign', regionId: GL } })).createCampaign;
    const org = (await as.leader.ok(`{ organizations(regionId: "${GL}", first: 1) { nodes { id } } }`)).organizations.nodes[0];
    const BOARD = `id partners { id } roleBoard { partnersWithoutConnector { id } }`;
    const added = (await as.leader.ok(`mutation($c: ID!, $o: ID!) { addCampaignPartner(campaignId: $c, organizationId: $o) { campaign { ${BOARD} } } }`, { c: campaign.id, o: org.id })).addCampaignPartner;
    expect(added.campaign).toEqual({ id: campaign.id, partners: [{ id: org.id }], roleBoard: { partnersWithoutConnector: [{ id: org.id }] } });

    const ASSIGN = `mutation($i: AssignRoleInput!) { assignRole(input: $i) { id campaign { ${BOARD} } team { id roles { id } } } }`;
    const connector = (await as.leader.ok(ASSIGN, { i: { campaignId: campaign.id, personId: person, role: 'CONNECTOR', forOrganizationId: org.id } })).assignRole;
    expect(connector.campaign.roleBoard.partnersWithoutConnector).toEqual([]);
    const REMOVE_ROLE = `mutation($id: ID!) { removeRole(id: $id) { removedId campaign { ${BOARD} } team { id roles { id } } } }`;
    expect((await as.leader.ok(REMOVE_ROLE, { id: connector.id })).removeRole).toEqual({
      removedId: connector.id, campaign: { ...added.campaign }, team: null,
    });
    const removedPartner = (await as.leader.ok(`mutation($c: ID!, $o: ID!) { removeCampaignPartner(campaignId: $c, organizationId: $o) { campaign { ${BOARD} } } }`, { c: campaign.id, o: org.id })).removeCampaignPartner;
    expect(removedPartner.campaign).toEqual({ id: campaign.id, partners: [], roleBoard: { partnersWithoutConnector: [] } });

    const team = (await as.leader.ok(`mutation($i: TeamInput!) { createTeam(input: $i) { id } }`, { i: { name: 'Answers team', kind: 'ISSUE_ACTION_TEAM', regionId: GL } })).createTeam;
    const MEMBERS = `team { id members { since person { id } } }`;
    const joined = (await as.leader.ok(`mutation($t: ID!, $p: ID!) { addTeamMember(teamId: $t, personId: $p, since: "2025-01-01") { ${MEMBERS} } }`, { t: team.id, p: person })).addTeamMember;
    expect(joined.team).toEqual({ id: team.id, members: [{ since: '2025-01-01', person: { id: person } }] });
    const chair = (await as.leader.ok(ASSIGN, { i: { teamId: team.id, personId: person, role: 'CO_CHAIR' } })).assignRole;
    expect(chair).toEqual({ id: chair.id, campaign: null, team: { id: team.id, roles: [{ id: chair.id }] } });
    expect((await as.leader.ok(REMOVE_ROLE, { id: chair.id })).removeRole).toEqual({ removedId: chair.id, campaign: null, team: { id: team.id, roles: [] } });
    const left = (await as.leader.ok(`mutation($t: ID!, $p: ID!) { removeTeamMember(teamId: $t, personId: $p) { ${MEMBERS} } }`, { t: team.id, p: person })).removeTeamMember;
    expect(left.team).toEqual({ id: team.id, members: [] });
  });

  it('hands an affiliate group’s point of contact over: the one before ends the day before the new one starts', async () => {
    const { organizations } = await as.leader.ok(`{ organizations(type: AFFILIATE_GROUP, regionId: "region-great-lakes", first: 1) { nodes { id } } }`);
    const id = organizations.nodes[0].id;
    const ASSIGN = `mutation($i: AssignRoleInput!) { assignRole(input: $i) { id person { id } } }`;
    const first = (await as.leader.ok(ASSIGN, { i: { organizationId: id, personId: 'demo-person-0-40', role: 'POINT_OF_CONTACT', startDate: '2026-01-01' } })).assignRole;
    await as.leader.ok(ASSIGN, { i: { organizationId: id, personId: 'demo-person-0-41', role: 'POINT_OF_CONTACT' } });
    const { organization } = await as.leader.ok(`query($id: ID!) { organization(id: $id) { pointOfContact { id } roles { id active endDate person { id } } } }`, { id });
    expect(organization.pointOfContact).toEqual({ id: 'demo-person-0-41' });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(organization.roles.find((r: { id: string }) => r.id === first.id)).toMatchObject({ active: false, endDate: yesterday });
    expect(organization.roles.filter((r: { active: boolean }) => r.active).map((r: { person: { id: string } }) => r.person.id)).toEqual(['demo-person-0-41']);
  });
});

import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

/**
 * Nothing of a record outside the viewer's regions reaches them, over every query the schema offers.
 *
 * An admin enters Gulf Coast records whose every text field carries a marker (names, notes, a tie's context,
 * an affiliation's title, meeting notes, emails, phones, tags, issue areas, an organization's website...) and
 * links them to Great Lakes records by a tie, affiliations, a mentorship, a team membership, an event's RSVP,
 * attendance and turnout ask, a meeting, a campaign partnership, a role and an endorsement ask. Then every
 * field of `Query` (read from the schema, so a new query is covered or the test says which arguments it needs)
 * is asked with every field of its result, four levels deep, as the Great Lakes leader and connector: no
 * answer, data or error, may carry a marker. The same queries asked by the admin must show the markers, so
 * the queries do reach the linked records.
 */
const MARKER = 'zqxw';
const PHONE_DIGITS = '9198674302';
const GL = 'region-great-lakes';
const GULF = 'region-gulf-coast';
const DEPTH = 4;

interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
interface InputValue { name: string; type: TypeRef; defaultValue: string | null }
interface FieldDef { name: string; args: InputValue[]; type: TypeRef }
interface TypeDef { kind: string; name: string; fields: FieldDef[] | null }

const INTROSPECTION = `{ __schema { queryType { name } types { kind name fields { name args { name defaultValue type { ...T } } type { ...T } } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const typeText = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${typeText(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeText(t.ofType!)}]` : t.name!);
const required = (a: InputValue) => a.type.kind === 'NON_NULL' && a.defaultValue === null;

/** True when a response carries a marker: the text, the email's or website's word, or the phone's digits. */
function leaks(body: unknown): string | null {
  const text = JSON.stringify(body).toLowerCase();
  const at = text.indexOf(MARKER);
  if (at >= 0) return text.slice(Math.max(0, at - 120), at + 60);
  const digits = text.replace(/[\s()+-]/g, '');
  const p = digits.indexOf(PHONE_DIGITS);
  return p >= 0 ? digits.slice(Math.max(0, p - 60), p + 20) : null;
}

describe('API: nothing of a record outside the viewer’s regions, over every query', () => {
  let server: RunningServer;
  let admin: GraphqlClient;
  let leader: GraphqlClient;
  let connector: GraphqlClient;
  const ids: Record<string, string> = {};
  let types: Map<string, TypeDef>;
  let queryFields: FieldDef[];

  const as = async (c: GraphqlClient, q: string, v: Record<string, unknown> = {}) => c.ok(q, v);

  beforeAll(async () => {
    server = await startServer();
    admin = new GraphqlClient(server.url);
    leader = new GraphqlClient(server.url);
    connector = new GraphqlClient(server.url);
    await admin.signIn(DEMO.admin, DEMO_PASSWORD);
    await leader.signIn(DEMO.leader, DEMO_PASSWORD);
    await connector.signIn(DEMO.connector, DEMO_PASSWORD);

    // Great Lakes records to link to (the leader's own view of them).
    const mine = await as(leader, `{ people(first: 2) { nodes { id } } organizations(first: 1) { nodes { id } } campaigns { id } teams { id } issues { id } races { id } issueAssemblies { id } }`);
    ids.glPerson = mine.people.nodes[0].id;
    ids.glPerson2 = mine.people.nodes[1].id;
    ids.glOrg = mine.organizations.nodes[0].id;
    ids.glCampaign = mine.campaigns[0].id;
    ids.glTeam = mine.teams[0].id;
    ids.glIssue = mine.issues[0].id;
    ids.glRace = mine.races[0]?.id ?? '';
    ids.glAssembly = mine.issueAssemblies[0]?.id ?? '';
    const connectorOwn = await as(connector, `{ me { person { id } } }`);
    ids.connectorPerson = connectorOwn.me.person?.id ?? ids.glPerson;

    // The Gulf Coast records, every text field marked.
    const M = (s: string) => `${MARKER} ${s}`;
    ids.person = (await as(admin, `mutation($i: PersonInput!) { createPerson(input: $i) { id } }`, { i: {
      name: M('Gulfperson'), regionId: GULF, emails: [`${MARKER}@example.org`], phones: ['+1 (919) 867-4302'], notes: M('personal notes'), tags: [M('tag')], zip: '77002', kinds: ['MEMBER', 'LEADER'],
    } })).createPerson.id;
    ids.org = (await as(admin, `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`, { i: {
      name: M('Gulf Org'), regionId: GULF, type: 'PARTNER', notes: M('org notes'), website: `https://${MARKER}.example.org`, issueAreas: [M('area')], zip: '77002',
    } })).createOrganization.id;
    ids.team = (await as(admin, `mutation($i: TeamInput!) { createTeam(input: $i) { id } }`, { i: { name: M('Team'), kind: 'ISSUE_ACTION_TEAM', regionId: GULF, notes: M('team notes') } })).createTeam.id;
    ids.issue = (await as(admin, `mutation($i: IssueInput!) { createIssue(input: $i) { id } }`, { i: { name: M('Issue'), scope: 'SPECIFIC_ISSUE', regionId: GULF, description: M('issue description') } })).createIssue.id;
    ids.campaign = (await as(admin, `mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }`, { i: {
      name: M('Campaign'), regionId: GULF, issueId: ids.issue, theoryOfChange: M('theory'), actionProposal: M('proposal'), targetPersonId: ids.person,
    } })).createCampaign.id;
    ids.event = (await as(admin, `mutation($i: EventInput!) { createEvent(input: $i) { id } }`, { i: { name: M('Event'), date: '2025-05-01', regionId: GULF, location: M('hall'), notes: M('event notes'), zip: '77002' } })).createEvent.id;
    ids.race = (await as(admin, `mutation($i: RaceInput!) { createRace(input: $i) { id } }`, { i: { name: M('Race'), regionId: GULF, zip: '77002' } })).createRace.id;
    ids.candidate = (await as(admin, `mutation($i: CandidateInput!) { addCandidate(input: $i) { id } }`, { i: { name: M('Candidate'), party: M('party'), raceId: ids.race } })).addCandidate.id;
    ids.assembly = (await as(admin, `mutation($i: IssueAssemblyInput!) { createIssueAssembly(input: $i) { id } }`, { i: { name: M('Assembly'), date: '2025-04-01', regionId: GULF, notes: M('assembly notes') } })).createIssueAssembly.id;
    await as(admin, `mutation($i: AssessmentInput!) { assessLeadership(input: $i) { id } }`, { i: { personId: ids.person, theme: 'GROWTH', level: 3, notes: M('assessment notes') } });

    // Links to Great Lakes records.
    await as(admin, `mutation($i: TieInput!) { setTie(input: $i) { strength } }`, { i: { personId: ids.glPerson, otherPersonId: ids.person, strength: 4, context: M('tie context') } });
    await as(admin, `mutation($i: TieInput!) { setTie(input: $i) { strength } }`, { i: { personId: ids.person, otherPersonId: ids.connectorPerson, strength: 3, context: M('second tie context') } });
    await as(admin, `mutation($i: AffiliationInput!) { addAffiliation(input: $i) { kind } }`, { i: { personId: ids.glPerson, organizationId: ids.org, kind: 'WORKS_AT', title: M('title') } });
    await as(admin, `mutation($i: AffiliationInput!) { addAffiliation(input: $i) { kind } }`, { i: { personId: ids.person, organizationId: ids.glOrg, kind: 'MEMBER_OF', title: M('member title') } });
    await as(admin, `mutation($i: MentorInput!) { addMentor(input: $i) { id } }`, { i: { mentorId: ids.person, menteeId: ids.glPerson } });
    await as(admin, `mutation($t: ID!, $p: ID!) { addTeamMember(teamId: $t, personId: $p) { team { id } } }`, { t: ids.glTeam, p: ids.person });
    await as(admin, `mutation($c: ID!, $o: ID!) { addCampaignPartner(campaignId: $c, organizationId: $o) { campaign { id } } }`, { c: ids.glCampaign, o: ids.org });
    await as(admin, `mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { personId: ids.person, campaignId: ids.glCampaign, role: 'CONNECTOR', forOrganizationId: ids.org } });
    ids.ask = (await as(admin, `mutation($i: EndorsementAskInput!) { createEndorsementAsk(input: $i) { id } }`, { i: { organizationId: ids.org, campaignId: ids.glCampaign, notes: M('ask notes'), nextStep: M('next step') } })).createEndorsementAsk.id;
    ids.glEvent = (await as(admin, `mutation($i: EventInput!) { createEvent(input: $i) { id } }`, { i: { name: 'Lakes block walk', date: '2025-06-01', regionId: GL, campaignId: ids.glCampaign } })).createEvent.id;
    await as(admin, `mutation($i: RsvpInput!) { setRsvp(input: $i) { event { id } } }`, { i: { eventId: ids.glEvent, personId: ids.person, status: 'YES' } });
    const ATTEND = `mutation($i: AttendanceInput!) { recordAttendance(input: $i) { event { id } } }`;
    await as(admin, ATTEND, { i: { eventId: ids.glEvent, attendees: [{ personId: ids.person }, { personId: ids.glPerson, broughtById: ids.person }] } });
    await as(admin, `mutation($e: ID!, $p: ID!) { removeAttendance(eventId: $e, personId: $p) { event { id } } }`, { e: ids.glEvent, p: ids.person });
    await as(admin, ATTEND, { i: { eventId: ids.glEvent, attendees: [{ personId: ids.person, broughtById: ids.glPerson2 }] } });
    // A Great Lakes newcomer who became a member by attending the Gulf Coast event.
    ids.glNewcomer = (await as(admin, `mutation($i: PersonInput!) { createPerson(input: $i) { id } }`, { i: { name: 'Lakes Newcomer', regionId: GL, kinds: ['ALLY'] } })).createPerson.id;
    await as(admin, ATTEND, { i: { eventId: ids.event, attendees: [{ personId: ids.glNewcomer, broughtById: ids.person }] } });
    ids.meeting = (await as(admin, `mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id } }`, { i: {
      kind: 'HOUSE_MEETING', hostPersonId: ids.person, personIds: [ids.glPerson, ids.glPerson2], organizationIds: [ids.org], notes: M('meeting notes'), followUps: [{ text: M('follow-up') }],
    } })).logInteraction.id;
    ids.lakesMeeting = (await as(admin, `mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id } }`, { i: {
      kind: 'ONE_TO_ONE', hostPersonId: ids.glPerson, personIds: [ids.person],
    } })).logInteraction.id;

    const schema = (await as(leader, INTROSPECTION)).__schema;
    types = new Map((schema.types as TypeDef[]).map((t) => [t.name, t]));
    queryFields = types.get(schema.queryType.name)!.fields!;
  }, 180_000);

  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  /** Every field of a type, `depth` levels of objects below it (fields needing arguments without defaults left out). */
  function selection(typeName: string, depth: number): string {
    const type = types.get(typeName)!;
    const parts: string[] = [];
    for (const f of type.fields ?? []) {
      if (f.args.some(required)) continue;
      const inner = types.get(named(f.type).name!)!;
      if (inner.kind === 'OBJECT') {
        if (depth > 0) parts.push(`${f.name} { ${selection(inner.name, depth - 1)} }`);
      } else if (inner.kind === 'UNION' || inner.kind === 'INTERFACE') {
        parts.push(`${f.name} { __typename }`);
      } else parts.push(f.name);
    }
    return parts.length ? parts.join(' ') : '__typename';
  }

  /** The argument sets each query is asked with: the linked Great Lakes records, the marked ones, and searches for the marker. */
  function variants(field: FieldDef): Array<Record<string, unknown>> {
    const by: Record<string, Array<Record<string, unknown>>> = {
      person: [{ id: ids.glPerson }, { id: ids.glPerson2 }, { id: ids.connectorPerson }, { id: ids.glNewcomer }, { id: ids.person }],
      organization: [{ id: ids.glOrg }, { id: ids.org }],
      campaign: [{ id: ids.glCampaign }, { id: ids.campaign }],
      event: [{ id: ids.glEvent }, { id: ids.event }],
      team: [{ id: ids.glTeam }, { id: ids.team }],
      issue: [{ id: ids.glIssue }, { id: ids.issue }],
      issueAssembly: [{ id: ids.glAssembly || ids.assembly }, { id: ids.assembly }],
      race: [{ id: ids.glRace || ids.race }, { id: ids.race }],
      interaction: [{ id: ids.meeting }, { id: ids.lakesMeeting }],
      endorsementAsk: [{ id: ids.ask }],
      endorsementBoard: [{ campaignId: ids.glCampaign }, { campaignId: ids.campaign }],
      endorsementAsks: [{}, { campaignId: ids.glCampaign }, { organizationId: ids.org }, { candidateId: ids.candidate }],
      askLoad: [{ personIds: [ids.glPerson] }, { personIds: [ids.person] }],
      nearby: [{ zip: '60608', miles: 3000 }, { zip: '77002', miles: 50 }],
      networkMap: [
        { scope: { kind: 'REGION', id: GL } }, { scope: { kind: 'NEIGHBOURHOOD', id: ids.glPerson, hops: 2 } }, { scope: { kind: 'CAMPAIGN', id: ids.glCampaign } },
        { scope: { kind: 'TEAM', id: ids.glTeam } }, { scope: { kind: 'REGION', id: GULF } }, { scope: { kind: 'NEIGHBOURHOOD', id: ids.person, hops: 1 } },
      ],
      reach: [{}, { targetPersonId: ids.glPerson }, { targetPersonId: ids.glPerson2 }, { targetOrganizationId: ids.glOrg }, { targetPersonId: ids.person }, { targetOrganizationId: ids.org }],
      people: [{ first: 100 }, { search: MARKER }, { search: 'Gulfperson' }, { regionId: GULF }],
      organizations: [{ first: 100 }, { search: MARKER }, { regionId: GULF }],
      events: [{}, { from: '2000-01-01' }, { campaignId: ids.glCampaign, from: '2000-01-01' }],
      emergingLeaders: [{}, { limit: 200, windowDays: 365 }, { teamId: ids.glTeam, windowDays: 365 }],
      networkGaps: [{}, { coldAfterDays: 1 }],
      duplicatePeople: [{ limit: 500 }],
      duplicateOrganizations: [{ limit: 500 }],
      myFollowUps: [{ includeDone: true }],
      teammates: [{}, { regionId: GULF }],
      callSheet: [{ target: { personIds: [ids.glPerson, ids.glPerson2] } }, { target: { personIds: [ids.person] } }, { target: { filter: { search: MARKER } } }],
      connection: [{ fromId: ids.glPerson, toId: ids.glPerson2 }, { fromId: ids.glPerson, toId: ids.person }],
      fieldDefinitions: [{ entity: 'PERSON' }, { entity: 'ORGANIZATION' }],
      peopleList: [{ input: {} }, { input: { filter: { search: MARKER } } }, { input: { filter: { regionId: GULF } } }],
      organizationsList: [{ input: {} }, { input: { filter: { search: MARKER } } }, { input: { filter: { regionId: GULF } } }],
      savedLists: [{}, { entity: 'ORGANIZATIONS' }],
      powerMap: [{ campaignId: ids.glCampaign }, { campaignId: ids.campaign }],
      savedList: [{ id: 'no-such-list' }],
      bulkAction: [{ id: 'no-such-bulk-action' }],
      stepsAway: [{ recordId: ids.glPerson }, { recordId: ids.glOrg }, { recordId: ids.person }],
    };
    const list = by[field.name] ?? [{}];
    for (const v of list) {
      const missing = field.args.filter((a) => required(a) && !(a.name in v));
      if (missing.length) throw new Error(`Query.${field.name} needs ${missing.map((a) => a.name).join(', ')}: add its arguments to variants() in this test`);
    }
    return list;
  }

  /** One request per object field of the result (plus one for its plain fields), so each stays small. */
  function requests(field: FieldDef): Array<{ query: string; variables: Record<string, unknown> }> {
    const out: Array<{ query: string; variables: Record<string, unknown> }> = [];
    const result = types.get(named(field.type).name!)!;
    const pieces = result.kind === 'OBJECT'
      ? (result.fields ?? []).filter((f) => !f.args.some(required)).map((f) => {
        const t = types.get(named(f.type).name!)!;
        return t.kind === 'OBJECT' ? `${f.name} { ${selection(t.name, DEPTH - 2)} }` : t.kind === 'UNION' || t.kind === 'INTERFACE' ? `${f.name} { __typename }` : f.name;
      })
      : [''];
    for (const variables of variants(field)) {
      const used = field.args.filter((a) => a.name in variables);
      const head = used.length ? `(${used.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ')})` : '';
      const call = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
      for (const piece of pieces) out.push({ query: `query${head} { ${field.name}${call}${piece ? ` { ${piece} }` : ''} }`, variables });
    }
    return out;
  }

  it('asks every query of the schema; the leader and the connector never get a marker, the admin does', async () => {
    const seenByAdmin = new Set<string>();
    const answered = { leader: 0, connector: 0 };
    const found: string[] = [];
    expect(queryFields.length).toBeGreaterThan(30);
    for (const field of queryFields) {
      for (const { query, variables } of requests(field)) {
        for (const [who, client] of [['leader', leader], ['connector', connector]] as const) {
          const r = await client.request(query, variables);
          if (r.data && !r.errors) answered[who]++;
          const leak = leaks({ data: r.data, errors: r.errors });
          if (leak) found.push(`${who} · ${field.name} ${JSON.stringify(variables)} · ${query.slice(0, 160)}\n    …${leak}…`);
        }
        const a = await admin.request(query, variables);
        if (leaks(a.data)) seenByAdmin.add(field.name);
      }
    }
    expect(found).toEqual([]);
    // The queries reach the marked records and what links to them: the admin, who sees every region, reads them.
    expect([...seenByAdmin].sort()).toEqual(expect.arrayContaining(['endorsementBoard', 'event', 'interaction', 'networkMap', 'people', 'person', 'reach', 'campaign', 'organization', 'team']));
    expect(answered.leader).toBeGreaterThan(200);
    expect(answered.connector).toBeGreaterThan(100);
  }, 600_000);

  it('keeps the markers out of the downloads too: packed maps and CSV exports', async () => {
    const paths = [
      `/maps/network.json?scope=REGION&id=${GL}`, `/maps/network.json?scope=NEIGHBOURHOOD&id=${ids.glPerson}&hops=2`, `/maps/network.json?scope=CAMPAIGN&id=${ids.glCampaign}`,
      ...['people', 'organizations', 'ties', 'interactions'].map((f) => `/export/${f}.csv`),
    ];
    let adminSaw = 0;
    for (const path of paths) {
      for (const [who, client] of [['leader', leader], ['connector', connector]] as const) {
        const body = await (await client.get(path)).text();
        expect({ who, path, leak: leaks(body) }).toEqual({ who, path, leak: null });
      }
      if (leaks(await (await admin.get(path)).text())) adminSaw++;
    }
    expect(adminSaw).toBeGreaterThanOrEqual(4);
  });
});

import { startDemo, type Demo } from '../support/demo.js';
import { DEMO, type RunningServer } from '../support/server.js';

const PERSON = `id name emails phones contactHidden zip kinds tags notes version region { id name } canEdit canDelete`;
const CREATE = `mutation($i: PersonInput!) { createPerson(input: $i) { ${PERSON} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: PersonInput!) { updatePerson(id: $id, version: $v, input: $i) { ${PERSON} } }`;
const GET = `query($id: ID!) { person(id: $id) { ${PERSON} ties { strength context since person { id name } } affiliations { kind title organization { id name } } } }`;
const LIST = `query($s: String, $r: ID, $f: Int, $a: String) { people(search: $s, regionId: $r, first: $f, after: $a) { totalCount pageInfo { endCursor hasNextPage } nodes { id name emails region { id } } } }`;

describe('API: people, organizations and ties, as each role sees them', () => {
  let demo: Demo;
  let server: RunningServer;
  let as: Demo['as'];
  beforeAll(async () => {
    demo = await startDemo();
    ({ server, as } = demo);
  });
  afterAll(() => demo?.stop());

  it('the demo is alive on the day it is loaded: recent meetings, emerging leaders with reasons, follow-ups due and overdue, upcoming events with RSVPs, a few cold ties, people who work in Spanish', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const leaders = (await as.leader.ok('{ emergingLeaders(limit: 5) { peopleScored leaders { score previousScore parts { signal count } } } }')).emergingLeaders;
    expect(leaders.peopleScored).toBeGreaterThan(10);
    const top = leaders.leaders[0];
    expect(top.score).toBeGreaterThan(top.previousScore);
    expect(top.parts.find((p: { signal: string }) => p.signal === 'ONE_TO_ONES').count).toBeGreaterThan(2);
    const due = (await as.leader.ok('{ myFollowUps { dueDate overdue } }')).myFollowUps as Array<{ dueDate: string; overdue: boolean }>;
    expect(due.some((f) => f.overdue)).toBe(true);
    expect(due.some((f) => !f.overdue && f.dueDate >= today)).toBe(true);
    const events = (await as.leader.ok('query($d: String) { events(from: $d) { date rsvps { status } } }', { d: today })).events as Array<{ date: string; rsvps: unknown[] }>;
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.date >= today)).toBe(true);
    expect(events.some((e) => e.rsvps.length > 0)).toBe(true);
    const cold = (await as.leader.ok('{ networkGaps { coldTieCount } }')).networkGaps.coldTieCount;
    expect(cold).toBeGreaterThan(0);
    expect(cold).toBeLessThan(60);
    const spanish = (await as.leader.ok(LIST, { s: 'Peña', f: 50 })).people.nodes as Array<{ name: string }>;
    expect(spanish.length).toBeGreaterThan(0);
    expect(spanish.every((p) => p.name.includes('Peña'))).toBe(true);
  });

  it('loads the demo coalition on first start and says how to sign in', async () => {
    expect(server.output()).toMatch(/Loaded the demo coalition \(336 people, 36 organizations, \d+ ties, \d+ recent meetings, \d+ events\)/);
    expect(server.output()).toContain(`Sign in as ${DEMO.admin}`);
    expect((await as.admin.ok(LIST, { f: 1 })).people.totalCount).toBe(336);
    expect((await as.leader.ok(LIST, { f: 1 })).people.totalCount).toBe(112);
    expect((await as.admin.ok('{ regions { name } }')).regions.map((r: { name: string }) => r.name)).toEqual(['Great Lakes', 'Gulf Coast', 'Pacific Northwest']);
    expect((await as.leader.ok('{ regions { name } }')).regions).toEqual([{ name: 'Great Lakes' }]);
  });

  it('creates a person after the first attempt is refused field by field, finds them, edits and deletes them', async () => {
    const input = { name: 'Yolanda Reyes', emails: ['yolanda.reyes@example'], phones: ['(555) 010-4242'], zip: '60623', regionId: 'region-great-lakes', kinds: ['MEMBER', 'LEADER'], tags: ['parent'] };
    const refused = await as.leader.request(CREATE, { i: input });
    expect(refused.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'emails', message: 'Enter a valid email address, like name@example.org.' }] });
    expect((await as.leader.ok(LIST, { s: 'yolanda' })).people.totalCount).toBe(0);

    const created = (await as.leader.ok(CREATE, { i: { ...input, emails: ['yolanda.reyes@example.org'] } })).createPerson;
    expect(created).toMatchObject({ name: 'Yolanda Reyes', emails: ['yolanda.reyes@example.org'], version: 1, region: { name: 'Great Lakes' }, canDelete: true });

    for (const s of ['yolanda', 'REYES', 'yolanda.reyes@', '555-010-4242', '60623']) {
      expect((await as.leader.ok(LIST, { s })).people.nodes.map((p: { id: string }) => p.id)).toContain(created.id);
    }

    const edited = (await as.leader.ok(UPDATE, { id: created.id, v: 1, i: { ...input, emails: ['y.reyes@example.org'], name: 'Yolanda M. Reyes' } })).updatePerson;
    expect(edited).toMatchObject({ name: 'Yolanda M. Reyes', emails: ['y.reyes@example.org'], version: 2 });
    const stale = await as.staff.request(UPDATE, { id: created.id, v: 1, i: { ...input, emails: [], name: 'Overwrite' } });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    expect((await as.leader.ok(GET, { id: created.id })).person.name).toBe('Yolanda M. Reyes');

    expect((await as.connector.request(`mutation($id: ID!) { deletePerson(id: $id) }`, { id: created.id })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await as.leader.ok(`mutation($id: ID!) { deletePerson(id: $id) }`, { id: created.id })).deletePerson).toBe(created.id);
    expect((await as.leader.request(GET, { id: created.id })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('shows a connector contact details only for people they created or are assigned to', async () => {
    const page = (await as.connector.ok(LIST, { f: 5 })).people;
    expect(page.totalCount).toBe((await as.leader.ok(LIST, { f: 1 })).people.totalCount);
    expect(page.nodes.every((p: { emails: unknown }) => p.emails === null)).toBe(true);
    const demoPerson = page.nodes[0];
    expect((await as.leader.ok(GET, { id: demoPerson.id })).person.emails).not.toBeNull();

    const own = (await as.connector.ok(CREATE, { i: { name: 'Connector Contact', emails: ['cc@example.org'], regionId: 'region-great-lakes' } })).createPerson;
    expect(own.emails).toEqual(['cc@example.org']);

    const connectorId = (await as.connector.ok('{ me { id } }')).me.id;
    await as.leader.ok(`mutation($p: ID!, $a: ID!) { assignPerson(personId: $p, accountId: $a) { id } }`, { p: demoPerson.id, a: connectorId });
    const assigned = (await as.connector.ok(GET, { id: demoPerson.id })).person;
    expect(assigned.contactHidden).toBe(false);
    expect(assigned.emails.length).toBeGreaterThan(0);
  });

  it('keeps notes with the contact details: a connector reads them only for people they created or are assigned to, on the record, the call sheet and the export, and saving without them keeps them', async () => {
    const NOTES = 'Lives with her sister; call after 6pm. Mentioned her landlord by name.';
    const created = (await as.leader.ok(CREATE, { i: { name: 'Noted Person', regionId: 'region-great-lakes', notes: NOTES } })).createPerson;
    expect(created.notes).toBe(NOTES);

    const hidden = (await as.connector.ok(GET, { id: created.id })).person;
    expect(hidden).toMatchObject({ contactHidden: true, notes: null });
    const sheet = `query($ids: [ID!]) { callSheet(target: { personIds: $ids }) { person { id notes } } }`;
    expect((await as.connector.ok(sheet, { ids: [created.id] })).callSheet).toEqual([{ person: { id: created.id, notes: null } }]);
    // Notes are never searched, so a word from them finds no one for anybody.
    expect((await as.connector.ok(LIST, { s: 'landlord' })).people.totalCount).toBe(0);

    const { accounts } = await as.admin.ok('{ accounts { id email } }');
    const connectorId = accounts.find((a: { email: string }) => a.email === DEMO.connector).id;
    await as.admin.ok(`mutation($id: ID!) { updateAccount(id: $id, input: { displayName: "Demo Connector", role: CONNECTOR, regionIds: ["region-great-lakes"], canExport: true }) { canExport } }`, { id: connectorId });
    const csv = await (await as.connector.get('/export/people.csv')).text();
    expect(csv).not.toContain('landlord');
    expect(csv.split('\n').find((line) => line.startsWith(`${created.id},`))).toContain(',(hidden),');

    // The connector edits the name without ever having seen the notes: they stay; writing new ones is refused.
    const renamed = (await as.connector.ok(UPDATE, { id: created.id, v: 1, i: { name: 'Noted Person Jr', regionId: 'region-great-lakes', notes: null } })).updatePerson;
    expect(renamed).toMatchObject({ name: 'Noted Person Jr', notes: null, version: 2 });
    expect((await as.leader.ok(GET, { id: created.id })).person.notes).toBe(NOTES);
    const refused = await as.connector.request(UPDATE, { id: created.id, v: 2, i: { name: 'Noted Person Jr', regionId: 'region-great-lakes', notes: 'overwritten' } });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', fields: [{ field: 'notes' }] });
    expect((await as.leader.ok(GET, { id: created.id })).person.notes).toBe(NOTES);

    const history = `query($id: ID!) { person(id: $id) { history { summary changes { field from to } } } }`;
    const changes = (await as.leader.ok(history, { id: created.id })).person.history.flatMap((h: { changes: unknown[] }) => h.changes);
    expect(JSON.stringify(changes)).not.toContain('landlord');

    await as.leader.ok(`mutation($p: ID!, $a: ID!) { assignPerson(personId: $p, accountId: $a) { id } }`, { p: created.id, a: connectorId });
    expect((await as.connector.ok(GET, { id: created.id })).person.notes).toBe(NOTES);
    expect((await as.connector.ok(sheet, { ids: [created.id] })).callSheet[0].person.notes).toBe(NOTES);
  });

  it('returns nobody outside the viewer’s regions, by id, list, ties or organization pages', async () => {
    const gulf = (await as.admin.ok(LIST, { r: 'region-gulf-coast', f: 1 })).people.nodes[0];
    expect((await as.leader.request(GET, { id: gulf.id })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await as.leader.ok(LIST, { r: 'region-gulf-coast' })).people.totalCount).toBe(0);

    // The demo has ties across regions: from the leader's side, none reaches outside Great Lakes.
    const all = (await as.leader.ok(LIST, { f: 100 })).people.nodes;
    for (const p of all.slice(0, 20)) {
      const person = (await as.leader.ok(GET, { id: p.id })).person;
      for (const t of person.ties) expect(t.person.id).toMatch(/^demo-person-0-|^[0-9a-f-]{36}$/);
      for (const a of person.affiliations) expect(a.organization.id).toMatch(/^demo-org-0-/);
    }
    const orgs = (await as.leader.ok(`{ organizations(first: 100) { totalCount nodes { id affiliations { person { id region { id } } } } } }`)).organizations;
    expect(orgs.totalCount).toBe(12);
    for (const o of orgs.nodes) for (const a of o.affiliations) expect(a.person.region.id).toBe('region-great-lakes');
  });

  it('records ties between people and with organizations, visible from both ends', async () => {
    const mk = async (name: string) => (await as.staff.ok(CREATE, { i: { name, regionId: 'region-pacific-nw' } })).createPerson.id;
    const a = await mk('Tie Anchor');
    const b = await mk('Tie Friend');
    const tie = await as.staff.request(`mutation($i: TieInput!) { setTie(input: $i) { strength person { name } } }`, { i: { personId: a, otherPersonId: b, strength: 9, since: '2024-13-01' } });
    expect(tie.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual(['since', 'strength']);
    await as.staff.ok(`mutation($i: TieInput!) { setTie(input: $i) { strength } }`, { i: { personId: a, otherPersonId: b, strength: 4, context: 'house meeting', since: '2024-03-01' } });
    expect((await as.staff.ok(GET, { id: b })).person.ties).toEqual([{ strength: 4, context: 'house meeting', since: '2024-03-01', person: { id: a, name: 'Tie Anchor' } }]);

    const org = (await as.staff.ok(`mutation { createOrganization(input: { name: "Seattle Tie Org", type: PARTNER, regionId: "region-pacific-nw", website: "tie.example.org", ledBy: [POC_LED] }) { id website } }`)).createOrganization;
    expect(org.website).toBe('https://tie.example.org');
    await as.staff.ok(`mutation($p: ID!, $o: ID!) { addAffiliation(input: { personId: $p, organizationId: $o, kind: WORKS_AT, title: "Organizer" }) { kind } }`, { p: a, o: org.id });
    expect((await as.staff.ok(GET, { id: a })).person.affiliations).toEqual([{ kind: 'WORKS_AT', title: 'Organizer', organization: { id: org.id, name: 'Seattle Tie Org' } }]);
    const fromOrg = (await as.staff.ok(`query($id: ID!) { organization(id: $id) { affiliations { kind person { id } } } }`, { id: org.id })).organization;
    expect(fromOrg.affiliations).toEqual([{ kind: 'WORKS_AT', person: { id: a } }]);

    // Removals answer with the records whose pages list them, as they are after the change.
    const unaffiliated = (await as.staff.ok(
      `mutation($p: ID!, $o: ID!) { removeAffiliation(personId: $p, organizationId: $o, kind: WORKS_AT) { person { id affiliations { kind } } organization { id affiliations { kind } } } }`,
      { p: a, o: org.id },
    )).removeAffiliation;
    expect(unaffiliated).toEqual({ person: { id: a, affiliations: [] }, organization: { id: org.id, affiliations: [] } });
    const untied = (await as.staff.ok(
      `mutation($p: ID!, $o: ID!) { removeTie(personId: $p, otherPersonId: $o) { person { id ties { strength } } otherPerson { id ties { strength } } } }`,
      { p: a, o: b },
    )).removeTie;
    expect(untied).toEqual({ person: { id: a, ties: [] }, otherPerson: { id: b, ties: [] } });
    const again = await as.staff.request(`mutation($p: ID!, $o: ID!) { removeTie(personId: $p, otherPersonId: $o) { person { id } } }`, { p: a, o: b });
    expect(again.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const REGION = 'region-great-lakes';

/** A visitor's browser: no cookie, JSON in and out. */
async function post(server: RunningServer, token: string, body: unknown): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${server.url}/public/rsvp/${token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json(), headers: res.headers };
}
async function get(server: RunningServer, path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}${path}`, { headers: { accept: 'application/json' } });
  return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text() };
}

async function eventWithPage(admin: GraphqlClient, name: string): Promise<{ id: string; token: string }> {
  const { createEvent } = await admin.ok(`mutation($input: EventInput!) { createEvent(input: $input) { id rsvpPage { on token } } }`, {
    input: { name, date: inDays(20), regionId: REGION, location: 'Union Hall, 123 Main St', zip: '60614', notes: 'Internal: bring the sign-in sheets' },
  });
  expect(createEvent.rsvpPage).toEqual({ on: false, token: null });
  const { setEventRsvpPage } = await admin.ok(`mutation($id: ID!) { setEventRsvpPage(id: $id, on: true) { id rsvpPage { on token } } }`, { id: createEvent.id });
  expect(setEventRsvpPage.rsvpPage.on).toBe(true);
  expect(setEventRsvpPage.rsvpPage.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  expect(setEventRsvpPage.rsvpPage.token).not.toContain(createEvent.id);
  return { id: createEvent.id, token: setEventRsvpPage.rsvpPage.token };
}

const RSVPS = `query($id: ID!) { event(id: $id) { rsvps { status fromPublicPage invitedByText invitedBy { id name } person { id name emails phones zip tags region { id } } } } }`;

describe('API: the public RSVP page of an event', () => {
  let server: RunningServer;
  let admin: GraphqlClient;
  beforeAll(async () => {
    server = await startServer({ RSVP_PAGE_MAX_PER_HOUR: '1000' });
    admin = new GraphqlClient(server.url);
    await admin.signIn(DEMO.admin, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('shows only the event’s name, date and place, without signing in', async () => {
    const { token } = await eventWithPage(admin, 'Housing hearing turnout');
    const page = await get(server, `/public/rsvp/${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual({ event: { name: 'Housing hearing turnout', date: inDays(20), location: 'Union Hall, 123 Main St', zip: '60614', past: false } });
  });

  it('an RSVP without a cookie creates a self-registered person in the event’s region and credits the inviter named', async () => {
    const { id, token } = await eventWithPage(admin, 'Tenant assembly');
    const { createPerson: rosa } = await admin.ok(`mutation { createPerson(input: { name: "Rosa Inviter-Test", regionId: "${REGION}", emails: ["rosa.inviter@example.org"] }) { id } }`);

    const sent = await post(server, token, { name: 'Nina Newcomer', email: 'nina.newcomer@example.org', zip: '60608', invitedBy: 'rosa inviter-test' });
    expect(sent.status).toBe(200);
    expect(sent.body.event.name).toBe('Tenant assembly');

    const { event } = await admin.ok(RSVPS, { id });
    expect(event.rsvps).toEqual([{
      status: 'YES', fromPublicPage: true, invitedByText: 'rosa inviter-test', invitedBy: { id: rosa.id, name: 'Rosa Inviter-Test' },
      person: { id: expect.any(String), name: 'Nina Newcomer', emails: ['nina.newcomer@example.org'], phones: [], zip: '60608', tags: ['self-registered'], region: { id: REGION } },
    }]);

    // The inviter by email works too; text that names no one is kept as typed, crediting no one.
    const second = await post(server, token, { name: 'Omar Friend', phone: '(312) 555-0199', zip: '60608', invitedBy: 'ROSA.INVITER@example.org' });
    expect(second.status).toBe(200);
    await post(server, token, { name: 'Pat Walkin', email: 'pat.walkin@example.org', zip: '60608', invitedBy: 'a flyer at the laundromat' });
    const after = (await admin.ok(RSVPS, { id })).event.rsvps;
    expect(after.find((r: any) => r.person.name === 'Omar Friend')).toMatchObject({ invitedBy: { id: rosa.id }, person: { phones: ['(312) 555-0199'], emails: [] } });
    expect(after.find((r: any) => r.person.name === 'Pat Walkin')).toMatchObject({ invitedBy: null, invitedByText: 'a flyer at the laundromat' });
  });

  it('finds the existing person of the region by email or phone instead of adding a second one', async () => {
    const { id, token } = await eventWithPage(admin, 'Canvass kickoff');
    const { createPerson: kim } = await admin.ok(`mutation { createPerson(input: { name: "Kimora Testmember", regionId: "${REGION}", emails: ["Kim.Member@Example.org"], phones: ["+1 773 555 0142"] }) { id tags } }`);

    expect((await post(server, token, { name: 'Kimmy Testmember', email: 'kim.member@example.org', zip: '60614' })).status).toBe(200);
    let rsvps = (await admin.ok(RSVPS, { id })).event.rsvps;
    expect(rsvps).toHaveLength(1);
    expect(rsvps[0].person).toMatchObject({ id: kim.id, name: 'Kimora Testmember', tags: [] });

    // The same person by phone, written differently: still one RSVP of one person.
    expect((await post(server, token, { name: 'K Testmember', phone: '773-555-0142', zip: '60614' })).status).toBe(200);
    rsvps = (await admin.ok(RSVPS, { id })).event.rsvps;
    expect(rsvps.map((r: any) => r.person.id)).toEqual([kim.id]);
    const { people } = await admin.ok(`query { people(search: "Testmember", first: 50) { nodes { id name } } }`);
    expect(people.nodes).toEqual([{ id: kim.id, name: 'Kimora Testmember' }]);
  });

  it('a filled honeypot is answered like a success and saves nothing', async () => {
    const { id, token } = await eventWithPage(admin, 'Honeypot check');
    const res = await post(server, token, { name: 'Cheap Pills', email: 'bot@spam.example', zip: '60614', website: 'http://spam.example' });
    expect(res.status).toBe(200);
    expect((await admin.ok(RSVPS, { id })).event.rsvps).toEqual([]);
    const { people } = await admin.ok(`query { people(search: "Cheap Pills", first: 5) { totalCount } }`);
    expect(people.totalCount).toBe(0);
  });

  it('bad input names each field and saves nothing', async () => {
    const { id, token } = await eventWithPage(admin, 'Validation check');
    const res = await post(server, token, { name: '  ', zip: '6061' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('BAD_USER_INPUT');
    expect(Object.fromEntries(res.body.fields.map((f: any) => [f.field, f.message]))).toEqual({
      name: 'Enter your name.',
      email: 'Enter an email address or a phone number, so the organizers can reach you.',
      zip: 'Enter a 5-digit ZIP code, like 60614.',
    });
    const badEmail = await post(server, token, { name: 'Al', email: 'not-an-email', zip: '60614' });
    expect(badEmail.body.fields).toEqual([{ field: 'email', message: 'Enter a valid email address, like name@example.org.' }]);
    const notJson = await fetch(`${server.url}/public/rsvp/${token}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=Al&email=al%40example.org&zip=60614' });
    expect(notJson.status).toBe(415);
    expect((await admin.ok(RSVPS, { id })).event.rsvps).toEqual([]);
  });

  it('a page its organizer turned off answers 404, and the same address works again when turned back on', async () => {
    const { id, token } = await eventWithPage(admin, 'Closed page');
    await admin.ok(`mutation($id: ID!) { setEventRsvpPage(id: $id, on: false) { id } }`, { id });
    const page = await get(server, `/public/rsvp/${token}`);
    expect(page.status).toBe(404);
    expect(page.body).toEqual({ code: 'NOT_FOUND', message: 'This RSVP page is not open. Ask the organizers for the current link.' });
    expect((await post(server, token, { name: 'Late Comer', email: 'late@example.org', zip: '60614' })).status).toBe(404);
    expect((await admin.ok(RSVPS, { id })).event.rsvps).toEqual([]);
    const { setEventRsvpPage } = await admin.ok(`mutation($id: ID!) { setEventRsvpPage(id: $id, on: true) { rsvpPage { token } } }`, { id });
    expect(setEventRsvpPage.rsvpPage.token).toBe(token);
    expect((await get(server, `/public/rsvp/${token}`)).status).toBe(200);
  });

  it('nothing else of the coalition is reachable without signing in', async () => {
    const { id } = await eventWithPage(admin, 'Reach check');
    // The event's own id is not its address; nor is anything guessed.
    expect((await get(server, `/public/rsvp/${id}`)).status).toBe(404);
    expect((await get(server, `/public/rsvp/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    expect((await get(server, `/public/people`)).status).toBe(404);
    const visitor = new GraphqlClient(server.url);
    for (const query of [
      `query($id: ID!) { event(id: $id) { name rsvps { person { name } } } }`,
      `query { people(first: 5) { nodes { name } } }`,
      `query { events { name } }`,
      `mutation($id: ID!) { setEventRsvpPage(id: $id, on: true) { id } }`,
      `query { myReminders { due } }`,
    ]) {
      const r = await visitor.request(query, { id });
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // A signed-in connector cannot open a page (only leaders, staff and admins).
    const connector = new GraphqlClient(server.url);
    await connector.signIn(DEMO.connector, DEMO_PASSWORD);
    const refused = await connector.request(`mutation($id: ID!) { setEventRsvpPage(id: $id, on: false) { id } }`, { id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('API: RSVP page rate limit per address', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ RSVP_PAGE_MAX_PER_HOUR: '2' });
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('answers 429 with Retry-After past RSVP_PAGE_MAX_PER_HOUR from one address, and saves nothing then', async () => {
    const admin = new GraphqlClient(server.url);
    await admin.signIn(DEMO.admin, DEMO_PASSWORD);
    const { id, token } = await eventWithPage(admin, 'Flooded page');
    expect((await post(server, token, { name: 'One Person', email: 'one@example.org', zip: '60614' })).status).toBe(200);
    expect((await post(server, token, { name: 'Two Person', email: 'two@example.org', zip: '60614' })).status).toBe(200);
    const third = await post(server, token, { name: 'Three Person', email: 'three@example.org', zip: '60614' });
    expect(third.status).toBe(429);
    expect(third.body.code).toBe('TOO_MANY_REQUESTS');
    expect(third.body.message).toMatch(/^Too many RSVPs from this connection\. Try again in \d+ minutes?\.$/);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    const { event } = await admin.ok(RSVPS, { id });
    expect(event.rsvps.map((r: any) => r.person.name).sort()).toEqual(['One Person', 'Two Person']);
  });
});

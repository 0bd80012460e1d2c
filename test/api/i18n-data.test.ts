import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

// What the server makes (history, audit log, duplicate reasons, bulk-action summaries, map labels) read in the
// reader's language: Spanish for an account set to "es", English by default, from the same stored rows.

const CREATE = `mutation($i: PersonInput!) { createPerson(input: $i) { id version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: PersonInput!) { updatePerson(id: $id, version: $v, input: $i) { id version } }`;
const LOG = `mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id } }`;
const HISTORY = `query($id: ID!) { person(id: $id) { history { summary } } }`;
const AUDIT = `query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 50) { nodes { action targetId summary } } }`;
const DUPES = `{ duplicatePeople(limit: 500) { a { id } b { id } reasons } }`;
const BULK = `mutation($i: BulkPeopleInput!) { bulkPeople(input: $i) { id summary changed } }`;
const MAP = `query($scope: MapScopeInput!) { networkMap(scope: $scope) { scopeName nodes { id hidden label } } }`;
const SET_LOCALE = `mutation($locale: String) { setMyLocale(locale: $locale) { id locale } }`;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const YESTERDAY = dayOf(Date.now() - 86_400_000);
const said = (locale: string, day: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const unique = Math.random().toString(36).slice(2, 8);

describe('API: server-made text in the reader’s language', () => {
  let server: RunningServer;
  /** An account set to Spanish (its requests send no Accept-Language: the account's choice decides). */
  let leaderEs: GraphqlClient;
  /** Accounts with no language chosen, asking in no language: English. */
  let staff: GraphqlClient;
  let admin: GraphqlClient;

  beforeAll(async () => {
    server = await startServer();
    [leaderEs, staff, admin] = [new GraphqlClient(server.url), new GraphqlClient(server.url), new GraphqlClient(server.url)];
    await leaderEs.signIn(DEMO.leader, DEMO_PASSWORD);
    await staff.signIn(DEMO.staff, DEMO_PASSWORD);
    await admin.signIn(DEMO.admin, DEMO_PASSWORD);
    await leaderEs.ok(SET_LOCALE, { locale: 'es' });
  });
  afterAll(async () => {
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  const summaries = async (client: GraphqlClient, id: string) =>
    ((await client.ok(HISTORY, { id })).person.history as Array<{ summary: string }>).map((h) => h.summary);

  it('a person’s history: written once, read in Spanish by an "es" account and in English by default, field names and days included', async () => {
    const input = { name: `Rosa Historia ${unique}`, regionId: 'region-great-lakes', zip: '60623' };
    const created = (await leaderEs.ok(CREATE, { i: input })).createPerson;
    await leaderEs.ok(UPDATE, { id: created.id, v: created.version, i: { ...input, name: `Rosa M. Historia ${unique}`, zip: '60614' } });
    await leaderEs.ok(LOG, { i: { personIds: [created.id], date: YESTERDAY } });

    expect(await summaries(leaderEs, created.id)).toEqual([
      `Se registró: Uno a uno del ${said('es', YESTERDAY)}`,
      'Cambios en nombre y código postal',
      'Registro creado',
    ]);
    expect(await summaries(staff, created.id)).toEqual([`One-to-one on ${YESTERDAY} logged`, 'Changed name, zip', 'Created']);
  });

  it('the audit log: a sign-in in Spanish for an admin set to "es", in English otherwise', async () => {
    const signIns = async () =>
      ((await admin.ok(AUDIT, { filter: { actions: ['SIGNED_IN'] } })).auditLog.nodes as Array<{ summary: string }>).map((n) => n.summary);
    expect(await signIns()).toContain('Demo Regional Leader signed in');
    await admin.ok(SET_LOCALE, { locale: 'es' });
    try {
      expect(await signIns()).toContain('Demo Regional Leader inició sesión');
      expect(await signIns()).not.toContain('Demo Regional Leader signed in');
    } finally {
      await admin.ok(SET_LOCALE, { locale: null });
    }
    expect(await signIns()).toContain('Demo Regional Leader signed in');
  });

  it('bulk-action summaries: the result, the undo, the audit entry and the records’ history, each in the reader’s language', async () => {
    const tag = `es-${unique}`;
    const ids: string[] = [];
    for (const name of ['Ana Lote', 'Beto Lote'])
      ids.push((await leaderEs.ok(CREATE, { i: { name: `${name} ${unique}`, regionId: 'region-great-lakes' } })).createPerson.id);

    const added = (await leaderEs.ok(BULK, { i: { action: 'ADD_TAGS', tags: [tag], target: { personIds: ids } } })).bulkPeople;
    expect(added).toMatchObject({ changed: 2, summary: `Etiqueta ${tag} agregada (2 personas)` });
    expect(await summaries(leaderEs, ids[0])).toContain(`En lote: Etiqueta ${tag} agregada (2 personas)`);
    expect(await summaries(staff, ids[0])).toContain(`Bulk: Added tag ${tag} (2 people)`);

    const undone = (await leaderEs.ok(`mutation { undoLastBulkAction { summary changed } }`)).undoLastBulkAction;
    expect(undone).toEqual({ changed: 2, summary: `Se deshizo: Etiqueta ${tag} agregada (2 personas)` });

    const removed = (await staff.ok(BULK, { i: { action: 'REMOVE_TAGS', tags: [tag], target: { personIds: ids } } })).bulkPeople;
    expect(removed).toMatchObject({ changed: 0, summary: `Removed tag ${tag}: everyone already was that way` });

    const bulkEntries = async () =>
      ((await admin.ok(AUDIT, { filter: { actions: ['BULK_ACTION', 'BULK_ACTION_UNDONE'] } })).auditLog.nodes as Array<{ targetId: string; summary: string }>)
        .filter((n) => n.targetId === added.id)
        .map((n) => n.summary);
    expect(await bulkEntries()).toEqual([`Undid: Added tag ${tag} (2 people)`, `Added tag ${tag} (2 people)`]);
    await admin.ok(SET_LOCALE, { locale: 'es' });
    try {
      expect(await bulkEntries()).toEqual([`Se deshizo: Etiqueta ${tag} agregada (2 personas)`, `Etiqueta ${tag} agregada (2 personas)`]);
    } finally {
      await admin.ok(SET_LOCALE, { locale: null });
    }
  });

  it('duplicate reasons: “Mismo correo” for an "es" account, “Same email” by default', async () => {
    const email = `dupe.${unique}@example.org`;
    const a = (await leaderEs.ok(CREATE, { i: { name: `Lucia Flores ${unique}`, regionId: 'region-great-lakes', zip: '60623', emails: [email] } }))
      .createPerson;
    const b = (
      await leaderEs.ok(CREATE, { i: { name: `Lucía Flores ${unique}`, regionId: 'region-great-lakes', zip: '60623', emails: [email.toUpperCase()] } })
    ).createPerson;
    const reasons = async (client: GraphqlClient) => {
      const pairs = (await client.ok(DUPES)).duplicatePeople as Array<{ a: { id: string }; b: { id: string }; reasons: string[] }>;
      return pairs.find((p) => [p.a.id, p.b.id].sort().join() === [a.id, b.id].sort().join())?.reasons;
    };
    expect(await reasons(leaderEs)).toEqual(expect.arrayContaining(['Mismo correo', 'Mismo nombre en el mismo código postal']));
    expect(await reasons(staff)).toEqual(expect.arrayContaining(['Same email', 'Same name in the same zip code']));
  });

  it('map labels: a record outside the reader’s regions and the whole coalition’s name, in each language', async () => {
    const inside = (await staff.ok(CREATE, { i: { name: `Mapa Adentro ${unique}`, regionId: 'region-great-lakes' } })).createPerson;
    const outside = (await staff.ok(CREATE, { i: { name: `Mapa Afuera ${unique}`, regionId: 'region-gulf-coast' } })).createPerson;
    await staff.ok(`mutation($i: TieInput!) { setTie(input: $i) { strength } }`, { i: { personId: inside.id, otherPersonId: outside.id, strength: 4 } });

    const hiddenLabel = async (client: GraphqlClient) => {
      const { networkMap } = await client.ok(MAP, { scope: { kind: 'NEIGHBOURHOOD', id: inside.id, hops: 1 } });
      return (networkMap.nodes as Array<{ hidden: boolean; label: string }>).find((n) => n.hidden)?.label;
    };
    expect(await hiddenLabel(leaderEs)).toBe('Alguien en Gulf Coast');
    // The same map through the JSON route, as the network map page reads it.
    const mapPath = `/maps/network.json?scope=NEIGHBOURHOOD&id=${inside.id}&hops=1`;
    const spanishMap = await leaderEs.get(mapPath);
    expect(JSON.stringify(await spanishMap.json())).toContain('Alguien en Gulf Coast');

    const english = new GraphqlClient(server.url);
    await english.signIn(DEMO.leader, DEMO_PASSWORD);
    await english.ok(SET_LOCALE, { locale: null });
    try {
      expect(await hiddenLabel(english)).toBe('Someone in Gulf Coast');
      // A browser that kept the Spanish map asks again with its tag: the English one is sent, not "not modified".
      const again = await fetch(`${server.url}${mapPath}`, {
        headers: { cookie: (english as unknown as { cookie: string }).cookie, 'if-none-match': spanishMap.headers.get('etag')! },
      });
      expect(again.status).toBe(200);
      expect(JSON.stringify(await again.json())).toContain('Someone in Gulf Coast');
    } finally {
      await english.ok(SET_LOCALE, { locale: 'es' });
    }

    expect((await staff.ok(MAP, { scope: { kind: 'MY_REGIONS', id: '*' } })).networkMap.scopeName).toBe('The whole coalition');
  });
});

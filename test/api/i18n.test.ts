import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { GraphqlClient, type GqlError } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

const cookieOf = (client: GraphqlClient | null) => (client ? (client as unknown as { cookie: string }).cookie : '');

/** A GraphQL request as a browser in some language sends it (Accept-Language), with the client's session. */
async function ask(server: RunningServer, client: GraphqlClient | null, query: string, variables: Record<string, unknown> = {}, language?: string) {
  const cookie = cookieOf(client);
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...(language ? { 'accept-language': language } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, any> | null; errors?: GqlError[] };
}

async function dryRunImport(server: RunningServer, client: GraphqlClient, csv: string, language?: string) {
  const res = await fetch(`${server.url}/import/people?${new URLSearchParams({ dryRun: 'true', region: 'region-great-lakes' })}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', cookie: cookieOf(client), ...(language ? { 'accept-language': language } : {}) },
    body: csv,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const NO_ONE = `{ person(id: "no-such-person") { id } }`;
const SET_LOCALE = `mutation($locale: String) { setMyLocale(locale: $locale) { id locale } }`;
const CREATE_PERSON = `mutation($input: PersonInput!) { createPerson(input: $input) { id } }`;
const LOG = `mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id } }`;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const YESTERDAY = dayOf(Date.now() - 86_400_000);
const said = (locale: string, day: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

interface Received {
  to: string[];
  subject: string;
  text: string;
}

describe('API: Spanish and English from the server (errors, import reports, the daily email) and the account’s language', () => {
  let server: RunningServer;
  const leader = () => signedIn(DEMO.leader);
  const clients = new Map<string, GraphqlClient>();
  async function signedIn(email: string): Promise<GraphqlClient> {
    let client = clients.get(email);
    if (!client) {
      client = new GraphqlClient(server.url);
      await client.signIn(email, DEMO_PASSWORD);
      clients.set(email, client);
    }
    return client;
  }

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('says an error in English by default, in Spanish to a browser asking for Spanish, its code the same', async () => {
    const staff = await signedIn(DEMO.staff);
    const english = await ask(server, staff, NO_ONE);
    expect(english.errors?.[0]).toMatchObject({ message: 'That person was not found, or you do not have access to it.', extensions: { code: 'NOT_FOUND' } });
    const spanish = await ask(server, staff, NO_ONE, {}, 'es-MX,es;q=0.9,en;q=0.5');
    expect(spanish.errors?.[0]).toMatchObject({ message: 'No se encontró esa persona, o no tienes acceso a ella.', extensions: { code: 'NOT_FOUND' } });
    // Signed out: only the browser's language is known.
    expect((await ask(server, null, NO_ONE, {}, 'es')).errors?.[0]).toMatchObject({ message: 'Inicia sesión.', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await ask(server, null, NO_ONE, {}, 'fr-FR')).errors?.[0]).toMatchObject({ message: 'Please sign in.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('an account set to Spanish gets errors and field errors in Spanish whatever the browser says; null follows the browser again', async () => {
    const client = await leader();
    expect((await client.ok(`{ me { locale } }`)).me).toEqual({ locale: null });
    expect((await client.ok(SET_LOCALE, { locale: 'es' })).setMyLocale).toMatchObject({ locale: 'es' });
    expect((await client.ok(`{ me { locale } }`)).me).toEqual({ locale: 'es' });

    expect((await ask(server, client, NO_ONE, {}, 'en-US')).errors?.[0]).toMatchObject({
      message: 'No se encontró esa persona, o no tienes acceso a ella.',
      extensions: { code: 'NOT_FOUND' },
    });
    const invalid = await ask(server, client, CREATE_PERSON, { input: { name: ' ', regionId: '', zip: '123' } }, 'en-US');
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(invalid.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'Escribe un nombre.' },
        { field: 'regionId', message: 'Elige una región.' },
        { field: 'zip', message: 'Escribe un código postal de 5 dígitos, como 60614 (o ZIP+4, como 60614-1234).' },
      ]),
    );
    expect(invalid.errors?.[0].message).toMatch(/^Corrige 3 campos: /);

    expect((await client.ok(SET_LOCALE, { locale: null })).setMyLocale).toMatchObject({ locale: null });
    expect((await ask(server, client, NO_ONE)).errors?.[0].message).toBe('That person was not found, or you do not have access to it.');
    expect((await ask(server, client, NO_ONE, {}, 'es')).errors?.[0].message).toBe('No se encontró esa persona, o no tienes acceso a ella.');
  });

  it('refuses a language other than "en" and "es" with a clear error, and keeps the one chosen', async () => {
    const client = await signedIn(DEMO.connector);
    for (const locale of ['fr', 'ES', 'es-MX', '']) {
      const refused = await ask(server, client, SET_LOCALE, { locale });
      expect(refused.errors?.[0]).toMatchObject({
        message: 'Choose "en" (English) or "es" (Spanish), or null to follow the browser’s language.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'locale', message: 'Choose "en" (English) or "es" (Spanish), or null to follow the browser’s language.' }],
        },
      });
    }
    expect((await client.ok(`{ me { locale } }`)).me).toEqual({ locale: null });
    await client.ok(SET_LOCALE, { locale: 'es' });
    expect((await ask(server, client, SET_LOCALE, { locale: 'fr' })).errors?.[0].message).toBe(
      'Elige "en" (inglés) o "es" (español), o null para seguir el idioma del navegador.',
    );
    expect((await client.ok(`{ me { locale } }`)).me).toEqual({ locale: 'es' });
    await client.ok(SET_LOCALE, { locale: null });
  });

  it('says a refused role in Spanish, naming the kind of record in Spanish too', async () => {
    const staff = await signedIn(DEMO.staff);
    const { teams } = await staff.ok(`{ teams { id } }`);
    const { people } = await staff.ok(`{ people(first: 1) { nodes { id } } }`);
    const input = { personId: people.nodes[0].id, teamId: teams[0].id, role: 'POINT_OF_CONTACT' };
    const query = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`;
    expect((await ask(server, staff, query, { input })).errors?.[0]).toMatchObject({
      message: 'A point of contact is not a role on a team. Choose co-chair, connector, gatherer, facilitator, logistics coordinator.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await ask(server, staff, query, { input }, 'es')).errors?.[0]).toMatchObject({
      message: 'Un equipo no tiene el rol de persona de contacto. Elige copresidente/a, conector/a, convocante, facilitador/a y coordinador/a de logística.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('writes a new account’s role and regions in the audit log in the reader’s language', async () => {
    const admin = await signedIn(DEMO.admin);
    const email = `audit-es-${Math.random().toString(36).slice(2, 8)}@example.org`;
    await admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`, {
      input: { email, displayName: 'Inés Auditoría', password: 'a long enough password 1', role: 'STAFF', allRegions: true },
    });
    const query = `{ auditLog(filter: { actions: [ACCOUNT_CREATED] }, first: 100) { nodes { summary } } }`;
    const summaries = async (language?: string) =>
      ((await ask(server, admin, query, {}, language)).data?.auditLog.nodes as Array<{ summary: string }>).map((n) => n.summary);
    expect(await summaries()).toContain('Account created for Inés Auditoría: staff, all regions');
    expect(await summaries('es')).toContain('Cuenta creada para Inés Auditoría: personal, todas las regiones');
  });

  it('records a change of language in the audit log', async () => {
    const client = await leader();
    const { me } = await client.ok(`{ me { id } }`);
    const admin = await signedIn(DEMO.admin);
    const { auditLog } = await admin.ok(
      `query($filter: AuditLogFilter) { auditLog(filter: $filter) { nodes { action targetId changes { field from to } } } }`,
      {
        filter: { accountId: me.id, actions: ['ACCOUNT_CHANGED'] },
      },
    );
    const changes = auditLog.nodes.filter((n: { targetId: string }) => n.targetId === me.id).flatMap((n: { changes: unknown[] }) => n.changes);
    expect(changes).toEqual(
      expect.arrayContaining([
        { field: 'locale', from: null, to: 'es' },
        { field: 'locale', from: 'es', to: null },
      ]),
    );
  });

  it('gives an import report’s row problems in the account’s language, in English by default', async () => {
    const csv = 'Name,Email,ZIP\r\nGood Row,good.row@example.org,60614\r\nBad Zip,bad.zip@example.org,6061\r\nBad Email,bad.email@,60614\r\n';
    const staff = await signedIn(DEMO.staff);
    const english = await dryRunImport(server, staff, csv);
    expect(english.status).toBe(200);
    expect(english.body).toMatchObject({ status: 'done', dryRun: true, created: 1, skipped: 2 });
    const englishProblems = english.body.rows.flatMap((r: { problems: Array<{ message: string }> }) => r.problems.map((p) => p.message));
    expect(englishProblems).toEqual(
      expect.arrayContaining(['Enter a 5-digit ZIP code, like 60614 (or ZIP+4, like 60614-1234).', 'Enter a valid email address, like name@example.org.']),
    );

    const client = await leader();
    await client.ok(SET_LOCALE, { locale: 'es' });
    const spanish = await dryRunImport(server, client, csv, 'en-US');
    expect(spanish.body).toMatchObject({ status: 'done', dryRun: true, created: 1, skipped: 2 });
    const spanishProblems = spanish.body.rows.flatMap((r: { problems: Array<{ field: string; message: string }> }) => r.problems);
    expect(spanishProblems).toEqual(
      expect.arrayContaining([
        { field: 'zip', message: 'Escribe un código postal de 5 dígitos, como 60614 (o ZIP+4, como 60614-1234).' },
        { field: 'emails', message: 'Escribe un correo electrónico válido, como nombre@ejemplo.org.' },
      ]),
    );
    // A refused upload's error too.
    const refused = await fetch(`${server.url}/import/people`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: cookieOf(client) },
      body: csv,
    });
    expect(await refused.json()).toMatchObject({ code: 'BAD_USER_INPUT', error: 'Envía el archivo como text/csv.' });
  });

  it('refuses an export in the account’s language', async () => {
    const client = await signedIn(DEMO.connector);
    const download = () => fetch(`${server.url}/export/people.csv`, { headers: { cookie: cookieOf(client) } });
    const english = await download();
    expect(english.status).toBe(403);
    expect(await english.text()).toBe('Exporting needs the export permission; an admin can grant it on the Admin page.');
    await client.ok(SET_LOCALE, { locale: 'es' });
    const spanish = await download();
    expect(spanish.status).toBe(403);
    expect(await spanish.text()).toBe('Exportar necesita el permiso de exportación; un administrador puede concederlo en la página de Administración.');
    await client.ok(SET_LOCALE, { locale: null });
  });

  it('answers the public RSVP page in the visitor’s browser language', async () => {
    const admin = await signedIn(DEMO.admin);
    const { createEvent } = await admin.ok(`mutation($input: EventInput!) { createEvent(input: $input) { id } }`, {
      input: { name: 'Asamblea de inquilinos', date: dayOf(Date.now() + 20 * 86_400_000), regionId: 'region-great-lakes', zip: '60614' },
    });
    const { setEventRsvpPage } = await admin.ok(`mutation($id: ID!) { setEventRsvpPage(id: $id, on: true) { rsvpPage { token } } }`, { id: createEvent.id });
    const rsvp = async (token: string, body: unknown, language?: string) => {
      const res = await fetch(`${server.url}/public/rsvp/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    };
    const spanish = await rsvp(setEventRsvpPage.rsvpPage.token, { name: ' ', zip: '6061' }, 'es-US,es;q=0.9');
    expect(spanish.status).toBe(400);
    expect(spanish.body).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Corrige los campos marcados.' });
    expect(Object.fromEntries(spanish.body.fields.map((f: { field: string; message: string }) => [f.field, f.message]))).toEqual({
      name: 'Escribe tu nombre.',
      email: 'Escribe un correo electrónico o un número de teléfono, para que los organizadores puedan contactarte.',
      zip: 'Escribe un código postal de 5 dígitos, como 60614.',
    });
    expect((await rsvp(setEventRsvpPage.rsvpPage.token, { name: ' ', zip: '60614', email: 'a@example.org' })).body).toMatchObject({
      message: 'Please correct the marked field.',
    });
    const closed = await fetch(`${server.url}/public/rsvp/no-such-page-token`, { headers: { accept: 'application/json', 'accept-language': 'es' } });
    expect(closed.status).toBe(404);
    expect(await closed.json()).toEqual({
      code: 'NOT_FOUND',
      message: 'Esta página de confirmación de asistencia no está abierta. Pide a los organizadores el enlace actual.',
    });
  });

  it('sends the daily email of follow-ups in each account’s language: Spanish for one set to "es", English by default', async () => {
    // The leader (set to Spanish) and the staff member (no language) each have a follow-up due yesterday.
    await (await leader()).ok(SET_LOCALE, { locale: 'es' });
    await (await leader()).ok(LOG, { i: { personIds: ['demo-person-0-30'], followUps: [{ text: 'Llamar a Rosa', dueDate: YESTERDAY }] } });
    await (await signedIn(DEMO.staff)).ok(LOG, { i: { personIds: ['demo-person-0-30'], followUps: [{ text: 'Call Rosa back', dueDate: YESTERDAY }] } });
    await server.stop();

    const received: Received[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, done) {
        simpleParser(stream).then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '', text: mail.text ?? '' });
          done();
        }, done);
      },
    });
    await new Promise<void>((res) => smtp.listen(0, '127.0.0.1', () => res()));
    try {
      const port = (smtp.server.address() as { port: number }).port;
      // DIGEST_HOUR 0: the day's digest goes out as the app starts, on the same data.
      server = await startServer(
        {
          SMTP_HOST: '127.0.0.1',
          SMTP_PORT: String(port),
          SMTP_FROM: 'Coalition Graph <organizing@example.org>',
          APP_URL: 'https://crm.example.org/',
          DIGEST_HOUR: '0',
        },
        server.dataDir,
      );
      await server.waitForOutput((out) => /Daily follow-up emails for \d{4}-\d\d-\d\d: \d+ sent/.test(out), 60_000);

      const spanish = received.find((m) => m.to.includes(DEMO.leader));
      expect(spanish?.subject).toMatch(/^\d+ seguimientos? pendientes? \(\d+ atrasados?\)$/);
      expect(spanish?.text).toMatch(/^Hola, [^\n]+:\n/);
      expect(spanish?.text).toMatch(/Atrasados:\n/);
      expect(spanish?.text).toContain(`- Llamar a Rosa (atrasado: vencía el ${said('es', YESTERDAY)})`);
      expect(spanish?.text).toContain('Todos tus seguimientos: https://crm.example.org/follow-ups');
      expect(spanish?.text).not.toMatch(/Overdue|follow-ups due/);

      const english = received.find((m) => m.to.includes(DEMO.staff));
      expect(english?.subject).toMatch(/^\d+ follow-ups? due \(\d+ overdue\)$/);
      expect(english?.text).toMatch(/^Hello [^\n]+,\n/);
      expect(english?.text).toContain(`- Call Rosa back (overdue: due ${said('en', YESTERDAY)})`);
      expect(english?.text).toContain('All your follow-ups: https://crm.example.org/follow-ups');
    } finally {
      await new Promise<void>((res) => smtp.close(() => res()));
    }
  });
});

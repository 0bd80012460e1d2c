import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

/** Parses our CSV (quoted cells, CRLF rows, BOM). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const t = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (quoted) {
      if (c === '"' && t[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && t[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('API: CSV exports', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('exports what each user may see, only with the export permission, and records every export', async () => {
    const admin = new GraphqlClient(server.url);
    await admin.signIn(DEMO.admin, DEMO_PASSWORD);
    await admin.ok(`mutation { createPerson(input: { name: "=HYPERLINK(\\"x\\")", regionId: "region-great-lakes", notes: "line one\\nline, two" }) { id } }`);

    const res = await admin.get('/export/people.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="people-\d{4}-\d\d-\d\d\.csv"/);
    const people = parseCsv(await res.text());
    expect(people[0]).toEqual(['id', 'name', 'emails', 'phones', 'zip', 'region', 'kinds', 'tags', 'notes', 'created_at', 'updated_at', 'address_line', 'city', 'state']);
    expect(people.length).toBe(1 + 337);
    const injected = people.find((r) => r[1].includes('HYPERLINK'))!;
    expect(injected[1]).toBe(`'=HYPERLINK("x")`);
    expect(injected[8]).toBe('line one\nline, two');

    const ties = parseCsv(await (await admin.get('/export/ties.csv')).text());
    expect(ties.length).toBeGreaterThan(1000);
    expect(parseCsv(await (await admin.get('/export/organizations.csv')).text()).length).toBe(1 + 36);

    const connector = new GraphqlClient(server.url);
    await connector.signIn(DEMO.connector, DEMO_PASSWORD);
    const refused = await connector.get('/export/people.csv');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/export permission/);
    expect((await new GraphqlClient(server.url).get('/export/people.csv')).status).toBe(401);
    expect((await admin.get('/export/secrets.csv')).status).toBe(404);

    const { accounts } = await admin.ok('{ accounts { id email } }');
    const id = accounts.find((a: { email: string }) => a.email === DEMO.connector).id;
    await admin.ok(`mutation($id: ID!) { updateAccount(id: $id, input: { displayName: "Demo Connector", role: CONNECTOR, regionIds: ["region-great-lakes"], canExport: true }) { canExport } }`, { id });
    const mine = parseCsv(await (await connector.get('/export/people.csv')).text());
    expect(mine.length).toBe(1 + 113); // Great Lakes only: the demo's 112 and the one created above
    expect(mine.slice(1).every((r) => r[5] === 'region-great-lakes')).toBe(true);
    expect(mine.slice(1).filter((r) => r[2] === '(hidden)').length).toBeGreaterThan(90); // contact details hidden as on screen

    const { exportLog } = await admin.ok('{ exportLog { what rows byName regions } }');
    expect(exportLog.slice(0, 4)).toEqual([
      { what: 'people', rows: 113, byName: 'Demo Connector', regions: ['region-great-lakes'] },
      { what: 'organizations', rows: 36, byName: 'Demo Admin', regions: ['*'] },
      { what: 'ties', rows: ties.length - 1, byName: 'Demo Admin', regions: ['*'] },
      { what: 'people', rows: 337, byName: 'Demo Admin', regions: ['*'] },
    ]);
    expect((await connector.request('{ exportLog { what } }')).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

/** POST a CSV to /import/<kind> with the client's session cookie. */
async function upload(server: RunningServer, client: GraphqlClient | null, kind: string, csv: string, query: Record<string, string> = {}, type = 'text/csv', headers: Record<string, string> = {}) {
  const cookie = client ? (client as unknown as { cookie: string }).cookie : '';
  const res = await fetch(`${server.url}/import/${kind}?${new URLSearchParams(query)}`, {
    method: 'POST',
    headers: { 'content-type': type, ...headers, ...(cookie ? { cookie } : {}) },
    body: csv,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** GET /import/jobs/<id>, asking for JSON (a request accepting HTML gets the web app's page). */
async function poll(server: RunningServer, client: GraphqlClient, id: string) {
  const cookie = (client as unknown as { cookie: string }).cookie;
  const res = await fetch(`${server.url}/import/jobs/${id}`, { headers: { accept: 'application/json', cookie } });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('API: CSV import', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  it('previews, dry-runs, runs with progress, and a second run creates nothing', async () => {
    const leader = new GraphqlClient(server.url);
    await leader.signIn(DEMO.leader, DEMO_PASSWORD);
    const csv = '\uFEFFFull name,E-mail,Cell,ZIP,Region\r\n'
      + 'Imani Import,imani.import@example.org,(312) 555-0101,60614,Great Lakes\r\n'
      + '"Jo ""JJ"" Import",jo.import@example.org,,60615,\r\n'
      + 'Bad Zip,bad.zip@example.org,,6061,\r\n'
      + 'Elsewhere,else@example.org,,,region-gulf-coast\r\n';

    expect((await upload(server, null, 'people', csv)).status).toBe(401);
    expect((await upload(server, leader, 'people', csv, {}, 'text/plain')).status).toBe(400);
    expect((await upload(server, leader, 'secrets', csv)).status).toBe(400);

    const preview = await upload(server, leader, 'people', csv, { preview: 'true' });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ headers: ['Full name', 'E-mail', 'Cell', 'ZIP', 'Region'], total: 4,
      mapping: { 'Full name': 'name', 'E-mail': 'emails', Cell: 'phones', ZIP: 'zip', Region: 'region' } });

    const mapping = JSON.stringify(preview.body.mapping);
    const dry = await upload(server, leader, 'people', csv, { dryRun: 'true', mapping, region: 'region-great-lakes' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'done', dryRun: true, total: 4, created: 2, skipped: 2 });
    expect(dry.body.rows[2]).toMatchObject({ line: 4, action: 'skip', problems: [{ field: 'zip' }] });
    expect(dry.body.rows[3].problems[0].message).toMatch(/not one of your regions/);

    const started = await upload(server, leader, 'people', csv, { mapping, region: 'region-great-lakes' });
    expect(started.status).toBe(202);
    let job = started.body;
    for (let i = 0; i < 600 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await poll(server, leader, job.id)).body;
    }
    expect(job).toMatchObject({ status: 'done', processed: 4, total: 4, created: 2, skipped: 2 });
    const found = await leader.ok<{ people: { nodes: Array<{ name: string; phones: string[] }> } }>(`{ people(search: "import", first: 10) { nodes { name phones } } }`);
    expect(found.people.nodes.map((p) => p.name).sort()).toEqual(['Imani Import', 'Jo "JJ" Import']);

    const again = await upload(server, leader, 'people', csv, { dryRun: 'true', mapping, region: 'region-great-lakes' });
    expect(again.body).toMatchObject({ created: 0, unchanged: 2, skipped: 2 });

    // The mapping is remembered for the next file with these headers; connectors may not import.
    expect((await upload(server, leader, 'people', csv, { preview: 'true' })).body.remembered).toBe(true);
    const connector = new GraphqlClient(server.url);
    await connector.signIn(DEMO.connector, DEMO_PASSWORD);
    expect((await upload(server, connector, 'people', csv, { preview: 'true' })).status).toBe(403);
    expect((await poll(server, connector, job.id)).status).toBe(404);
  });

  it('imports street addresses and custom fields (mapped by name, checked by type, in the reader’s language) and rolls them back', async () => {
    const admin = new GraphqlClient(server.url);
    await admin.signIn(DEMO.admin, DEMO_PASSWORD);
    const define = `mutation($i: FieldDefinitionInput!) { defineField(input: $i) { key } }`;
    await admin.ok(define, { i: { entity: 'PERSON', key: 'api_shirt', label: 'Shirt size', type: 'ONE_CHOICE', choices: ['S', 'M', 'L'] } });
    await admin.ok(define, { i: { entity: 'PERSON', key: 'api_dues', label: 'Dues paid', type: 'NUMBER' } });
    const leader = new GraphqlClient(server.url);
    await leader.signIn(DEMO.leader, DEMO_PASSWORD);
    const csv = 'Name,Email,Street,City,State,Zip,Shirt size,Dues\r\n'
      + 'Field Import,field.import@example.org,12 Main St,Chicago,IL,60614,m,"1,250"\r\n'
      + 'Bad Dues,bad.dues@example.org,,,,60615,,twelve\r\n';
    const preview = await upload(server, leader, 'people', csv, { preview: 'true' });
    expect(preview.body.mapping).toMatchObject({ Street: 'addressLine', City: 'city', State: 'state', 'Shirt size': 'custom:api_shirt', Dues: '' });
    expect(preview.body.customFields).toEqual(expect.arrayContaining([{ field: 'custom:api_dues', label: 'Dues paid', region: null }]));
    const mapping = JSON.stringify({ ...preview.body.mapping, Dues: 'custom:api_dues' });

    // A Spanish reader gets the row's problem in Spanish, naming the field.
    const dry = await upload(server, leader, 'people', csv, { dryRun: 'true', mapping, region: 'region-great-lakes' }, 'text/csv', { 'accept-language': 'es' });
    expect(dry.body).toMatchObject({ created: 1, skipped: 1 });
    expect(dry.body.problems[0]).toMatchObject({ line: 3, problems: [{ field: 'customFields.api_dues', message: 'Dues paid debe ser un número, como 12 o 3.5 (no “twelve”).' }] });

    let job = (await upload(server, leader, 'people', csv, { mapping, region: 'region-great-lakes' })).body;
    for (let i = 0; i < 1200 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await poll(server, leader, job.id)).body;
    }
    expect(job).toMatchObject({ status: 'done', created: 1, skipped: 1 });
    const read = () => leader.ok<{ people: { nodes: Array<{ name: string; address: unknown; customFields: Array<{ key: string; value: string | null }> }> } }>(
      `{ people(search: "field import", first: 5) { nodes { name address { line city state zip } customFields { key value } } } }`);
    const [person] = (await read()).people.nodes;
    expect(person.address).toEqual({ line: '12 Main St', city: 'Chicago', state: 'IL', zip: '60614' });
    expect(person.customFields).toEqual(expect.arrayContaining([{ key: 'api_shirt', value: 'M' }, { key: 'api_dues', value: '1250' }]));
    expect((await read()).people.nodes.map((p) => p.name)).toEqual(['Field Import']);

    const cookie = (leader as unknown as { cookie: string }).cookie;
    const rolled = await fetch(`${server.url}/import/jobs/${job.id}/rollback`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' });
    let status = ((await rolled.json()) as { status: string }).status;
    for (let i = 0; i < 1200 && status === 'rollingBack'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await poll(server, leader, job.id)).body.status as string;
    }
    expect(status).toBe('rolledBack');
    expect((await read()).people.nodes).toEqual([]);
  });

  it('imports interactions and event attendance, lists the jobs after a restart, and rolls an import back', async () => {
    const leader = new GraphqlClient(server.url);
    await leader.signIn(DEMO.leader, DEMO_PASSWORD);
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const people = 'Name,Email\nRia Qvroll,ria.roll@example.org\nSol Qvroll,sol.roll@example.org\nTeo Qvroll,teo.roll@example.org\n';
    const run = async (kind: string, csv: string, query: Record<string, string>) => {
      const started = await upload(server, leader, kind, csv, query);
      expect(started.status).toBe(202);
      let job = started.body;
      for (let i = 0; i < 600 && job.status === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        job = (await poll(server, leader, job.id)).body;
      }
      return job;
    };
    const peopleJob = await run('people', people, { region: 'region-great-lakes', fileName: 'roll.csv' });
    expect(peopleJob).toMatchObject({ status: 'done', created: 3, fileName: 'roll.csv' });

    const meetings = `When,Type,Host,Participants\n${day(3)},house meeting,ria.roll@example.org,"sol.roll@example.org; teo.roll@example.org"\n${day(2)},one-to-one,Ria Qvroll,Sol Qvroll\n`;
    const preview = await upload(server, leader, 'interactions', meetings, { preview: 'true' });
    expect(preview.body.mapping).toEqual({ When: 'date', Type: 'kind', Host: 'host', Participants: 'participants' });
    const meetingsJob = await run('interactions', meetings, { mapping: JSON.stringify(preview.body.mapping) });
    expect(meetingsJob).toMatchObject({ status: 'done', created: 2 });
    const again = await upload(server, leader, 'interactions', meetings, { dryRun: 'true', mapping: JSON.stringify(preview.body.mapping) });
    expect(again.body).toMatchObject({ created: 0, unchanged: 2 });

    const created = await leader.ok<{ createEvent: { id: string } }>(
      `mutation { createEvent(input: { name: "Roll Call Rally", date: "${day(1)}", regionId: "region-great-lakes" }) { id } }`,
    );
    const attendance = `Event id,Person,Brought by\n${created.createEvent.id},teo.roll@example.org,ria.roll@example.org\n`;
    const attendanceJob = await run('attendance', attendance, { mapping: JSON.stringify({ 'Event id': 'eventId', Person: 'person', 'Brought by': 'broughtBy' }) });
    expect(attendanceJob).toMatchObject({ status: 'done', created: 1 });
    const event = await leader.ok<{ event: { attendance: Array<{ person: { name: string }; broughtBy: { name: string } }> } }>(
      `{ event(id: "${created.createEvent.id}") { attendance { person { name } broughtBy { name } } } }`,
    );
    expect(event.event.attendance).toEqual([{ person: { name: 'Teo Qvroll' }, broughtBy: { name: 'Ria Qvroll' } }]);

    // The jobs are kept in the graph: a restart still lists them.
    await server.stop();
    server = await startServer({}, server.dataDir);
    const again2 = new GraphqlClient(server.url);
    await again2.signIn(DEMO.leader, DEMO_PASSWORD);
    const cookie = (again2 as unknown as { cookie: string }).cookie;
    const list = await fetch(`${server.url}/import/jobs`, { headers: { accept: 'application/json', cookie } });
    const jobs = (await list.json()) as Array<{ id: string; kind: string; status: string }>;
    expect(jobs.slice(0, 3).map((j) => [j.kind, j.status])).toEqual([['attendance', 'done'], ['interactions', 'done'], ['people', 'done']]);

    // Rolling back the people import is refused while meetings and attendance of this people exist (changed since) ...
    const rollback = (id: string, q = '') => fetch(`${server.url}/import/jobs/${id}/rollback${q}`, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json', cookie }, body: '{}' });
    const refused = await rollback(peopleJob.id);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toMatch(/changed since this import: .*Ria Qvroll \(person\).*Nothing was rolled back/);
    expect((await fetch(`${server.url}/import/jobs/${peopleJob.id}/rollback`, { method: 'POST', headers: { cookie } })).status).toBe(400);
    // ... and allowed in reverse order: attendance, meetings, then the people.
    for (const id of [attendanceJob.id, meetingsJob.id, peopleJob.id]) {
      const r = await rollback(id);
      if (r.status !== 200) console.log(server.output().split('\n').filter((l) => /Import/.test(l)).join('\n'));
      expect(r.status).toBe(200);
    }
    const left = await again2.ok<{ people: { totalCount: number } }>(`{ people(search: "qvroll", first: 10) { totalCount } }`);
    expect(left.people.totalCount).toBe(0);
  });
});

describe('API: ties import (bulk path)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
  });

  const finish = async (client: GraphqlClient, job: Record<string, any>) => {
    for (let i = 0; i < 1200 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await poll(server, client, job.id)).body;
    }
    return job;
  };

  it('previews the ties fields, dry-runs with reasons, imports, shows the ties and their history, and a second run creates nothing', async () => {
    const leader = new GraphqlClient(server.url);
    await leader.signIn(DEMO.leader, DEMO_PASSWORD);
    const people = 'Name,Email,Zip\nTia Tie,tia.tie@example.org,60614\nUri Tie,uri.tie@example.org,60615\nVal Tie,,60616\n';
    const made = await finish(leader, (await upload(server, leader, 'people', people, { region: 'region-great-lakes' })).body);
    expect(made).toMatchObject({ status: 'done', created: 3 });

    const ties = 'Email 1,Email 2,Name 2,Zip 2,Strength,Context,Since\n'
      + 'tia.tie@example.org,uri.tie@example.org,,,4,"neighbors, ""block club""",2021-06-01\n'
      + 'tia.tie@example.org,,Val Tie,60616,,,\n'
      + 'uri.tie@example.org,nobody.tie@example.org,,,2,,\n'
      + 'uri.tie@example.org,tia.tie@example.org,,,7,,\n';
    const preview = await upload(server, leader, 'ties', ties, { preview: 'true' });
    expect(preview.status).toBe(200);
    expect(preview.body.fields).toEqual(expect.arrayContaining(['personEmail', 'personId', 'personName', 'otherEmail', 'otherName', 'otherZip', 'strength', 'context', 'since', 'lastContact']));
    expect(preview.body.mapping).toMatchObject({ 'Email 1': 'personEmail', 'Email 2': 'otherEmail', 'Name 2': 'otherName', 'Zip 2': 'otherZip', Strength: 'strength', Context: 'context', Since: 'since' });

    const mapping = JSON.stringify(preview.body.mapping);
    const dry = await upload(server, leader, 'ties', ties, { dryRun: 'true', mapping });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'done', dryRun: true, path: 'bulk', total: 4, created: 2, skipped: 2 });
    expect(dry.body.problems.map((p: any) => [p.line, p.problems[0].field, p.problems[0].message])).toEqual([
      [4, 'otherEmail', 'No person with email nobody.tie@example.org in your regions.'],
      [5, 'strength', 'Strength is from 1 (acquaintance) to 5 (close).'],
    ]);

    const started = await upload(server, leader, 'ties', ties, { mapping });
    expect(started.status).toBe(202);
    const job = await finish(leader, started.body);
    // The built app reads a ties file, and writes half its staging lines, on worker threads (kinds/tie-rows.ts, kinds/tie-staging.ts).
    expect(job).toMatchObject({ status: 'done', step: 'done', created: 2, skipped: 2, readOn: 'worker thread', stagedOn: 'worker thread' });

    const list = await leader.ok<{ people: { nodes: Array<{ id: string; name: string; ties: Array<{ person: { name: string }; strengthSetByHand: number | null; context: string | null; since: string | null }>; history: Array<{ action: string; summary: string }> }> } }>(
      `{ people(search: "tie", first: 10) { nodes { id name ties { person { name } strengthSetByHand context since } history { action summary } } } }`,
    );
    const tia = list.people.nodes.find((p) => p.name === 'Tia Tie')!;
    expect(tia.ties.map((t) => [t.person.name, t.strengthSetByHand, t.context, t.since]).sort()).toEqual([
      ['Uri Tie', 4, 'neighbors, "block club"', '2021-06-01'],
      ['Val Tie', null, null, null],
    ]);
    expect(tia.history[0]).toMatchObject({ action: 'imported', summary: expect.stringMatching(/^Ties imported from upload: 2 created/) });

    const again = await finish(leader, (await upload(server, leader, 'ties', ties, { mapping })).body);
    expect(again).toMatchObject({ status: 'done', created: 0, unchanged: 2, skipped: 2 });

    // A file that is not CSV stops on the worker thread with the reader's own message.
    const broken = await finish(leader, (await upload(server, leader, 'ties', `${ties}tia.tie@example.org,"val.tie@example.org,,,3,,\n`, { mapping })).body);
    expect(broken).toMatchObject({ status: 'failed', error: expect.stringMatching(/^The file is not valid CSV: a quote opened on or after row 6 is never closed/) });

    // A file that changes the Tia–Uri tie, rolled back through the API: the tie is as it was before.
    const change = 'Email 1,Email 2,Strength,Since\ntia.tie@example.org,uri.tie@example.org,2,2020-01-01\n';
    const changed = await finish(leader, (await upload(server, leader, 'ties', change, { mapping: JSON.stringify({ 'Email 1': 'personEmail', 'Email 2': 'otherEmail', Strength: 'strength', Since: 'since' }) })).body);
    expect(changed).toMatchObject({ status: 'done', created: 0, updated: 1 });
    const tiaTies = async () => (await leader.ok<{ person: { ties: Array<{ person: { name: string }; strengthSetByHand: number | null; since: string | null }> } }>(
      `{ person(id: "${tia.id}") { ties { person { name } strengthSetByHand since } } }`,
    )).person.ties.map((t) => [t.person.name, t.strengthSetByHand, t.since]).sort();
    expect(await tiaTies()).toEqual([['Uri Tie', 2, '2020-01-01'], ['Val Tie', null, null]]);
    const cookie = (leader as unknown as { cookie: string }).cookie;
    const rolled = await fetch(`${server.url}/import/jobs/${changed.id}/rollback`, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json', cookie }, body: '{}' });
    expect(rolled.status).toBe(200);
    expect(((await rolled.json()) as { rollback: unknown }).rollback).toEqual({ removed: 0, restored: 1, kept: [] });
    expect(await tiaTies()).toEqual([['Uri Tie', 4, '2021-06-01'], ['Val Tie', null, null]]);
  });
});

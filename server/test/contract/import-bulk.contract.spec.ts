import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppError } from '../../src/common/app-error.js';
import { Role } from '../../src/common/viewer.js';
import { cypher } from '../../src/graph/query.js';
import type { BulkImportJob } from '../../src/modules/import/bulk-import.js';
import { ImportService, type ImportJob } from '../../src/modules/import/import.service.js';
import { describeEachEngine } from './engines.js';
import { admin, peopleArgs, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const importIdOf = cypher('test.bulk.importIdOf', 'read', `MATCH (p:Person {id: $id}) RETURN p.importId AS importId`);
/** What a bulk job of an earlier version left: no before-images (removed here to make one). */
const dropJobUndo = cypher('test.bulk.dropJobUndo', 'write', `MATCH (u:ImportUndo) WHERE u.jobId = $jobId DELETE u`);
const tieImportId = cypher('test.bulk.tieImportId', 'read', `MATCH (a:Person {id: $a})-[k:KNOWS]-(b:Person {id: $b}) RETURN k.importId AS importId`);
const tieDirections = cypher('test.bulk.tieDirections', 'read', `MATCH (a:Person)-[k:KNOWS]->(b:Person) WHERE a.id IN $ids AND b.id IN $ids RETURN a.id AS a, b.id AS b, k.createdAt AS createdAt, k.importId AS importId`);
const undoOf = cypher('test.bulk.undoOf', 'read', `MATCH (u:ImportUndo) WHERE u.jobId = $jobId RETURN u.entityType AS entityType, u.entityId AS entityId`);
const markRunning = cypher('test.bulk.markRunning', 'write', `MATCH (j:ImportJob {id: $id}) SET j.status = 'running', j.updatedAt = '2000-01-01T00:00:00.000Z'`);
const today = () => new Date().toISOString().slice(0, 10);

describeEachEngine('bulk import', (store) => {
  let s: Services;
  /** The rows path (per-record history) and the bulk path, on the same data. */
  let rowsPath: ImportService;
  let bulkPath: ImportService;
  beforeAll(async () => {
    s = services(store());
    rowsPath = new ImportService(store(), s.regions);
    rowsPath.bulkThreshold = 1e9;
    bulkPath = new ImportService(store(), s.regions);
    bulkPath.bulkThreshold = 0;
    await s.reachIndex.reload();
  });

  const people = (region: string, other: string) => [
    'Name,Email,Phone,Zip,Region,Kinds,Tags,Notes',
    `Ana Ruiz,ana@example.org; ana.r@example.org,(555) 123-4567,60614,${region},member,"housing, tenants","met at ""the"" fair"`,
    `Bo Chen,bo@example.org,,60615,${region},Leader,,`,
    `Bad Email,not-an-email,,60616,${region},,,`,
    `Out Of Scope,oos@example.org,,60617,${other},,,`,
    `No Email Person,,,60618,${region},ally,,"two\nlines"`,
    `Ana Ruiz,ANA@example.org,555 999 0000,,${region},,volunteer,`,
    `Dee Park,dee@example.org,,60614,${region},,"a,b",`,
    `Dee Park,dee@example.org,,,${region},,"c",`,
  ].join('\r\n');
  /** A job's report, region names aside (each path imports into regions of its own). */
  const summary = (j: ImportJob) => JSON.parse(JSON.stringify(report(j)).replace(/Region [AB] [0-9a-f]{8}/g, 'Region X'));
  const report = (j: ImportJob) => ({
    status: j.status, total: j.total, processed: j.processed, created: j.created, updated: j.updated, unchanged: j.unchanged, skipped: j.skipped,
    rows: j.rows.map((r) => [r.line, r.action, r.name, r.problems]), problems: j.problems.map((r) => [r.line, r.action, r.problems]),
  });
  const records = async (v: ReturnType<typeof viewer>, region: string) =>
    (await s.people.list(v, peopleArgs({ regionId: region }))).nodes
      .map((p) => ({ name: p.name, emails: p.emails, phones: p.phones, zip: p.zip, kinds: p.kinds, tags: p.tags, notes: p.notes, version: p.version }))
      .sort((a, b) => a.name.localeCompare(b.name));

  it('people: the bulk path reports and writes exactly what the rows path does, and a second run creates nothing', async () => {
    const [a1, b1] = await twoRegions(s);
    const [a2, b2] = await twoRegions(s);
    const leader1 = viewer(Role.LEADER, [a1]);
    const leader2 = viewer(Role.LEADER, [a2]);
    for (const dryRun of [true, false, false]) {
      const viaRows = await (await rowsPath.start(leader1, people(a1, b1), { kind: 'people', dryRun })).done;
      const viaBulk = await (await bulkPath.start(leader2, people(a2, b2), { kind: 'people', dryRun })).done;
      expect((viaBulk as BulkImportJob).path).toBe('bulk');
      expect(summary(viaBulk)).toEqual(summary(viaRows));
    }
    const written = await records(leader2, a2);
    expect(written).toEqual(await records(leader1, a1));
    expect(written.map((p) => p.name)).toEqual(['Ana Ruiz', 'Bo Chen', 'Dee Park', 'No Email Person']);
    expect(written[0]).toMatchObject({ emails: ['ana@example.org', 'ana.r@example.org'], tags: ['housing', 'tenants', 'volunteer'], notes: 'met at "the" fair' });
    expect(written[3].notes).toBe('two\nlines');
    // The second run: 0 created (the summaries above were equal, run by run).
    const again = await (await bulkPath.start(leader2, people(a2, b2), { kind: 'people', dryRun: false })).done;
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 2 });
  });

  it('people: created records carry the job id, and their history shows the import (who, which file, how many)', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const existing = await s.people.create(leader, personInput(r1, { name: 'Existing Person', emails: ['ex@example.org'] }));
    const file = `Name,Email,Zip\nNew Person,new@example.org,60614\nExisting Person,ex@example.org,60615\n`;
    const job = await (await bulkPath.start(leader, file, { kind: 'people', dryRun: false, defaultRegion: r1 })).done;
    expect(job).toMatchObject({ status: 'done', created: 1, updated: 1 });
    const created = (await s.people.list(leader, peopleArgs({ search: 'new person' }))).nodes[0];
    expect((await store().read(importIdOf, { id: created.id }))[0].importId).toBe(job.id);
    expect((await store().read(importIdOf, { id: existing.id }))[0].importId ?? null).toBeNull();
    const history = await s.history.of('Person', created.id);
    expect(history[0]).toMatchObject({ action: 'imported', summary: expect.stringMatching(/^Imported from upload: 1 people created, 1 updated/) });
    // An updated record gets its own entry, with what changed.
    const changes = await s.history.of('Person', existing.id);
    expect(changes[0]).toMatchObject({ action: 'updated', summary: 'Import changed zip', changes: [{ field: 'zip', from: null, to: '60615' }] });
    expect((await s.people.get(leader, existing.id)).version).toBe(2);
  });

  it('organizations go the same way', async () => {
    const [r1, r2] = await twoRegions(s);
    const staff = viewer(Role.STAFF, [r1, r2]);
    const file = [
      'Organization,Type,Issue areas,Led by,Zip,Region,Website',
      `Tenants United,affiliate group,housing; transit,POC-led,60614,${r1},tenants.example.org`,
      `Faith Table,church,,,,${r1},`,
      `Tenants United,,,,,${r2},`,
    ].join('\n');
    const run = await (await bulkPath.start(staff, file, { kind: 'organizations', dryRun: false })).done;
    expect(run).toMatchObject({ status: 'done', created: 2, skipped: 1 });
    expect(run.problems[0]).toMatchObject({ line: 3, problems: [{ field: 'type', message: 'Choose a type: partner, affiliate group or institution.' }] });
    const orgs = (await s.organizations.list(staff, { first: 25, regionId: r1 } as never)).nodes;
    expect(orgs[0]).toMatchObject({ name: 'Tenants United', type: 'AFFILIATE_GROUP', issueAreas: ['housing', 'transit'], ledBy: ['POC_LED'], website: 'https://tenants.example.org' });
    expect(await (await bulkPath.start(staff, file, { kind: 'organizations', dryRun: false })).done).toMatchObject({ created: 0, unchanged: 2, skipped: 1 });
  });

  /** Four people in region 1, one in region 2. */
  async function cast() {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const mk = (name: string, email: string | null, zip: string, region = r1) =>
      s.people.create(admin(), personInput(region, { name, emails: email ? [email] : [], zip }));
    const ana = await mk('Ana Ruiz', 'ana@example.org', '60614');
    const bo = await mk('Bo Chen', 'bo@example.org', '60615');
    const cy = await mk('Cy Diaz', null, '60616');
    const cy2 = await mk('Cy Diaz', null, '60616', r2);
    const dee = await mk('Dee Park', 'dee@example.org', '60614');
    return { r1, r2, leader, ana, bo, cy, cy2, dee };
  }
  const TIE_MAPPING = { A: 'personEmail', 'A id': 'personId', B: 'otherEmail', 'B name': 'otherName', 'B zip': 'otherZip', Strength: 'strength', Context: 'context', Since: 'since', 'Last contact': 'lastContact' };

  it('ties: matched by email, id or name + zip; unknown people, bad values and self-ties skipped with the reason; idempotent', async () => {
    const c = await cast();
    const file = [
      'A,A id,B,B name,B zip,Strength,Context,Since,Last contact',
      `ana@example.org,,bo@example.org,,,3,neighbors,2020-05-01,2024-01-10`,
      `,${c.dee.id},,Cy Diaz,60616,,"same church, ""St. Ann""",,`,
      `bo@example.org,,nobody@example.org,,,2,,,`,
      `ana@example.org,,,Nobody Known,60614,2,,,`,
      `ana@example.org,,ana@example.org,,,2,,,`,
      `ana@example.org,,dee@example.org,,,9,,,`,
      `ana@example.org,,dee@example.org,,,2,,15/03/2020,`,
      `ana@example.org,,dee@example.org,,,2,,,yesterday`,
      `BO@example.org,,ANA@example.org,,,,,,2024-03-01`,
      `,,dee@example.org,,,2,,,`,
    ].join('\n');
    const start = (dryRun: boolean) => bulkPath.start(c.leader, file, { kind: 'ties', dryRun, mapping: TIE_MAPPING });

    const dry = await (await start(true)).done;
    expect(dry).toMatchObject({ status: 'done', total: 10, created: 2, updated: 1, unchanged: 0, skipped: 7 });
    expect(dry.rows.map((r) => [r.line, r.action])).toEqual([[2, 'create'], [3, 'create'], [4, 'skip'], [5, 'skip'], [6, 'skip'], [7, 'skip'], [8, 'skip'], [9, 'skip'], [10, 'update'], [11, 'skip']]);
    const why = Object.fromEntries(dry.problems.map((p) => [p.line, p.problems]));
    expect(why[4]).toEqual([{ field: 'otherEmail', message: 'No person with email nobody@example.org in your regions.' }]);
    expect(why[5]).toEqual([{ field: 'otherName', message: 'No person named Nobody Known at ZIP 60614 in your regions.' }]);
    expect(why[6]).toEqual([{ field: 'otherPersonId', message: 'A person cannot have a tie to themselves.' }]);
    expect(why[7]).toEqual([{ field: 'strength', message: 'Strength is from 1 (acquaintance) to 5 (close).' }]);
    expect(why[8]).toEqual([{ field: 'since', message: 'Enter a date as YYYY-MM-DD, like 2024-03-15.' }]);
    expect(why[9]).toEqual([{ field: 'lastContact', message: 'Enter a date as YYYY-MM-DD, like 2024-03-15.' }]);
    expect(why[11]).toEqual([{ field: 'personEmail', message: "Give the first person's email, record id or name." }]);
    expect(await s.ties.knowsOf(c.leader, c.ana.id)).toEqual([]);

    const run = await (await start(false)).done;
    expect(run).toMatchObject({ status: 'done', created: 2, updated: 1, skipped: 7 });
    const ofAna = await s.ties.knowsOf(c.leader, c.ana.id);
    expect(ofAna.map((t) => [t.person.name, t.strengthSetByHand, t.context, t.since, t.lastContact])).toEqual([['Bo Chen', 3, 'neighbors', '2020-05-01', '2024-03-01']]);
    expect((await s.ties.knowsOf(c.leader, c.cy.id)).map((t) => [t.person.name, t.strengthSetByHand, t.context])).toEqual([['Dee Park', null, 'same church, "St. Ann"']]);
    // Only the Cy Diaz of the leader's region was matched by name and zip.
    expect(await s.ties.knowsOf(admin(), c.cy2.id)).toEqual([]);
    expect((await store().read(tieImportId, { a: c.ana.id, b: c.bo.id }))[0].importId).toBe(run.id);
    // The reach index knows the new ties.
    expect(s.reachIndex.paths([c.ana.id], c.bo.id, 1, 2, today())[0]?.ids).toEqual([c.ana.id, c.bo.id]);
    // Both people's history shows the import.
    expect((await s.history.of('Person', c.dee.id))[0]).toMatchObject({ action: 'imported', summary: expect.stringMatching(/^Ties imported from upload: 2 created/) });

    const again = await (await start(false)).done;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, skipped: 7 });
    expect((await s.ties.knowsOf(c.leader, c.ana.id))).toHaveLength(1);
  });

  it('ties: a context of several lines (not for COPY) is written with the others, each tie stored from the smaller id', async () => {
    const c = await cast();
    const file = [
      'A,B,Strength,Context',
      'bo@example.org,ana@example.org,2,"met at the\nblock party"',
      'dee@example.org,bo@example.org,4,coworkers',
      'ana@example.org,dee@example.org,,',
    ].join('\n');
    const run = await (await bulkPath.start(c.leader, file, { kind: 'ties', dryRun: false, mapping: JSON.stringify({ A: 'personEmail', B: 'otherEmail', Strength: 'strength', Context: 'context' }) })).done;
    expect(run).toMatchObject({ status: 'done', created: 3, skipped: 0 });
    const of = async (id: string) => (await s.ties.knowsOf(c.leader, id)).map((t) => [t.person.name, t.strengthSetByHand, t.context]).sort();
    expect(await of(c.bo.id)).toEqual([['Ana Ruiz', 2, 'met at the\nblock party'], ['Dee Park', 4, 'coworkers']]);
    expect(await of(c.ana.id)).toEqual([['Bo Chen', 2, 'met at the\nblock party'], ['Dee Park', null, null]]);
    const directions = await store().read(tieDirections, { ids: [c.ana.id, c.bo.id, c.dee.id] });
    expect(directions.length).toBe(3);
    for (const d of directions) {
      expect(String(d.a) < String(d.b)).toBe(true);
      // Set by the COPY from its parameters, the same on every tie of the job (and on the one written in a batch).
      expect(d).toMatchObject({ importId: run.id, createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    }
    expect(new Set(directions.map((d) => d.createdAt)).size).toBe(1);
  });

  it('ties: an existing tie is updated (either direction, empty cells keep values, last contact only moves later), with history', async () => {
    const c = await cast();
    await s.ties.setKnows(admin(), { personId: c.bo.id, otherPersonId: c.ana.id, strength: 2, context: 'school', since: '2019-01-01' });
    const file = `A,B,Strength,Context,Last contact\nana@example.org,bo@example.org,4,,2024-02-01\nbo@example.org,ana@example.org,,,2023-01-01\n`;
    const mapping = { A: 'personEmail', B: 'otherEmail', Strength: 'strength', Context: 'context', 'Last contact': 'lastContact' };
    const run = await (await bulkPath.start(c.leader, file, { kind: 'ties', dryRun: false, mapping })).done;
    expect(run).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const [tie] = await s.ties.knowsOf(c.leader, c.ana.id);
    expect(tie).toMatchObject({ strengthSetByHand: 4, context: 'school', since: '2019-01-01', lastContact: '2024-02-01' });
    const [entry] = await s.history.of('Person', c.bo.id);
    expect(entry).toMatchObject({ action: 'tie set', summary: 'Import changed the tie: strength, lastContact', changes: [{ field: 'strength', from: '2', to: '4' }, { field: 'lastContact', from: null, to: '2024-02-01' }] });
    // The tie was not created by the import: it carries no job id.
    expect((await store().read(tieImportId, { a: c.ana.id, b: c.bo.id }))[0].importId ?? null).toBeNull();
    expect(await (await bulkPath.start(c.leader, file, { kind: 'ties', dryRun: false, mapping })).done).toMatchObject({ updated: 0, unchanged: 2 });
  });

  it('ties: two people of the same name and zip in the importer’s regions are not guessed between', async () => {
    const [r1, r2] = await twoRegions(s);
    const staff = viewer(Role.STAFF, [r1, r2]);
    for (const r of [r1, r2]) await s.people.create(admin(), personInput(r, { name: 'Sam Lee', zip: '60614' }));
    const ana = await s.people.create(admin(), personInput(r1, { name: 'Ana', emails: ['ana-sam@example.org'] }));
    const file = 'A,B,B zip,Region\nana-sam@example.org,Sam Lee,60614,\n';
    const mapping = { A: 'personEmail', B: 'otherName', 'B zip': 'otherZip', Region: 'region' };
    const run = await (await bulkPath.start(staff, file, { kind: 'ties', dryRun: false, mapping })).done;
    expect(run.problems[0].problems).toEqual([{ field: 'otherName', message: 'Several people in your regions are named Sam Lee at ZIP 60614: give an email or record id.' }]);
    // With the region, the rule is the people rule (name + zip + region).
    const withRegion = await (await bulkPath.start(staff, file.replace(',60614,\n', `,60614,${r1}\n`), { kind: 'ties', dryRun: false, mapping })).done;
    expect(withRegion).toMatchObject({ created: 1, skipped: 0 });
    expect((await s.ties.knowsOf(staff, ana.id)).map((t) => t.person.name)).toEqual(['Sam Lee']);
  });

  it('a file on disk is streamed, and the mapping needs both ends', async () => {
    const c = await cast();
    const dir = mkdtempSync(join(tmpdir(), 'cg-bulk-'));
    try {
      const path = join(dir, 'ties.csv');
      writeFileSync(path, 'Email 1,Email 2\nana@example.org,dee@example.org\n');
      const job = await (await bulkPath.startFile(c.leader, path, { kind: 'ties', dryRun: false })).done;
      expect(job).toMatchObject({ status: 'done', created: 1, file: 'ties.csv', step: 'done' });
      expect((job as BulkImportJob).phases.write).toBeGreaterThan(0);
      await expect(bulkPath.start(c.leader, 'Email 1,Strength\na@x.org,3\n', { kind: 'ties', dryRun: true })).rejects.toMatchObject({ fields: [{ field: 'mapping', message: expect.stringMatching(/otherEmail, otherId or otherName/) }] });
      await expect(bulkPath.start(viewer(Role.CONNECTOR, [c.r1]), 'Email 1,Email 2\n', { kind: 'ties', dryRun: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('values the engine’s COPY would not give back exactly go in batches, and come back intact', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const file = 'Name,Email,Tags\nQuote Tag,qt@example.org,"it\'s [x]"\nPlain Tag,pt@example.org,plain\n';
    expect(await (await bulkPath.start(leader, file, { kind: 'people', dryRun: false, defaultRegion: r1 })).done).toMatchObject({ status: 'done', created: 2 });
    const list = (await s.people.list(leader, peopleArgs({ regionId: r1 }))).nodes;
    expect(list.map((p) => [p.name, p.tags]).sort()).toEqual([['Plain Tag', ['plain']], ['Quote Tag', ["it's [x]"]]]);
    const ties = 'A,B,Context\nqt@example.org,pt@example.org,"met at the\nfair"\n';
    const job = await (await bulkPath.start(leader, ties, { kind: 'ties', dryRun: false, mapping: { A: 'personEmail', B: 'otherEmail', Context: 'context' } })).done;
    expect(job).toMatchObject({ status: 'done', created: 1 });
    const [tie] = await s.ties.knowsOf(leader, list.find((p) => p.name === 'Quote Tag')!.id);
    expect(tie).toMatchObject({ context: 'met at the\nfair' });
    expect((await store().read(tieImportId, { a: list[0].id, b: list[1].id }))[0].importId).toBe(job.id);
  });

  it('large files take the bulk path by themselves', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const svc = new ImportService(store(), s.regions);
    svc.bulkThreshold = 3;
    const small = 'Name\nA\nB\nC\n';
    const large = 'Name\nA\nB\nC\nD\n';
    expect('path' in (await (await svc.start(leader, small, { kind: 'people', dryRun: true, defaultRegion: r1 })).done)).toBe(false);
    expect((await (await svc.start(leader, large, { kind: 'people', dryRun: true, defaultRegion: r1 })).done as BulkImportJob).path).toBe('bulk');
  });

  it('a bulk ties job of an earlier version (no before-images) is rolled back with what it created, and says the ties it updated stay', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const a = await s.people.create(leader, personInput(r1, { name: 'Old Job A', emails: ['oldjob.a@example.org'] }));
    const b = await s.people.create(leader, personInput(r1, { name: 'Old Job B', emails: ['oldjob.b@example.org'] }));
    const c = await s.people.create(leader, personInput(r1, { name: 'Old Job C', emails: ['oldjob.c@example.org'] }));
    await s.ties.setKnows(leader, { personId: a.id, otherPersonId: b.id, strength: 2 });
    const job = await (await bulkPath.start(leader, `A,B,Strength\noldjob.a@example.org,oldjob.b@example.org,5\noldjob.a@example.org,oldjob.c@example.org,3\n`, {
      kind: 'ties', dryRun: false, mapping: JSON.stringify({ A: 'personEmail', B: 'otherEmail', Strength: 'strength' }),
    })).done;
    expect(job).toMatchObject({ status: 'done', created: 1, updated: 1 });
    await store().write(dropJobUndo, { jobId: job.id });
    const rolled = await bulkPath.rollback(leader, job.id);
    expect(rolled.rollback).toMatchObject({ removed: 1, restored: 0, kept: [], notRestored: 1, note: expect.stringMatching(/earlier version, which kept no copy of the existing ties it updated \(1 row\): those stay as the import left them/) });
    expect((await s.ties.knowsOf(leader, a.id)).map((t) => [t.person.name, t.strengthSetByHand])).toEqual([['Old Job B', 5]]);
  });

  it('bulk jobs are stored like other jobs: listed, not resumable, rolled back by importId (updated records and ties restored)', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const existing = await s.people.create(leader, personInput(r1, { name: 'Kept Person', emails: ['kept@example.org'], zip: '60601', tags: ['founder'] }));
    const other = await s.people.create(leader, personInput(r1, { name: 'Other Person', emails: ['other@example.org'] }));
    await s.ties.setKnows(leader, { personId: existing.id, otherPersonId: other.id, strength: 2 });
    const peopleFile = `Name,Email,Zip\nMade Person,made@example.org,60614\nKept Person,kept@example.org,60615\n`;
    const pj = await (await bulkPath.start(leader, peopleFile, { kind: 'people', dryRun: false, defaultRegion: r1, fileName: 'people.csv' })).done;
    expect(pj).toMatchObject({ status: 'done', created: 1, updated: 1, path: 'bulk' });
    const made = (await s.people.list(leader, peopleArgs({ search: 'made person' }))).nodes[0];
    const tj = await (await bulkPath.start(leader, `A,B\nmade@example.org,kept@example.org\n`, {
      kind: 'ties', dryRun: false, mapping: JSON.stringify({ A: 'personEmail', B: 'otherEmail' }),
    })).done;
    expect(tj).toMatchObject({ status: 'done', created: 1 });
    // A second ties file updates a tie made by hand.
    const tj2 = await (await bulkPath.start(leader, `A,B,Strength\nkept@example.org,other@example.org,4\n`, {
      kind: 'ties', dryRun: false, mapping: JSON.stringify({ A: 'personEmail', B: 'otherEmail', Strength: 'strength' }),
    })).done;
    expect(tj2).toMatchObject({ status: 'done', created: 0, updated: 1 });
    // Stored: a fresh service (another process) lists and reads them.
    const fresh = new ImportService(store(), s.regions);
    const listed = await fresh.jobs(leader);
    expect(listed.filter((j) => j.id === pj.id || j.id === tj.id).map((j) => [j.kind, j.status, j.path, j.created])).toEqual([
      ['ties', 'done', 'bulk', 1], ['people', 'done', 'bulk', 1],
    ]);
    expect(await fresh.job(leader, pj.id)).toMatchObject({ fileName: 'people.csv', updated: 1, path: 'bulk' });
    await expect(fresh.start(leader, peopleFile, { kind: 'people', dryRun: false, resume: pj.id })).rejects.toThrow(/bulk import.*cannot be resumed/);
    // Newest first: the tie update (put back), the ties, then the people.
    const tr2 = await fresh.rollback(leader, tj2.id);
    expect(tr2.rollback).toEqual({ removed: 0, restored: 1, kept: [] });
    expect((await s.ties.knowsOf(leader, other.id)).map((t) => t.strengthSetByHand)).toEqual([2]);
    const tr = await fresh.rollback(leader, tj.id);
    expect(tr.rollback).toEqual({ removed: 1, restored: 0, kept: [] });
    expect(await store().read(tieImportId, { a: made.id, b: existing.id })).toEqual([]);
    const pr = await fresh.rollback(leader, pj.id);
    expect(pr.status).toBe('rolledBack');
    expect(pr.rollback).toEqual({ removed: 1, restored: 1, kept: [] });
    expect((await s.people.list(leader, peopleArgs({ search: 'made person' }))).nodes).toEqual([]);
    // The updated record is as it was before the import (a new version), and found by search as before.
    expect(await s.people.get(leader, existing.id)).toMatchObject({ name: 'Kept Person', zip: '60601', tags: ['founder'], emails: ['kept@example.org'], version: 3 });
    expect((await s.people.list(leader, peopleArgs({ search: 'kept person' }))).nodes.map((p) => p.id)).toEqual([existing.id]);
    expect((await s.people.list(leader, peopleArgs({ search: 'kept@example.org' }))).nodes.map((p) => p.id)).toEqual([existing.id]);
  });

  it('ties: a roll-back puts the ties it updated back as they were and removes the ones it created; history and the reach index follow', async () => {
    const c = await cast();
    await s.ties.setKnows(admin(), { personId: c.bo.id, otherPersonId: c.ana.id, strength: 2, context: 'school', since: '2019-01-01' });
    const linkBefore = s.reachIndex.linksAmong([c.ana.id, c.bo.id], today());
    expect(linkBefore).toHaveLength(1);
    const file = 'A,B,Strength,Context,Since,Last contact\nana@example.org,bo@example.org,4,work,2018-06-01,2024-02-01\nana@example.org,dee@example.org,3,,,\n';
    const mapping = { A: 'personEmail', B: 'otherEmail', Strength: 'strength', Context: 'context', Since: 'since', 'Last contact': 'lastContact' };
    const run = await (await bulkPath.start(c.leader, file, { kind: 'ties', dryRun: false, mapping, fileName: 'ties.csv' })).done;
    expect(run).toMatchObject({ status: 'done', created: 1, updated: 1 });
    const tieOf = async (id: string, other: string) => (await s.ties.knowsOf(c.leader, id)).filter((t) => t.person.id === other)
      .map((t) => ({ strength: t.strengthSetByHand, context: t.context, since: t.since, lastContact: t.lastContact }));
    expect(await tieOf(c.ana.id, c.bo.id)).toEqual([{ strength: 4, context: 'work', since: '2018-06-01', lastContact: '2024-02-01' }]);
    expect(s.reachIndex.linksAmong([c.ana.id, c.bo.id], today())).not.toEqual(linkBefore);
    // The before-image was written with the update: one, for the tie it changed (not the one it created).
    expect((await store().read(undoOf, { jobId: run.id })).map((u) => u.entityType)).toEqual(['KNOWS']);

    const rolled = await bulkPath.rollback(c.leader, run.id);
    expect(rolled).toMatchObject({ status: 'rolledBack', rollback: { removed: 1, restored: 1, kept: [] } });
    expect(await tieOf(c.ana.id, c.bo.id)).toEqual([{ strength: 2, context: 'school', since: '2019-01-01', lastContact: null }]);
    expect(await tieOf(c.ana.id, c.dee.id)).toEqual([]);
    expect(await store().read(undoOf, { jobId: run.id })).toEqual([]);
    expect(s.reachIndex.linksAmong([c.ana.id, c.bo.id], today())).toEqual(linkBefore);
    expect(s.reachIndex.linksAmong([c.ana.id, c.dee.id], today())).toEqual([]);
    // Both people's history says it was put back, and what moved.
    for (const id of [c.ana.id, c.bo.id]) {
      expect((await s.history.of('Person', id))[0]).toMatchObject({
        action: 'tie set', summary: 'Import rolled back: the tie as before the import (strength, context, since, lastContact)',
        changes: [{ field: 'strength', from: '4', to: '2' }, { field: 'context', from: 'work', to: 'school' }, { field: 'since', from: '2018-06-01', to: '2019-01-01' }, { field: 'lastContact', from: '2024-02-01', to: null }],
      });
    }
  });

  it('ties: a tie changed or deleted since the import refuses the roll-back, naming it; rolling back the rest keeps it as it is', async () => {
    const c = await cast();
    await s.ties.setKnows(admin(), { personId: c.ana.id, otherPersonId: c.bo.id, strength: 2 });
    await s.ties.setKnows(admin(), { personId: c.ana.id, otherPersonId: c.dee.id, strength: 3, context: 'church' });
    await s.ties.setKnows(admin(), { personId: c.bo.id, otherPersonId: c.dee.id, strength: 1 });
    const file = 'A,B,Strength\nana@example.org,bo@example.org,4\nana@example.org,dee@example.org,5\nbo@example.org,dee@example.org,3\n';
    const mapping = { A: 'personEmail', B: 'otherEmail', Strength: 'strength' };
    const run = await (await bulkPath.start(c.leader, file, { kind: 'ties', dryRun: false, mapping })).done;
    expect(run).toMatchObject({ status: 'done', created: 0, updated: 3, skipped: 0 });
    // Since: Ana–Bo set by hand again, Ana–Dee removed; Bo–Dee as the import left it.
    await s.ties.setKnows(admin(), { personId: c.ana.id, otherPersonId: c.bo.id, strength: 1, context: 'met again' });
    await s.ties.removeKnows(admin(), c.ana.id, c.dee.id);
    const pair = (x: { id: string; name: string }, y: { id: string; name: string }) => (x.id < y.id ? `${x.name} – ${y.name}` : `${y.name} – ${x.name}`);

    const refused = await bulkPath.rollback(c.leader, run.id).catch((e: unknown) => e as AppError);
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^2 records were changed since this import: .*Nothing was rolled back/) });
    expect((refused as AppError).message).toContain(`${pair(c.ana, c.bo)} (tie)`);
    expect((refused as AppError).message).toContain(`${pair(c.ana, c.dee)} (tie)`);
    expect(((refused as AppError).extra.edited as Array<{ type: string; name: string }>).map((e) => [e.type, e.name]).sort()).toEqual([['tie', pair(c.ana, c.bo)], ['tie', pair(c.ana, c.dee)]].sort());
    // Nothing was rolled back.
    const strengths = async () => Object.fromEntries((await s.ties.knowsOf(c.leader, c.dee.id)).map((t) => [t.person.name, t.strengthSetByHand]));
    expect(await strengths()).toEqual({ 'Bo Chen': 3 });

    const rolled = await bulkPath.rollback(c.leader, run.id, true);
    expect(rolled.rollback).toMatchObject({ removed: 0, restored: 1 });
    expect(rolled.rollback!.kept.map((k) => k.type)).toEqual(['tie', 'tie']);
    // The tie nobody touched is as before; the edited one keeps the edit; the deleted one is not made again.
    expect(await strengths()).toEqual({ 'Bo Chen': 1 });
    expect((await s.ties.knowsOf(c.leader, c.ana.id)).map((t) => [t.person.name, t.strengthSetByHand, t.context])).toEqual([['Bo Chen', 1, 'met again']]);
  });

  it('interactions and attendance never take the bulk path', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const j = await (await bulkPath.start(leader, 'Date,Participants\n2024-01-02,nobody@example.org\n', { kind: 'interactions', dryRun: true })).done;
    expect(j.path).toBeUndefined();
    expect(j).toMatchObject({ status: 'done', total: 1 });
  });

  it('a bulk job found running at start is interrupted, and says to import the file again rather than resume', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const j = await (await bulkPath.start(leader, 'Name\nCut Short\n', { kind: 'people', dryRun: false, defaultRegion: r1 })).done;
    await store().write(markRunning, { id: j.id });
    const fresh = new ImportService(store(), s.regions);
    await fresh.recover();
    const stored = await fresh.job(leader, j.id);
    expect(stored).toMatchObject({ status: 'interrupted', path: 'bulk', error: expect.stringMatching(/bulk import was interrupted.*import the file again/) });
  });
});

import { Role } from '../../src/common/viewer.js';
import { parseCsv } from '../../src/modules/import/csv.js';
import { ImportService } from '../../src/modules/import/import.service.js';
import { suggestMapping } from '../../src/modules/import/mapping.js';
import { describeEachEngine } from './engines.js';
import { admin, peopleArgs, services, twoRegions, viewer, type Services } from '../factories/index.js';

describe('CSV parsing', () => {
  it('reads quoted fields, embedded newlines, CRLF, a BOM and semicolons', () => {
    const csv = parseCsv('\uFEFFName,Notes,Email\r\n"Ana ""Ani"" Ruiz","line one\r\nline two",ana@example.org\r\n\r\nBo,,\r\n');
    expect(csv.headers).toEqual(['Name', 'Notes', 'Email']);
    expect(csv.rows).toEqual([
      { line: 2, cells: ['Ana "Ani" Ruiz', 'line one\r\nline two', 'ana@example.org'] },
      { line: 4, cells: ['Bo', '', ''] },
    ]);
    expect(parseCsv('name;zip\nAna;60614').rows[0].cells).toEqual(['Ana', '60614']);
    expect(() => parseCsv('name,notes\n"unclosed,x')).toThrow(/not valid CSV/);
  });

  it('suggests fields from header names', () => {
    expect(suggestMapping('people', ['Full Name', 'E-mail', 'Mobile', 'ZIP Code', 'Tags', 'Whatever'])).toEqual({
      'Full Name': 'name', 'E-mail': 'emails', Mobile: 'phones', 'ZIP Code': 'zip', Tags: 'tags', Whatever: '',
    });
    expect(suggestMapping('organizations', ['Organization', 'Type', 'Issue Areas', 'Led by', 'Website'])).toEqual({
      Organization: 'name', Type: 'type', 'Issue Areas': 'issueAreas', 'Led by': 'ledBy', Website: 'website',
    });
  });
});

describeEachEngine('import', (store) => {
  let s: Services;
  let imports: ImportService;
  beforeAll(() => {
    s = services(store());
    imports = new ImportService(store(), s.regions);
    imports.batchSize = 2;
  });

  const people = (regionA: string, regionB: string) => [
    'Name,Email,Phone,Zip,Region,Kinds,Tags,Notes',
    `Ana Ruiz,ana@example.org; ana.r@example.org,(555) 123-4567,60614,${regionA},member,"housing, tenants","met at ""the"" fair"`,
    `Bo Chen,bo@example.org,,60615,${regionA},Leader,,`,
    `Bad Email,not-an-email,,60616,${regionA},,,`,
    `Out Of Scope,oos@example.org,,60617,${regionB},,,`,
    `No Email Person,,,60618,${regionA},ally,,`,
    `Ana Ruiz,ANA@example.org,555 999 0000,,${regionA},,volunteer,`,
  ].join('\r\n');

  it('dry run: reports row by row and writes nothing; the run creates, skips bad rows with reasons, and is idempotent', async () => {
    const [r1, r2] = await twoRegions(s);
    const regionName = (await s.regions.byId(r1))!.name;
    const leader = viewer(Role.LEADER, [r1]);
    const file = people(regionName, r2);

    const { done: dry } = await imports.start(leader, file, { kind: 'people', dryRun: true });
    const report = await dry;
    expect(report).toMatchObject({ status: 'done', total: 6, processed: 6, created: 3, updated: 1, unchanged: 0, skipped: 2 });
    expect(report.rows.map((r) => [r.line, r.action])).toEqual([[2, 'create'], [3, 'create'], [4, 'skip'], [5, 'skip'], [6, 'create'], [7, 'update']]);
    expect(report.rows[2].problems).toEqual([{ field: 'emails', message: 'Enter a valid email address, like name@example.org.' }]);
    expect(report.rows[3].problems[0]).toMatchObject({ field: 'region', message: expect.stringMatching(/is not one of your regions/) });
    expect((await s.people.list(leader, peopleArgs())).totalCount).toBe(0);

    const { job, done } = await imports.start(leader, file, { kind: 'people', dryRun: false });
    expect(job.status).toBe('running');
    const run = await done;
    expect(run).toMatchObject({ status: 'done', processed: 6, created: 3, updated: 1, skipped: 2 });
    expect(run.problems.map((p) => p.line)).toEqual([4, 5]);
    const list = (await s.people.list(leader, peopleArgs())).nodes;
    expect(list.map((p) => p.name).sort()).toEqual(['No Email Person', 'Bo Chen', 'Ana Ruiz'].sort());
    const ana = list.find((p) => p.name === 'Ana Ruiz')!;
    expect(ana).toMatchObject({ emails: ['ana@example.org', 'ana.r@example.org'], phones: ['(555) 123-4567', '555 999 0000'], zip: '60614', kinds: ['MEMBER'], tags: ['housing', 'tenants', 'volunteer'], notes: 'met at "the" fair' });
    expect((await s.people.get(leader, list.find((p) => p.name === 'Bo Chen')!.id)).kinds).toEqual(['LEADER']);
    const history = await s.history.of('Person', ana.id);
    expect(JSON.stringify(history)).toMatch(/Imported/);

    // The same file again creates nothing new.
    const again = await (await imports.start(leader, file, { kind: 'people', dryRun: false })).done;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4, skipped: 2 });
    expect((await s.people.list(leader, peopleArgs())).totalCount).toBe(3);

    // A changed row updates the record it matches (by email), keeping what the file leaves empty.
    const changed = `Email,Name,Zip\nbo@example.org,Bo Chen,60640\n`;
    const upd = await (await imports.start(leader, changed, { kind: 'people', dryRun: false, defaultRegion: r1, mapping: { Email: 'emails', Name: 'name', Zip: 'zip' } })).done;
    expect(upd).toMatchObject({ created: 0, updated: 1 });
    const bo = (await s.people.list(leader, peopleArgs({ search: 'bo chen' }))).nodes[0];
    expect(bo).toMatchObject({ zip: '60640', kinds: ['LEADER'], version: 2 });

    // The mapping is remembered for this account.
    expect((await imports.preview(leader, 'people', changed))).toMatchObject({ remembered: true, mapping: { Email: 'emails', Name: 'name', Zip: 'zip' } });
  });

  it('organizations: matched on name and region; type defaults to partner; led-by and type words understood', async () => {
    const [r1, r2] = await twoRegions(s);
    const staff = viewer(Role.STAFF, [r1, r2]);
    const file = [
      'Organization,Type,Issue areas,Led by,Zip,Region,Website',
      `Tenants United,affiliate group,housing; transit,POC-led; queer- and trans-led,60614,${r1},tenants.example.org`,
      `Tenants United,,,,,${r2},`,
      `Faith Table,church,,,,${r1},`,
      `tenants united,partner,,,,${r1},`,
    ].join('\n');
    const run = await (await imports.start(staff, file, { kind: 'organizations', dryRun: false })).done;
    expect(run).toMatchObject({ created: 2, updated: 1, skipped: 1 });
    expect(run.problems[0]).toMatchObject({ line: 4, problems: [{ field: 'type', message: 'Choose a type: partner, affiliate group or institution.' }] });
    const orgs = (await s.organizations.list(staff, { first: 25, regionId: r1 } as never)).nodes;
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ type: 'PARTNER', issueAreas: ['housing', 'transit'], ledBy: ['POC_LED', 'QUEER_TRANS_LED'], website: 'https://tenants.example.org' });
    // The same file again creates nothing new (its two rows about the same organization apply again, in order).
    const again = await (await imports.start(staff, file, { kind: 'organizations', dryRun: false })).done;
    expect(again).toMatchObject({ created: 0, unchanged: 1, skipped: 1 });
    expect((await s.organizations.list(staff, { first: 25 } as never)).totalCount).toBe(2);
    const consistent = [file.split('\n')[0], file.split('\n')[4].replace('tenants united', 'Tenants United')].join('\n');
    expect(await (await imports.start(staff, consistent, { kind: 'organizations', dryRun: false })).done).toMatchObject({ created: 0, updated: 1 });
    expect(await (await imports.start(staff, consistent, { kind: 'organizations', dryRun: false })).done).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('refuses connectors, unknown mappings and a default region outside the viewer’s', async () => {
    const [r1, r2] = await twoRegions(s);
    await expect(imports.start(viewer(Role.CONNECTOR, [r1]), 'name\nA', { kind: 'people', dryRun: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const leader = viewer(Role.LEADER, [r1]);
    await expect(imports.start(leader, 'name\nA', { kind: 'people', dryRun: true, mapping: { name: 'shoeSize' } })).rejects.toMatchObject({ fields: [{ field: 'mapping' }] });
    await expect(imports.start(leader, 'name\nA', { kind: 'people', dryRun: true, mapping: '{"zip":"zip"}' })).rejects.toMatchObject({ fields: [{ field: 'mapping' }] });
    await expect(imports.start(leader, 'name\nA', { kind: 'people', dryRun: true, defaultRegion: r2 })).rejects.toMatchObject({ fields: [{ field: 'defaultRegion', message: 'Choose one of your regions.' }] });
    const noRegion = await (await imports.start(admin(), 'name\nA', { kind: 'people', dryRun: true })).done;
    expect(noRegion.rows[0].problems[0].field).toBe('region');
  });
});

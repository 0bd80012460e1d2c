import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { cypher } from '../../src/graph/query.js';
import { FieldDefinitionInput, FieldEntity, FieldType, type FieldDefinition } from '../../src/modules/custom-fields/custom-field.model.js';
import { ExportRepository } from '../../src/modules/export/export.repository.js';
import { ExportService } from '../../src/modules/export/export.service.js';
import type { BulkImportJob } from '../../src/modules/import/bulk-import.js';
import { ImportService, type ImportJob } from '../../src/modules/import/import.service.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, peopleArgs, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

/** Takes a person's street address and custom values away behind the app's back (a new version, as an edit would leave). */
const clearStreet = cypher('test.importFields.clearStreet', 'write',
  `MATCH (p:Person {id: $id}) SET p.addressLine = null, p.city = null, p.state = null, p.customFields = null, p.customFieldTerms = [], p.version = p.version + 1`);
const key = (base: string) => `${base}_${randomUUID().slice(0, 6)}`;

/**
 * Street address and custom fields in CSV import, on both paths: the rows path (small files) and the bulk path
 * (large files, forced here with a threshold of 0) must report and write the same, and a roll-back of either
 * puts the records back.
 */
describeEachEngine('import of street addresses and custom fields', (store) => {
  let s: Services;
  let rowsPath: ImportService;
  let bulkPath: ImportService;
  let fields: { size: FieldDefinition; dues: FieldDefinition; joined: FieldDefinition; langs: FieldDefinition; bio: FieldDefinition };
  beforeAll(async () => {
    s = services(store());
    rowsPath = new ImportService(store(), s.regions);
    rowsPath.bulkThreshold = 1e9;
    bulkPath = new ImportService(store(), s.regions);
    bulkPath.bulkThreshold = 0;
    const define = (input: Partial<FieldDefinitionInput>) => s.customFields.define(admin(), plainToInstance(FieldDefinitionInput, { entity: FieldEntity.PERSON, ...input }));
    fields = {
      size: await define({ key: key('size'), label: 'Shirt size', type: FieldType.ONE_CHOICE, choices: ['S', 'M', 'L'] }),
      dues: await define({ key: key('dues'), label: 'Dues paid', type: FieldType.NUMBER }),
      joined: await define({ key: key('joined'), label: 'Member since', type: FieldType.DATE }),
      langs: await define({ key: key('langs'), label: 'Languages', type: FieldType.SEVERAL_CHOICES, choices: ['English', 'Spanish'] }),
      bio: await define({ key: key('bio'), label: 'Bio', type: FieldType.TEXT }),
    };
  });

  const mappingOf = () => JSON.stringify({
    Name: 'name', Email: 'emails', Street: 'addressLine', City: 'city', State: 'state', Zip: 'zip', Region: 'region',
    Size: `custom:${fields.size.key}`, Dues: `custom:${fields.dues.key}`, Joined: `custom:${fields.joined.key}`,
    Languages: `custom:${fields.langs.key}`, Bio: `custom:${fields.bio.key}`,
  });
  const file = (region: string, tag: string) => [
    'Name,Email,Street,City,State,Zip,Region,Size,Dues,Joined,Languages,Bio',
    `Ana Ruiz,ana.${tag}@example.org,12 Main St,Chicago,IL,60614,${region},m,"1,250",2026-03-01,English; spanish,"Tenant leader, ""Pilsen"""`,
    `Bad Number,num.${tag}@example.org,,,,60615,${region},,twelve,,,`,
    `Bad Date,date.${tag}@example.org,,,,60615,${region},,,2026-02-30,,`,
    `Bad Choice,choice.${tag}@example.org,,,,60615,${region},XXL,,,French,`,
    `Long City,city.${tag}@example.org,,${'x'.repeat(101)},,60615,${region},,,,,`,
    // The existing person: the city and the dues change, the rest of the address and the other values stay.
    `Kept Person,kept.${tag}@example.org,,Evanston,,,${region},,40,,,`,
    `Plain Person,plain.${tag}@example.org,,,,60616,${region},,,,,`,
  ].join('\r\n');

  const summary = (j: ImportJob) => ({
    status: j.status, created: j.created, updated: j.updated, unchanged: j.unchanged, skipped: j.skipped,
    problems: j.problems.map((r) => [r.line, r.name, r.problems]),
  });
  const records = async (v: ReturnType<typeof viewer>, region: string) =>
    (await s.people.list(v, peopleArgs({ regionId: region }))).nodes
      .map((p) => ({ name: p.name, address: p.address, custom: p.customFieldsJson ? JSON.parse(p.customFieldsJson) as unknown : null }))
      .sort((a, b) => a.name.localeCompare(b.name));
  const keptPerson = (region: string, tag: string) => personInput(region, {
    name: 'Kept Person', emails: [`kept.${tag}@example.org`], zip: '60601', address: { line: '5 Elm Ave', city: 'Chicago', state: 'IL' },
    customFields: [{ key: fields.size.key, value: 'S' }, { key: fields.dues.key, value: '10' }],
  });

  it('both paths check values like the forms (row, column, problem; nothing of a bad row written) and write the same records', async () => {
    const [a1] = await twoRegions(s);
    const [a2] = await twoRegions(s);
    const name1 = (await s.regions.byId(a1))!.name;
    const name2 = (await s.regions.byId(a2))!.name;
    const leader1 = viewer(Role.LEADER, [a1]);
    const leader2 = viewer(Role.LEADER, [a2]);
    await s.people.create(leader1, keptPerson(a1, 'one'));
    await s.people.create(leader2, keptPerson(a2, 'two'));
    const viaRows = await (await rowsPath.start(leader1, file(name1, 'one'), { kind: 'people', dryRun: false, mapping: mappingOf() })).done;
    const viaBulk = await (await bulkPath.start(leader2, file(name2, 'two'), { kind: 'people', dryRun: false, mapping: mappingOf() })).done;
    expect((viaBulk as BulkImportJob).path).toBe('bulk');
    expect(summary(viaBulk)).toEqual(summary(viaRows));
    expect(summary(viaBulk)).toMatchObject({ status: 'done', created: 2, updated: 1, skipped: 4 });
    const problems = Object.fromEntries(viaBulk.problems.map((r) => [r.line, r.problems]));
    expect(problems[3]).toEqual([{ field: `customFields.${fields.dues.key}`, message: 'Dues paid must be a number, like 12 or 3.5 (not “twelve”).' }]);
    expect(problems[4]).toEqual([{ field: `customFields.${fields.joined.key}`, message: 'Member since must be a date as YYYY-MM-DD, like 2026-03-31 (not “2026-02-30”).' }]);
    expect(problems[5]).toEqual([
      { field: `customFields.${fields.size.key}`, message: 'Shirt size: “XXL” is not one of the choices (S, M, L).' },
      { field: `customFields.${fields.langs.key}`, message: 'Languages: “French” is not one of the choices (English, Spanish).' },
    ]);
    expect(problems[6]).toEqual([{ field: 'city', message: 'A city can be at most 100 characters.' }]);

    const written = await records(leader2, a2);
    expect(written.map((p) => ({ ...p, name: p.name }))).toEqual((await records(leader1, a1)));
    expect(written.map((p) => p.name)).toEqual(['Ana Ruiz', 'Kept Person', 'Plain Person']);
    expect(written[0]).toEqual({
      name: 'Ana Ruiz', address: { line: '12 Main St', city: 'Chicago', state: 'IL', zip: '60614' },
      custom: { [fields.size.key]: 'M', [fields.dues.key]: 1250, [fields.joined.key]: '2026-03-01', [fields.langs.key]: ['English', 'Spanish'], [fields.bio.key]: 'Tenant leader, "Pilsen"' },
    });
    expect(written[1]).toEqual({ name: 'Kept Person', address: { line: '5 Elm Ave', city: 'Evanston', state: 'IL', zip: '60601' }, custom: { [fields.size.key]: 'S', [fields.dues.key]: 40 } });
    expect(written[2]).toEqual({ name: 'Plain Person', address: null, custom: null });
    // Lists find the imported values (the filter terms were written with them).
    expect((await s.people.list(leader2, peopleArgs({ regionId: a2, customFields: [{ key: fields.langs.key, value: 'spanish' }] }))).nodes.map((p) => p.name)).toEqual(['Ana Ruiz']);

    // The same file again: nothing new, nothing changed, on either path.
    const again = await (await bulkPath.start(leader2, file(name2, 'two'), { kind: 'people', dryRun: false, mapping: mappingOf() })).done;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, skipped: 4 });

    // Rolled back: the created people are gone, the updated one has its address and values as before.
    const rolled = await bulkPath.rollback(leader2, viaBulk.id);
    expect(rolled.rollback).toEqual({ removed: 2, restored: 1, kept: [] });
    expect(await records(leader2, a2)).toEqual([
      { name: 'Kept Person', address: { line: '5 Elm Ave', city: 'Chicago', state: 'IL', zip: '60601' }, custom: { [fields.size.key]: 'S', [fields.dues.key]: 10 } },
    ]);
    expect((await s.people.list(leader2, peopleArgs({ regionId: a2, customFields: [{ key: fields.dues.key, value: '10' }] }))).nodes.map((p) => p.name)).toEqual(['Kept Person']);
  });

  it('the bulk path suggests the address and custom field columns, and writes organizations’ too', async () => {
    const [r1] = await twoRegions(s);
    const staff = viewer(Role.STAFF, [r1]);
    const local = await s.customFields.define(admin(), plainToInstance(FieldDefinitionInput, {
      entity: FieldEntity.ORGANIZATION, key: key('local'), label: `Local number ${randomUUID().slice(0, 4)}`, type: FieldType.NUMBER, regionId: r1,
    }));
    const existing = await s.organizations.create(staff, organizationInput(r1, { name: 'Old Union', address: { line: '1 Hall Rd', city: 'Gary', state: 'IN' } }));
    const text = [`Organization,Address,City,State,Zip,${local.label}`, `New Union,9 Dock St,Chicago,IL,60601,73`, `Old Union,,Hammond,,,12`, `Bad Union,,,,,seven`].join('\n');
    // The mapping step names the region's field with its region; someone outside that region is not offered it.
    const preview = await bulkPath.preview(staff, 'organizations', text);
    expect(preview.customFields).toContainEqual({ field: `custom:${local.key}`, label: local.label, region: (await s.regions.byId(r1))!.name });
    expect((await bulkPath.preview(viewer(Role.STAFF, [(await twoRegions(s))[0]]), 'organizations', text)).fields).not.toContain(`custom:${local.key}`);
    const job = await (await bulkPath.start(staff, text, { kind: 'organizations', dryRun: false, defaultRegion: r1 })).done;
    expect(job).toMatchObject({ status: 'done', path: 'bulk', created: 1, updated: 1, skipped: 1, mapping: { Address: 'addressLine', City: 'city', State: 'state', [local.label]: `custom:${local.key}` } });
    expect(job.problems[0]).toMatchObject({ line: 4, problems: [{ field: `customFields.${local.key}`, message: `${local.label} must be a number, like 12 or 3.5 (not “seven”).` }] });
    const orgs = Object.fromEntries((await s.organizations.list(staff, { regionId: r1, first: 10 } as never)).nodes.map((o) => [o.name, o]));
    expect(orgs['New Union']).toMatchObject({ address: { line: '9 Dock St', city: 'Chicago', state: 'IL', zip: '60601' } });
    expect(JSON.parse(orgs['New Union'].customFieldsJson!)).toEqual({ [local.key]: 73 });
    expect(orgs['Old Union']).toMatchObject({ id: existing.id, address: { line: '1 Hall Rd', city: 'Hammond', state: 'IN' } });
    await bulkPath.rollback(staff, job.id);
    const after = await s.organizations.get(staff, existing.id);
    expect(after.address).toMatchObject({ line: '1 Hall Rd', city: 'Gary', state: 'IN' });
    expect(after.customFieldsJson ?? null).toBeNull();
  });

  it('an exported people file imports back: nothing new, and the address and custom values it carries are put back', async () => {
    const [r1] = await twoRegions(s);
    const adminOfR1 = viewer(Role.ADMIN, [r1]);
    const person = await s.people.create(adminOfR1, personInput(r1, {
      name: `Round Trip ${randomUUID().slice(0, 6)}`, emails: [`rt.${randomUUID().slice(0, 6)}@example.org`], zip: '60614',
      phones: ['312-555-0188'], notes: 'Met at the parish fair; prefers texts',
      address: { line: '5 Elm Ave', city: 'Chicago', state: 'IL' },
      customFields: [{ key: fields.size.key, value: 'L' }, { key: fields.dues.key, value: '12.5' }, { key: fields.joined.key, value: '2025-11-02' },
        { key: fields.langs.key, values: ['English', 'Spanish'] }, { key: fields.bio.key, value: 'Says "hi", often' }],
    }));
    const before = await s.people.get(adminOfR1, person.id);
    const exporter = new ExportService(new ExportRepository(store()), s.people, s.organizations, s.accountsRepo, s.customFields);
    let exported = '';
    for await (const chunk of exporter.csv(adminOfR1, 'people')) exported += chunk;

    for (const path of [rowsPath, bulkPath]) {
      const preview = await path.preview(adminOfR1, 'people', exported);
      expect(preview.mapping).toMatchObject({ address_line: 'addressLine', city: 'city', state: 'state', [`custom:${fields.size.key}`]: `custom:${fields.size.key}`, [`custom:${fields.langs.key}`]: `custom:${fields.langs.key}` });
      const same = await (await path.start(adminOfR1, exported, { kind: 'people', dryRun: false, mapping: JSON.stringify(preview.mapping) })).done;
      expect(same).toMatchObject({ status: 'done', created: 0, updated: 0, skipped: 0 });
      await store().write(clearStreet, { id: person.id });
      const restored = await (await path.start(adminOfR1, exported, { kind: 'people', dryRun: false, mapping: JSON.stringify(preview.mapping) })).done;
      expect(restored).toMatchObject({ status: 'done', created: 0, updated: 1, skipped: 0 });
      const after = await s.people.get(adminOfR1, person.id);
      expect(after.address).toEqual(before.address);
      expect(JSON.parse(after.customFieldsJson!)).toEqual(JSON.parse(before.customFieldsJson!));
    }
    // An export by someone who may not see contact details says "(hidden)" there: read back, what is stored stays.
    const hidden = `Name,Email,Phone,Notes,Street,City,State\n${person.name},${person.emails![0]},(hidden),(hidden),(hidden),(hidden),(hidden)\n`;
    const mapping = { Name: 'name', Email: 'emails', Phone: 'phones', Notes: 'notes', Street: 'addressLine', City: 'city', State: 'state' };
    for (const path of [rowsPath, bulkPath]) {
      const job = await (await path.start(adminOfR1, hidden, { kind: 'people', dryRun: false, defaultRegion: r1, mapping: JSON.stringify(mapping) })).done;
      expect(job).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 1 });
    }
    const after = await s.people.get(adminOfR1, person.id);
    expect(after).toMatchObject({ address: before.address, notes: 'Met at the parish fair; prefers texts', phones: before.phones, emails: before.emails });
  });
});

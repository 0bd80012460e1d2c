import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { cypher } from '../../src/graph/query.js';
import { AppError } from '../../src/common/app-error.js';
import { FieldDefinitionInput, FieldEntity, FieldType } from '../../src/modules/custom-fields/custom-field.model.js';
import { OrganizationsArgs } from '../../src/modules/organizations/dto/organization.input.js';
import { ExportRepository } from '../../src/modules/export/export.repository.js';
import { ExportService } from '../../src/modules/export/export.service.js';
import { ImportService } from '../../src/modules/import/import.service.js';
import { parseCsv } from '../../src/modules/import/csv.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, peopleArgs, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const clearTerms = cypher('test.customFields.clearTerms', 'write', `MATCH (p:Person {id: $id}) SET p.customFieldTerms = null, p.customFields = null`);
const key = (base: string) => `${base}_${randomUUID().slice(0, 6)}`;
const define = (s: Services, input: Partial<FieldDefinitionInput> & { key: string; type: FieldType }, who = admin()) =>
  s.customFields.define(who, plainToInstance(FieldDefinitionInput, { entity: FieldEntity.PERSON, label: input.key, ...input }));

/** The error's problems as field → message, so a test says which field was named. */
async function problems(p: Promise<unknown>): Promise<Record<string, string>> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof AppError)) throw new Error(`expected a refusal, got ${String(e)}`);
  return Object.fromEntries(e.fields.map((f) => [f.field, f.message]));
}

describeEachEngine('custom fields and addresses', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  it('an admin defines fields of every type; values are saved, read back and shown with their labels', async () => {
    const [r1] = await twoRegions(s);
    const size = key('shirt');
    const [shirt, boats, born, langs, bio] = [
      await define(s, { key: size, label: 'Shirt size', type: FieldType.ONE_CHOICE, choices: ['S', 'M', 'L'] }),
      await define(s, { key: key('boats'), label: 'Boats', type: FieldType.NUMBER }),
      await define(s, { key: key('joined'), label: 'Joined union', type: FieldType.DATE }),
      await define(s, { key: key('langs'), label: 'Languages', type: FieldType.SEVERAL_CHOICES, choices: ['English', 'Spanish', 'Tagalog'] }),
      await define(s, { key: key('bio'), label: 'Bio', type: FieldType.TEXT }),
    ];
    const me = viewer(Role.LEADER, [r1]);
    const p = await s.people.create(me, personInput(r1, {
      customFields: [
        { key: shirt.key, value: 'm' }, { key: boats.key, value: '2' }, { key: born.key, value: '2019-05-01' },
        { key: langs.key, values: ['spanish', 'English'] }, { key: bio.key, value: 'Steward at the port' },
      ],
    }));
    const values = await s.customFields.valuesOf(FieldEntity.PERSON, r1, (await s.people.get(me, p.id)).customFieldsJson);
    const byKey = Object.fromEntries(values.map((v) => [v.key, v]));
    expect(byKey[shirt.key]).toMatchObject({ label: 'Shirt size', value: 'M' });
    expect(byKey[boats.key]).toMatchObject({ value: '2' });
    expect(byKey[born.key]).toMatchObject({ value: '2019-05-01' });
    expect(byKey[langs.key]).toMatchObject({ value: null, values: ['Spanish', 'English'] });
    expect(byKey[bio.key]).toMatchObject({ value: 'Steward at the port' });

    // An update that leaves a field out keeps it; an empty value clears it.
    const updated = await s.people.update(me, p.id, p.version, personInput(r1, { name: p.name, customFields: [{ key: bio.key, value: '' }] }));
    const after = Object.fromEntries((await s.customFields.valuesOf(FieldEntity.PERSON, r1, updated.customFieldsJson)).map((v) => [v.key, v]));
    expect(after[bio.key].value).toBeNull();
    expect(after[shirt.key].value).toBe('M');
  });

  it('refuses values that do not fit the type, naming each field, and saves nothing', async () => {
    const [r1] = await twoRegions(s);
    const n = await define(s, { key: key('dues'), label: 'Dues paid', type: FieldType.NUMBER });
    const d = await define(s, { key: key('since'), label: 'Member since', type: FieldType.DATE });
    const c = await define(s, { key: key('shift'), label: 'Shift', type: FieldType.ONE_CHOICE, choices: ['Day', 'Night'] });
    const me = viewer(Role.LEADER, [r1]);
    const name = `Nobody ${randomUUID().slice(0, 6)}`;
    const found = await problems(s.people.create(me, personInput(r1, {
      name,
      customFields: [{ key: n.key, value: 'twelve' }, { key: d.key, value: '2026-02-30' }, { key: c.key, value: 'Swing' }, { key: 'no_such_field', value: 'x' }],
    })));
    expect(found[`customFields.${n.key}`]).toMatch(/Dues paid must be a number/);
    expect(found[`customFields.${d.key}`]).toMatch(/Member since must be a date as YYYY-MM-DD/);
    expect(found[`customFields.${c.key}`]).toMatch(/Shift: “Swing” is not one of the choices \(Day, Night\)/);
    expect(found['customFields.no_such_field']).toMatch(/no custom field/);
    expect((await s.people.list(me, peopleArgs({ search: name }))).totalCount).toBe(0);
  });

  it('a region’s field applies only to records of that region and only its admins and members see it', async () => {
    const [r1, r2] = await twoRegions(s);
    const local = await define(s, { key: key('parish'), label: 'Parish', type: FieldType.TEXT, regionId: r1 }, viewer(Role.ADMIN, [r1]));
    const inR2 = viewer(Role.LEADER, [r2]);
    expect((await s.customFields.list(inR2, FieldEntity.PERSON)).map((f) => f.key)).not.toContain(local.key);
    expect((await s.customFields.list(viewer(Role.LEADER, [r1]), FieldEntity.PERSON, r1)).map((f) => f.key)).toContain(local.key);
    const found = await problems(s.people.create(inR2, personInput(r2, { customFields: [{ key: local.key, value: 'St Anne' }] })));
    expect(found[`customFields.${local.key}`]).toMatch(/no custom field/);
    // Defining: admins only, a coalition-wide field needs an admin of all regions, another region's admin cannot touch it.
    expect(await s.customFields.define(viewer(Role.STAFF, [r1]), plainToInstance(FieldDefinitionInput, { entity: FieldEntity.PERSON, key: key('x'), label: 'X', type: FieldType.TEXT, regionId: r1 }))
      .catch((e: AppError) => e.code)).toBe('FORBIDDEN');
    expect(await define(s, { key: key('y'), type: FieldType.TEXT }, viewer(Role.ADMIN, [r1])).catch((e: AppError) => e.code)).toBe('FORBIDDEN');
    expect(await s.customFields.remove(viewer(Role.ADMIN, [r2]), local.id).catch((e: AppError) => e.code)).toBe('NOT_FOUND');
  });

  it('refuses a duplicate key, choices on a text field and a choice field without choices, naming the field', async () => {
    const k = key('dup');
    await define(s, { key: k, type: FieldType.TEXT });
    expect(await problems(define(s, { key: k, type: FieldType.TEXT }))).toHaveProperty('key');
    expect(await problems(define(s, { key: key('t'), type: FieldType.TEXT, choices: ['a'] }))).toHaveProperty('choices');
    expect(await problems(define(s, { key: key('c'), type: FieldType.ONE_CHOICE, choices: [] }))).toHaveProperty('choices');
  });

  it('filters the people list by custom field values (any case; one of several choices; a number read as a number)', async () => {
    const [r1] = await twoRegions(s);
    const langs = await define(s, { key: key('langs'), type: FieldType.SEVERAL_CHOICES, choices: ['English', 'Spanish'] });
    const kids = await define(s, { key: key('kids'), type: FieldType.NUMBER });
    const me = viewer(Role.LEADER, [r1]);
    const ana = await s.people.create(me, personInput(r1, { customFields: [{ key: langs.key, values: ['English', 'Spanish'] }, { key: kids.key, value: '2' }] }));
    const bo = await s.people.create(me, personInput(r1, { customFields: [{ key: langs.key, values: ['English'] }, { key: kids.key, value: '3' }] }));
    await s.people.create(me, personInput(r1));
    const ids = async (customFields: Array<{ key: string; value: string }>) => {
      const page = await s.people.list(me, peopleArgs({ regionId: r1, customFields }));
      return { ids: page.nodes.map((p) => p.id).sort(), total: page.totalCount };
    };
    expect(await ids([{ key: langs.key, value: 'spanish' }])).toEqual({ ids: [ana.id], total: 1 });
    expect(await ids([{ key: langs.key, value: 'English' }])).toEqual({ ids: [ana.id, bo.id].sort(), total: 2 });
    expect(await ids([{ key: langs.key, value: 'English' }, { key: kids.key, value: '3.0' }])).toEqual({ ids: [bo.id], total: 1 });
    expect((await ids([])).total).toBe(3);
    // A record written before custom fields existed (no terms at all) is listed without a filter and not with one.
    const old = await s.people.create(me, personInput(r1));
    await store().write(clearTerms, { id: old.id });
    expect((await ids([])).ids).toContain(old.id);
    expect((await ids([{ key: langs.key, value: 'English' }])).ids).not.toContain(old.id);
    expect(Object.keys(await problems(s.people.list(me, peopleArgs({ customFields: [{ key: kids.key, value: 'many' }] }))))).toEqual([`customFields.${kids.key}`]);
  });

  it('organizations have custom fields, an address, and a filter by field value', async () => {
    const [r1] = await twoRegions(s);
    const union = await define(s, { key: key('local'), label: 'Local number', type: FieldType.TEXT, entity: FieldEntity.ORGANIZATION });
    const me = viewer(Role.STAFF, [r1]);
    const o = await s.organizations.create(me, organizationInput(r1, {
      zip: '60614', address: { line: '12 Main St', city: 'Chicago', state: 'IL' }, customFields: [{ key: union.key, value: 'Local 73' }],
    }));
    expect((await s.organizations.get(me, o.id)).address).toEqual({ line: '12 Main St', city: 'Chicago', state: 'IL', zip: '60614' });
    const page = await s.organizations.list(me, plainToInstance(OrganizationsArgs, { first: 25, regionId: r1, customFields: [{ key: union.key, value: 'local 73' }] }));
    expect(page.nodes.map((x) => x.id)).toEqual([o.id]);
    // An update that leaves the address out keeps it; null clears it.
    const kept = await s.organizations.update(me, o.id, o.version, organizationInput(r1, { name: o.name }));
    expect(kept.address?.line).toBe('12 Main St');
    const cleared = await s.organizations.update(me, o.id, kept.version, organizationInput(r1, { name: o.name, address: null }));
    expect(cleared.address).toBeNull();
  });

  it('a person’s street address is a contact detail: a connector sees it only for people they created or are assigned to, and cannot change it otherwise', async () => {
    const [r1] = await twoRegions(s);
    const staff = viewer(Role.STAFF, [r1]);
    const p = await s.people.create(staff, personInput(r1, { zip: '60614', address: { line: '5 Elm Ave', city: 'Chicago', state: 'IL' } }));
    expect((await s.people.get(staff, p.id)).address).toEqual({ line: '5 Elm Ave', city: 'Chicago', state: 'IL', zip: '60614' });
    const connector = viewer(Role.CONNECTOR, [r1]);
    const seen = await s.people.get(connector, p.id);
    expect(seen.address).toBeNull();
    expect(seen.zip).toBe('60614');
    const refused = await problems(s.people.update(connector, p.id, p.version, personInput(r1, { name: p.name, address: { line: '1 Other Rd' } })));
    expect(refused).toHaveProperty('address');
    // Saving without the address keeps it.
    await s.people.update(connector, p.id, p.version, personInput(r1, { name: p.name, zip: '60614', address: null }));
    expect((await s.people.get(staff, p.id)).address?.line).toBe('5 Elm Ave');
  });

  it('an import maps columns to the street address and to custom fields, checks values by type, and a roll-back restores them', async () => {
    const [r1] = await twoRegions(s);
    const tee = `Tee ${randomUUID().slice(0, 4)}`;
    const shirt = await define(s, { key: key('shirt'), label: tee, type: FieldType.ONE_CHOICE, choices: ['S', 'M', 'L'] });
    const langs = await define(s, { key: key('langs'), label: 'Languages', type: FieldType.SEVERAL_CHOICES, choices: ['English', 'Spanish'] });
    const regionName = (await s.regions.byId(r1))!.name;
    const leader = viewer(Role.LEADER, [r1]);
    const imports = new ImportService(store(), s.regions);
    const ana = `Ana ${randomUUID().slice(0, 6)}`;
    const file = [
      `Name,Email,Street,City,State,Zip,Region,${tee},Speaks`,
      `${ana},${ana.replace(' ', '.').toLowerCase()}@example.org,12 Main St,Chicago,IL,60614,${regionName},m,English; Spanish`,
      `Bad Size,bad@example.org,,,,60615,${regionName},XXL,`,
    ].join('\r\n');
    const preview = await imports.preview(leader, 'people', file);
    expect(preview.fields).toEqual(expect.arrayContaining(['addressLine', 'city', 'state', `custom:${shirt.key}`, `custom:${langs.key}`]));
    expect(preview.mapping).toMatchObject({ Street: 'addressLine', City: 'city', State: 'state', [tee]: `custom:${shirt.key}`, Speaks: '' });
    const mapping = JSON.stringify({ ...preview.mapping, Speaks: `custom:${langs.key}` });
    const job = await (await imports.start(leader, file, { kind: 'people', dryRun: false, mapping })).done;
    expect(job).toMatchObject({ status: 'done', created: 1, skipped: 1 });
    expect(job.problems[0].problems).toEqual([{ field: `customFields.${shirt.key}`, message: `${tee}: “XXL” is not one of the choices (S, M, L).` }]);

    const [created] = (await s.people.list(leader, peopleArgs({ search: ana }))).nodes;
    expect(created.address).toEqual({ line: '12 Main St', city: 'Chicago', state: 'IL', zip: '60614' });
    const values = Object.fromEntries((await s.customFields.valuesOf(FieldEntity.PERSON, r1, created.customFieldsJson)).map((v) => [v.key, v]));
    expect(values[shirt.key].value).toBe('M');
    expect(values[langs.key].values).toEqual(['English', 'Spanish']);
    expect((await s.people.list(leader, peopleArgs({ regionId: r1, customFields: [{ key: langs.key, value: 'spanish' }] }))).nodes.map((p) => p.id)).toEqual([created.id]);

    // A second import changes one field of the record; rolling it back restores the value before.
    const again = [`Name,Email,Region,Shirt size`, `${ana},${ana.replace(' ', '.').toLowerCase()}@example.org,${regionName},L`].join('\r\n');
    const second = await (await imports.start(leader, again, { kind: 'people', dryRun: false, mapping: JSON.stringify({ Name: 'name', Email: 'emails', Region: 'region', 'Shirt size': `custom:${shirt.key}` }) })).done;
    expect(second).toMatchObject({ status: 'done', updated: 1 });
    const changed = await s.people.get(leader, created.id);
    expect(JSON.parse(changed.customFieldsJson!)[shirt.key]).toBe('L');
    expect(changed.address?.line).toBe('12 Main St');
    await imports.rollback(leader, second.id);
    expect(JSON.parse((await s.people.get(leader, created.id)).customFieldsJson!)[shirt.key]).toBe('M');

    // A mapping to a field that does not exist is refused, naming the way out.
    const refused = await imports.start(leader, again, { kind: 'people', dryRun: true, mapping: JSON.stringify({ Name: 'name', 'Shirt size': 'custom:nope' }) }).catch((e: AppError) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(/custom:nope is not a field of people.*custom:/);
  });

  it('exports the street address (hidden from connectors as on screen) and one column per custom field', async () => {
    const [r1, r2] = await twoRegions(s);
    const shirt = await define(s, { key: key('shirt'), type: FieldType.ONE_CHOICE, choices: ['S', 'M'] });
    const local = await define(s, { key: key('parish'), type: FieldType.TEXT, regionId: r2 });
    const staff = viewer(Role.STAFF, [r1]);
    const p = await s.people.create(staff, personInput(r1, { zip: '60614', address: { line: '5 Elm Ave', city: 'Chicago', state: 'IL' }, customFields: [{ key: shirt.key, value: 'S' }] }));
    const exporter = new ExportService(new ExportRepository(store()), s.people, s.organizations, s.accountsRepo, s.customFields);
    const read = async (who: typeof staff) => {
      let text = '';
      for await (const chunk of exporter.csv(who, 'people')) text += chunk;
      const csv = parseCsv(text);
      const row = csv.rows.find((r) => r.cells[0] === p.id)!.cells;
      return Object.fromEntries(csv.headers.map((h, i) => [h, row[i]]));
    };
    const seen = await read(viewer(Role.ADMIN, [r1]));
    expect(seen).toMatchObject({ address_line: '5 Elm Ave', city: 'Chicago', state: 'IL', zip: '60614', [`custom:${shirt.key}`]: 'S' });
    expect(seen).not.toHaveProperty(`custom:${local.key}`); // another region's field is not this exporter's to see
    const account = await s.accounts.create(admin(), {
      email: `c-${randomUUID().slice(0, 8)}@example.org`, displayName: 'Connector', password: 'a long enough password 1', role: Role.CONNECTOR, regionIds: [r1],
    } as never);
    await s.accounts.update(admin(), account.id, { displayName: 'Connector', role: Role.CONNECTOR, regionIds: [r1], canExport: true } as never);
    const asConnector = await read(viewer(Role.CONNECTOR, [r1], account.id));
    expect(asConnector).toMatchObject({ address_line: '(hidden)', city: '(hidden)', state: '(hidden)', zip: '60614', [`custom:${shirt.key}`]: 'S' });
  });
});

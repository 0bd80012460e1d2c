import { useDemo, type Demo } from '../support/demo.js';

const DEFINE = `mutation($i: FieldDefinitionInput!) { defineField(input: $i) { id key label type choices regionId } }`;
const PERSON = `id address { line city state zip } customFields { key label type value values } contactHidden`;
const CREATE = `mutation($i: PersonInput!) { createPerson(input: $i) { ${PERSON} } }`;

describe('API: custom fields and street addresses', () => {
  const demo = useDemo();
  let as: Demo['as'];
  beforeAll(() => ({ as } = demo));

  it('an admin defines fields; a person is saved with an address and values, refused naming the field, filtered by value, hidden from a connector, exported', async () => {
    // Only admins define fields.
    const refused = await as.staff.request(DEFINE, { i: { entity: 'PERSON', key: 'shirt_size', label: 'Shirt size', type: 'ONE_CHOICE', choices: ['S', 'M'] } });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const shirt = (await as.admin.ok(DEFINE, { i: { entity: 'PERSON', key: 'shirt_size', label: 'Shirt size', type: 'ONE_CHOICE', choices: ['S', 'M'] } })).defineField;
    expect(shirt).toMatchObject({ key: 'shirt_size', type: 'ONE_CHOICE', choices: ['S', 'M'], regionId: null });
    await as.admin.ok(DEFINE, { i: { entity: 'PERSON', key: 'joined', label: 'Joined on', type: 'DATE' } });

    const bad = await as.staff.request(CREATE, { i: { name: 'Field Tester', regionId: 'region-great-lakes', customFields: [{ key: 'joined', value: 'last spring' }] } });
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'customFields.joined', message: 'Joined on must be a date as YYYY-MM-DD, like 2026-03-31 (not “last spring”).' }],
    });
    expect(JSON.stringify(bad)).not.toMatch(/stack|Cypher|MATCH/);

    const created = (await as.staff.ok(CREATE, {
      i: {
        name: 'Field Tester', regionId: 'region-great-lakes', zip: '60614',
        address: { line: '12 Main St', city: 'Chicago', state: 'IL' },
        customFields: [{ key: 'shirt_size', value: 'm' }, { key: 'joined', value: '2024-05-01' }],
      },
    })).createPerson;
    expect(created.address).toEqual({ line: '12 Main St', city: 'Chicago', state: 'IL', zip: '60614' });
    expect(created.customFields).toEqual(expect.arrayContaining([
      { key: 'shirt_size', label: 'Shirt size', type: 'ONE_CHOICE', value: 'M', values: [] },
      { key: 'joined', label: 'Joined on', type: 'DATE', value: '2024-05-01', values: [] },
    ]));

    const filtered = await as.staff.ok(`{ people(first: 10, customFields: [{ key: "shirt_size", value: "M" }]) { totalCount nodes { id } } }`);
    expect(filtered.people).toEqual({ totalCount: 1, nodes: [{ id: created.id }] });

    const seen = (await as.connector.ok(`query($id: ID!) { person(id: $id) { ${PERSON} } }`, { id: created.id })).person;
    expect(seen).toMatchObject({ contactHidden: true, address: null });

    const csv = await (await as.admin.get('/export/people.csv')).text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const columns = header.split(',');
    const row = rows.find((r) => r.startsWith(`${created.id},`))!.split(',');
    expect(row[columns.indexOf('address_line')]).toBe('12 Main St');
    expect(row[columns.indexOf('custom:shirt_size')]).toBe('M');
    expect(row[columns.indexOf('custom:joined')]).toBe('2024-05-01');
  });
});

import { Role } from '../../src/common/viewer.js';
import { describeEachEngine } from './engines.js';
import { organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

describeEachEngine('likely duplicates', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  it('pairs people by shared email, shared phone, or a similar name in the same zip code, most certain first, within the viewer’s regions', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const maria = await s.people.create(leader, personInput(r1, { name: 'María García', emails: ['maria@example.org'], phones: ['(312) 555-0101'], zip: '60614' }));
    const maria2 = await s.people.create(leader, personInput(r1, { name: 'Garcia, Maria', emails: ['MARIA@example.org'], phones: ['+1 312 555 0101'], zip: '60614' }));
    const typo = await s.people.create(leader, personInput(r1, { name: 'Maria Garcai', zip: '60614' }));
    await s.people.create(leader, personInput(r1, { name: 'Maria Garcia', zip: '77002' })); // same name, other zip: not paired by name
    await s.people.create(leader, personInput(r1, { name: 'Omar Hassan', zip: '60614' }));
    await s.people.create(viewer(Role.LEADER, [r2]), personInput(r2, { name: 'Maria Garcia', emails: ['maria@example.org'], zip: '60614' }));

    const pairs = await s.dedupe.findPeople(leader, null, 100);
    const ids = (p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].sort().join('|');
    expect(pairs[0]).toMatchObject({ score: 7 });
    expect(ids(pairs[0])).toBe([maria.id, maria2.id].sort().join('|'));
    expect(pairs[0].reasons).toEqual(['Same email', 'Same phone', 'Same name in the same zip code']);
    expect(pairs.map(ids)).toEqual(expect.arrayContaining([[maria.id, typo.id].sort().join('|'), [maria2.id, typo.id].sort().join('|')]));
    expect(pairs).toHaveLength(3);
    expect(pairs.find((p) => ids(p) === [maria.id, typo.id].sort().join('|'))!.reasons).toEqual(['Similar name in the same zip code']);

    await expect(s.dedupe.findPeople(viewer(Role.CONNECTOR, [r1]), null, 100)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('pairs organizations by name without filler words, by website, or by a similar name in the same zip code', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const a = await s.organizations.create(leader, organizationInput(r1, { name: 'Chicago Tenants Union', website: 'https://tenants.example.org', zip: '60614' }));
    const b = await s.organizations.create(leader, organizationInput(r1, { name: 'The Tenants Union of Chicago, Inc.', zip: '60647' }));
    const c = await s.organizations.create(leader, organizationInput(r1, { name: 'Westside Parents', website: 'http://www.tenants.example.org/join', zip: '60608' }));
    await s.organizations.create(leader, organizationInput(r1, { name: 'Eastside Parents', zip: '60608' }));
    const pairs = await s.dedupe.findOrganizations(leader, r1, 100);
    const summary = pairs.map((p) => [[p.a.name, p.b.name].sort().join(' / '), p.reasons]);
    expect(summary).toEqual(expect.arrayContaining([
      [[a.name, b.name].sort().join(' / '), ['Same name']],
      [[a.name, c.name].sort().join(' / '), ['Same website']],
    ]));
    expect(pairs).toHaveLength(2); // Westside/Eastside Parents differ by more than a typo
  });
});

import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { GroupAreaInput, MouInput, MouStatus } from '../../src/modules/affiliates/affiliate.model.js';
import { OrganizationType } from '../../src/modules/organizations/models/organization.model.js';
import { RoleKind } from '../../src/modules/roles/role.model.js';
import { describeEachEngine } from './engines.js';
import { organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const mou = (o: Partial<MouInput>) => plainToInstance(MouInput, o);

describeEachEngine('affiliate groups: MOU, point of contact, zip radius and overlapping areas', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  it('takes an MOU from sent to signed to terminated with dates, refusing steps out of order', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const group = await s.organizations.create(leader, organizationInput(r1, { name: 'Our Revolution Lincoln Park', type: OrganizationType.AFFILIATE_GROUP, zip: '60614' }));
    expect(s.affiliates.mou(group)).toEqual({ status: 'NONE', sentOn: null, signedOn: null, terminatedOn: null });
    await expect(s.affiliates.setMou(leader, mou({ organizationId: group.id, version: group.version, status: MouStatus.TERMINATED }))).rejects.toMatchObject({ fields: [{ field: 'status' }] });

    const sent = await s.affiliates.setMou(leader, mou({ organizationId: group.id, version: group.version, status: MouStatus.SENT, date: '2025-02-01' }));
    await expect(s.affiliates.setMou(leader, mou({ organizationId: group.id, version: sent.version, status: MouStatus.SIGNED, date: '2025-01-15' })))
      .rejects.toMatchObject({ fields: [{ field: 'date', message: 'The MOU was sent on 2025-02-01: it cannot be signed before that.' }] });
    const signed = await s.affiliates.setMou(leader, mou({ organizationId: group.id, version: sent.version, status: MouStatus.SIGNED, date: '2025-02-10' }));
    expect(s.affiliates.mou(signed)).toEqual({ status: 'SIGNED', sentOn: '2025-02-01', signedOn: '2025-02-10', terminatedOn: null });
    await expect(s.affiliates.setMou(leader, mou({ organizationId: group.id, version: sent.version, status: MouStatus.TERMINATED }))).rejects.toMatchObject({ code: 'CONFLICT' });
    const ended = await s.affiliates.setMou(leader, mou({ organizationId: group.id, version: signed.version, status: MouStatus.TERMINATED, date: '2025-06-01' }));
    expect(s.affiliates.mou(ended)).toMatchObject({ status: 'TERMINATED', signedOn: '2025-02-10', terminatedOn: '2025-06-01' });
    expect((await s.history.of('Organization', group.id)).slice(0, 3).map((h) => h.summary)).toEqual(['MOU terminated on 2025-06-01', 'MOU signed on 2025-02-10', 'MOU sent on 2025-02-01']);

    const partner = await s.organizations.create(leader, organizationInput(r1));
    await expect(s.affiliates.setMou(leader, mou({ organizationId: partner.id, version: 1, status: MouStatus.SENT }))).rejects.toMatchObject({ fields: [{ field: 'organizationId' }] });
    await expect(s.affiliates.setMou(viewer(Role.CONNECTOR, [r1]), mou({ organizationId: group.id, version: ended.version, status: MouStatus.SENT }))).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const contact = await s.people.create(leader, personInput(r1, { name: 'Pat Contact' }));
    await s.roles.assign(leader, { personId: contact.id, role: RoleKind.POINT_OF_CONTACT, organizationId: group.id, startDate: '2025-01-01' });
    expect((await s.affiliates.pointOfContact(leader, group))?.name).toBe('Pat Contact');
  });

  it('finds people and groups near a zip code, nearest first, only in the viewer’s regions', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const near = await s.people.create(leader, personInput(r1, { name: 'Near Neighbor', zip: '60614' }));
    const plus4 = await s.people.create(leader, personInput(r1, { name: 'Zip Plus Four', zip: '60647-1234' }));
    await s.people.create(leader, personInput(r1, { name: 'Far Away', zip: '62701' }));
    await s.people.create(viewer(Role.LEADER, [r2]), personInput(r2, { name: 'Other Region', zip: '60614' }));
    const group = await s.organizations.create(leader, organizationInput(r1, { name: 'Logan Square OR', type: OrganizationType.AFFILIATE_GROUP, zip: '60647' }));

    const found = await s.affiliates.nearby(leader, '60614', 5, null);
    expect(found.center).toMatchObject({ zip: '60614', city: 'Chicago', state: 'IL' });
    expect(found.people.map((p) => p.person.id)).toEqual([near.id, plus4.id]);
    expect(found.people[0].miles).toBe(0);
    expect(found.people[1].miles).toBeGreaterThan(1);
    expect(found.people[1].miles).toBeLessThan(5);
    expect(found.organizations.map((o) => o.organization.id)).toEqual([group.id]);
    expect((await s.affiliates.nearby(leader, '60614', 5, OrganizationType.PARTNER)).organizations).toEqual([]);
    await expect(s.affiliates.nearby(leader, '00000', 5, null)).rejects.toMatchObject({ fields: [{ field: 'zip' }] });
  });

  it('shows groups whose areas overlap together on the map', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const group = (name: string, zip: string | null) => s.organizations.create(leader, organizationInput(r1, { name, zip, type: OrganizationType.AFFILIATE_GROUP }));
    const a = await group('Lincoln Park OR', '60614');
    await group('Logan Square OR', '60647');
    const springfield = await group('Springfield OR', '62701');
    await group('No Zip OR', null);
    let map = await s.affiliates.map(leader, r1);
    expect(map.groups).toHaveLength(4);
    expect(map.clusters.map((c) => c.groups.map((g) => g.name).sort())).toEqual([['Lincoln Park OR', 'Logan Square OR']]);
    expect(map.groups.find((g) => g.organization.name === 'No Zip OR')).toMatchObject({ place: null, clusterId: null });

    // Springfield is ~180 miles away: it joins only once its area is that wide.
    await s.affiliates.setArea(leader, plainToInstance(GroupAreaInput, { organizationId: springfield.id, version: springfield.version, areaMiles: 180 }));
    map = await s.affiliates.map(leader, r1);
    expect(map.clusters[0].groups.map((g) => g.name).sort()).toEqual(['Lincoln Park OR', 'Logan Square OR', 'Springfield OR']);
    expect(map.groups.find((g) => g.organization.id === a.id)!.place).toMatchObject({ zip: '60614', state: 'IL' });
  });
});

import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { OrganizationsArgs } from '../../src/modules/organizations/dto/organization.input.js';
import { LedBy, OrganizationType } from '../../src/modules/organizations/models/organization.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const args = (o: Partial<OrganizationsArgs> = {}) => plainToInstance(OrganizationsArgs, { first: 25, ...o });

describeEachEngine('organizations', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  it('creates, searches by name, zip and issue area, filters by type, and stays in scope', async () => {
    const [r1, r2] = await twoRegions(s);
    const me = viewer(Role.CONNECTOR, [r1]);
    const org = await s.organizations.create(me, organizationInput(r1, {
      name: 'Immigrant Youth Alliance', type: OrganizationType.PARTNER, issueAreas: ['immigration justice'],
      ledBy: [LedBy.IMMIGRANT_LED, LedBy.POC_LED], zip: '77009', website: 'https://iya.example.org',
    }));
    await s.organizations.create(admin(), organizationInput(r2, { name: 'Immigrant Elsewhere' }));
    expect(await s.organizations.get(me, org.id)).toMatchObject({ ledBy: ['IMMIGRANT_LED', 'POC_LED'], zip: '77009', version: 1 });
    for (const search of ['immigrant', '77009', 'immigration just']) {
      expect((await s.organizations.list(me, args({ search }))).nodes.map((o) => o.id)).toEqual([org.id]);
    }
    expect((await s.organizations.list(me, args({ type: OrganizationType.INSTITUTION, regionId: r1 }))).totalCount).toBe(0);
    await expect(s.organizations.delete(me, org.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a stale edit', async () => {
    const [r1] = await twoRegions(s);
    const me = viewer(Role.LEADER, [r1]);
    const org = await s.organizations.create(me, organizationInput(r1));
    await s.organizations.update(me, org.id, 1, organizationInput(r1, { name: 'First edit' }));
    await expect(s.organizations.update(me, org.id, 1, organizationInput(r1, { name: 'Second edit' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await s.organizations.get(me, org.id)).name).toBe('First edit');
    await s.organizations.delete(me, org.id);
    await expect(s.organizations.get(me, org.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

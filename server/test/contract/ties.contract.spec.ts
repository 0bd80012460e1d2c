import { Role } from '../../src/common/viewer.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

describeEachEngine('ties', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  it('records "knows" once and shows it from both people, strongest first', async () => {
    const [r1] = await twoRegions(s);
    const me = viewer(Role.LEADER, [r1]);
    const [a, b, c] = await Promise.all([1, 2, 3].map((i) => s.people.create(me, personInput(r1, { name: `Tie ${i}` }))));
    await s.ties.setKnows(me, { personId: a.id, otherPersonId: b.id, strength: 2, context: 'neighbors', since: '2020-05-01' });
    await s.ties.setKnows(me, { personId: c.id, otherPersonId: a.id, strength: 5 });
    // Setting it again from the other side updates the same tie.
    await s.ties.setKnows(me, { personId: b.id, otherPersonId: a.id, strength: 4, context: 'same school' });
    const ofA = await s.ties.knowsOf(me, a.id);
    expect(ofA.map((t) => [t.person.name, t.strength])).toEqual([['Tie 3', 5], ['Tie 2', 4]]);
    expect(ofA[1]).toMatchObject({ context: 'same school', since: null });
    expect((await s.ties.knowsOf(me, b.id)).map((t) => t.person.name)).toEqual(['Tie 1']);
    const removed = await s.ties.removeKnows(me, b.id, a.id);
    // The answer is both people, whose pages list the tie.
    expect([removed.person.id, removed.otherPerson.id]).toEqual([b.id, a.id]);
    expect((await s.ties.knowsOf(me, a.id)).map((t) => t.person.name)).toEqual(['Tie 3']);
    await expect(s.ties.removeKnows(me, b.id, a.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows no tie to a person outside the viewer’s regions, and cannot create one', async () => {
    const [r1, r2] = await twoRegions(s);
    const inside = await s.people.create(admin(), personInput(r1));
    const outside = await s.people.create(admin(), personInput(r2));
    await s.ties.setKnows(admin(), { personId: inside.id, otherPersonId: outside.id, strength: 3 });
    const leader = viewer(Role.LEADER, [r1]);
    expect(await s.ties.knowsOf(leader, inside.id)).toEqual([]);
    expect((await s.ties.knowsOf(admin(), inside.id)).map((t) => t.person.id)).toEqual([outside.id]);
    await expect(s.ties.setKnows(leader, { personId: inside.id, otherPersonId: outside.id, strength: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.ties.setKnows(leader, { personId: inside.id, otherPersonId: inside.id, strength: 1 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('links people and organizations both ways, within scope', async () => {
    const [r1, r2] = await twoRegions(s);
    const me = viewer(Role.STAFF, [r1]);
    const org = await s.organizations.create(me, organizationInput(r1, { name: 'Parents United' }));
    const p = await s.people.create(me, personInput(r1, { name: 'Affiliated Person' }));
    const other = await s.people.create(admin(), personInput(r2, { name: 'Elsewhere Person' }));
    await s.ties.addAffiliation(me, { personId: p.id, organizationId: org.id, kind: AffiliationKind.LEADS, title: 'Co-chair', since: '2021-01-10' });
    await s.ties.addAffiliation(me, { personId: p.id, organizationId: org.id, kind: AffiliationKind.MEMBER_OF });
    await s.ties.addAffiliation(admin(), { personId: other.id, organizationId: org.id, kind: AffiliationKind.MEMBER_OF });

    const ofPerson = await s.ties.affiliationsOfPerson(me, p);
    expect(ofPerson.map((a) => [a.organization.name, a.kind]).sort()).toEqual([['Parents United', 'LEADS'], ['Parents United', 'MEMBER_OF']]);
    expect(ofPerson.find((a) => a.kind === 'LEADS')).toMatchObject({ title: 'Co-chair', since: '2021-01-10' });

    const ofOrg = await s.ties.affiliationsOfOrganization(me, org);
    expect(ofOrg.map((a) => a.person.name).sort()).toEqual(['Affiliated Person', 'Affiliated Person']);
    expect((await s.ties.affiliationsOfOrganization(admin(), org)).map((a) => a.person.name)).toContain('Elsewhere Person');

    const removed = await s.ties.removeAffiliation(me, p.id, org.id, AffiliationKind.LEADS);
    expect([removed.person.id, removed.organization.name]).toEqual([p.id, 'Parents United']);
    expect((await s.ties.affiliationsOfPerson(me, p)).map((a) => a.kind)).toEqual(['MEMBER_OF']);
  });
});

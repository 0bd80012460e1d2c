import { Role } from '../../src/common/viewer.js';
import { PersonKind } from '../../src/modules/people/models/person.model.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

describeEachEngine('how two people are connected', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  /**
   *   Ana =5= Ben =5= Cora(region B) =5= Dan     .8³            = .512  (3 links, strongest)
   *   Ana =4= Fay =4= Dan                        (.8·.8)²       = .41   (2 links)
   *   Ana =1= Eve =1= Dan                        (.8·.2)²       = .026  (2 links, weak)
   *   Dan -WORKS_AT-> Tenants Union
   */
  async function graph() {
    const [r1, r2] = await twoRegions(s);
    const me = viewer(Role.LEADER, [r1]);
    const person = (name: string, region = r1) => s.people.create(admin(), personInput(region, { name, kinds: [PersonKind.MEMBER] }));
    const [ana, ben, dan, eve, fay] = await Promise.all(['Ana', 'Ben', 'Dan', 'Eve', 'Fay'].map((n) => person(n)));
    const cora = await person('Cora', r2);
    const union = await s.organizations.create(me, organizationInput(r1, { name: 'Tenants Union' }));
    const knows = (x: { id: string }, y: { id: string }, strength: number) => s.ties.setKnows(admin(), { personId: x.id, otherPersonId: y.id, strength, context: null, since: null });
    await knows(ana, ben, 5);
    await knows(ben, cora, 5);
    await knows(cora, dan, 5);
    await knows(ana, fay, 4);
    await knows(fay, dan, 4);
    await knows(ana, eve, 1);
    await knows(eve, dan, 1);
    await s.ties.addAffiliation(me, { personId: dan.id, organizationId: union.id, kind: AffiliationKind.WORKS_AT, title: null });
    return { r1, r2, me, ana, ben, cora, dan, eve, fay, union };
  }
  const names = (p: { nodes: Array<{ name: string }> }) => p.nodes.map((n) => n.name);

  it('gives the strongest chains with distinct go-betweens and the shortest, the stronger of two equally short', async () => {
    const g = await graph();
    const c = await s.reach.connection(g.me, g.ana.id, g.dan.id);
    expect(c.strongest.map(names)).toEqual([
      ['Ana', 'Ben', expect.stringMatching(/^Someone in Region B/), 'Dan'],
      ['Ana', 'Fay', 'Dan'],
      ['Ana', 'Eve', 'Dan'],
    ]);
    expect(c.strongest.map((p) => p.score)).toEqual([0.512, 0.41, 0.026]);
    expect(names(c.shortest!)).toEqual(['Ana', 'Fay', 'Dan']);
    expect(c.shortest!.links.map((l) => [l.kind, l.strength])).toEqual([['KNOWS', 4], ['KNOWS', 4]]);
    expect(c.strongest[0].nodes[2]).toMatchObject({ id: null, hidden: true });
    expect(c.from).toMatchObject({ id: g.ana.id, name: 'Ana' });
  });

  it('connects an organization, with chains read from it', async () => {
    const g = await graph();
    const c = await s.reach.connection(g.me, g.union.id, g.ana.id, 1);
    expect(c.strongest.map(names)).toEqual([['Tenants Union', 'Dan', expect.stringMatching(/^Someone in Region B/), 'Ben', 'Ana']]);
    expect(c.strongest[0].links[0]).toMatchObject({ kind: 'WORKS_AT', strength: 3.5 });
    expect(names(c.shortest!)).toEqual(['Tenants Union', 'Dan', 'Fay', 'Ana']);
  });

  it('refuses a record outside the viewer’s regions and the same record twice', async () => {
    const g = await graph();
    await expect(s.reach.connection(g.me, g.ana.id, g.cora.id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: 'That person or organization was not found in your regions.' });
    await expect(s.reach.connection(g.me, g.ana.id, g.ana.id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

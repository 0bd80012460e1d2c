import { Role } from '../../src/common/viewer.js';
import { StepsAwayService } from '../../src/modules/insights/steps-away.service.js';
import { PersonKind } from '../../src/modules/people/models/person.model.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

describeEachEngine('who we lose if someone steps away', (store) => {
  let s: Services;
  let lose: StepsAwayService;
  beforeAll(() => {
    s = services(store());
    lose = new StepsAwayService(store(), s.reachIndex);
  });
  afterAll(() => lose.onApplicationShutdown());

  /**
   *   Ben =4= Cora =4= Dan
   *    ‖                ‖      the core: a cycle, nobody in it cuts anyone off (and larger than
   *   Ana =4= Jo  =4= Ivy      what hangs below Ana, so it stays "the rest of the coalition")
   *    ‖ 4
   *   Eve =4= Finn      Eve -MEMBER_OF-> Tenants Union;  Hal (region B) =4= Eve
   *    Ana =1= Gus      a weak tie: counts only when the threshold is 1
   */
  async function graph() {
    const [r1, r2] = await twoRegions(s);
    const me = viewer(Role.LEADER, [r1]);
    const person = (name: string, region = r1) => s.people.create(admin(), personInput(region, { name, kinds: [PersonKind.MEMBER] }));
    const [ana, ben, cora, dan, ivy, jo, eve, finn, gus] = await Promise.all(['Ana', 'Ben', 'Cora', 'Dan', 'Ivy', 'Jo', 'Eve', 'Finn', 'Gus'].map((n) => person(n)));
    const hal = await person('Hal', r2);
    const union = await s.organizations.create(me, organizationInput(r1, { name: 'Tenants Union' }));
    const knows = (x: { id: string }, y: { id: string }, strength: number) => s.ties.setKnows(admin(), { personId: x.id, otherPersonId: y.id, strength, context: null, since: null });
    await knows(ana, ben, 4);
    await knows(ben, cora, 4);
    await knows(cora, dan, 4);
    await knows(dan, ivy, 4);
    await knows(ivy, jo, 4);
    await knows(jo, ana, 4);
    await knows(ana, eve, 4);
    await knows(eve, finn, 4);
    await knows(hal, eve, 4);
    await knows(ana, gus, 1);
    await s.ties.addAffiliation(me, { personId: eve.id, organizationId: union.id, kind: AffiliationKind.MEMBER_OF, title: null });
    // The background job has worked these writes in.
    await lose.settled();
    return { r1, r2, me, ana, ben, cora, dan, eve, finn, gus, hal, union, knows };
  }

  it('names the people and partners whose only link runs through someone, hiding those outside the viewer’s regions', async () => {
    const g = await graph();
    const { stepsAway } = await lose.stepsAway(g.me, g.ana.id, 2);
    expect(stepsAway.record).toMatchObject({ id: g.ana.id, name: 'Ana', hidden: false });
    expect([stepsAway.people, stepsAway.partners]).toEqual([3, 1]);
    expect(stepsAway.cutOff.map((n) => n.name)).toEqual(['Eve', 'Finn', expect.stringMatching(/^Someone in Region B/), 'Tenants Union']);
    expect(stepsAway.cutOff[2]).toMatchObject({ id: null, hidden: true });
    // Someone in the cycle cuts nobody off.
    const ben = await lose.stepsAway(g.me, g.ben.id, 2);
    expect([ben.stepsAway.people, ben.stepsAway.partners, ben.stepsAway.cutOff]).toEqual([0, 0, []]);
    // An admin sees everyone's name.
    const all = await lose.stepsAway(admin(), g.ana.id, 2);
    expect(all.stepsAway.cutOff.map((n) => n.name)).toEqual(['Eve', 'Finn', 'Hal', 'Tenants Union']);
  });

  it('counts weaker ties only when the threshold lets them in', async () => {
    const g = await graph();
    expect((await lose.stepsAway(g.me, g.ana.id, 2)).stepsAway.cutOff.map((n) => n.name)).not.toContain('Gus');
    const weak = await lose.stepsAway(g.me, g.ana.id, 1);
    expect(weak.stepsAway.people).toBe(4);
    expect(weak.stepsAway.cutOff.map((n) => n.name)).toContain('Gus');
    // Above every tie's strength only the affiliation is left: nobody is cut off by Ana.
    expect((await lose.stepsAway(g.me, g.ana.id, 5)).stepsAway.people).toBe(0);
  });

  it('ranks the viewer’s people and organizations by how many would be cut off', async () => {
    const g = await graph();
    const res = await lose.ranking(g.me, g.r1, 2, 10);
    expect(res.ranking.map((r) => [r.record.name, r.people, r.partners])).toEqual([
      ['Ana', 3, 1],
      ['Eve', 2, 1],
    ]);
    expect(res.total).toBe(2);
    expect((await lose.ranking(g.me, g.r1, 2, 1)).ranking).toHaveLength(1);
  });

  it('keeps current as ties change: the background job works each change in, reads answer from the last result meanwhile', async () => {
    const g = await graph();
    await lose.settled();
    const before = await lose.stepsAway(g.me, g.ana.id, 2);
    expect(before).toMatchObject({ upToDate: true, stepsAway: { people: 3 } });
    // Finn now also knows Ben: Eve and Finn keep a link to the rest without Ana.
    await g.knows(g.finn, g.ben, 4);
    // Right after the write the job is at work: the answer is the last result, and says so.
    const meanwhile = await lose.stepsAway(g.me, g.ana.id, 2);
    expect(meanwhile).toMatchObject({ upToDate: false, computedAt: before.computedAt, stepsAway: { people: 3 } });
    await lose.settled();
    const after = await lose.stepsAway(g.me, g.ana.id, 2);
    expect(after.upToDate).toBe(true);
    expect([after.stepsAway.people, after.stepsAway.partners]).toEqual([0, 0]);
    const eve = await lose.stepsAway(g.me, g.eve.id, 2);
    expect(eve.stepsAway.cutOff.map((n) => n.name)).toEqual([expect.stringMatching(/^Someone in Region B/), 'Tenants Union']);
    // Threshold 1 is kept worked out too, once asked: only Gus (his one weak tie) hangs on Ana then.
    expect((await lose.stepsAway(g.me, g.ana.id, 1)).stepsAway.cutOff.map((n) => n.name)).toEqual(['Gus']);
    await s.ties.removeKnows(admin(), g.finn.id, g.ben.id);
    await lose.settled();
    expect((await lose.stepsAway(g.me, g.ana.id, 2)).stepsAway.people).toBe(3);
    expect((await lose.stepsAway(g.me, g.ana.id, 1)).stepsAway).toMatchObject({ people: 4 });
    expect((await lose.ranking(g.me, g.r1, 2, 10)).upToDate).toBe(true);
  });

  it('refuses a record outside the viewer’s regions and a strength outside 1 to 5, naming the problem', async () => {
    const g = await graph();
    await expect(lose.stepsAway(g.me, g.hal.id, 2)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/not found in your regions/) });
    await expect(lose.stepsAway(g.me, g.ana.id, 7)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/1 to 5/) });
    await expect(lose.ranking(g.me, g.r2, 2, 10)).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/not one of yours/) });
  });
});

import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const log = (o: Partial<LogInteractionInput>) => plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, ...o });
const today = () => new Date().toISOString().slice(0, 10);

describeEachEngine('interactions, follow-ups and derived tie strength', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  async function connectorWithPerson(r1: string) {
    const account = await s.accounts.create(admin(), { email: `c${Math.random().toString(36).slice(2)}@example.org`, displayName: 'Carla Connector', password: 'long-enough-password', role: Role.CONNECTOR, regionIds: [r1] });
    const me = viewer(Role.CONNECTOR, [r1], account.id);
    const self = await s.people.create(me, personInput(r1, { name: 'Carla Connector' }));
    await s.accounts.setPerson(account.id, self.id);
    return { me, self };
  }

  it('logs a one-to-one with only the person met: I am the host, today is the date, the tie appears and strengthens', async () => {
    const [r1] = await twoRegions(s);
    const { me, self } = await connectorWithPerson(r1);
    const partner = await s.people.create(me, personInput(r1, { name: 'Partner Organizer' }));
    const org = await s.organizations.create(me, organizationInput(r1, { name: 'Tenants Union' }));
    const first = await s.interactions.log(me, log({ personIds: [partner.id], organizationIds: [org.id], notes: 'Talked about the hearing.', followUps: [{ text: 'Send the campaign plan', dueDate: '2099-01-01' }] }));
    expect(first).toMatchObject({ kind: 'ONE_TO_ONE', date: today(), host: { id: self.id }, participants: [{ id: partner.id }], organizations: [{ name: 'Tenants Union' }], loggedByName: 'Carla Connector' });

    let [tie] = await s.ties.knowsOf(me, self.id);
    expect(tie).toMatchObject({ person: { id: partner.id }, strength: 4, strengthSetByHand: null, derivedStrength: 3.5, lastContact: today(), interactionCount: 1 });
    await s.interactions.log(me, log({ personIds: [partner.id] }));
    [tie] = await s.ties.knowsOf(me, partner.id);
    expect(tie).toMatchObject({ person: { id: self.id }, derivedStrength: 4.5, interactionCount: 2 });

    // A hand-set strength stays, and shows when it is higher.
    await s.ties.setKnows(me, { personId: self.id, otherPersonId: partner.id, strength: 5, context: 'same school' });
    [tie] = await s.ties.knowsOf(me, self.id);
    expect(tie).toMatchObject({ strength: 5, strengthSetByHand: 5, derivedStrength: 4.5, interactionCount: 2, context: 'same school' });

    const mine = await s.interactions.mine(me, false);
    expect(mine.map((f) => [f.text, f.dueDate, f.overdue, f.assigneeName])).toEqual([['Send the campaign plan', '2099-01-01', false, 'Carla Connector']]);
    await s.interactions.setDone(me, mine[0].id, true);
    expect(await s.interactions.mine(me, false)).toEqual([]);
    expect((await s.interactions.ofPerson(me, partner.id)).length).toBe(2);
    expect((await s.history.of('Person', partner.id)).map((h) => h.summary)).toContain(`One-to-one on ${today()} logged`);
  });

  it('fades an old contact: a one-to-one a year ago shows a weaker tie', async () => {
    const [r1] = await twoRegions(s);
    const { me, self } = await connectorWithPerson(r1);
    const old = await s.people.create(me, personInput(r1));
    const lastYear = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    await s.interactions.log(me, log({ personIds: [old.id], date: lastYear }));
    const [tie] = await s.ties.knowsOf(me, self.id);
    expect(tie.derivedStrength).toBeGreaterThan(1.8);
    expect(tie.derivedStrength).toBeLessThan(2.0);
    expect(tie.lastContact).toBe(lastYear);
  });

  it('makes house meeting attendees members (not targets), and counts it in the team’s monthly progress', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const host = await s.people.create(leader, personInput(r1, { name: 'Host', kinds: ['LEADER'] as never }));
    const guest = await s.people.create(leader, personInput(r1, { name: 'Guest', kinds: ['ALLY'] as never }));
    const target = await s.people.create(leader, personInput(r1, { name: 'Target', kinds: ['TARGET'] as never }));
    const team = await s.teams.create(leader, { name: 'IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    await s.teams.addMember(leader, team.id, host.id, null);
    await s.interactions.log(leader, log({ kind: InteractionKind.HOUSE_MEETING, hostPersonId: host.id, personIds: [guest.id, target.id] }));
    expect((await s.people.get(leader, guest.id)).kinds).toEqual(['ALLY', 'MEMBER']);
    expect((await s.people.get(leader, host.id)).kinds).toEqual(['LEADER', 'MEMBER']);
    expect((await s.people.get(leader, target.id)).kinds).toEqual(['TARGET']);
    expect((await s.people.get(leader, guest.id)).version).toBe(2);
    const progress = await s.interactions.teamProgress(team.id, 3);
    expect(progress).toHaveLength(3);
    expect(progress[2]).toEqual({ month: today().slice(0, 7), oneToOnes: 0, houseMeetings: 1, researchActions: 0 });
  });

  it('refuses, changing nothing: no one met, a future date, someone outside the viewer’s regions', async () => {
    const [r1, r2] = await twoRegions(s);
    const { me, self } = await connectorWithPerson(r1);
    const outside = await s.people.create(admin(), personInput(r2));
    await expect(s.interactions.log(me, log({ personIds: [] }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'personIds' }] });
    await expect(s.interactions.log(me, log({ personIds: [outside.id], date: '2999-01-01' }))).rejects.toMatchObject({ fields: [{ field: 'date' }] });
    await expect(s.interactions.log(me, log({ personIds: [outside.id] }))).rejects.toMatchObject({ fields: [{ field: 'personIds' }] });
    expect(await s.ties.knowsOf(admin(), outside.id)).toEqual([]);
    expect(await s.interactions.ofPerson(me, self.id)).toEqual([]);
  });
});

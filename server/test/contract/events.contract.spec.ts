import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { CampaignInput, CampaignStatus } from '../../src/modules/campaigns/campaign.model.js';
import { AttendanceInput, EventInput, RsvpStatus } from '../../src/modules/events/event.model.js';
import { AssemblyOutcome, IssueScope } from '../../src/modules/issues/issue.model.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { describeEachEngine } from './engines.js';
import { personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const eventInput = (o: Partial<EventInput>) => plainToInstance(EventInput, { name: 'March board hearing', date: '2099-03-10', ...o });

describeEachEngine('events, attendance and turnout asks', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  /** A campaign taken through the whole gate to mobilizing, or left proposed. */
  async function campaign(r1: string, mobilize: boolean) {
    const leader = viewer(Role.LEADER, [r1]);
    const rst = await s.teams.create(leader, { name: 'RST', kind: TeamKind.REGIONAL_STRATEGY_TEAM, regionId: r1 });
    const issue = await s.issues.create(leader, { name: 'Restore counselor funding', scope: IssueScope.SPECIFIC_ISSUE, regionId: r1 });
    const target = await s.people.create(leader, personInput(r1, { name: 'Board President', kinds: ['TARGET'] as never }));
    const c = await s.campaigns.create(leader, plainToInstance(CampaignInput, {
      name: 'Fund our schools', regionId: r1, issueId: issue.id, targetPersonId: target.id, theoryOfChange: 'ToC', actionProposal: 'Pack the hearing',
    }));
    if (!mobilize) return { leader, campaign: c };
    const approved = await s.campaigns.approve(leader, c.id, c.version, rst.id);
    const assembly = await s.issues.createAssembly(leader, { name: 'Assembly', date: '2025-03-01', regionId: r1 });
    await s.issues.decide(leader, { assemblyId: assembly.id, issueId: issue.id, outcome: AssemblyOutcome.PRIORITIZED });
    const m = await s.campaigns.setStatus(leader, c.id, approved.version, CampaignStatus.MOBILIZING);
    return { leader, campaign: m };
  }

  it('does not ask members to turn out for a campaign that is not mobilizing, and says what is missing', async () => {
    const [r1] = await twoRegions(s);
    const { leader, campaign: c } = await campaign(r1, false);
    const event = await s.events.create(leader, eventInput({ regionId: r1, campaignId: c.id }));
    const member = await s.people.create(leader, personInput(r1));
    await expect(s.events.ask(leader, event.id, [member.id], false)).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION', message: expect.stringContaining('not mobilizing'), extra: { missing: ['ISSUE_PRIORITIZED', 'RST_APPROVED'] },
    });
    expect(await s.events.asks(leader, event.id)).toEqual([]);
  });

  it('holds turnout asks to the limit unless confirmed, and counts them per person', async () => {
    const [r1] = await twoRegions(s);
    const { leader, campaign: c } = await campaign(r1, true);
    const event = await s.events.create(leader, eventInput({ regionId: r1, campaignId: c.id }));
    const [ana, ben] = [await s.people.create(leader, personInput(r1, { name: 'Ana' })), await s.people.create(leader, personInput(r1, { name: 'Ben' }))];
    for (let i = 0; i < 3; i++) await s.events.ask(leader, event.id, [ana.id], false);
    let [load] = await s.events.askLoad(leader, [ana.id]);
    expect(load).toMatchObject({ last30Days: 3, last90Days: 3, limit: 3, atLimit: true });

    // Asking Ana a fourth time is refused as a whole: Ben is not asked either, and the message names Ana.
    await expect(s.events.ask(leader, event.id, [ana.id, ben.id], false)).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION', message: expect.stringMatching(/^Ana was asked 3 times in the last 30 days \(limit 3\)/), extra: { overLimit: [ana.id] },
    });
    expect((await s.events.askLoad(leader, [ben.id]))[0].last30Days).toBe(0);

    expect((await s.events.ask(leader, event.id, [ana.id, ben.id], true)).id).toBe(event.id);
    const asks = await s.events.asks(leader, event.id);
    expect(asks.filter((a) => a.person.id === ana.id)).toHaveLength(4);
    expect(asks.filter((a) => a.person.id === ben.id)).toHaveLength(1);
    [load] = await s.events.askLoad(leader, [ana.id]);
    expect(load.last30Days).toBe(4);
  });

  it('records RSVPs and attendance with who brought whom; attending makes a non-member a member', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const event = await s.events.create(leader, eventInput({ name: 'House meeting at Rosa’s', date: '2024-03-10', regionId: r1 }));
    const rosa = await s.people.create(leader, personInput(r1, { name: 'Rosa', kinds: ['MEMBER'] as never }));
    const neighbor = await s.people.create(leader, personInput(r1, { name: 'Neighbor', kinds: ['ALLY'] as never }));
    expect((await s.events.rsvp(leader, event.id, neighbor.id, RsvpStatus.YES)).id).toBe(event.id);
    expect(await s.events.rsvps(leader, event.id)).toMatchObject([{ person: { id: neighbor.id }, status: 'YES' }]);
    await s.events.rsvp(leader, event.id, neighbor.id, RsvpStatus.MAYBE);
    expect((await s.events.rsvps(leader, event.id)).map((r) => r.status)).toEqual(['MAYBE']);

    await s.events.recordAttendance(leader, plainToInstance(AttendanceInput, {
      eventId: event.id, attendees: [{ personId: rosa.id }, { personId: neighbor.id, broughtById: rosa.id }],
    }));
    const attendance = await s.events.attendance(leader, event.id);
    expect(attendance.map((a) => [a.person.name, a.broughtBy?.name ?? null]).sort()).toEqual([['Neighbor', 'Rosa'], ['Rosa', null]]);
    expect((await s.people.get(leader, neighbor.id)).kinds).toEqual(expect.arrayContaining(['ALLY', 'MEMBER']));
    expect((await s.history.of('Person', neighbor.id))[0].summary).toBe('Became a member by attending House meeting at Rosa’s');

    // Someone from another region cannot be recorded, and nothing is written.
    const outsider = await s.people.create(viewer(Role.LEADER, [r2]), personInput(r2));
    await expect(s.events.recordAttendance(leader, plainToInstance(AttendanceInput, { eventId: event.id, attendees: [{ personId: outsider.id }] })))
      .rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await s.events.attendance(leader, event.id)).toHaveLength(2);
    await expect(s.events.get(viewer(Role.LEADER, [r2]), event.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.events.create(viewer(Role.CONNECTOR, [r1]), eventInput({ regionId: r1 }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('takes RSVPs for an event that has not happened yet but refuses its attendance, saying why, and records nothing', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const event = await s.events.create(leader, eventInput({ name: 'Spring rally', date: '2099-04-01', regionId: r1 }));
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana', kinds: ['ALLY'] as never }));
    await s.events.rsvp(leader, event.id, ana.id, RsvpStatus.YES);
    expect(await s.events.rsvps(leader, event.id)).toMatchObject([{ person: { id: ana.id }, status: 'YES' }]);
    await expect(s.events.recordAttendance(leader, plainToInstance(AttendanceInput, { eventId: event.id, attendees: [{ personId: ana.id }] })))
      .rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('“Spring rally” is on 2099-04-01 and has not happened yet') });
    expect(await s.events.attendance(leader, event.id)).toEqual([]);
    expect((await s.people.get(leader, ana.id)).kinds).toEqual(['ALLY']);
    expect((await s.history.of('Event', event.id)).map((h) => h.summary)).toEqual(['Created']);
  });
});

import { Role } from '../../src/common/viewer.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

describeEachEngine('history', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  it('keeps who changed what and when on a person, newest first, without contact values', async () => {
    const [r1] = await twoRegions(s);
    const leaderAccount = await s.accounts.create(admin(), { email: `h-${Date.now()}@example.org`, displayName: 'Hana Leader', password: 'long-enough-password', role: Role.LEADER, regionIds: [r1] });
    const leader = viewer(Role.LEADER, [r1], leaderAccount.id);
    const p = await s.people.create(leader, personInput(r1, { name: 'History Person', emails: ['old@example.org'], zip: '60614' }));
    await s.people.update(leader, p.id, 1, personInput(r1, { name: 'History Person', emails: ['new@example.org'], zip: '60615', tags: ['parent'] }));
    const friend = await s.people.create(leader, personInput(r1));
    await s.ties.setKnows(leader, { personId: p.id, otherPersonId: friend.id, strength: 4, context: 'neighbors' });
    const org = await s.organizations.create(leader, organizationInput(r1));
    await s.ties.addAffiliation(leader, { personId: p.id, organizationId: org.id, kind: AffiliationKind.WORKS_AT, title: 'Organizer' });

    const history = await s.history.of('Person', p.id);
    expect(history.map((h) => h.action)).toEqual(['affiliation added', 'tie set', 'updated', 'created']);
    expect(history.every((h) => h.byName === 'Hana Leader')).toBe(true);
    const update = history[2];
    expect(update.summary).toBe('Changed emails, zip, tags');
    expect(update.changes).toEqual([
      { field: 'emails', from: null, to: null },
      { field: 'zip', from: '60614', to: '60615' },
      { field: 'tags', from: null, to: 'parent' },
    ]);
    expect(JSON.stringify(history)).not.toMatch(/old@example|new@example/);
    expect((await s.history.of('Person', friend.id)).map((h) => h.action)).toEqual(['tie set', 'created']);
    expect((await s.history.of('Organization', org.id)).map((h) => h.summary)).toEqual(['Affiliation added: works at (Organizer)', 'Created']);
  });

  it('writes no history for a change that was refused', async () => {
    const [r1] = await twoRegions(s);
    const me = viewer(Role.STAFF, [r1]);
    const p = await s.people.create(me, personInput(r1));
    await s.people.update(me, p.id, 1, personInput(r1, { name: 'Accepted' }));
    await expect(s.people.update(me, p.id, 1, personInput(r1, { name: 'Stale' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await s.history.of('Person', p.id)).map((h) => h.action)).toEqual(['updated', 'created']);
  });

  it('tells entries about records outside the viewer’s regions as “someone outside your regions”, without their names or words', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const both = viewer(Role.STAFF, [r1, r2]);
    const mine = await s.people.create(leader, personInput(r1, { name: 'Lakes Person' }));
    const far = await s.people.create(both, personInput(r2, { name: 'Far Away ZQX' }));
    const farOrg = await s.organizations.create(both, organizationInput(r2, { name: 'Far Org ZQX' }));
    await s.ties.setKnows(both, { personId: mine.id, otherPersonId: far.id, strength: 5, context: 'met at ZQX church' });
    await s.ties.addAffiliation(both, { personId: mine.id, organizationId: farOrg.id, kind: AffiliationKind.WORKS_AT, title: 'ZQX organizer' });
    await s.leadership.setMentor(both, { mentorId: far.id, menteeId: mine.id }, true);
    await s.ties.removeKnows(both, mine.id, far.id);

    const seen = await s.history.seenBy(leader, 'Person', mine.id);
    expect(JSON.stringify(seen)).not.toContain('ZQX');
    expect(seen.map((h) => h.summary)).toEqual([
      'Tie removed with someone outside your regions',
      'Mentoring changed with someone outside your regions',
      'Affiliation added with an organization outside your regions',
      'Tie set with someone outside your regions: strength 5.0',
      'Created',
    ]);
    expect(seen[2].changes.every((f) => f.from === null && f.to === null)).toBe(true);
    // Someone who works in both regions reads the entries as written.
    const full = await s.history.seenBy(both, 'Person', mine.id);
    expect(full.map((h) => h.summary)).toEqual(expect.arrayContaining(['Tie set: strength 5.0, met at ZQX church', 'Far Away ZQX mentors Lakes Person', 'Affiliation added: works at (ZQX organizer)']));
  });
});

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
});

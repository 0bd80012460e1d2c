import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { loadConfig } from '../../src/config/app-config.js';
import { EventInput } from '../../src/modules/events/event.model.js';
import { RsvpForm } from '../../src/modules/rsvp-page/rsvp-form.js';
import { RsvpPageRepository } from '../../src/modules/rsvp-page/rsvp-page.repository.js';
import { RsvpPageService } from '../../src/modules/rsvp-page/rsvp-page.service.js';
import { admin, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';
import { describeEachEngine } from './engines.js';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const form = (f: Partial<RsvpForm>): RsvpForm => plainToInstance(RsvpForm, { zip: '60614', ...f });

describeEachEngine('public RSVP page', (store) => {
  let s: Services;
  let page: RsvpPageService;
  beforeAll(() => {
    s = services(store());
    page = new RsvpPageService(new RsvpPageRepository(store()), loadConfig({ DATA_DIR: '/nonexistent', RSVP_PAGE_MAX_PER_HOUR: '3' }));
  });

  async function openEvent(region: string, date = inDays(10)) {
    const e = await s.events.create(admin(), plainToInstance(EventInput, { name: 'Tenant assembly', date, regionId: region }));
    const { token } = await page.setOpen(admin(), e.id, true);
    return { id: e.id, token: token! };
  }

  it('matches people only within the event’s region: the same email elsewhere is a new person here, tagged self-registered', async () => {
    const [r1, r2] = await twoRegions(s);
    const elsewhere = await s.people.create(admin(), personInput(r2, { name: 'Same Email Elsewhere', emails: ['shared@example.org'] }));
    const { id, token } = await openEvent(r1);
    await page.rsvp(token, form({ name: 'Shared Newcomer', email: 'Shared@Example.org' }));
    const [rsvp] = await s.events.rsvps(admin(), id);
    expect(rsvp.person.id).not.toBe(elsewhere.id);
    expect(rsvp.person).toMatchObject({ name: 'Shared Newcomer', regionId: r1, tags: ['self-registered'], emails: ['Shared@Example.org'] });
    expect(rsvp).toMatchObject({ fromPublicPage: true, invitedBy: null });
    expect((await s.history.of('Person', rsvp.person.id)).map((h) => h.summary)).toContain('Self-registered through the RSVP page of Tenant assembly');
  });

  it('credits the inviter only when the text names exactly one person of the region', async () => {
    const [r1] = await twoRegions(s);
    await s.people.create(admin(), personInput(r1, { name: 'Sam Lee' }));
    await s.people.create(admin(), personInput(r1, { name: 'Sam Lee' }));
    const rosa = await s.people.create(admin(), personInput(r1, { name: 'Rosa Delgado' }));
    const { id, token } = await openEvent(r1);
    await page.rsvp(token, form({ name: 'First Guest', phone: '312-555-0101', invitedBy: 'Sam Lee' }));
    // An inviter code: the person's id, as a link shared by that person could carry it.
    await page.rsvp(token, form({ name: 'Second Guest', phone: '312-555-0102', invitedBy: rosa.id }));
    const rsvps = await s.events.rsvps(admin(), id);
    expect(rsvps.find((r) => r.person.name === 'First Guest')).toMatchObject({ invitedBy: null, invitedByText: 'Sam Lee' });
    expect(rsvps.find((r) => r.person.name === 'Second Guest')?.invitedBy?.id).toBe(rosa.id);
  });

  it('a leader of the region sees who invited; a leader of another region sees none of its RSVPs', async () => {
    const [r1, r2] = await twoRegions(s);
    await s.people.create(admin(), personInput(r1, { name: 'Rosa Inviter' }));
    const { id, token } = await openEvent(r1);
    await page.rsvp(token, form({ name: 'Guest', email: 'guest-r1@example.org', invitedBy: 'Rosa Inviter' }));
    const leader = viewer(Role.LEADER, [r1]);
    expect((await s.events.rsvps(leader, id))[0].invitedBy?.name).toBe('Rosa Inviter');
    await expect(s.events.rsvps(viewer(Role.LEADER, [r2]), id)).resolves.toEqual([]);
  });

  it('refuses a closed page, an unknown token and a past event, saving nothing', async () => {
    const [r1] = await twoRegions(s);
    const { id, token } = await openEvent(r1);
    await page.setOpen(admin(), id, false);
    await expect(page.rsvp(token, form({ name: 'Late', email: 'late@example.org' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(page.publicEvent('not-a-real-token-123')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const past = await openEvent(r1, inDays(-3));
    expect((await page.publicEvent(past.token)).past).toBe(true);
    await expect(page.rsvp(past.token, form({ name: 'Late', email: 'late@example.org' }))).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
    expect(await s.events.rsvps(admin(), id)).toEqual([]);
    expect(await s.events.rsvps(admin(), past.id)).toEqual([]);
  });

  it('only leaders, staff and admins open a page', async () => {
    const [r1] = await twoRegions(s);
    const e = await s.events.create(admin(), plainToInstance(EventInput, { name: 'Closed to connectors', date: inDays(5), regionId: r1 }));
    await expect(page.setOpen(viewer(Role.CONNECTOR, [r1]), e.id, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(page.setOpen(viewer(Role.LEADER, [`elsewhere-${r1}`]), e.id, true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await page.settings(admin(), e.id)).toEqual({ on: false, token: null });
  });

  it('moves the inviter’s credit with a merge of the inviter, and back on undo', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const keep = await s.people.create(leader, personInput(r1, { name: 'Ines Inviter' }));
    const dup = await s.people.create(leader, personInput(r1, { name: 'Ines Invites', emails: ['ines@example.org'] }));
    const { id, token } = await openEvent(r1);
    await page.rsvp(token, form({ name: 'Merged Guest', email: 'merged-guest@example.org', invitedBy: 'ines@example.org' }));
    const invitedBy = async () => (await s.events.rsvps(leader, id)).map((r) => r.invitedBy?.id);
    expect(await invitedBy()).toEqual([dup.id]);
    const m = await s.merge.mergePeople(leader, keep.id, dup.id, keep.version, dup.version);
    expect(await invitedBy()).toEqual([keep.id]);
    await s.merge.undoMerge(leader, m.merge.id);
    expect(await invitedBy()).toEqual([dup.id]);
  });

  it('lets RSVP_PAGE_MAX_PER_HOUR through from one address, then says how long to wait', () => {
    expect([page.admit('203.0.113.9'), page.admit('203.0.113.9'), page.admit('203.0.113.9')]).toEqual([0, 0, 0]);
    expect(page.admit('203.0.113.9')).toBeGreaterThan(59 * 60_000);
    expect(page.admit('198.51.100.7')).toBe(0);
  });
});

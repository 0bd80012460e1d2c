import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { cypher } from '../../src/graph/query.js';
import { AttendanceInput, EventInput } from '../../src/modules/events/event.model.js';
import { ImportService } from '../../src/modules/import/import.service.js';
import { InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { PersonKind } from '../../src/modules/people/models/person.model.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { loadConfig } from '../../src/config/app-config.js';
import { RsvpForm } from '../../src/modules/rsvp-page/rsvp-form.js';
import { RsvpPageRepository } from '../../src/modules/rsvp-page/rsvp-page.repository.js';
import { RsvpPageService } from '../../src/modules/rsvp-page/rsvp-page.service.js';
import { describeEachEngine } from './engines.js';
import { expectSame, fresh } from '../factories/reach-answers.js';
import { organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const rename = cypher('test.derived.rename', 'write', `MATCH (p:Person {id: $id}) SET p.name = $name`, { people: ['id'] });
const importedPeople = cypher('test.derived.importedPeople', 'read', `MATCH (n:Person) WHERE n.importId = $id RETURN n.id AS id`);
const importedOrganizations = cypher('test.derived.importedOrganizations', 'read', `MATCH (n:Organization) WHERE n.importId = $id RETURN n.id AS id`);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/**
 * Derived state follows commits through one mechanism (the store's change feed): whatever path writes, the
 * reach index kept by the app answers as a fresh load of the graph does. No service tells it anything.
 */
describeEachEngine('derived state: the kept reach index follows every write path', (store) => {
  let s: Services;
  let r1: string;
  let r2: string;
  let leader: ReturnType<typeof viewer>;
  const ids: string[] = [];
  const teamIds: string[] = [];

  beforeAll(async () => {
    s = services(store());
    [r1, r2] = await twoRegions(s);
    leader = viewer(Role.LEADER, [r1, r2]);
    for (let i = 0; i < 16; i++) {
      ids.push((await s.people.create(leader, personInput(i % 4 === 3 ? r2 : r1, { name: `Derived ${i}`, emails: [`derived${i}-${r1}@example.org`], kinds: i < 3 ? [PersonKind.MEMBER] : [PersonKind.ALLY] }))).id);
    }
    for (let i = 0; i < 16; i++) await s.ties.setKnows(leader, { personId: ids[i], otherPersonId: ids[(i + 1) % 16], strength: 1 + (i % 5), context: null, since: null });
    await s.reachIndex.reload();
  });

  /** Everyone the tests made (people and organizations), for the comparison. */
  const everyone = (...more: string[]) => [...ids, ...more];
  const same = async (...more: string[]) => expectSame(s.reachIndex, await fresh(store()), everyone(...more), teamIds, ids.slice(0, 3));

  it('people, organizations, ties and affiliations, by hand', async () => {
    const added = await s.people.create(leader, personInput(r1, { name: 'Added', kinds: [PersonKind.MEMBER] }));
    await s.ties.setKnows(leader, { personId: added.id, otherPersonId: ids[5], strength: 4, context: 'block club', since: '2020-02-02' });
    const person = await s.people.get(leader, ids[4]);
    await s.people.update(leader, ids[4], person.version, personInput(r2, { name: 'Moved Four', emails: person.emails ?? [], kinds: [PersonKind.LEADER] }));
    await s.ties.setKnows(leader, { personId: ids[0], otherPersonId: ids[1], strength: 5, context: 'edited', since: null });
    await s.ties.removeKnows(leader, ids[6], ids[7]);
    const org = await s.organizations.create(leader, organizationInput(r1, { name: 'Derived Union' }));
    await s.ties.addAffiliation(leader, { personId: ids[2], organizationId: org.id, kind: AffiliationKind.LEADS, title: 'Chair' });
    await s.ties.addAffiliation(leader, { personId: ids[9], organizationId: org.id, kind: AffiliationKind.WORKS_AT, title: null });
    await s.ties.removeAffiliation(leader, ids[9], org.id, AffiliationKind.WORKS_AT);
    const o = await s.organizations.get(leader, org.id);
    await s.organizations.update(leader, org.id, o.version, organizationInput(r1, { name: 'Derived Union, renamed' }));
    const gone = await s.organizations.create(leader, organizationInput(r1, { name: 'Gone Org' }));
    await s.ties.addAffiliation(leader, { personId: ids[3], organizationId: gone.id, kind: AffiliationKind.MEMBER_OF, title: null });
    await s.organizations.delete(leader, gone.id);
    await s.people.delete(leader, ids[8]);
    expect(s.reachIndex.info(ids[4])).toMatchObject({ name: 'Moved Four', region: r2 });
    expect(s.reachIndex.info(gone.id)).toBeNull();
    await same(added.id, org.id, gone.id);
  });

  it('teams and their members', async () => {
    const team = await s.teams.create(leader, { name: 'Derived IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    teamIds.push(team.id);
    await s.teams.addMember(leader, team.id, ids[0], null);
    await s.teams.addMember(leader, team.id, ids[1], null);
    await s.teams.addMember(leader, team.id, ids[2], null);
    await s.teams.removeMember(leader, team.id, ids[2]);
    expect(s.reachIndex.teamMembers(team.id, null)?.sort()).toEqual([ids[0], ids[1]].sort());
    const t = await s.teams.get(leader, team.id);
    await s.teams.update(leader, team.id, t.version, { name: 'Derived IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r2 });
    expect(s.reachIndex.teamMembers(team.id, new Set([r1]))).toBeNull();
    const other = await s.teams.create(leader, { name: 'Short-lived', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    teamIds.push(other.id);
    await s.teams.addMember(leader, other.id, ids[3], null);
    await s.teams.delete(leader, other.id);
    expect(s.reachIndex.teamMembers(other.id, null)).toBeNull();
    await same();
  });

  it('logged meetings (tie scores, new members) and attendance (new members)', async () => {
    await s.interactions.log(leader, plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, date: daysAgo(3), hostPersonId: ids[10], personIds: [ids[12]] }));
    await s.interactions.log(leader, plainToInstance(LogInteractionInput, { kind: InteractionKind.HOUSE_MEETING, date: daysAgo(2), hostPersonId: ids[5], personIds: [ids[13], ids[14]] }));
    const event = await s.events.create(leader, plainToInstance(EventInput, { name: 'Derived meeting', date: '2024-03-10', regionId: r1 }));
    await s.events.recordAttendance(leader, plainToInstance(AttendanceInput, { eventId: event.id, attendees: [{ personId: ids[9] }, { personId: ids[11], broughtById: ids[9] }] }));
    expect(s.reachIndex.members(null)).toEqual(expect.arrayContaining([ids[9], ids[11]]));
    await same();
  });

  it('merging two people and undoing it', async () => {
    const dup = await s.people.create(leader, personInput(r1, { name: 'Derived 1 again' }));
    await s.ties.setKnows(leader, { personId: dup.id, otherPersonId: ids[12], strength: 3, context: null, since: null });
    const keep = await s.people.get(leader, ids[1]);
    const merged = await s.merge.mergePeople(leader, keep.id, dup.id, keep.version, (await s.people.get(leader, dup.id)).version);
    expect(s.reachIndex.info(dup.id)).toBeNull();
    await same(dup.id);
    await s.merge.undoMerge(leader, merged.merge.id);
    expect(s.reachIndex.info(dup.id)).not.toBeNull();
    await same(dup.id);
  });

  it('a newcomer self-registering through the public RSVP page', async () => {
    const page = new RsvpPageService(new RsvpPageRepository(store()), loadConfig({ DATA_DIR: '/nonexistent' }));
    const event = await s.events.create(leader, plainToInstance(EventInput, { name: 'Derived RSVP', date: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10), regionId: r1 }));
    const { token } = await page.setOpen(leader, event.id, true);
    await page.rsvp(token!, plainToInstance(RsvpForm, { name: 'Derived Newcomer', email: `newcomer-${r1}@example.org`, zip: '60614' }));
    const [rsvp] = await s.events.rsvps(leader, event.id);
    expect(s.reachIndex.info(rsvp.person.id)).toMatchObject({ name: 'Derived Newcomer', region: r1 });
    await same(rsvp.person.id);
  });

  it('imports (rows path and bulk path) and their roll-backs', async () => {
    const imports = new ImportService(store(), s.regions);
    const people = ['Name,Email,Region,Kinds', ...Array.from({ length: 6 }, (_, i) => `Imported ${i},derived-imp${i}-${r1}@example.org,${r1},${i ? 'ally' : 'member'}`)].join('\n');
    const rowsJob = await (await imports.start(leader, people, { kind: 'people', dryRun: false })).done;
    expect(rowsJob).toMatchObject({ status: 'done', created: 6 });
    const orgs = ['Name,Region', 'Imported Org One,' + r1, 'Imported Org Two,' + r1].join('\n');
    const orgJob = await (await imports.start(leader, orgs, { kind: 'organizations', dryRun: false })).done;
    expect(orgJob).toMatchObject({ status: 'done', created: 2 });
    const meetings = ['Date,Type,Host,Participants', `${daysAgo(6)},one-to-one,derived-imp0-${r1}@example.org,derived-imp1-${r1}@example.org`].join('\n');
    const meetJob = await (await imports.start(leader, meetings, { kind: 'interactions', dryRun: false })).done;
    expect(meetJob).toMatchObject({ status: 'done', created: 1 });
    const importedIds = async (jobId: string) => [importedPeople, importedOrganizations].reduce(async (all, q) => [...(await all), ...(await store().read(q, { id: jobId })).map((r) => String(r.id))], Promise.resolve([] as string[]));
    const more = [...(await importedIds(rowsJob.id)), ...(await importedIds(orgJob.id))];
    await same(...more);

    imports.bulkThreshold = 0;
    const bulkPeople = ['Name,Email,Region', ...Array.from({ length: 5 }, (_, i) => `Bulk ${i},derived-bulk${i}-${r1}@example.org,${r1}`)].join('\n');
    const bulkJob = await (await imports.start(leader, bulkPeople, { kind: 'people', dryRun: false })).done;
    expect(bulkJob).toMatchObject({ status: 'done', created: 5 });
    const email = (i: number) => `derived-bulk${i}-${r1}@example.org`;
    const ties = ['A,B,Strength', ...Array.from({ length: 5 }, (_, i) => `${email(i)},${email((i + 1) % 5)},${1 + i}`), `${email(0)},derived-imp2-${r1}@example.org,2`, `derived${0}-${r1}@example.org,derived${1}-${r1}@example.org,3`].join('\n');
    const tieJob = await (await imports.start(leader, ties, { kind: 'ties', dryRun: false, mapping: { A: 'personEmail', B: 'otherEmail', Strength: 'strength' } })).done;
    expect(tieJob).toMatchObject({ status: 'done', created: 6, updated: 1 });
    const bulkIds = await importedIds(bulkJob.id);
    await same(...more, ...bulkIds);

    await imports.rollback(leader, tieJob.id);
    await same(...more, ...bulkIds);
    await imports.rollback(leader, bulkJob.id);
    await imports.rollback(leader, meetJob.id);
    await imports.rollback(leader, rowsJob.id);
    for (const id of [...bulkIds, ...more.slice(0, 6)]) expect(s.reachIndex.has(id)).toBe(false);
    await same(...more, ...bulkIds);
  });

  it('a write query of its own, through the store, with no service at all', async () => {
    await store().write(rename, { id: ids[15], name: 'Renamed below the services' });
    expect(s.reachIndex.info(ids[15])).toMatchObject({ name: 'Renamed below the services' });
    await same();
  });
});

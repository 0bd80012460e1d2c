import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import type { GraphStore } from '../../src/graph/graph-store.port.js';
import { graphModel } from '../../src/graph/schema/graph-model.js';
import { PERSON_REL_SHAPES, REL_SHAPES } from '../../src/modules/dedupe/merge.queries.js';
import type { RelSnapshot } from '../../src/modules/dedupe/merge.service.js';
import { AttendanceInput, EventInput } from '../../src/modules/events/event.model.js';
import { InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { CompetencyTheme } from '../../src/modules/leadership/competencies.js';
import { AssessmentInput, MentorInput } from '../../src/modules/leadership/leadership.model.js';
import { PersonQueries } from '../../src/modules/people/people.queries.js';
import { RoleKind } from '../../src/modules/roles/role.model.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, peopleArgs, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';
import { MergeSide } from '../../src/modules/dedupe/merge.model.js';
import { FieldDefinitionInput, FieldEntity, FieldType } from '../../src/modules/custom-fields/custom-field.model.js';

const keyTail = () => Math.random().toString(36).slice(2, 8);

const log = (o: Partial<LogInteractionInput>) => plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, ...o });
const sortRels = (rels: RelSnapshot[]) => rels.map((r) => JSON.stringify(r)).sort();

describeEachEngine('merging two people and undoing it', (storeOf) => {
  let s: Services;
  let store: GraphStore;
  beforeAll(() => {
    store = storeOf();
    s = services(store);
  });

  /** Everything stored about a person: every property and every relationship, in every type the model has. */
  async function state(id: string) {
    const [row] = await store.read(PersonQueries.byId, { allRegions: true, regions: [], id });
    return { person: row ? row.p : null, rels: sortRels(await s.merge.relsOf(store, id)) };
  }

  it('covers every relationship type the model lets touch a person', () => {
    const touching = graphModel.relationships.filter((r) => r.between.some(([a, b]) => a === 'Person' || b === 'Person')).map((r) => r.type);
    expect(new Set(PERSON_REL_SHAPES.map((x) => x.type))).toEqual(new Set(touching));
    const touchingOrgs = graphModel.relationships.filter((r) => r.between.some(([a, b]) => a === 'Organization' || b === 'Organization')).map((r) => r.type);
    expect(new Set(REL_SHAPES.Organization.map((x) => x.type))).toEqual(new Set(touchingOrgs));
    expect(touching).toEqual(expect.arrayContaining(['KNOWS', 'MEMBER_OF', 'WORKS_AT', 'LEADS', 'PARTICIPATED', 'RSVPED', 'ATTENDED', 'ASKED_TO_ATTEND', 'HOLDS_ROLE', 'ASSESSES', 'MENTORS', 'ASKED_BY', 'TARGETS', 'ABOUT']));
  });

  it('moves every tie, affiliation, interaction, role, assessment, mentor link and history to the kept person, and undo puts both back exactly', async () => {
    const [r1, r2] = await twoRegions(s);
    const account = await s.accounts.create(admin(), { email: `l${Math.random().toString(36).slice(2)}@example.org`, displayName: 'Lee Leader', password: 'long-enough-password', role: Role.LEADER, regionIds: [r1] });
    const leader = viewer(Role.LEADER, [r1], account.id);
    const self = await s.people.create(leader, personInput(r1, { name: 'Lee Leader' }));
    await s.accounts.setPerson(account.id, self.id);

    const keep = await s.people.create(leader, personInput(r1, { name: 'Maria Garcia', emails: ['maria@example.org'], phones: ['312 555 0101'], tags: ['tenant'], notes: 'Kept notes', zip: '60614' }));
    let dup = await s.people.create(leader, personInput(r1, { name: 'Maria Garcai', emails: ['MARIA@example.org', 'mg@work.example.org'], tags: ['parent'], kinds: ['MEMBER', 'LEADER'] as never, notes: 'Merged notes', zip: '60614' }));
    dup = await s.people.update(leader, dup.id, dup.version, personInput(r1, { name: 'Maria Garcai', emails: ['MARIA@example.org', 'mg@work.example.org'], tags: ['parent'], kinds: ['MEMBER', 'LEADER'] as never, notes: 'Merged notes', zip: '60614' }));
    const friend = await s.people.create(leader, personInput(r1, { name: 'Omar Friend' }));
    const mentor = await s.people.create(leader, personInput(r1, { name: 'Marta Mentor' }));
    const org = await s.organizations.create(leader, organizationInput(r1, { name: 'Tenants Union' }));

    await s.ties.setKnows(leader, { personId: dup.id, otherPersonId: keep.id, strength: 4 }); // a tie between the two
    await s.ties.setKnows(leader, { personId: dup.id, otherPersonId: friend.id, strength: 3, context: 'neighbors' });
    await s.ties.setKnows(leader, { personId: keep.id, otherPersonId: friend.id, strength: 2 });
    await s.ties.addAffiliation(leader, { personId: dup.id, organizationId: org.id, kind: AffiliationKind.MEMBER_OF });
    await s.interactions.log(leader, log({ personIds: [dup.id], notes: 'First one-to-one' }));
    await s.interactions.log(leader, log({ personIds: [keep.id] }));
    await s.roles.assign(leader, { personId: dup.id, role: RoleKind.POINT_OF_CONTACT, organizationId: org.id, startDate: '2025-01-01' });
    await s.leadership.assess(leader, plainToInstance(AssessmentInput, { personId: dup.id, theme: CompetencyTheme.GROWTH, level: 2, assessedOn: '2025-03-01' }));
    await s.leadership.setMentor(leader, plainToInstance(MentorInput, { mentorId: mentor.id, menteeId: dup.id, since: '2025-02-01' }), true);
    dup = await s.people.get(leader, dup.id);
    const current = await s.people.get(leader, keep.id);

    const before = { keep: await state(keep.id), dup: await state(dup.id), friend: await state(friend.id), self: await state(self.id) };
    const dupTypes = new Set(before.dup.rels.map((r) => JSON.parse(r).type));
    expect(dupTypes).toEqual(new Set(['KNOWS', 'MEMBER_OF', 'PARTICIPATED', 'HOLDS_ROLE', 'ASSESSES', 'MENTORS', 'ABOUT']));

    // Refused: a connector, someone outside the region, a stale version.
    await expect(s.merge.mergePeople(viewer(Role.CONNECTOR, [r1]), keep.id, dup.id, current.version, dup.version)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(s.merge.mergePeople(viewer(Role.LEADER, [r2]), keep.id, dup.id, current.version, dup.version)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.merge.mergePeople(leader, keep.id, dup.id, current.version, dup.version - 1)).rejects.toMatchObject({ code: 'CONFLICT' });

    const result = await s.merge.mergePeople(leader, keep.id, dup.id, current.version, dup.version);
    expect(result.person).toMatchObject({
      id: keep.id, name: 'Maria Garcia', emails: ['maria@example.org', 'mg@work.example.org'], phones: ['312 555 0101'],
      tags: ['tenant', 'parent'], kinds: ['MEMBER', 'LEADER'], notes: 'Kept notes\n\nMerged notes', version: current.version + 1,
    });
    expect((await state(dup.id)).person).toBeNull();
    await expect(s.people.get(leader, dup.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Ties: the tie between the two is dropped; the one to the friend is combined (stronger hand-set strength kept);
    // the tie the interaction made is moved.
    const ties = await s.ties.knowsOf(leader, keep.id);
    expect(ties.map((t) => t.person.name).sort()).toEqual(['Lee Leader', 'Omar Friend']);
    expect(ties.find((t) => t.person.id === friend.id)).toMatchObject({ strengthSetByHand: 3 });
    const leaderTie = ties.find((t) => t.person.id === self.id)!;
    expect(leaderTie.interactionCount).toBe(2);
    expect((await s.ties.knowsOf(leader, friend.id)).map((t) => t.person.id)).toEqual([keep.id]);
    expect((await s.ties.affiliationsOfPerson(leader, result.person)).map((a) => [a.organization.name, a.kind])).toEqual([['Tenants Union', 'MEMBER_OF']]);
    expect((await s.interactions.ofPerson(leader, keep.id)).map((i) => i.notes).sort()).toEqual([null, 'First one-to-one'].sort());
    expect((await s.roles.ofPerson(leader, keep.id)).map((r) => r.role)).toEqual([RoleKind.POINT_OF_CONTACT]);
    expect((await s.leadership.assessments(leader, keep.id)).map((a) => a.level)).toEqual([2]);
    expect((await s.leadership.mentors(leader, keep.id)).map((m) => m.person.name)).toEqual(['Marta Mentor']);
    const history = (await s.history.of('Person', keep.id)).map((h) => h.summary);
    expect(history[0]).toBe('Merged Maria Garcai into this record');
    expect(history.filter((h) => h === 'Created')).toHaveLength(2); // the merged person's history came along
    expect(await s.dedupe.findPeople(leader, r1, 100)).toEqual([]);

    const [recent] = await s.merge.recentMerges(leader, 10);
    expect(recent).toMatchObject({ id: result.merge.id, keptName: 'Maria Garcia', mergedName: 'Maria Garcai', undoneAt: null });
    expect(await s.merge.recentMerges(viewer(Role.LEADER, [r2]), 10)).toEqual([]);

    // Undo: both come back exactly (the kept person's version moves on; history gains the merge and its undo).
    const undone = await s.merge.undoMerge(leader, result.merge.id);
    expect(undone.skipped).toBe(0);
    expect(undone.restored).toMatchObject({ id: dup.id, name: 'Maria Garcai', version: dup.version });
    const changeIdsBefore = new Set([...before.keep.rels, ...before.dup.rels].map((r) => JSON.parse(r)).filter((r) => r.type === 'ABOUT').map((r) => r.fromId));
    const withoutNewHistory = (rels: string[]) => rels.filter((r) => { const x = JSON.parse(r); return x.type !== 'ABOUT' || changeIdsBefore.has(x.fromId); });
    const after = { keep: await state(keep.id), dup: await state(dup.id), friend: await state(friend.id), self: await state(self.id) };
    expect(after.dup.person).toEqual(before.dup.person);
    expect({ ...(after.keep.person as object), version: 0, updatedAt: '' }).toEqual({ ...(before.keep.person as object), version: 0, updatedAt: '' });
    expect(withoutNewHistory(after.dup.rels)).toEqual(before.dup.rels);
    expect(withoutNewHistory(after.keep.rels)).toEqual(before.keep.rels);
    expect(after.friend.rels).toEqual(before.friend.rels);
    expect(after.self.rels).toEqual(before.self.rels);
    expect(after.keep.rels.length - before.keep.rels.length).toBe(2);
    expect((await s.history.of('Person', keep.id))[0].summary).toBe('Undid the merge of Maria Garcai into this record');
    expect((await s.history.of('Person', dup.id))[0].summary).toBe('Restored by undoing its merge into Maria Garcia');

    await expect(s.merge.undoMerge(leader, result.merge.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await s.merge.recentMerges(leader, 10))[0].undoneAt).toBeTruthy();
  });

  it('moves a user account’s own person record ("me") with the merge, and back on undo; undo needs both regions', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1, r2]);
    const account = await s.accounts.create(admin(), { email: `u${Math.random().toString(36).slice(2)}@example.org`, displayName: 'Una User', password: 'long-enough-password', role: Role.CONNECTOR, regionIds: [r1] });
    const keep = await s.people.create(leader, personInput(r1, { name: 'Una User' }));
    const dup = await s.people.create(leader, personInput(r2, { name: 'Una User' }));
    await s.accounts.setPerson(account.id, dup.id);
    const personOf = async () => (await s.accountsRepo.byIds([account.id]))[0].personId;
    const m = await s.merge.mergePeople(leader, keep.id, dup.id, keep.version, dup.version);
    expect(await personOf()).toBe(keep.id);
    await expect(s.merge.undoMerge(viewer(Role.LEADER, [r1]), m.merge.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await s.merge.undoMerge(leader, m.merge.id);
    expect(await personOf()).toBe(dup.id);
  });

  it('moves turnout credit (who brought whom to an event) with the merge, and back on undo', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const keep = await s.people.create(leader, personInput(r1, { name: 'Gil Gatherer' }));
    const dup = await s.people.create(leader, personInput(r1, { name: 'Gil Gatherer' }));
    const guest = await s.people.create(leader, personInput(r1, { name: 'Guest' }));
    const event = await s.events.create(leader, plainToInstance(EventInput, { name: 'Hearing', date: '2024-03-10', regionId: r1 }));
    await s.events.recordAttendance(leader, plainToInstance(AttendanceInput, { eventId: event.id, attendees: [{ personId: guest.id, broughtById: dup.id }] }));
    const broughtBy = async () => (await s.events.attendance(leader, event.id)).map((a) => a.broughtBy?.id);
    const m = await s.merge.mergePeople(leader, keep.id, dup.id, keep.version, dup.version);
    expect(await broughtBy()).toEqual([keep.id]);
    await s.merge.undoMerge(leader, m.merge.id);
    expect(await broughtBy()).toEqual([dup.id]);
  });

  it('merges two organizations with their affiliations, roles, interactions and history, and undo puts both back exactly', async () => {
    const [r1] = await twoRegions(s);
    const account = await s.accounts.create(admin(), { email: `o${Math.random().toString(36).slice(2)}@example.org`, displayName: 'Olu Organizer', password: 'long-enough-password', role: Role.LEADER, regionIds: [r1] });
    const leader = viewer(Role.LEADER, [r1], account.id);
    const self = await s.people.create(leader, personInput(r1, { name: 'Olu Organizer' }));
    await s.accounts.setPerson(account.id, self.id);
    const keep = await s.organizations.create(leader, organizationInput(r1, { name: 'Chicago Tenants Union', website: 'https://tenants.example.org', notes: 'Kept' }));
    const dup = await s.organizations.create(leader, organizationInput(r1, { name: 'Tenants Union of Chicago', notes: 'Merged' }));
    const both = await s.people.create(leader, personInput(r1, { name: 'Both Member' }));
    const only = await s.people.create(leader, personInput(r1, { name: 'Only Member' }));
    await s.ties.addAffiliation(leader, { personId: both.id, organizationId: keep.id, kind: AffiliationKind.MEMBER_OF });
    await s.ties.addAffiliation(leader, { personId: both.id, organizationId: dup.id, kind: AffiliationKind.MEMBER_OF });
    await s.ties.addAffiliation(leader, { personId: only.id, organizationId: dup.id, kind: AffiliationKind.LEADS });
    await s.roles.assign(leader, { personId: only.id, role: RoleKind.POINT_OF_CONTACT, organizationId: dup.id, startDate: '2025-01-01' });
    await s.interactions.log(leader, log({ personIds: [only.id], organizationIds: [dup.id] }));
    const k = await s.organizations.get(leader, keep.id);
    const d = await s.organizations.get(leader, dup.id);

    const orgState = async (id: string) => sortRels(await s.merge.relsOf(store, id, 'Organization'));
    const before = { keep: await orgState(keep.id), dup: await orgState(dup.id), only: await state(only.id), both: await state(both.id) };
    expect(new Set(before.dup.map((r) => JSON.parse(r).type))).toEqual(new Set(['MEMBER_OF', 'LEADS', 'HOLDS_ROLE', 'SPOKE_FOR', 'ABOUT']));

    const result = await s.merge.mergeOrganizations(leader, keep.id, dup.id, k.version, d.version);
    expect(result.organization).toMatchObject({ id: keep.id, name: 'Chicago Tenants Union', notes: 'Kept\n\nMerged' });
    expect(result.dropped).toBe(1); // Both Member was a member of both
    const affiliations = await s.ties.affiliationsOfOrganization(leader, result.organization);
    expect(affiliations.map((a) => [a.person.name, a.kind]).sort()).toEqual([['Both Member', 'MEMBER_OF'], ['Only Member', 'LEADS']]);
    expect((await s.roles.ofPerson(leader, only.id)).map((r) => r.targetId)).toEqual([keep.id]);
    await expect(s.organizations.get(leader, dup.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await s.history.of('Organization', keep.id))[0].summary).toBe('Merged Tenants Union of Chicago into this record');
    expect((await s.merge.recentMerges(leader, 10, 'organization'))[0]).toMatchObject({ entityType: 'organization', mergedName: 'Tenants Union of Chicago' });

    const undone = await s.merge.undoMerge(leader, result.merge.id);
    expect(undone).toMatchObject({ skipped: 0, kept: null, restoredOrganization: { id: dup.id, name: 'Tenants Union of Chicago' } });
    const changeIdsBefore = new Set([...before.keep, ...before.dup].map((r) => JSON.parse(r)).filter((r) => r.type === 'ABOUT').map((r) => r.fromId));
    const withoutNewHistory = (rels: string[]) => rels.filter((r) => { const x = JSON.parse(r); return x.type !== 'ABOUT' || changeIdsBefore.has(x.fromId); });
    expect(withoutNewHistory(await orgState(keep.id))).toEqual(before.keep);
    expect(withoutNewHistory(await orgState(dup.id))).toEqual(before.dup);
    expect(await state(only.id)).toEqual(before.only);
    expect(await state(both.id)).toEqual(before.both);
  });

  it('refuses to undo once the kept person was edited or deleted since the merge', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const a = await s.people.create(leader, personInput(r1, { name: 'Ana Lee' }));
    const b = await s.people.create(leader, personInput(r1, { name: 'Ann Lee' }));
    const m = await s.merge.mergePeople(leader, a.id, b.id, a.version, b.version);
    await s.people.update(leader, a.id, m.person.version, personInput(r1, { name: 'Ana M. Lee' }));
    await expect(s.merge.undoMerge(leader, m.merge.id)).rejects.toMatchObject({ code: 'FAILED_PRECONDITION', message: expect.stringContaining('edited since the merge') });

    const c = await s.people.create(leader, personInput(r1, { name: 'Cy Doe' }));
    const d = await s.people.create(leader, personInput(r1, { name: 'Cy Do' }));
    const m2 = await s.merge.mergePeople(leader, c.id, d.id, c.version, d.version);
    await s.people.delete(leader, c.id);
    await expect(s.merge.undoMerge(leader, m2.merge.id)).rejects.toMatchObject({ code: 'FAILED_PRECONDITION', message: expect.stringContaining('deleted since the merge') });
    await expect(s.merge.mergePeople(leader, c.id, c.id, 1, 1)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
  it('takes each differing field from the record the leader chose (name, zip, emails, notes), finds the kept person by the chosen name, and undo puts both back', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const keep = await s.people.create(leader, personInput(r1, { name: 'Malik Nguyen', emails: ['malik@example.org'], zip: '60614', notes: 'Kept notes' }));
    const dup = await s.people.create(leader, personInput(r1, { name: 'Malik Nguyễn', emails: ['mnguyen@example.org'], zip: '60623', notes: 'Merged notes', tags: ['parent'] }));
    const before = await state(keep.id);
    const values = [
      { field: 'name', take: MergeSide.MERGED }, { field: 'zip', take: MergeSide.MERGED },
      { field: 'emails', take: MergeSide.KEPT }, { field: 'notes', take: MergeSide.MERGED },
    ];
    const r = await s.merge.mergePeople(leader, keep.id, dup.id, keep.version, dup.version, values);
    expect(r.person).toMatchObject({ id: keep.id, name: 'Malik Nguyễn', zip: '60623', emails: ['malik@example.org'], notes: 'Merged notes', tags: ['parent'] });
    expect((await s.people.list(leader, peopleArgs({ search: 'malik nguyen', regionId: r1 }))).nodes.map((p) => p.id)).toEqual([keep.id]);
    expect((await s.people.list(leader, peopleArgs({ search: '60623', regionId: r1 }))).nodes.map((p) => p.id)).toEqual([keep.id]);
    await s.merge.undoMerge(leader, r.merge.id);
    // The kept person as before, but for its version and time (an undo is a new version) and the history it gained.
    const after = await state(keep.id);
    expect({ ...(after.person as object), version: 0, updatedAt: '' }).toEqual({ ...(before.person as object), version: 0, updatedAt: '' });
    expect(after.rels.filter((x) => !x.includes('"ABOUT"'))).toEqual(before.rels.filter((x) => !x.includes('"ABOUT"')));
    expect(await s.people.get(leader, dup.id)).toMatchObject({ name: 'Malik Nguyễn', zip: '60623', emails: ['mnguyen@example.org'] });
  });

  it('carries the street address and custom field values: the merged record’s fill the kept one’s gaps, a choice takes one side, and a list filter finds the kept person by a value that came with the merge', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const define = (key: string, type: FieldType) => s.customFields.define(admin(), plainToInstance(FieldDefinitionInput, { entity: FieldEntity.PERSON, key, label: key, type }));
    const [shirt, boats] = [await define(`shirt_${keyTail()}`, FieldType.TEXT), await define(`boats_${keyTail()}`, FieldType.NUMBER)];
    const address = { line: '1400 W Cermak Rd', city: 'Chicago', state: 'IL' };
    const keep = await s.people.create(leader, personInput(r1, { name: 'Rosa Parkhill', customFields: [{ key: shirt.key, value: 'M' }] }));
    const dup = await s.people.create(leader, personInput(r1, { name: 'Rosa Park-hill', address, customFields: [{ key: shirt.key, value: 'L' }, { key: boats.key, value: '2' }] }));
    const before = await state(keep.id);

    const r = await s.merge.mergePeople(leader, keep.id, dup.id, keep.version, dup.version);
    expect(r.person.address).toMatchObject(address);
    const values = async (json: string | null) => Object.fromEntries((await s.customFields.valuesOf(FieldEntity.PERSON, r1, json)).map((v) => [v.key, v.value]));
    expect(await values(r.person.customFieldsJson)).toMatchObject({ [shirt.key]: 'M', [boats.key]: '2' });
    const byBoats = peopleArgs({ regionId: r1, customFields: [{ key: boats.key, value: '2' }] });
    expect((await s.people.list(leader, byBoats)).nodes.map((p) => p.id)).toEqual([keep.id]);
    await s.merge.undoMerge(leader, r.merge.id);
    const after = await state(keep.id);
    expect({ ...(after.person as object), version: 0, updatedAt: '' }).toEqual({ ...(before.person as object), version: 0, updatedAt: '' });
    expect((await s.people.list(leader, byBoats)).nodes.map((p) => p.id)).toEqual([dup.id]);

    const again = await s.people.get(leader, keep.id);
    const chosen = await s.merge.mergePeople(leader, keep.id, dup.id, again.version, dup.version, [
      { field: 'address', take: MergeSide.KEPT }, { field: 'customFields', take: MergeSide.MERGED },
    ]);
    expect(chosen.person.address).toBeNull();
    expect(await values(chosen.person.customFieldsJson)).toMatchObject({ [shirt.key]: 'L', [boats.key]: '2' });
    const byShirt = (value: string) => s.people.list(leader, peopleArgs({ regionId: r1, customFields: [{ key: shirt.key, value }] }));
    expect((await byShirt('L')).nodes.map((p) => p.id)).toEqual([keep.id]);
    expect((await byShirt('M')).nodes).toEqual([]);
  });

  it('refuses a choice of an unknown field, the same field twice, or both values of a one-value field, naming it, and changes nothing', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const keep = await s.people.create(leader, personInput(r1, { name: 'Ana Choice' }));
    const dup = await s.people.create(leader, personInput(r1, { name: 'Ana Choyce' }));
    const before = [await state(keep.id), await state(dup.id)];
    await expect(s.merge.mergePeople(leader, keep.id, dup.id, 1, 1, [{ field: 'passwordHash', take: MergeSide.MERGED }]))
      .rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'values.0.field', message: expect.stringContaining('passwordHash') }] });
    await expect(s.merge.mergePeople(leader, keep.id, dup.id, 1, 1, [{ field: 'name', take: MergeSide.BOTH }]))
      .rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'values.0.take' }] });
    await expect(s.merge.mergePeople(leader, keep.id, dup.id, 1, 1, [{ field: 'zip', take: MergeSide.KEPT }, { field: 'zip', take: MergeSide.MERGED }]))
      .rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'values.1.field' }] });
    expect([await state(keep.id), await state(dup.id)]).toEqual(before);
  });
});

import { Role } from '../../src/common/viewer.js';
import { cypher } from '../../src/graph/query.js';
import { SchemaService } from '../../src/graph/schema/schema.service.js';
import { describeEachEngine } from './engines.js';

const setVersion = cypher('test.people.setSchemaVersion', 'write', `MATCH (m:Meta {key: 'schemaVersion'}) SET m.value = $value`);
const setSearchText = cypher('test.people.setSearchText', 'write', `MATCH (p:Person {id: $id}) SET p.searchPublic = $text`);
import { admin, peopleArgs, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

describeEachEngine('people', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  it('creates, reads back, and lists a person with every field', async () => {
    const [r1] = await twoRegions(s);
    const me = viewer(Role.LEADER, [r1]);
    const created = await s.people.create(me, personInput(r1, {
      name: 'Rosa Parks-Garcia', emails: ['rosa@example.org'], phones: ['(555) 010-2222'], zip: '60614',
      tags: ['parent', 'faith'], notes: 'Met at the house meeting.',
    }));
    const read = await s.people.get(me, created.id);
    expect(read).toMatchObject({
      name: 'Rosa Parks-Garcia', emails: ['rosa@example.org'], phones: ['(555) 010-2222'], zip: '60614',
      regionId: r1, kinds: ['MEMBER'], tags: ['parent', 'faith'], notes: 'Met at the house meeting.', version: 1, contactHidden: false,
    });
    const page = await s.people.list(me, peopleArgs({ regionId: r1 }));
    expect(page.nodes.map((p) => p.id)).toEqual([created.id]);
    expect(page.totalCount).toBe(1);
  });

  it('search ignores accents and case both ways, and finds a person with two surnames by either', async () => {
    const [r1] = await twoRegions(s);
    const me = viewer(Role.LEADER, [r1]);
    const maria = await s.people.create(me, personInput(r1, { name: 'María José Peña Ramírez' }));
    const pena = await s.people.create(me, personInput(r1, { name: 'Tomas Pena' }));
    const found = async (q: string) => (await s.people.list(me, peopleArgs({ search: q, regionId: r1 }))).nodes.map((p) => p.id).sort();
    expect(await found('maria')).toEqual([maria.id]);
    expect(await found('MARÍA')).toEqual([maria.id]);
    expect(await found('Peña')).toEqual([maria.id, pena.id].sort());
    expect(await found('pena')).toEqual([maria.id, pena.id].sort());
    expect(await found('Ramirez')).toEqual([maria.id]);
    expect(await found('ramírez')).toEqual([maria.id]);
    expect(await found('Tomás')).toEqual([pena.id]);
  });

  it('a database written before accents were folded is folded at start (migration 2), so old records are found without their accents', async () => {
    const [r1] = await twoRegions(s);
    const me = viewer(Role.LEADER, [r1]);
    const old = await s.people.create(me, personInput(r1, { name: 'Inés Núñez' }));
    await store().write(setSearchText, { id: old.id, text: 'inés núñez' });
    expect((await s.people.list(me, peopleArgs({ search: 'nunez', regionId: r1 }))).totalCount).toBe(0);
    await store().write(setVersion, { value: '1' });
    await new SchemaService(store()).migrate();
    expect((await s.people.list(me, peopleArgs({ search: 'nunez', regionId: r1 }))).nodes.map((p) => p.id)).toEqual([old.id]);
    expect((await s.people.list(me, peopleArgs({ search: 'Núñez', regionId: r1 }))).nodes.map((p) => p.id)).toEqual([old.id]);
  });

  it('never returns a person outside the viewer’s regions: not by id, list, search or count', async () => {
    const [r1, r2] = await twoRegions(s);
    const inside = await s.people.create(admin(), personInput(r1, { name: 'Scope Inside' }));
    const outside = await s.people.create(admin(), personInput(r2, { name: 'Scope Outside' }));
    const leader = viewer(Role.LEADER, [r1]);
    await expect(s.people.get(leader, outside.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const page = await s.people.list(leader, peopleArgs({ search: 'scope' }));
    expect(page.nodes.map((p) => p.id)).toEqual([inside.id]);
    expect(page.totalCount).toBe(1);
    const filtered = await s.people.list(leader, peopleArgs({ regionId: r2 }));
    expect(filtered.nodes).toEqual([]);
    await expect(s.people.update(leader, outside.id, 1, personInput(r1))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.people.delete(leader, outside.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.people.create(leader, personInput(r2))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'regionId' }] });
  });

  it('hides contact details from connectors except for people they created or are assigned to, and search does not reveal them', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const connector = viewer(Role.CONNECTOR, [r1]);
    await s.accounts.create(admin(), { email: `c-${connector.accountId.slice(-6)}@example.org`, displayName: 'C', password: 'long-enough-password', role: Role.CONNECTOR, regionIds: [r1] });
    const connectorAccount = (await s.accounts.list(admin(), Role.CONNECTOR)).find((a) => a.email === `c-${connector.accountId.slice(-6)}@example.org`)!;
    const asConnector = { ...connector, accountId: connectorAccount.id };

    const byLeader = await s.people.create(leader, personInput(r1, { name: 'Hidden Contact', emails: ['hidden.contact@example.org'], phones: ['555 010 7777'] }));
    const own = await s.people.create(asConnector, personInput(r1, { name: 'Own Contact', emails: ['own.contact@example.org'] }));

    const seen = await s.people.get(asConnector, byLeader.id);
    expect(seen).toMatchObject({ emails: null, phones: null, contactHidden: true, name: 'Hidden Contact' });
    expect((await s.people.get(asConnector, own.id)).emails).toEqual(['own.contact@example.org']);
    expect((await s.people.get(leader, byLeader.id)).emails).toEqual(['hidden.contact@example.org']);

    expect((await s.people.list(asConnector, peopleArgs({ search: 'hidden.contact@' }))).totalCount).toBe(0);
    expect((await s.people.list(asConnector, peopleArgs({ search: '5550107777' }))).totalCount).toBe(0);
    expect((await s.people.list(leader, peopleArgs({ search: '555-010-7777' }))).nodes.map((p) => p.id)).toEqual([byLeader.id]);

    await s.people.setAssignee(leader, byLeader.id, connectorAccount.id, true);
    expect((await s.people.get(asConnector, byLeader.id)).emails).toEqual(['hidden.contact@example.org']);
    expect((await s.people.list(asConnector, peopleArgs({ search: 'hidden.contact@' }))).totalCount).toBe(1);
    await s.people.setAssignee(leader, byLeader.id, connectorAccount.id, false);
    expect((await s.people.get(asConnector, byLeader.id)).contactHidden).toBe(true);
  });

  it('keeps hidden contact details when a connector edits the person, and refuses changes to them', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const connector = viewer(Role.CONNECTOR, [r1]);
    const p = await s.people.create(leader, personInput(r1, { name: 'Keep Contacts', emails: ['keep@example.org'] }));
    const edited = await s.people.update(connector, p.id, 1, personInput(r1, { name: 'Keep Contacts Renamed', emails: [] }));
    expect(edited.name).toBe('Keep Contacts Renamed');
    expect((await s.people.get(leader, p.id)).emails).toEqual(['keep@example.org']);
    await expect(s.people.update(connector, p.id, 2, personInput(r1, { emails: ['new@example.org'] }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await s.people.get(leader, p.id)).emails).toEqual(['keep@example.org']);
  });

  it('refuses a stale edit instead of overwriting someone else’s change', async () => {
    const [r1] = await twoRegions(s);
    const me = viewer(Role.STAFF, [r1]);
    const p = await s.people.create(me, personInput(r1, { name: 'Concurrent Edit' }));
    const first = await s.people.update(me, p.id, 1, personInput(r1, { name: 'Edit One' }));
    expect(first.version).toBe(2);
    await expect(s.people.update(me, p.id, 1, personInput(r1, { name: 'Edit Two' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await s.people.get(me, p.id)).name).toBe('Edit One');
  });

  it('pages through a list by name without skipping or repeating anyone', async () => {
    const [r1] = await twoRegions(s);
    const me = viewer(Role.LEADER, [r1]);
    const names = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo', 'alpha', 'Foxtrot'];
    for (const name of names) await s.people.create(me, personInput(r1, { name }));
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await s.people.list(me, peopleArgs({ first: 3, after, regionId: r1 }));
      expect(page.totalCount).toBe(names.length);
      seen.push(...page.nodes.map((p) => p.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen.map((n) => n.toLowerCase())).toEqual([...names].map((n) => n.toLowerCase()).sort());
  });

  it('lets only admins, staff and leaders delete, and deleting removes the person’s ties', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const a = await s.people.create(leader, personInput(r1));
    const b = await s.people.create(leader, personInput(r1));
    await s.ties.setKnows(leader, { personId: a.id, otherPersonId: b.id, strength: 3 });
    await expect(s.people.delete(viewer(Role.CONNECTOR, [r1]), a.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await s.people.delete(leader, a.id);
    await expect(s.people.get(leader, a.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await s.ties.knowsOf(leader, b.id)).toEqual([]);
  });

  it('deleting a person leaves no account linked to them ("this is me"), and only theirs is unlinked', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const gone = await s.people.create(leader, personInput(r1));
    const stays = await s.people.create(leader, personInput(r1));
    const account = (email: string) => s.accounts.create(admin(), { email, displayName: 'Linked Account', password: 'long-enough-password', role: Role.CONNECTOR, regionIds: [r1] });
    const a = await account(`gone-${Math.random().toString(36).slice(2)}@example.org`);
    const b = await account(`stays-${Math.random().toString(36).slice(2)}@example.org`);
    await s.accounts.setPerson(a.id, gone.id);
    await s.accounts.setPerson(b.id, stays.id);
    await s.people.delete(leader, gone.id);
    const [after] = await s.accounts.byIds([a.id]);
    expect(after.personId).toBeNull();
    expect((await s.accounts.byIds([b.id]))[0].personId).toBe(stays.id);
    // The account can be linked again, to someone else.
    expect((await s.accounts.setPerson(a.id, (await s.people.create(leader, personInput(r1))).id)).personId).toBeTruthy();
  });

  it('stores a long note intact', async () => {
    const [r1] = await twoRegions(s);
    const me = viewer(Role.LEADER, [r1]);
    const notes = 'One-to-one notes. '.repeat(5000);
    const p = await s.people.create(me, personInput(r1, { notes }));
    expect((await s.people.get(me, p.id)).notes).toBe(notes.trim());
  });
});

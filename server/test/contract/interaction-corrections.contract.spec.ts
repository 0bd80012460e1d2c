import { plainToInstance } from 'class-transformer';
import { Role, type Viewer } from '../../src/common/viewer.js';
import type { GraphStore } from '../../src/graph/graph-store.port.js';
import { CorrectInteractionInput, InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { availableEngines, describeEachEngine } from './engines.js';
import { admin, organizationInput, personInput, services, viewer, type Services } from '../factories/index.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const log = (o: Partial<LogInteractionInput>) => plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, ...o });
const correction = (o: Partial<CorrectInteractionInput>) => plainToInstance(CorrectInteractionInput, { organizationIds: [], notes: null, ...o });
const NAMES = ['Ana', 'Ben', 'Cal', 'Dee', 'Eve'] as const;
type Name = (typeof NAMES)[number];

/** A region, a leader working in it, and five people (allies, so meetings that make members show it). */
async function world(s: Services): Promise<{ leader: Viewer; region: string; id: Record<Name, string>; org: string }> {
  const region = (await s.regions.create(admin(), `Region ${Math.random().toString(36).slice(2, 8)}`)).id;
  const account = await s.accounts.create(admin(), { email: `l${Math.random().toString(36).slice(2)}@example.org`, displayName: 'Lee Leader', password: 'long-enough-password', role: Role.LEADER, regionIds: [region] });
  const leader = viewer(Role.LEADER, [region], account.id);
  const id = {} as Record<Name, string>;
  for (const name of NAMES) id[name] = (await s.people.create(leader, personInput(region, { name, kinds: ['ALLY'] as never }))).id;
  const org = (await s.organizations.create(leader, organizationInput(region, { name: 'Tenants Union' }))).id;
  return { leader, region, id, org };
}

/** Every tie of the five, by names: what a user sees on their person pages. */
async function tiesByName(s: Services, v: Viewer, id: Record<Name, string>) {
  const out: Record<string, unknown> = {};
  for (const name of NAMES) {
    for (const t of await s.ties.knowsOf(v, id[name])) {
      out[`${name}–${t.person.name}`] = { strength: t.strength, derivedStrength: t.derivedStrength, lastContact: t.lastContact, interactionCount: t.interactionCount };
    }
  }
  return out;
}

describeEachEngine('correcting and deleting logged meetings', (store, engineName) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  /** A store where the meetings were logged the corrected way from the start. */
  async function freshStore<T>(work: (fresh: Services) => Promise<T>): Promise<T> {
    const engine = availableEngines().find((e) => e.name === engineName)!;
    let other: GraphStore | undefined;
    // Neo4j has one database: the second world is built beside the first (its own region and people).
    if (engineName === 'neo4j') return work(s);
    try {
      other = await engine.open();
      return await work(services(other));
    } finally {
      if (other) await engine.dispose(other);
    }
  }

  it('gives the same tie strengths and last contacts as logging the meetings that way from the start', async () => {
    const a = await world(s);
    const { leader, id } = a;
    await s.interactions.log(leader, log({ hostPersonId: id.Ana, personIds: [id.Ben], date: daysAgo(300) }));
    const house = await s.interactions.log(leader, log({ kind: InteractionKind.HOUSE_MEETING, hostPersonId: id.Ana, personIds: [id.Ben, id.Cal, id.Dee], organizationIds: [a.org], date: daysAgo(60), notes: 'first notes' }));
    const later = await s.interactions.log(leader, log({ hostPersonId: id.Cal, personIds: [id.Dee], date: daysAgo(10) }));
    expect((await tiesByName(s, leader, id))['Cal–Dee']).toMatchObject({ lastContact: daysAgo(10), interactionCount: 2 });

    // Corrected: another kind, host, date, people and no organization; and the later one-to-one never happened.
    const corrected = await s.interactions.correct(leader, correction({
      id: house.id, version: house.version, kind: InteractionKind.TEAM_MEETING, date: daysAgo(90), hostPersonId: id.Ben, personIds: [id.Cal, id.Eve], notes: 'corrected notes',
    }));
    expect(corrected).toMatchObject({ kind: 'TEAM_MEETING', date: daysAgo(90), host: { name: 'Ben' }, organizations: [], notes: 'corrected notes', version: 2 });
    expect(corrected.participants.map((p) => p.name).sort()).toEqual(['Cal', 'Eve']);
    expect(await s.interactions.delete(leader, later.id, later.version)).toBe(true);
    const edited = await tiesByName(s, leader, id);

    const expected = await freshStore(async (f) => {
      const b = await world(f);
      await f.interactions.log(b.leader, log({ hostPersonId: b.id.Ana, personIds: [b.id.Ben], date: daysAgo(300) }));
      await f.interactions.log(b.leader, log({ kind: InteractionKind.TEAM_MEETING, hostPersonId: b.id.Ben, personIds: [b.id.Cal, b.id.Eve], date: daysAgo(90) }));
      return tiesByName(f, b.leader, b.id);
    });
    expect(edited).toEqual(expected);
    // Ties only the wrong meetings made are gone, as if never logged; the one-to-one's tie remains.
    expect(Object.keys(edited)).not.toContain('Cal–Dee');
    expect(Object.keys(edited)).not.toContain('Ana–Dee');
    expect(edited['Ana–Ben']).toMatchObject({ lastContact: daysAgo(300), interactionCount: 1 });

    // Memberships the wrong meeting brought stay (no one is demoted silently); the corrected one's are added.
    expect((await s.people.get(leader, id.Dee)).kinds).toEqual(['ALLY', 'MEMBER']);
    expect((await s.people.get(leader, id.Eve)).kinds).toEqual(['ALLY', 'MEMBER']);
    const history = await s.history.of('Person', id.Cal);
    expect(history.map((h) => h.summary)).toEqual(expect.arrayContaining([`Team meeting on ${daysAgo(90)} corrected`, `One-to-one on ${daysAgo(10)} deleted`]));
    const change = history.find((h) => h.summary.endsWith('corrected'))!;
    expect(change.changes).toEqual(expect.arrayContaining([{ field: 'kind', from: 'house meeting', to: 'team meeting' }, { field: 'host', from: 'Ana', to: 'Ben' }, { field: 'notes', from: null, to: null }]));
    expect((await s.interactions.ofPerson(leader, id.Dee)).map((i) => i.id)).toEqual([]);
  });

  it('takes back the last contact to the latest meeting left, and keeps a tie set by hand when its meetings go', async () => {
    const { leader, id } = await world(s);
    const old = await s.interactions.log(leader, log({ hostPersonId: id.Ana, personIds: [id.Ben], date: daysAgo(200) }));
    const recent = await s.interactions.log(leader, log({ hostPersonId: id.Ana, personIds: [id.Ben], date: daysAgo(5), followUps: [{ text: 'Call back' }] }));
    await s.interactions.log(leader, log({ hostPersonId: id.Cal, personIds: [id.Dee], date: daysAgo(5) }));
    await s.ties.setKnows(leader, { personId: id.Cal, otherPersonId: id.Dee, strength: 3, context: 'neighbours' });
    await s.interactions.delete(leader, recent.id, recent.version);
    let ties = await tiesByName(s, leader, id);
    expect(ties['Ana–Ben']).toMatchObject({ lastContact: daysAgo(200), interactionCount: 1 });
    expect(await s.interactions.followUpsOf(leader, recent.id)).toEqual([]);

    await s.interactions.delete(leader, old.id, old.version);
    const cal = (await s.ties.knowsOf(leader, id.Cal))[0];
    const [calDee] = await s.interactions.ofPerson(leader, id.Cal);
    await s.interactions.delete(leader, calDee.id, calDee.version);
    ties = await tiesByName(s, leader, id);
    expect(ties['Ana–Ben']).toBeUndefined();
    expect(cal.interactionCount).toBe(1);
    expect(ties['Cal–Dee']).toMatchObject({ strength: 3, derivedStrength: 1, lastContact: null, interactionCount: 0 });
  });

  it('refuses a stale version, someone who may not, and a future date, changing nothing', async () => {
    const { leader, region, id } = await world(s);
    const m = await s.interactions.log(leader, log({ hostPersonId: id.Ana, personIds: [id.Ben], date: daysAgo(3) }));
    const before = await tiesByName(s, leader, id);
    const edit = correction({ id: m.id, version: m.version, kind: InteractionKind.ONE_TO_ONE, date: daysAgo(2), hostPersonId: id.Ana, personIds: [id.Cal] });

    const connector = viewer(Role.CONNECTOR, [region]);
    expect((await s.interactions.get(connector, m.id)).canEdit).toBe(false);
    await expect(s.interactions.correct(connector, edit)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(s.interactions.delete(connector, m.id, m.version)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const outsider = viewer(Role.LEADER, [(await s.regions.create(admin(), `Elsewhere ${Math.random()}`)).id]);
    await expect(s.interactions.correct(outsider, edit)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.interactions.correct(leader, { ...edit, date: '2999-01-01' } as CorrectInteractionInput)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'date' }] });

    const first = await s.interactions.correct(leader, edit);
    expect(first.version).toBe(2);
    await expect(s.interactions.correct(leader, { ...edit, personIds: [id.Dee] } as CorrectInteractionInput)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(s.interactions.delete(leader, m.id, 1)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await s.interactions.get(leader, m.id)).participants.map((p) => p.name)).toEqual(['Cal']);
    expect(Object.keys(await tiesByName(s, leader, id)).sort()).toEqual(['Ana–Cal', 'Cal–Ana']);
    expect(before['Ana–Ben']).toBeDefined();
  });

  it('lets the connector who logged it correct it, and keeps participants the editor cannot see', async () => {
    const region = (await s.regions.create(admin(), `Home ${Math.random()}`)).id;
    const away = (await s.regions.create(admin(), `Away ${Math.random()}`)).id;
    const account = await s.accounts.create(admin(), { email: `c${Math.random().toString(36).slice(2)}@example.org`, displayName: 'Carla', password: 'long-enough-password', role: Role.CONNECTOR, regionIds: [region] });
    const carla = viewer(Role.CONNECTOR, [region], account.id);
    const both = viewer(Role.STAFF, [region, away]);
    const host = await s.people.create(carla, personInput(region, { name: 'Host' }));
    const guest = await s.people.create(carla, personInput(region, { name: 'Guest' }));
    const visitor = await s.people.create(both, personInput(away, { name: 'Visitor' }));
    const m = await s.interactions.log(both, log({ kind: InteractionKind.HOUSE_MEETING, hostPersonId: host.id, personIds: [guest.id, visitor.id], date: daysAgo(1) }));
    // Logged by staff: the connector may not; a meeting she logged, she may.
    await expect(s.interactions.correct(carla, correction({ id: m.id, version: m.version, kind: InteractionKind.HOUSE_MEETING, date: daysAgo(1), hostPersonId: host.id, personIds: [] }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const mine = await s.interactions.log(carla, log({ kind: InteractionKind.HOUSE_MEETING, hostPersonId: host.id, personIds: [guest.id], date: daysAgo(1) }));
    const byStaff = await s.interactions.correct(both, correction({ id: mine.id, version: mine.version, kind: InteractionKind.HOUSE_MEETING, date: daysAgo(1), hostPersonId: host.id, personIds: [guest.id, visitor.id] }));
    expect(byStaff.participants.map((p) => p.name).sort()).toEqual(['Guest', 'Visitor']);
    // Carla sees only her region: she moves the date; the visitor from the other region stays.
    const byCarla = await s.interactions.correct(carla, correction({ id: mine.id, version: byStaff.version, kind: InteractionKind.HOUSE_MEETING, date: daysAgo(2), hostPersonId: host.id, personIds: [guest.id] }));
    expect(byCarla.participants.map((p) => p.name)).toEqual(['Guest']);
    expect((await s.interactions.get(both, mine.id)).participants.map((p) => p.name).sort()).toEqual(['Guest', 'Visitor']);
    expect((await s.ties.knowsOf(both, visitor.id)).map((t) => [t.person.name, t.interactionCount])).toEqual(expect.arrayContaining([['Host', 2]]));
  });
});

import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { cypher } from '../../src/graph/query.js';
import { SchemaService } from '../../src/graph/schema/schema.service.js';
import { SchemaQueries } from '../../src/graph/schema/schema.queries.js';
import { EventInput } from '../../src/modules/events/event.model.js';
import { ImportService } from '../../src/modules/import/import.service.js';
import { CorrectInteractionInput, InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { BulkTurnoutAskInput, PeopleListArgsInput, PeopleSortBy } from '../../src/modules/lists/lists.model.js';
import type { ListsService } from '../../src/modules/lists/lists.service.js';
import { personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';
import { describeEachEngine } from './engines.js';
import { listServices } from './lists-setup.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const log = (o: object) => plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, ...o });
const correction = (o: object) => plainToInstance(CorrectInteractionInput, { kind: InteractionKind.ONE_TO_ONE, organizationIds: [], notes: null, ...o });
/** Data as written before the facts were kept (schema 2): the person's kept facts gone, as on an old data folder. */
const forget = cypher<{ ids: string[] }, never>('test.listFacts.forget', 'write', `UNWIND $ids AS pid MATCH (p:Person {id: pid}) SET p.lastContact = NULL, p.askDates = NULL`, {});

/**
 * Last contact and turnout asks in 30 days are kept on the person (modules/lists/person-facts.ts) by the writes
 * that change them: a list filtered or sorted by them must answer as if they were computed from the meetings and
 * asks at the time of reading, whatever wrote them.
 */
describeEachEngine('list facts kept on the person: last contact and asks in 30 days', (store) => {
  let s: Services;
  let lists: ListsService;
  let r1: string;
  let leader: ReturnType<typeof viewer>;
  beforeAll(async () => {
    s = services(store());
    ({ lists } = listServices(store(), s));
    [r1] = await twoRegions(s);
    leader = viewer(Role.LEADER, [r1]);
  });

  /** People of one test (its own tag), by name. */
  const world = async (...names: string[]) => {
    const tag = `facts-${randomUUID().slice(0, 8)}`;
    const id: Record<string, string> = {};
    for (const name of names) id[name] = (await s.people.create(leader, personInput(r1, { name, tags: [tag], emails: [`${name.toLowerCase()}-${tag}@example.org`] }))).id;
    const names_ = async (filter: object, o: object = {}) =>
      (await lists.peopleList(leader, plainToInstance(PeopleListArgsInput, { filter: { tags: [tag], ...filter }, first: 25, offset: 0, ...o }))).nodes.map((p) => p.name);
    return { tag, id, names: names_ };
  };

  it('follows a meeting logged, corrected and deleted', async () => {
    const { id, names } = await world('Ana', 'Ben', 'Cal');
    const recent = await s.interactions.log(leader, log({ hostPersonId: id.Ana, personIds: [id.Ben], date: daysAgo(5) }));
    const older = await s.interactions.log(leader, log({ hostPersonId: id.Ana, personIds: [id.Cal], date: daysAgo(60) }));
    expect(await names({ lastContactAfter: daysAgo(30) })).toEqual(['Ana', 'Ben']);
    expect(await names({ lastContactBefore: daysAgo(30) })).toEqual(['Cal']);
    expect(await names({}, { sortBy: PeopleSortBy.LAST_CONTACT, descending: true })).toEqual(['Ben', 'Ana', 'Cal']);

    // The recent meeting was really with Cal, 90 days ago: Ben was never met, Ana's last contact is the older one.
    const fixed = await s.interactions.correct(leader, correction({ id: recent.id, version: recent.version, date: daysAgo(90), hostPersonId: id.Ana, personIds: [id.Cal] }));
    expect(await names({ lastContactAfter: daysAgo(30) })).toEqual([]);
    expect(await names({ lastContactBefore: daysAgo(30) })).toEqual(['Ana', 'Cal']);
    expect(await names({}, { sortBy: PeopleSortBy.LAST_CONTACT })).toEqual(['Ben', 'Ana', 'Cal']);
    expect((await lists.factsOf([id.Ana, id.Ben])).map((f) => f.lastContact)).toEqual([daysAgo(60), null]);

    await s.interactions.delete(leader, older.id, older.version);
    expect((await lists.factsOf([id.Ana, id.Cal])).map((f) => f.lastContact)).toEqual([daysAgo(90), daysAgo(90)]);
    expect(await names({ lastContactAfter: daysAgo(80) })).toEqual([]);
    await s.interactions.delete(leader, fixed.id, fixed.version);
    expect(await names({ lastContactBefore: daysAgo(0) })).toEqual([]);
    expect(await names({}, { sortBy: PeopleSortBy.LAST_CONTACT, descending: true })).toEqual(['Cal', 'Ben', 'Ana']);
  });

  it('follows turnout asks recorded, a bulk ask undone and an event deleted', async () => {
    const { id, names } = await world('Ana', 'Ben', 'Cal');
    const event = await s.events.create(leader, plainToInstance(EventInput, { name: 'Budget hearing', date: '2099-03-10', regionId: r1 }));
    await s.events.ask(leader, event.id, [id.Ben, id.Cal], false);
    await s.events.ask(leader, event.id, [id.Cal], false);
    expect(await names({ minAsks30Days: 1 })).toEqual(['Ben', 'Cal']);
    expect(await names({ minAsks30Days: 2 })).toEqual(['Cal']);
    // Never asked counts as no asks: at most one keeps Ana.
    expect(await names({ maxAsks30Days: 1 })).toEqual(['Ana', 'Ben']);
    expect(await names({ minAsks30Days: 1, maxAsks30Days: 1 })).toEqual(['Ben']);

    await lists.bulkTurnoutAsk(leader, plainToInstance(BulkTurnoutAskInput, { eventId: event.id, target: { personIds: [id.Ana] } }));
    expect(await names({ minAsks30Days: 1 })).toEqual(['Ana', 'Ben', 'Cal']);
    await lists.undoLastBulkAction(leader);
    expect(await names({ minAsks30Days: 1 })).toEqual(['Ben', 'Cal']);

    await s.events.delete(leader, event.id);
    expect(await names({ minAsks30Days: 1 })).toEqual([]);
    expect(await names({ maxAsks30Days: 0 })).toEqual(['Ana', 'Ben', 'Cal']);
  });

  it('follows meetings imported and the import rolled back', async () => {
    const { tag, names } = await world('Ana', 'Ben', 'Cal');
    const imports = new ImportService(store(), s.regions);
    const csv = ['Date,Type,Host,Participants', `${daysAgo(3)},one-to-one,ana-${tag}@example.org,ben-${tag}@example.org`].join('\n');
    const job = await (await imports.start(leader, csv, { kind: 'interactions', dryRun: false })).done;
    expect(job).toMatchObject({ status: 'done', created: 1 });
    expect(await names({ lastContactAfter: daysAgo(7) })).toEqual(['Ana', 'Ben']);
    await imports.rollback(leader, job.id);
    expect(await names({ lastContactAfter: daysAgo(7) })).toEqual([]);
    expect(await names({ lastContactBefore: daysAgo(0) })).toEqual([]);
  });

  it('computes them once for data written before they were kept (schema 3)', async () => {
    const { id, names } = await world('Ana', 'Ben', 'Cal');
    await s.interactions.log(leader, log({ hostPersonId: id.Ana, personIds: [id.Ben], date: daysAgo(4) }));
    const event = await s.events.create(leader, plainToInstance(EventInput, { name: 'Town hall', date: '2099-04-01', regionId: r1 }));
    await s.events.ask(leader, event.id, [id.Cal], false);
    await store().write(forget, { ids: Object.values(id) });
    expect(await names({ lastContactAfter: daysAgo(7) })).toEqual([]);
    expect(await names({ minAsks30Days: 1 })).toEqual([]);

    await store().write(SchemaQueries.setVersion, { value: '2' });
    await new SchemaService(store()).migrate();
    expect(await new SchemaService(store()).currentVersion()).toBe(3);
    expect(await names({ lastContactAfter: daysAgo(7) })).toEqual(['Ana', 'Ben']);
    expect(await names({ minAsks30Days: 1 })).toEqual(['Cal']);
    expect(await names({}, { sortBy: PeopleSortBy.LAST_CONTACT })).toEqual(['Cal', 'Ana', 'Ben']);
  });

  it('filters by distance from the zips within the radius, a ZIP+4 included, and by any of several kinds', async () => {
    const tag = `near-${randomUUID().slice(0, 8)}`;
    const mk = (name: string, zip: string, kinds: string[]) => s.people.create(leader, personInput(r1, { name, zip, kinds: kinds as never, tags: [tag] }));
    const near = async (filter: object = {}) =>
      (await lists.peopleList(leader, plainToInstance(PeopleListArgsInput, { filter: { tags: [tag], nearZip: '60614', withinMiles: 5, ...filter }, first: 25, offset: 0 }))).nodes.map((p) => p.name);
    await mk('Ben', '60657', ['ALLY']);
    await mk('Cal', '90210', ['LEADER']);
    await mk('Dee', '60614', ['MEMBER', 'LEADER']);
    expect(await near()).toEqual(['Ben', 'Dee']);
    // A ZIP+4 is not equal to any zip of the radius: it must still be found.
    await mk('Ana', '60614-2203', ['TARGET']);
    expect(await near()).toEqual(['Ana', 'Ben', 'Dee']);
    expect(await near({ kinds: ['LEADER', 'TARGET'] })).toEqual(['Ana', 'Dee']);
    expect(await near({ kinds: ['ALLY'] })).toEqual(['Ben']);
  });
});

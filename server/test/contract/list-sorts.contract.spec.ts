import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { EventInput } from '../../src/modules/events/event.model.js';
import { InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { CompetencyTheme } from '../../src/modules/leadership/competencies.js';
import { OrganizationsListArgsInput, OrganizationsSortBy, PeopleListArgsInput, PeopleSortBy } from '../../src/modules/lists/lists.model.js';
import { ListsService } from '../../src/modules/lists/lists.service.js';
import { OrganizationListsService } from '../../src/modules/lists/organization-lists.service.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';
import { describeEachEngine } from './engines.js';
import { listServices } from './lists-setup.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describeEachEngine('lists sorted by computed columns: last contact, asks in 30 days, leadership level, members', (store) => {
  let s: Services;
  let lists: ListsService;
  let orgLists: OrganizationListsService;
  beforeAll(() => {
    s = services(store());
    ({ lists, orgLists } = listServices(store(), s));
  });

  it('sorts people by last contact, asks and leadership level (ties in name order), pages them, and gives those values for the page', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const mk = async (name: string) => (await s.people.create(leader, personInput(r1, { name, tags: ['sorted'] }))).id;
    const [ana, ben, cal, dee, zed] = [await mk('Ana'), await mk('Ben'), await mk('Cal'), await mk('Dee'), await mk('Zed')];
    await s.interactions.log(
      leader,
      plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, date: daysAgo(90), hostPersonId: zed, personIds: [ana] }),
    );
    await s.interactions.log(
      leader,
      plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, date: daysAgo(2), hostPersonId: zed, personIds: [ben] }),
    );
    const event = await s.events.create(leader, plainToInstance(EventInput, { name: 'Budget hearing', date: '2099-03-10', regionId: r1 }));
    await s.events.ask(leader, event.id, [dee, cal], false);
    await s.events.ask(leader, event.id, [dee], false);
    await s.leadership.assess(leader, { personId: cal, theme: CompetencyTheme.ORGANIZING_PRACTICE, level: 3, assessedOn: '2025-01-01' } as never);
    await s.leadership.assess(leader, { personId: cal, theme: CompetencyTheme.ORGANIZING_PRACTICE, level: 1, assessedOn: '2025-06-01' } as never);
    await s.leadership.assess(leader, { personId: ben, theme: CompetencyTheme.ORGANIZING_PRACTICE, level: 2, assessedOn: '2025-06-01' } as never);

    const sorted = async (sortBy: PeopleSortBy, descending = false, o: object = {}) => {
      const page = await lists.peopleList(
        leader,
        plainToInstance(PeopleListArgsInput, { filter: { tags: ['sorted'] }, sortBy, descending, first: 25, offset: 0, ...o }),
      );
      return { names: page.nodes.map((p) => p.name), total: page.totalCount };
    };
    // Never met sorts first; Ben and Zed were both last met 2 days ago, so name order decides between them.
    expect((await sorted(PeopleSortBy.LAST_CONTACT)).names).toEqual(['Cal', 'Dee', 'Ana', 'Ben', 'Zed']);
    expect((await sorted(PeopleSortBy.LAST_CONTACT, true)).names).toEqual(['Zed', 'Ben', 'Ana', 'Dee', 'Cal']);
    expect((await sorted(PeopleSortBy.ASKS_30_DAYS, true)).names).toEqual(['Dee', 'Cal', 'Zed', 'Ben', 'Ana']);
    // Cal's latest assessment is level 1: the earlier level 3 does not count.
    expect((await sorted(PeopleSortBy.LEADERSHIP_LEVEL, true)).names).toEqual(['Ben', 'Cal', 'Zed', 'Dee', 'Ana']);
    expect(await sorted(PeopleSortBy.LAST_CONTACT, false, { first: 2, offset: 1 })).toEqual({ names: ['Dee', 'Ana'], total: 5 });

    expect(await lists.factsOf([ana, cal, dee])).toEqual([
      { personId: ana, lastContact: daysAgo(90), asks30Days: 0, leadershipLevel: 0 },
      { personId: cal, lastContact: null, asks30Days: 1, leadershipLevel: 1 },
      { personId: dee, lastContact: null, asks30Days: 2, leadershipLevel: 0 },
    ]);
  });

  it('sorts organizations by last contact and by members, and gives those values for the page', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const org = async (name: string) => (await s.organizations.create(leader, organizationInput(r1, { name, issueAreas: ['sorting'] }))).id;
    const [church, union, school] = [await org('St. Mark Church'), await org('Westside Tenants Union'), await org('Lincoln School')];
    const person = async (name: string) => (await s.people.create(leader, personInput(r1, { name }))).id;
    const [ana, ben] = [await person('Ana'), await person('Ben')];
    for (const p of [ana, ben]) await s.ties.addAffiliation(leader, { personId: p, organizationId: union, kind: AffiliationKind.MEMBER_OF, title: null });
    await s.ties.addAffiliation(leader, { personId: ana, organizationId: church, kind: AffiliationKind.MEMBER_OF, title: null });
    await s.interactions.log(
      leader,
      plainToInstance(LogInteractionInput, {
        kind: InteractionKind.ONE_TO_ONE,
        date: daysAgo(10),
        hostPersonId: ana,
        personIds: [ben],
        organizationIds: [school],
      }),
    );
    await s.interactions.log(
      leader,
      plainToInstance(LogInteractionInput, {
        kind: InteractionKind.ONE_TO_ONE,
        date: daysAgo(40),
        hostPersonId: ana,
        personIds: [ben],
        organizationIds: [church],
      }),
    );

    const sorted = async (sortBy: OrganizationsSortBy, descending = false) =>
      (
        await orgLists.list(
          leader,
          plainToInstance(OrganizationsListArgsInput, { filter: { issueAreas: ['sorting'] }, sortBy, descending, first: 25, offset: 0 }),
        )
      ).nodes.map((o) => o.name);
    expect(await sorted(OrganizationsSortBy.LAST_CONTACT)).toEqual(['Westside Tenants Union', 'St. Mark Church', 'Lincoln School']);
    expect(await sorted(OrganizationsSortBy.MEMBERS, true)).toEqual(['Westside Tenants Union', 'St. Mark Church', 'Lincoln School']);
    expect(await sorted(OrganizationsSortBy.MEMBERS)).toEqual(['Lincoln School', 'St. Mark Church', 'Westside Tenants Union']);
    expect(await orgLists.factsOf([union, school])).toEqual([
      { organizationId: union, lastContact: null, members: 2 },
      { organizationId: school, lastContact: daysAgo(10), members: 0 },
    ]);
  });
});

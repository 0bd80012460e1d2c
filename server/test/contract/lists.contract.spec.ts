import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { EventInput, RsvpStatus } from '../../src/modules/events/event.model.js';
import { InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { CompetencyTheme } from '../../src/modules/leadership/competencies.js';
import { BulkActionKind, BulkEndorsementPipelineInput, ListEntity, SaveOrganizationListInput, BulkInviteInput, OrganizationsListArgsInput, OrganizationsSortBy, BulkPeopleInput, BulkTurnoutAskInput, PeopleListArgsInput, PeopleSortBy, SaveListInput } from '../../src/modules/lists/lists.model.js';
import { ListsService } from '../../src/modules/lists/lists.service.js';
import { OrganizationListsService } from '../../src/modules/lists/organization-lists.service.js';
import { CampaignInput } from '../../src/modules/campaigns/campaign.model.js';
import { EndorsementStatus } from '../../src/modules/endorsements/endorsement.model.js';
import { IssueScope } from '../../src/modules/issues/issue.model.js';
import { LedBy, OrganizationType } from '../../src/modules/organizations/models/organization.model.js';
import { AuditLogArgs } from '../../src/modules/audit/audit.model.js';
import { AuditAction } from '../../src/modules/audit/audit.js';
import { AuditRepository } from '../../src/modules/audit/audit.repository.js';
import { AuditService } from '../../src/modules/audit/audit.service.js';
import { FieldEntity, FieldType } from '../../src/modules/custom-fields/custom-field.model.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { describeEachEngine } from './engines.js';
import { listServices } from './lists-setup.js';
import { organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const listArgs = (o: object) => plainToInstance(PeopleListArgsInput, { first: 25, offset: 0, sortBy: PeopleSortBy.NAME, descending: false, ...o });
const bulk = (o: object) => plainToInstance(BulkPeopleInput, o);
const eventInput = (o: object) => plainToInstance(EventInput, { name: 'March board hearing', date: '2099-03-10', ...o });

describeEachEngine('lists: filters, saved lists, bulk actions', (store) => {
  let s: Services;
  let lists: ListsService;
  let orgLists: OrganizationListsService;
  beforeAll(() => {
    s = services(store());
    ({ lists, orgLists } = listServices(store(), s));
  });

  const names = async (v: ReturnType<typeof viewer>, filter: object, o: object = {}) => {
    const page = await lists.peopleList(v, listArgs({ filter, ...o }));
    return { names: page.nodes.map((p) => p.name), total: page.totalCount };
  };

  it('filters people by kinds, tags, distance, team, last contact, leadership level and asks, and sorts by a column', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const mk = (name: string, o: object = {}) => s.people.create(leader, personInput(r1, { name, ...o }));
    const ana = await mk('Ana', { kinds: ['LEADER'] as never, tags: ['youth', 'spanish'], zip: '60614' });
    const ben = await mk('Ben', { tags: ['youth'], zip: '60657' });
    const cal = await mk('Cal', { tags: ['youth', 'spanish'], zip: '90210' });
    await s.people.create(viewer(Role.LEADER, [r2]), personInput(r2, { name: 'Dee elsewhere', tags: ['youth', 'spanish'] }));

    expect(await names(leader, { tags: ['youth', 'spanish'] })).toEqual({ names: ['Ana', 'Cal'], total: 2 });
    expect(await names(leader, { kinds: ['LEADER'] })).toEqual({ names: ['Ana'], total: 1 });
    // Contact details are searched only where the viewer may see them.
    await s.people.create(leader, personInput(r1, { name: 'Eve', emails: ['eve@example.org'] }));
    expect((await names(leader, { search: 'eve@example' })).names).toEqual(['Eve']);
    expect((await names(viewer(Role.CONNECTOR, [r1]), { search: 'eve@example' })).names).toEqual([]);
    // 60657 lies about 2 miles from 60614; 90210 is in California.
    expect(await names(leader, { nearZip: '60614', withinMiles: 5 })).toEqual({ names: ['Ana', 'Ben'], total: 2 });
    expect((await names(leader, { tags: ['youth'] }, { sortBy: PeopleSortBy.ZIP, descending: true })).names).toEqual(['Cal', 'Ben', 'Ana']);

    const team = await s.teams.create(leader, { name: 'Youth team', kind: TeamKind.REGIONAL_STRATEGY_TEAM, regionId: r1 });
    await s.teams.addMember(leader, team.id, ben.id, '2025-01-15');
    expect(await names(leader, { teamId: team.id })).toEqual({ names: ['Ben'], total: 1 });
    expect((await names(leader, { memberSinceBefore: '2025-02-01' })).names).toEqual(['Ben']);
    expect((await names(leader, { memberSinceFrom: '2025-02-01' })).names).toEqual([]);

    await s.interactions.log(leader, plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, date: daysAgo(90), hostPersonId: ana.id, personIds: [cal.id] }));
    await s.interactions.log(leader, plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, date: daysAgo(2), hostPersonId: ana.id, personIds: [ben.id] }));
    // Last contact is each person's latest meeting: Ana met Ben 2 days ago, so only Cal was last met before 30 days ago.
    expect((await names(leader, { lastContactBefore: daysAgo(30) })).names).toEqual(['Cal']);
    expect((await names(leader, { lastContactAfter: daysAgo(30) })).names).toEqual(['Ana', 'Ben']);

    await s.leadership.assess(leader, { personId: cal.id, theme: CompetencyTheme.ORGANIZING_PRACTICE, level: 3, assessedOn: '2025-01-01' } as never);
    await s.leadership.assess(leader, { personId: cal.id, theme: CompetencyTheme.ORGANIZING_PRACTICE, level: 1, assessedOn: '2025-06-01' } as never);
    await s.leadership.assess(leader, { personId: ben.id, theme: CompetencyTheme.ORGANIZING_PRACTICE, level: 2, assessedOn: '2025-06-01' } as never);
    // Cal's latest assessment is level 1: an earlier level 3 does not count.
    expect((await names(leader, { minLeadershipLevel: 2 })).names).toEqual(['Ben']);

    // No one has been asked to turn out: everyone has at most 0 asks, no one has at least 1.
    expect((await names(leader, { maxAsks30Days: 0 })).total).toBe(4);
    expect((await names(leader, { minAsks30Days: 1 })).total).toBe(0);
    expect((await names(leader, { tags: ['youth'], teamId: team.id, nearZip: '60614', withinMiles: 5 })).names).toEqual(['Ben']);
  });

  it('answers each mix of conditions with only its own conditions: last contact, asks, both, with a tag, a search, a team or a distance', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const mk = (name: string, o: object = {}) => s.people.create(leader, personInput(r1, { name, ...o }));
    const ana = await mk('Ana', { tags: ['youth'], zip: '60614' });
    const ben = await mk('Ben', { zip: '60657' });
    const cal = await mk('Cal', { tags: ['youth'], zip: '90210' });
    const dee = await mk('Dee', { tags: ['youth'], zip: '60614' });
    const meet = (date: string, ids: string[]) =>
      s.interactions.log(leader, plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, date, hostPersonId: ids[0], personIds: ids.slice(1) }));
    await meet(daysAgo(3), [ana.id, ben.id]);
    await meet(daysAgo(60), [cal.id, dee.id]);
    const event = await s.events.create(leader, eventInput({ regionId: r1 }));
    await s.events.ask(leader, event.id, [ben.id, cal.id], false);
    await s.events.ask(leader, event.id, [cal.id], false);
    const team = await s.teams.create(leader, { name: 'Hearing team', kind: TeamKind.REGIONAL_STRATEGY_TEAM, regionId: r1 });
    await s.teams.addMember(leader, team.id, ana.id, '2025-01-15');
    await s.teams.addMember(leader, team.id, cal.id, '2025-01-15');

    // Last contact alone, asks alone, and both at once.
    expect((await names(leader, { lastContactAfter: daysAgo(30) })).names).toEqual(['Ana', 'Ben']);
    expect((await names(leader, { minAsks30Days: 1 })).names).toEqual(['Ben', 'Cal']);
    expect((await names(leader, { minAsks30Days: 2 })).names).toEqual(['Cal']);
    expect((await names(leader, { maxAsks30Days: 0 })).names).toEqual(['Ana', 'Dee']);
    expect((await names(leader, { lastContactBefore: daysAgo(30), minAsks30Days: 1 })).names).toEqual(['Cal']);
    // With a tag, a search, a team (people named first) and a distance (people found from the zips near).
    expect((await names(leader, { lastContactBefore: daysAgo(30), tags: ['youth'] })).names).toEqual(['Cal', 'Dee']);
    expect((await names(leader, { maxAsks30Days: 0, search: 'dee' })).names).toEqual(['Dee']);
    expect((await names(leader, { lastContactAfter: daysAgo(30), teamId: team.id })).names).toEqual(['Ana']);
    expect((await names(leader, { minAsks30Days: 1, teamId: team.id })).names).toEqual(['Cal']);
    expect((await names(leader, { lastContactBefore: daysAgo(30), nearZip: '60614', withinMiles: 5 })).names).toEqual(['Dee']);
    expect((await names(leader, { minAsks30Days: 1, nearZip: '60614', withinMiles: 5 })).names).toEqual(['Ben']);
    expect(await names(leader, { lastContactAfter: daysAgo(30) }, { sortBy: PeopleSortBy.ZIP, descending: true })).toEqual({ names: ['Ben', 'Ana'], total: 2 });
  });

  it('names the field and the way out for a filter it cannot run', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    await expect(lists.peopleList(leader, listArgs({ filter: { nearZip: '60614' } }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringContaining('both a zip code and a distance'),
    });
    await expect(lists.peopleList(leader, listArgs({ filter: { nearZip: '00000', withinMiles: 5 } }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringContaining('00000 is not a US zip code'),
    });
  });

  it('keeps a list private or shares it with a region, and re-evaluates it when opened', async () => {
    const [r1, r2] = await twoRegions(s);
    const ana = viewer(Role.LEADER, [r1]);
    const colleague = viewer(Role.STAFF, [r1]);
    const outsider = viewer(Role.LEADER, [r2]);
    const mine = await lists.saveList(ana, plainToInstance(SaveListInput, { name: 'My youth', filter: { tags: ['youth'] } }));
    const shared = await lists.saveList(ana, plainToInstance(SaveListInput, { name: 'Region youth', filter: { tags: ['youth'] }, sharedWithRegionId: r1, columns: ['name', 'tags'] }));
    expect((await lists.savedLists(ana)).map((l) => l.name)).toEqual(['My youth', 'Region youth']);
    expect((await lists.savedLists(colleague)).map((l) => l.name)).toEqual(['Region youth']);
    expect(await lists.savedLists(outsider)).toEqual([]);
    await expect(lists.savedList(outsider, shared.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(lists.saveList(ana, plainToInstance(SaveListInput, { name: 'x', filter: {}, sharedWithRegionId: r2 }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });

    const opened = await lists.savedList(colleague, shared.id);
    expect(opened).toMatchObject({ columns: ['name', 'tags'], sharedWithRegionId: r1, mine: false });
    const filter = JSON.parse(opened.filter);
    expect((await names(colleague, filter)).total).toBe(0);
    await s.people.create(ana, personInput(r1, { name: 'New youth', tags: ['youth'] }));
    expect((await names(colleague, filter)).names).toEqual(['New youth']);
    await expect(lists.deleteList(colleague, shared.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await lists.deleteList(ana, mine.id);
    expect((await lists.savedLists(ana)).map((l) => l.name)).toEqual(['Region youth']);
  });

  it('adds tags to a selection with history, and undoes it except where someone edited since', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana', tags: ['youth'] }));
    const ben = await s.people.create(leader, personInput(r1, { name: 'Ben', tags: [] }));
    const cal = await s.people.create(leader, personInput(r1, { name: 'Cal', tags: ['canvass'] }));

    const done = await lists.bulkPeople(leader, bulk({ target: { personIds: [ana.id, ben.id, cal.id] }, action: BulkActionKind.ADD_TAGS, tags: ['canvass'] }));
    expect(done).toMatchObject({ changed: 2, unchanged: 1, summary: 'Added tag canvass (2 people)' });
    expect((await s.people.get(leader, ana.id)).tags).toEqual(['youth', 'canvass']);
    const history = await s.history.of('Person', ben.id);
    expect(JSON.stringify(history)).toContain('Bulk: Added tag canvass (2 people)');

    // Ben is edited after the bulk action: undo leaves him as he is and names him.
    const benNow = await s.people.get(leader, ben.id);
    await s.people.update(leader, ben.id, benNow.version, personInput(r1, { name: 'Ben', tags: ['canvass', 'driver'] }));
    const undone = await lists.undoLastBulkAction(leader);
    expect(undone).toMatchObject({ changed: 1, skipped: ['Ben'] });
    expect((await s.people.get(leader, ana.id)).tags).toEqual(['youth']);
    expect((await s.people.get(leader, ben.id)).tags).toEqual(['canvass', 'driver']);
    expect((await s.people.get(leader, cal.id)).tags).toEqual(['canvass']);
    await expect(lists.undoLastBulkAction(leader)).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
  });

  it('makes a call sheet with phone only where visible, last contact and asks in 30 days', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana', phones: ['(555) 010-1234'], notes: 'Prefers evenings' }));
    const ben = await s.people.create(leader, personInput(r1, { name: 'Ben', phones: ['(555) 010-9999'] }));
    await s.interactions.log(leader, plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, date: daysAgo(12), hostPersonId: ana.id, personIds: [ben.id] }));
    const sheet = await lists.callSheet(leader, { personIds: [ben.id, ana.id] });
    expect(sheet.map((r) => [r.person.name, r.phone, r.lastContact, r.asks30Days, r.person.notes])).toEqual([
      ['Ana', '(555) 010-1234', daysAgo(12), 0, 'Prefers evenings'],
      ['Ben', '(555) 010-9999', daysAgo(12), 0, null],
    ]);
    const connector = viewer(Role.CONNECTOR, [r1]);
    expect((await lists.callSheet(connector, { personIds: [ana.id] })).map((r) => r.phone)).toEqual([null]);
  });

  it('acts on a whole list by its filter', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana', tags: ['youth'] }));
    const ben = await s.people.create(leader, personInput(r1, { name: 'Ben', tags: [] }));
    await lists.bulkPeople(leader, bulk({ target: { filter: { regionId: r1, tags: ['youth'] } }, action: BulkActionKind.REMOVE_TAGS, tags: ['youth'] }));
    expect((await s.people.get(leader, ana.id)).tags).toEqual([]);
    expect((await s.people.get(leader, ben.id)).tags).toEqual([]);
  });

  it('refuses an empty selection, records outside the viewer’s regions, and connectors assigning, changing nothing', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana' }));
    const far = await s.people.create(viewer(Role.LEADER, [r2]), personInput(r2, { name: 'Far' }));
    await expect(lists.bulkPeople(leader, bulk({ target: { personIds: [] }, action: BulkActionKind.ADD_TAGS, tags: ['x'] }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringContaining('No one is chosen'),
    });
    await expect(lists.bulkPeople(leader, bulk({ target: { filter: { tags: ['no-such-tag'] } }, action: BulkActionKind.ADD_TAGS, tags: ['x'] }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringContaining('No one is chosen'),
    });
    await expect(lists.bulkPeople(leader, bulk({ target: { personIds: [ana.id, far.id] }, action: BulkActionKind.ADD_TAGS, tags: ['x'] }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringContaining('not found in your regions'),
    });
    const connector = viewer(Role.CONNECTOR, [r1]);
    await expect(lists.bulkPeople(connector, bulk({ target: { personIds: [ana.id] }, action: BulkActionKind.ASSIGN_CONNECTOR, accountId: connector.accountId }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await s.people.get(leader, ana.id)).tags).toEqual([]);
    await expect(lists.undoLastBulkAction(leader)).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
  });

  it('asks a list to turn out: names those at the ask limit, leaves them out or asks them when confirmed, and undoes the asks', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const event = await s.events.create(leader, eventInput({ regionId: r1, name: 'Budget hearing' }));
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana', tags: ['hearing'] }));
    const ben = await s.people.create(leader, personInput(r1, { name: 'Ben', tags: ['hearing'] }));
    for (let i = 0; i < 3; i++) await s.events.ask(leader, event.id, [ana.id], false);
    const ask = (o: object) => lists.bulkTurnoutAsk(leader, plainToInstance(BulkTurnoutAskInput, { eventId: event.id, target: { filter: { tags: ['hearing'] } }, ...o }));
    const asksOf = async (id: string) => (await s.events.asks(leader, event.id)).filter((a) => a.person.id === id).length;

    // Ana is at the limit (3): nothing is asked and she is named.
    await expect(ask({})).rejects.toMatchObject({ code: 'FAILED_PRECONDITION', message: expect.stringContaining('Ana was asked 3 times'), extra: { overLimit: [ana.id] } });
    expect(await asksOf(ben.id)).toBe(0);

    const leftOut = await ask({ leaveOutOverLimit: true });
    expect(leftOut).toMatchObject({ changed: 1, skipped: ['Ana'], summary: 'Asked 1 person to turn out for Budget hearing' });
    expect([await asksOf(ana.id), await asksOf(ben.id)]).toEqual([3, 1]);
    expect(JSON.stringify(await s.history.of('Person', ben.id))).toContain('Bulk: Asked 1 person to turn out');

    const confirmed = await ask({ confirmOverLimit: true });
    expect(confirmed).toMatchObject({ changed: 2, skipped: [] });
    expect([await asksOf(ana.id), await asksOf(ben.id)]).toEqual([4, 2]);

    // Undo takes back exactly the last action's asks; the one before stays.
    expect(await lists.undoLastBulkAction(leader)).toMatchObject({ changed: 2, summary: 'Undid: Asked 2 people to turn out' });
    expect([await asksOf(ana.id), await asksOf(ben.id)]).toEqual([3, 1]);

    // When everyone chosen is at the limit, leaving them out leaves no one: refused, nothing recorded.
    await expect(lists.bulkTurnoutAsk(leader, plainToInstance(BulkTurnoutAskInput, { eventId: event.id, target: { personIds: [ana.id] }, leaveOutOverLimit: true })))
      .rejects.toMatchObject({ code: 'FAILED_PRECONDITION', message: expect.stringContaining('no one was asked') });
    expect(await asksOf(ana.id)).toBe(3);
  });

  it('invites a list to an event, keeps answers already given, and undoes only invitations still unanswered', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const event = await s.events.create(leader, eventInput({ regionId: r1, name: 'Budget hearing' }));
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana', tags: ['hearing'] }));
    const ben = await s.people.create(leader, personInput(r1, { name: 'Ben', tags: ['hearing'] }));
    const cal = await s.people.create(leader, personInput(r1, { name: 'Cal', tags: ['hearing'] }));
    await s.events.rsvp(leader, event.id, cal.id, RsvpStatus.NO);
    const statuses = async () => Object.fromEntries((await s.events.rsvps(leader, event.id)).map((r) => [r.person.name, r.status]));

    const done = await lists.bulkInvite(leader, plainToInstance(BulkInviteInput, { eventId: event.id, target: { filter: { tags: ['hearing'] } } }));
    expect(done).toMatchObject({ changed: 2, unchanged: 1, summary: 'Invited 2 people to Budget hearing' });
    expect(await statuses()).toEqual({ Ana: 'INVITED', Ben: 'INVITED', Cal: 'NO' });
    expect(JSON.stringify(await s.history.of('Event', event.id))).toContain('Bulk: Invited 2 people to Budget hearing');

    // Ben answers before the undo: his answer stays, and he is named.
    await s.events.rsvp(leader, event.id, ben.id, RsvpStatus.YES);
    expect(await lists.undoLastBulkAction(leader)).toMatchObject({ changed: 1, skipped: ['Ben'] });
    expect(await statuses()).toEqual({ Ben: 'YES', Cal: 'NO' });

    const past = await s.events.create(leader, eventInput({ regionId: r1, name: 'Last year', date: '2020-01-01' }));
    await expect(lists.bulkInvite(leader, plainToInstance(BulkInviteInput, { eventId: past.id, target: { personIds: [ana.id] } }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringContaining('was on 2020-01-01'),
    });
    await expect(lists.bulkInvite(leader, plainToInstance(BulkInviteInput, { eventId: event.id, target: { personIds: [] } }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringContaining('No one is chosen'),
    });
  });

  it('exports a list as CSV only with the export permission, into the export and audit logs; bulk actions are audited too', async () => {
    const [r1] = await twoRegions(s);
    const admin = viewer(Role.ADMIN, [r1]);
    const unique = Math.random().toString(36).slice(2, 10);
    const account = await s.accounts.create(admin, { email: `lee-${unique}@example.org`, displayName: 'Lee Leader', password: 'lee-password-123', role: Role.LEADER, regionIds: [r1] });
    const lee = viewer(Role.LEADER, [r1], account.id);
    const tag = `export-${unique}`;
    await s.people.create(lee, personInput(r1, { name: 'Ana', tags: [tag], emails: ['ana@example.org'] }));
    await s.people.create(lee, personInput(r1, { name: '=Ben', tags: [tag] }));
    await s.people.create(lee, personInput(r1, { name: 'Cal' }));

    // Without the permission: refused, naming the way out, and nothing is logged.
    await expect(lists.exportList(lee, { filter: { tags: [tag] } })).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('export permission') });
    const audit = new AuditService(new AuditRepository(store()), s.accountsRepo);
    const logged = async (action: AuditAction) =>
      (await audit.list(admin, plainToInstance(AuditLogArgs, { first: 100, filter: { accountId: account.id } }))).nodes.filter((e) => e.action === action);
    expect(await logged(AuditAction.EXPORTED)).toEqual([]);

    await s.accounts.update(admin, account.id, { displayName: 'Lee Leader', role: Role.LEADER, regionIds: [r1], canExport: true });
    const out = await lists.exportList(lee, { filter: { tags: [tag] } });
    expect(out.rows).toBe(2);
    const lines = out.csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,emails,phones,zip,region,kinds,tags,notes/);
    // Name order; a leading = is defused so a spreadsheet does not run it.
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(["'=Ben", 'Ana']);
    expect(out.csv).toContain('ana@example.org');
    expect((await logged(AuditAction.EXPORTED)).map((e) => e.summary)).toEqual(['Exported 2 people (a list) as CSV']);

    await lists.bulkPeople(lee, bulk({ target: { filter: { tags: [tag] } }, action: BulkActionKind.ADD_TAGS, tags: ['phonebank'] }));
    await lists.undoLastBulkAction(lee);
    expect((await logged(AuditAction.BULK_ACTION)).map((e) => e.summary)).toEqual(['Added tag phonebank (2 people)']);
    expect((await logged(AuditAction.BULK_ACTION_UNDONE)).map((e) => e.summary)).toEqual(['Undid: Added tag phonebank (2 people)']);
  });

  it('lists organizations by kind, led-by, issue area and distance, sorted by a column; adds a list to a campaign’s endorsement pipeline and undoes it', async () => {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const org = (name: string, o: object) => s.organizations.create(leader, organizationInput(r1, { name, ...o }));
    const union = await org('Westside Tenants Union', { type: OrganizationType.PARTNER, ledBy: [LedBy.POC_LED], issueAreas: ['housing', 'schools'], zip: '60614' });
    const church = await org('St. Mark Church', { type: OrganizationType.INSTITUTION, ledBy: [LedBy.IMMIGRANT_LED], issueAreas: ['schools'], zip: '60657' });
    await org('Far Coalition', { type: OrganizationType.PARTNER, ledBy: [], issueAreas: ['schools'], zip: '90210' });
    await s.organizations.create(viewer(Role.LEADER, [r2]), organizationInput(r2, { name: 'Other region', issueAreas: ['schools'] }));
    const names = async (filter: object, o: object = {}) => {
      const page = await orgLists.list(leader, plainToInstance(OrganizationsListArgsInput, { filter, first: 25, offset: 0, ...o }));
      return { names: page.nodes.map((n) => n.name), total: page.totalCount };
    };
    expect(await names({ issueAreas: ['schools'] })).toEqual({ names: ['Far Coalition', 'St. Mark Church', 'Westside Tenants Union'], total: 3 });
    expect((await names({ types: [OrganizationType.PARTNER] })).names).toEqual(['Far Coalition', 'Westside Tenants Union']);
    expect((await names({ ledBy: [LedBy.POC_LED, LedBy.IMMIGRANT_LED] })).names).toEqual(['St. Mark Church', 'Westside Tenants Union']);
    expect((await names({ issueAreas: ['schools', 'housing'] })).names).toEqual(['Westside Tenants Union']);
    expect((await names({ nearZip: '60614', withinMiles: 5 })).names).toEqual(['St. Mark Church', 'Westside Tenants Union']);
    expect((await names({}, { sortBy: OrganizationsSortBy.ZIP, descending: true })).names).toEqual(['Far Coalition', 'St. Mark Church', 'Westside Tenants Union']);
    await expect(orgLists.list(leader, plainToInstance(OrganizationsListArgsInput, { filter: { nearZip: '60614' } }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });

    const issue = await s.issues.create(leader, { name: 'Restore counselor funding', scope: IssueScope.SPECIFIC_ISSUE, regionId: r1 });
    const campaign = await s.campaigns.create(leader, plainToInstance(CampaignInput, { name: 'Fund our schools', regionId: r1, issueId: issue.id }));
    await s.endorsements.create(leader, { organizationId: church.id, campaignId: campaign.id } as never);
    const pipeline = (target: object) => orgLists.addToPipeline(leader, plainToInstance(BulkEndorsementPipelineInput, { campaignId: campaign.id, target }));
    const done = await pipeline({ filter: { ledBy: [LedBy.POC_LED, LedBy.IMMIGRANT_LED] } });
    expect(done).toMatchObject({ changed: 1, unchanged: 1, summary: 'Added 1 organization to the endorsement pipeline' });
    const board = async () => (await s.endorsements.ofCampaign(leader, campaign.id)).map((a) => [a.row.organizationId, a.status]);
    expect(await board()).toEqual(expect.arrayContaining([[union.id, EndorsementStatus.TO_ASK], [church.id, EndorsementStatus.TO_ASK]]));
    expect(await lists.undoLastBulkAction(leader)).toMatchObject({ changed: 1, summary: 'Undid: Added 1 organization to the endorsement pipeline' });
    expect(await board()).toEqual([[church.id, EndorsementStatus.TO_ASK]]);

    await expect(pipeline({ organizationIds: [] })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('No organization is chosen') });

    // A saved list of organizations keeps its filter and sort, apart from the people lists.
    const saved = await lists.saveOrganizationList(leader, plainToInstance(SaveOrganizationListInput, { name: 'POC-led partners', filter: { ledBy: [LedBy.POC_LED] }, sortBy: OrganizationsSortBy.TYPE, descending: true }));
    expect(saved).toMatchObject({ entity: ListEntity.ORGANIZATIONS, organizationsSortBy: OrganizationsSortBy.TYPE, descending: true, filter: JSON.stringify({ ledBy: ['POC_LED'] }) });
    expect((await lists.savedLists(leader, ListEntity.ORGANIZATIONS)).map((l) => l.name)).toEqual(['POC-led partners']);
    expect((await lists.savedLists(leader)).map((l) => l.name)).not.toContain('POC-led partners');
    await expect(lists.saveOrganizationList(leader, plainToInstance(SaveOrganizationListInput, { name: 'Far', filter: { nearZip: '00000', withinMiles: 3 } }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('filters people by a custom field, and names an unknown field', async () => {
    const [r1] = await twoRegions(s);
    const admin = viewer(Role.ADMIN, [r1]);
    const key = `shift${Math.random().toString(36).slice(2, 8)}`;
    await s.customFields.define(admin, { entity: FieldEntity.PERSON, key, label: 'Shift', type: FieldType.ONE_CHOICE, choices: ['Day', 'Night'], regionId: r1 } as never);
    const leader = viewer(Role.LEADER, [r1]);
    await s.people.create(leader, personInput(r1, { name: 'Ana', customFields: [{ key, value: 'Night' }] } as never));
    await s.people.create(leader, personInput(r1, { name: 'Ben', customFields: [{ key, value: 'Day' }] } as never));
    expect((await names(leader, { customFields: [{ key, value: 'night' }] })).names).toEqual(['Ana']);
    expect((await names(leader, { customFields: [{ key, value: 'Day' }], search: 'be' })).names).toEqual(['Ben']);
    await expect(lists.peopleList(leader, listArgs({ filter: { customFields: [{ key: 'nosuchfield', value: 'x' }] } }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringContaining('nosuchfield'),
    });
  });
});

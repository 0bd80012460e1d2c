import { plainToInstance } from 'class-transformer';
import { Role, type Viewer } from '../../src/common/viewer.js';
import type { GraphStore } from '../../src/graph/graph-store.port.js';
import { EventInput, RsvpStatus } from '../../src/modules/events/event.model.js';
import {
  BulkActionKind,
  BulkEndorsementPipelineInput,
  BulkInviteInput,
  BulkPeopleInput,
  BulkStatus,
  BulkTurnoutAskInput,
  type BulkOutcome,
} from '../../src/modules/lists/lists.model.js';
import { ListsService } from '../../src/modules/lists/lists.service.js';
import { organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';
import { CampaignInput } from '../../src/modules/campaigns/campaign.model.js';
import { IssueScope } from '../../src/modules/issues/issue.model.js';
import { PIPELINE_LIMIT } from '../../src/modules/lists/organization-lists.service.js';
import { describeEachEngine } from './engines.js';
import { listServices } from './lists-setup.js';

const bulk = (o: object) => plainToInstance(BulkPeopleInput, o);
const eventInput = (o: object) => plainToInstance(EventInput, { name: 'March board hearing', date: '2099-03-10', ...o });

describeEachEngine('bulk actions on large lists: run in parts as a job, with progress, undone as one action', (store) => {
  let s: Services;
  let lists: ListsService;
  /** Every transaction of the lists service waits for this: the test lets a job's parts run when it says so. */
  let gate: Promise<void> = Promise.resolve();

  beforeAll(() => {
    s = services(store());
    const held = new Proxy(store(), {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (key === 'transaction')
          return async (...args: unknown[]) => {
            await gate;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as GraphStore;
    ({ lists } = listServices(store(), s, held));
    // Parts of four people, so ten people make three parts.
    lists.partSize = 4;
  });

  /** Asks for the job's progress until it is no longer running (or, with `done`, until that many are gone through). */
  async function progress(v: Viewer, id: string, done?: number): Promise<BulkOutcome> {
    for (let i = 0; i < 2000; i++) {
      const p = await lists.bulkAction(v, id);
      if (done === undefined ? p.status !== BulkStatus.RUNNING : (p.done ?? 0) >= done) return p;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the bulk action did not get there');
  }

  it('tags a large list in parts, tells how far it is, refuses another action or an undo meanwhile, and undoes it as one action', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      ids.push((await s.people.create(leader, personInput(r1, { name: `Member ${i}`, tags: i === 0 ? ['bigjob', 'canvass'] : ['bigjob'] }))).id);
    }
    let open!: () => void;
    gate = new Promise((r) => (open = r));

    const started = await lists.bulkPeople(leader, bulk({ target: { filter: { tags: ['bigjob'] } }, action: BulkActionKind.ADD_TAGS, tags: ['canvass'] }));
    // Member 0 already has the tag: nine to change, in parts of four.
    expect(started).toMatchObject({ status: BulkStatus.RUNNING, done: 0, total: 9, unchanged: 1, changed: 0 });
    expect(await lists.bulkAction(leader, started.id!)).toMatchObject({ status: BulkStatus.RUNNING, done: 0, total: 9 });
    await expect(
      lists.bulkPeople(leader, bulk({ target: { personIds: [ids[1]] }, action: BulkActionKind.REMOVE_TAGS, tags: ['bigjob'] })),
    ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION', message: expect.stringContaining('still running') });
    await expect(lists.undoLastBulkAction(leader)).rejects.toMatchObject({ code: 'FAILED_PRECONDITION', message: expect.stringContaining('still running') });
    // Another account cannot look at it.
    await expect(lists.bulkAction(viewer(Role.LEADER, [r1]), started.id!)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // One part at a time: after the first, four of nine are done and tagged, the others not yet.
    const first = open;
    gate = new Promise((r) => (open = r));
    first();
    expect(await progress(leader, started.id!, 4)).toMatchObject({ status: BulkStatus.RUNNING, done: 4, total: 9, changed: 4 });
    const tagged = async () => (await Promise.all(ids.map((id) => s.people.get(leader, id)))).filter((p) => p.tags.includes('canvass')).length;
    expect(await tagged()).toBe(1 + 4);

    gate = Promise.resolve();
    open();
    expect(await progress(leader, started.id!)).toMatchObject({
      status: BulkStatus.DONE,
      done: 9,
      total: 9,
      changed: 9,
      summary: 'Added tag canvass (9 people)',
    });
    expect(await tagged()).toBe(10);
    expect(JSON.stringify(await s.history.of('Person', ids[9]))).toContain('Bulk: Added tag canvass (9 people)');

    // Undo takes back every part: the nine lose the tag, Member 0 keeps the one she had.
    expect(await lists.undoLastBulkAction(leader)).toMatchObject({ changed: 9, skipped: [] });
    expect((await s.people.get(leader, ids[0])).tags).toEqual(['bigjob', 'canvass']);
    expect(await tagged()).toBe(1);
  });

  it('asks a large list to turn out within the ask limit: names those at the limit, leaves them out when told, and undoes the asks', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const event = await s.events.create(leader, eventInput({ regionId: r1, name: 'Budget hearing' }));
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await s.people.create(leader, personInput(r1, { name: i === 0 ? 'Ana' : `Member ${i}`, tags: ['hearing'] }))).id);
    for (let i = 0; i < 3; i++) await s.events.ask(leader, event.id, [ids[0]], false);
    const ask = (o: object) =>
      lists.bulkTurnoutAsk(leader, plainToInstance(BulkTurnoutAskInput, { eventId: event.id, target: { filter: { tags: ['hearing'] } }, ...o }));
    const asks = async () => (await s.events.asks(leader, event.id)).length;

    // Checked whole before any part: Ana is at the limit, so nothing is asked and she is named.
    await expect(ask({})).rejects.toMatchObject({ code: 'FAILED_PRECONDITION', extra: { overLimit: [ids[0]] } });
    expect(await asks()).toBe(3);

    const started = await ask({ leaveOutOverLimit: true });
    expect(started).toMatchObject({ status: BulkStatus.RUNNING, total: 6, skipped: ['Ana'] });
    expect(await progress(leader, started.id!)).toMatchObject({
      status: BulkStatus.DONE,
      changed: 6,
      skipped: ['Ana'],
      summary: 'Asked 6 people to turn out for Budget hearing',
    });
    expect(await asks()).toBe(3 + 6);

    expect(await lists.undoLastBulkAction(leader)).toMatchObject({ changed: 6 });
    expect(await asks()).toBe(3);
  });

  it('invites a large list in parts, keeping answers already given, and undoes the invitations', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const event = await s.events.create(leader, eventInput({ regionId: r1, name: 'Budget hearing' }));
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await s.people.create(leader, personInput(r1, { name: `Member ${i}`, tags: ['invite'] }))).id);
    await s.events.rsvp(leader, event.id, ids[0], RsvpStatus.NO);
    const statuses = async () => (await s.events.rsvps(leader, event.id)).map((r) => r.status).sort();

    const started = await lists.bulkInvite(leader, plainToInstance(BulkInviteInput, { eventId: event.id, target: { filter: { tags: ['invite'] } } }));
    expect(started).toMatchObject({ status: BulkStatus.RUNNING, total: 6, unchanged: 1 });
    expect(await progress(leader, started.id!)).toMatchObject({ status: BulkStatus.DONE, changed: 6, summary: 'Invited 6 people to Budget hearing' });
    expect(await statuses()).toEqual([...Array(6).fill('INVITED'), 'NO']);

    expect(await lists.undoLastBulkAction(leader)).toMatchObject({ changed: 6 });
    expect(await statuses()).toEqual(['NO']);
  });

  it('adds a large list of organizations to a campaign’s endorsement pipeline in parts, and undoes it as one action', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await s.organizations.create(leader, organizationInput(r1, { name: `Partner ${i}`, issueAreas: ['pipeline-job'] }))).id);
    const issue = await s.issues.create(leader, { name: 'Restore counselor funding', scope: IssueScope.SPECIFIC_ISSUE, regionId: r1 });
    const campaign = await s.campaigns.create(leader, plainToInstance(CampaignInput, { name: 'Fund our schools', regionId: r1, issueId: issue.id }));
    await s.endorsements.create(leader, { organizationId: ids[0], campaignId: campaign.id } as never);
    const inPipeline = async () => (await s.endorsements.ofCampaign(leader, campaign.id)).length;
    // Parts of two organizations: four to add make two parts.
    lists.pipelinePartSize = 2;
    try {
      const started = await lists.bulkEndorsementPipeline(
        leader,
        plainToInstance(BulkEndorsementPipelineInput, { campaignId: campaign.id, target: { filter: { issueAreas: ['pipeline-job'] } } }),
      );
      expect(started).toMatchObject({ status: BulkStatus.RUNNING, total: 4, unchanged: 1 });
      expect(await progress(leader, started.id!)).toMatchObject({
        status: BulkStatus.DONE,
        changed: 4,
        summary: 'Added 4 organizations to the endorsement pipeline',
      });
      expect(await inPipeline()).toBe(5);
      expect(await lists.undoLastBulkAction(leader)).toMatchObject({ changed: 4 });
      expect(await inPipeline()).toBe(1);
    } finally {
      lists.pipelinePartSize = PIPELINE_LIMIT;
    }
  });
});

import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import type { GraphStore, GraphTx } from '../../src/graph/graph-store.port.js';
import { EventInput } from '../../src/modules/events/event.model.js';
import { ImportService } from '../../src/modules/import/import.service.js';
import { ImportQueries } from '../../src/modules/import/import.queries.js';
import { jobNode } from '../../src/modules/import/import-job.js';
import { InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { PersonKind } from '../../src/modules/people/models/person.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, peopleArgs, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** A store whose `failAt`-th transaction (counting from 1) throws before committing: an import stopping half way. */
function failing(store: GraphStore, failAt: number): GraphStore & { count: number } {
  const s = {
    engine: store.engine, capabilities: store.capabilities, count: 0,
    read: store.read.bind(store), write: store.write.bind(store), applySchema: store.applySchema.bind(store), close: store.close.bind(store),
    transaction: async <T>(work: (tx: GraphTx) => Promise<T>) => {
      s.count++;
      if (s.count === failAt) throw new Error('disk full (simulated)');
      return store.transaction(work);
    },
  };
  return s;
}

describeEachEngine('import: interactions, attendance, resume and roll-back', (store) => {
  let s: Services;
  let imports: ImportService;
  beforeAll(() => {
    s = services(store());
    imports = new ImportService(store(), s.regions);
    imports.batchSize = 2;
  });

  it('people: rolls back what it created and restores what it changed; refuses while records were edited since, unless asked to keep them', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const existing = await s.people.create(leader, personInput(r1, { name: 'Old Timer', emails: ['old@example.org'], zip: '60614', tags: ['founder'] }));
    const file = ['Name,Email,Zip,Tags', 'Old Timer,old@example.org,60640,volunteer', 'New One,new1@example.org,60601,', 'New Two,new2@example.org,60602,', 'New Three,new3@example.org,60603,'].join('\n');
    const job = await (await imports.start(leader, file, { kind: 'people', dryRun: false, defaultRegion: r1, fileName: 'people.csv' })).done;
    expect(job).toMatchObject({ status: 'done', created: 3, updated: 1, fileName: 'people.csv' });
    expect((await s.people.get(leader, existing.id))).toMatchObject({ zip: '60640', tags: ['founder', 'volunteer'] });

    // The job list survives: it is read from the graph.
    const fresh = new ImportService(store(), s.regions);
    expect((await fresh.jobs(leader)).map((j) => [j.id, j.status, j.created])).toEqual([[job.id, 'done', 3]]);

    // Someone edits a record the import created: the roll-back is refused and names it; nothing changes.
    const two = (await s.people.list(leader, peopleArgs({ search: 'New Two' }))).nodes[0];
    await s.people.update(leader, two.id, two.version, personInput(r1, { name: 'New Two', emails: ['new2@example.org'], zip: '60602', notes: 'Called back', kinds: [] }));
    await expect(imports.rollback(leader, job.id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/One record was changed since this import: New Two \(person\)/) });
    expect((await s.people.list(leader, peopleArgs())).totalCount).toBe(4);

    // An account says New One is them ("this is me"): rolled back with New One, it is linked to no one.
    const one = (await s.people.list(leader, peopleArgs({ search: 'New One' }))).nodes[0];
    const account = await s.accounts.create(admin(), { email: `me-${Math.random().toString(36).slice(2)}@example.org`, displayName: 'New One', password: 'long-enough-password', role: Role.CONNECTOR, regionIds: [r1] });
    await s.accounts.setPerson(account.id, one.id);

    // Keeping the edited one: the rest is rolled back, the old record is as before (a new version, with history).
    const rolled = await imports.rollback(leader, job.id, true);
    expect(rolled).toMatchObject({ status: 'rolledBack', rollback: { removed: 2, restored: 1, kept: [{ type: 'person', name: 'New Two' }] } });
    expect((await s.people.list(leader, peopleArgs())).nodes.map((p) => p.name).sort()).toEqual(['New Two', 'Old Timer']);
    expect(await s.people.get(leader, existing.id)).toMatchObject({ zip: '60614', tags: ['founder'], version: 3 });
    expect(JSON.stringify(await s.history.of('Person', existing.id))).toMatch(/Import rolled back/);
    expect((await s.accounts.byIds([account.id]))[0].personId).toBeNull();
    await expect(imports.rollback(leader, job.id)).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
    // Another account cannot see or roll back this import.
    await expect(imports.rollback(viewer(Role.LEADER, [r1]), job.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an import that stops half way keeps whole batches, is found interrupted, resumes from its offset with the same file, and rolls back whole', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const rows = Array.from({ length: 7 }, (_, i) => `Resume Person ${i},resume${i}@example.org`);
    const file = ['Name,Email', ...rows].join('\n');
    // The second batch's transaction fails (the third: the job's start and its audit entry are the first): rows
    // 1-2 are in, the job says so, the rest is not written.
    const broken = new ImportService(failing(store(), 3), s.regions);
    broken.batchSize = 2;
    const failed = await (await broken.start(leader, file, { kind: 'people', dryRun: false, defaultRegion: r1 })).done;
    expect(failed).toMatchObject({ status: 'failed', processed: 2, created: 2 });
    expect(failed.error).toMatch(/2 rows before are in/);
    expect((await s.people.list(leader, peopleArgs({ search: 'resume person' }))).totalCount).toBe(2);

    // The same file is offered for resuming; another file is refused.
    const preview = await imports.preview(leader, 'people', file);
    expect(preview.resumable.map((j) => j.id)).toEqual([failed.id]);
    await expect(imports.start(leader, `${file}\nOther,other@example.org`, { kind: 'people', dryRun: false, resume: failed.id })).rejects.toMatchObject({ fields: [{ field: 'file' }] });
    const resumed = await (await imports.start(leader, file, { kind: 'people', dryRun: false, resume: failed.id })).done;
    expect(resumed).toMatchObject({ id: failed.id, status: 'done', resumedFrom: 2, processed: 7, created: 7 });
    // The finished job (read back from its node) still says where it was resumed.
    expect(await imports.job(leader, failed.id)).toMatchObject({ status: 'done', resumedFrom: 2, processed: 7 });
    expect((await s.people.list(leader, peopleArgs({ search: 'resume person' }))).totalCount).toBe(7);

    // A job left running by a process that ended is marked interrupted at the next start.
    const ghost = { ...resumed, id: `ghost-${resumed.id}`, status: 'running' as const, finishedAt: null };
    await store().write(ImportQueries.saveJob, jobNode(ghost, new Date().toISOString()));
    expect(await imports.recover()).toBeGreaterThanOrEqual(store().engine === 'embedded' ? 1 : 0);
    if (store().engine === 'embedded') expect((await imports.job(leader, ghost.id)).status).toBe('interrupted');

    const rolled = await imports.rollback(leader, failed.id);
    expect(rolled.rollback).toMatchObject({ removed: 7, restored: 0, kept: [] });
    expect((await s.people.list(leader, peopleArgs({ search: 'resume person' }))).totalCount).toBe(0);
  });

  it('a roll-back runs on in the background: the request can stop waiting, the job says "rolling back" (a second roll-back is refused) until it ends', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const file = ['Name,Email,Zip', ...Array.from({ length: 40 }, (_, i) => `Background ${i},background${i}@example.org,60614`)].join('\n');
    const job = await (await imports.start(leader, file, { kind: 'people', dryRun: false, defaultRegion: r1, fileName: 'background.csv' })).done;
    expect(job).toMatchObject({ status: 'done', created: 40 });
    // Waiting no time at all: the answer is the job, rolling back.
    const answer = await imports.rollback(leader, job.id, false, 0);
    expect(answer).toMatchObject({ id: job.id, status: 'rollingBack', rollback: null });
    await expect(imports.rollback(leader, job.id)).rejects.toMatchObject({ code: 'FAILED_PRECONDITION', message: expect.stringMatching(/being rolled back/) });
    // Followed like an import, it ends rolled back, with its summary, also in the list read from the graph.
    let followed = await imports.job(leader, job.id);
    // Up to a minute: the limit is for a hung roll-back, not a busy machine.
    for (let i = 0; i < 2400 && followed.status === 'rollingBack'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      followed = await imports.job(leader, job.id);
    }
    expect(followed).toMatchObject({ status: 'rolledBack', rollback: { removed: 40, restored: 0, kept: [] } });
    expect((await new ImportService(store(), s.regions).jobs(leader)).find((j) => j.id === job.id)).toMatchObject({ status: 'rolledBack', rollback: { removed: 40 } });
    expect((await s.people.list(leader, peopleArgs({ search: 'Background' }))).totalCount).toBe(0);
  });

  it('interactions: matched by participants, tie strength as if logged by hand, members made; a second import adds nothing; roll-back takes it all out', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const ana = await s.people.create(leader, personInput(r1, { name: 'Ana Host', emails: ['ana.host@example.org'], kinds: [PersonKind.LEADER] }));
    const bo = await s.people.create(leader, personInput(r1, { name: 'Bo Guest', emails: ['bo.guest@example.org'], zip: '60614', kinds: [] }));
    const cy = await s.people.create(leader, personInput(r1, { name: 'Cy Guest', zip: '60615', kinds: [] }));
    const org = await s.organizations.create(leader, organizationInput(r1, { name: 'Block Club' }));
    // A tie with history before the import: it must come back exactly.
    await s.interactions.log(leader, plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, date: daysAgo(30), hostPersonId: ana.id, personIds: [bo.id] }));
    const tieBefore = (await s.ties.knowsOf(leader, ana.id)).find((t) => t.person.id === bo.id)!;
    const boBefore = await s.people.get(leader, bo.id);

    const file = [
      'Date,Type,Host,Participants,Organization,Notes,Follow up',
      `${daysAgo(10)},one-to-one,ana.host@example.org,bo.guest@example.org,Block Club,Talked housing,Send the plan`,
      `${daysAgo(5)},House meeting,Ana Host,"Bo Guest 60614; ${cy.id}",,,`,
      `${daysAgo(5)},house meeting,ana.host@example.org,"${cy.id}; bo.guest@example.org",,,`,
      `${daysAgo(4)},coffee,Ana Host,Nobody Known,,,`,
      `2999-01-01,one-to-one,Ana Host,Bo Guest,,,`,
    ].join('\n');
    const dry = await (await imports.start(leader, file, { kind: 'interactions', dryRun: true })).done;
    expect(dry.rows.map((r) => [r.line, r.action])).toEqual([[2, 'create'], [3, 'create'], [4, 'unchanged'], [5, 'skip'], [6, 'skip']]);
    expect(dry.rows[3].problems).toEqual([
      { field: 'participants', message: 'No one in your regions is named Nobody Known.' },
      { field: 'kind', message: 'Choose what kind of meeting it was.' },
    ]);
    expect(dry.rows[4].problems).toEqual([{ field: 'date', message: 'The date is in the future: log a meeting once it has happened.' }]);
    expect((await s.interactions.ofPerson(leader, bo.id)).length).toBe(1);

    const job = await (await imports.start(leader, file, { kind: 'interactions', dryRun: false })).done;
    expect(job).toMatchObject({ status: 'done', created: 2, unchanged: 1, skipped: 2 });
    const logged = await s.interactions.ofPerson(leader, bo.id);
    expect(logged.map((i) => i.kind).sort()).toEqual(['HOUSE_MEETING', 'ONE_TO_ONE', 'ONE_TO_ONE']);
    const one = logged.find((i) => i.date === daysAgo(10))!;
    expect(one).toMatchObject({ host: { id: ana.id }, participants: [{ id: bo.id }], organizations: [{ id: org.id }], notes: 'Talked housing' });
    expect(await s.interactions.followUpsOf(leader, one.id)).toMatchObject([{ text: 'Send the plan' }]);
    expect((await s.people.get(leader, bo.id)).kinds).toEqual(['MEMBER']);
    expect((await s.people.get(leader, cy.id)).kinds).toEqual(['MEMBER']);
    const tie = (await s.ties.knowsOf(leader, ana.id)).find((t) => t.person.id === bo.id)!;
    expect(tie.interactionCount).toBe(3);

    // Logged by hand, the same meetings give the same strength.
    const [r2] = await twoRegions(s);
    const l2 = viewer(Role.LEADER, [r2]);
    const a2 = await s.people.create(l2, personInput(r2, { name: 'A2' }));
    const b2 = await s.people.create(l2, personInput(r2, { name: 'B2' }));
    const c2 = await s.people.create(l2, personInput(r2, { name: 'C2' }));
    for (const [kind, date, ids] of [[InteractionKind.ONE_TO_ONE, daysAgo(30), [b2.id]], [InteractionKind.ONE_TO_ONE, daysAgo(10), [b2.id]], [InteractionKind.HOUSE_MEETING, daysAgo(5), [b2.id, c2.id]]] as const) {
      await s.interactions.log(l2, plainToInstance(LogInteractionInput, { kind, date, hostPersonId: a2.id, personIds: ids }));
    }
    const byHand = (await s.ties.knowsOf(l2, a2.id)).find((t) => t.person.id === b2.id)!;
    expect(tie.derivedStrength).toBe(byHand.derivedStrength);
    expect(tie.lastContact).toBe(byHand.lastContact);

    const again = await (await imports.start(leader, file, { kind: 'interactions', dryRun: false })).done;
    expect(again).toMatchObject({ created: 0, unchanged: 3, skipped: 2 });
    expect((await s.interactions.ofPerson(leader, bo.id)).length).toBe(3);

    const rolled = await imports.rollback(leader, job.id);
    expect(rolled.rollback?.kept).toEqual([]);
    expect((await s.interactions.ofPerson(leader, bo.id)).map((i) => i.date)).toEqual([daysAgo(30)]);
    const tieAfter = (await s.ties.knowsOf(leader, ana.id)).find((t) => t.person.id === bo.id)!;
    expect(tieAfter).toMatchObject({ interactionCount: 1, lastContact: tieBefore.lastContact, derivedStrength: tieBefore.derivedStrength });
    // The ties the import created (Ana–Cy, Bo–Cy) are gone; Bo and Cy are not members any more.
    expect((await s.ties.knowsOf(leader, cy.id)).length).toBe(0);
    expect(await s.people.get(leader, bo.id)).toMatchObject({ kinds: boBefore.kinds });
    expect((await s.people.get(leader, cy.id)).kinds).toEqual([]);
  });

  it('a one-to-one with two people (whole and fractional tie scores in one write) logs by hand and imports', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const [h, a, b] = await Promise.all(['Hana Host', 'Ari Two', 'Bea Two'].map((name, i) => s.people.create(leader, personInput(r1, { name, emails: [`two${i}.${r1}@example.org`] }))));
    await s.interactions.log(leader, plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, date: daysAgo(3), hostPersonId: h.id, personIds: [a.id, b.id] }));
    const job = await (await imports.start(leader, `Date,Host,Participants\n${daysAgo(2)},Hana Host,Ari Two; Bea Two\n`, { kind: 'interactions', dryRun: false })).done;
    expect(job).toMatchObject({ status: 'done', created: 1 });
    expect((await s.ties.knowsOf(leader, h.id)).map((t) => t.interactionCount)).toEqual([2, 2]);
  });

  it('attendance: by event id or name and date, RSVPs, who brought them; attending makes members; idempotent; roll-back puts RSVPs back', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const event = await s.events.create(leader, plainToInstance(EventInput, { name: 'Spring Assembly', date: '2024-04-20', regionId: r1 }));
    const dee = await s.people.create(leader, personInput(r1, { name: 'Dee Attendee', emails: ['dee@example.org'], kinds: [] }));
    const eli = await s.people.create(leader, personInput(r1, { name: 'Eli Gatherer', emails: ['eli@example.org'], kinds: [PersonKind.LEADER] }));
    const fay = await s.people.create(leader, personInput(r1, { name: 'Fay Maybe', emails: ['fay@example.org'], kinds: [PersonKind.MEMBER] }));
    await s.events.rsvp(leader, event.id, fay.id, 'MAYBE' as never);
    const file = [
      'Event,Event date,Email,RSVP,Attended,Brought by',
      'Spring Assembly,4/20/2024,dee@example.org,yes,yes,eli@example.org',
      'spring assembly,2024-04-20,eli@example.org,Yes,x,',
      `Spring Assembly,2024-04-20,fay@example.org,no,,`,
      'Spring Assembly,2024-05-01,dee@example.org,yes,yes,',
      'Spring Assembly,2024-04-20,nobody@example.org,yes,yes,',
    ].join('\n');
    const job = await (await imports.start(leader, file, { kind: 'attendance', dryRun: false })).done;
    expect(job).toMatchObject({ status: 'done', created: 2, updated: 1, skipped: 2 });
    expect(job.problems.map((p) => [p.line, p.problems[0].field])).toEqual([[5, 'eventName'], [6, 'person']]);
    expect(await s.events.attendance(leader, event.id)).toMatchObject([
      { person: { id: dee.id }, broughtBy: { id: eli.id } }, { person: { id: eli.id }, broughtBy: null },
    ]);
    expect((await s.events.rsvps(leader, event.id)).map((r) => [r.person.name, r.status])).toEqual([['Dee Attendee', 'YES'], ['Eli Gatherer', 'YES'], ['Fay Maybe', 'NO']]);
    expect((await s.people.get(leader, dee.id)).kinds).toEqual(['MEMBER']);
    expect((await s.people.get(leader, eli.id)).kinds).toEqual(['LEADER', 'MEMBER']);
    expect(await (await imports.start(leader, file, { kind: 'attendance', dryRun: false })).done).toMatchObject({ created: 0, updated: 0, unchanged: 3, skipped: 2 });

    await imports.rollback(leader, job.id);
    expect(await s.events.attendance(leader, event.id)).toEqual([]);
    expect((await s.events.rsvps(leader, event.id)).map((r) => [r.person.name, r.status])).toEqual([['Fay Maybe', 'MAYBE']]);
    expect((await s.people.get(leader, dee.id)).kinds).toEqual([]);
    expect((await s.people.get(leader, eli.id)).kinds).toEqual(['LEADER']);
  });

  it('attendance: an event that has not happened yet takes imported RSVPs but not who came', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const event = await s.events.create(leader, plainToInstance(EventInput, { name: 'Summer Rally', date: '2099-07-04', regionId: r1 }));
    await s.people.create(leader, personInput(r1, { name: 'Gus Early', emails: ['gus@example.org'], kinds: [] }));
    const file = ['Event,Event date,Email,RSVP,Attended', 'Summer Rally,2099-07-04,gus@example.org,yes,', 'Summer Rally,2099-07-04,gus@example.org,,yes'].join('\n');
    const job = await (await imports.start(leader, file, { kind: 'attendance', dryRun: false })).done;
    expect(job).toMatchObject({ status: 'done', created: 1, skipped: 1 });
    expect(job.problems).toMatchObject([{ line: 3, problems: [{ field: 'attended', message: expect.stringContaining('has not happened yet') }] }]);
    expect(await s.events.attendance(leader, event.id)).toEqual([]);
    expect((await s.events.rsvps(leader, event.id)).map((r) => [r.person.name, r.status])).toEqual([['Gus Early', 'YES']]);
  });
});

import { randomUUID } from 'node:crypto';
import { Role } from '../../src/common/viewer.js';
import type { ImportJob } from '../../src/modules/import/import-job.js';
import { ImportJobBook } from '../../src/modules/import/import-jobs.js';
import { admin, viewer } from '../factories/index.js';
import { describeEachEngine } from './engines.js';

/** A job as a run starts it (the rows path's or the bulk path's). */
const running = (accountId: string, fields: Partial<ImportJob> = {}): ImportJob => ({
  id: randomUUID(),
  kind: 'people',
  dryRun: false,
  accountId,
  status: 'running',
  fileName: 'people.csv',
  checksum: 'abc',
  total: 10,
  processed: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  rows: [],
  problems: [],
  error: null,
  startedAt: new Date().toISOString(),
  finishedAt: null,
  mapping: { Name: 'name' },
  defaultRegion: null,
  resumedFrom: 0,
  rolledBackAt: null,
  rollback: null,
  ...fields,
});

describeEachEngine('import job bookkeeping (ImportJobBook)', (store) => {
  it('a started job is listed for its importer (and admins) only, live while it runs and as stored once it is forgotten', async () => {
    const book = new ImportJobBook(store());
    const leader = viewer(Role.LEADER, []);
    const other = viewer(Role.LEADER, []);
    const job = running(leader.accountId);
    await book.track(job);
    job.processed = 4; // progress in memory, not yet stored
    expect((await book.job(leader, job.id)).processed).toBe(4);
    expect((await book.jobs(leader)).map((j) => j.id)).toEqual([job.id]);
    expect((await book.jobs(admin())).map((j) => j.id)).toContain(job.id);
    await expect(book.job(other, job.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await book.jobs(other)).toEqual([]);
    book.forget(job.id);
    expect(await book.job(leader, job.id)).toMatchObject({ id: job.id, status: 'running', processed: 0, mapping: { Name: 'name' } });
  });

  it('jobs a stopped process left running become interrupted, and only an interrupted run of the same file resumes, from its offset', async () => {
    const book = new ImportJobBook(store());
    const leader = viewer(Role.LEADER, []);
    const job = running(leader.accountId, { processed: 6 });
    await book.track(job);
    // Last heard of an hour ago (on Neo4j, with several app instances, only such a job is taken as interrupted).
    await book.save(job, new Date(Date.now() - 3_600_000).toISOString());
    book.forget(job.id);
    expect(await book.recover()).toBeGreaterThanOrEqual(1);
    const stored = await book.job(leader, job.id);
    expect(stored.status).toBe('interrupted');
    await expect(book.resumable(leader, job.id, 'people', 'other file', 10)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(book.resumable(leader, job.id, 'organizations', 'abc', 10)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await book.resumable(leader, job.id, 'people', 'abc', 10)).toMatchObject({ status: 'running', resumedFrom: 6, error: null });
  });

  it('remembers the mapping an account last gave for a kind, apart from other accounts and kinds', async () => {
    const book = new ImportJobBook(store());
    const a = viewer(Role.STAFF, []);
    const b = viewer(Role.STAFF, []);
    await book.saveMapping(a, 'people', { 'E-mail': 'emails' });
    expect(await book.lastMapping(a, 'people')).toEqual({ 'E-mail': 'emails' });
    expect(await book.lastMapping(a, 'ties')).toEqual({});
    expect(await book.lastMapping(b, 'people')).toEqual({});
  });
});

import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { plainToInstance } from 'class-transformer';
import { Role, type Viewer } from '../../src/common/viewer.js';
import { cypher } from '../../src/graph/query.js';
import { requestLocaleMiddleware } from '../../src/i18n/request-locale.js';
import { BulkActionKind, BulkPeopleInput, BulkStatus, type BulkOutcome } from '../../src/modules/lists/lists.model.js';
import type { ListsService } from '../../src/modules/lists/lists.service.js';
import { personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';
import { describeEachEngine } from './engines.js';
import { listServices } from './lists-setup.js';

/** Runs `work` as within a request whose browser asks for `language` (as the app's middleware sets it up). */
function askingIn<T>(language: string, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    requestLocaleMiddleware({ headers: { 'accept-language': language } } as Request, {} as Response, () => void work().then(resolve, reject));
  });
}

/** Rewrites what an older build stored: other English words, or no message at all. */
const storedAs = cypher<{ id: string; summary: string; summaryMessage: string }, never>(
  'test.bulkSummaries.storedAs',
  'write',
  `MATCH (b:BulkAction {id: $id}) SET b.summary = $summary, b.summaryMessage = $summaryMessage`,
  {},
);

/**
 * A bulk action's summary is kept as a catalogue message with its values (besides its English words), so whoever
 * reads it later reads it in their own language, whatever the English words were.
 */
describeEachEngine('bulk action summaries in the reader’s language', (store) => {
  let s: Services;
  let lists: ListsService;
  let leader: Viewer;
  let r1: string;
  beforeAll(async () => {
    s = services(store());
    ({ lists } = listServices(store(), s));
    [r1] = await twoRegions(s);
    leader = viewer(Role.LEADER, [r1]);
  });

  const people = async (n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await s.people.create(leader, personInput(r1, { name: `Summary ${randomUUID().slice(0, 6)}` }))).id);
    return ids;
  };
  const tag = (personIds: string[], tags: string[]) => lists.bulkPeople(leader, plainToInstance(BulkPeopleInput, { target: { personIds }, action: BulkActionKind.ADD_TAGS, tags }));

  /** Asks how far a job is until it is no longer running (generous: CI's machine is loaded), failing with what it last saw. */
  async function finished(id: string): Promise<BulkOutcome> {
    const until = Date.now() + 60_000;
    let last: BulkOutcome | null = null;
    while (Date.now() < until) {
      last = await lists.bulkAction(leader, id);
      if (last.status !== BulkStatus.RUNNING) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the bulk action was still running after 60 s: ${JSON.stringify(last)}`);
  }

  it('says a bulk action in Spanish to a Spanish reader and in English to others, from the stored message', async () => {
    const done = await tag(await people(2), ['jóvenes']);
    expect(await askingIn('es', async () => (await lists.bulkAction(leader, done.id!)).summary)).toBe('Etiqueta jóvenes agregada (2 personas)');
    expect(await askingIn('en', async () => (await lists.bulkAction(leader, done.id!)).summary)).toBe('Added tag jóvenes (2 people)');

    // The English words can change: the stored message still says it (English readers keep the words stored).
    await store().write(storedAs, { id: done.id!, summary: 'Tagged 2 people with jóvenes', summaryMessage: JSON.stringify({ id: 'bulk.addedTagMany', values: { tags: 'jóvenes', count: '2' } }) });
    expect(await askingIn('es', async () => (await lists.bulkAction(leader, done.id!)).summary)).toBe('Etiqueta jóvenes agregada (2 personas)');
    // A row written before messages were kept: said from its English words.
    await store().write(storedAs, { id: done.id!, summary: 'Added tag jóvenes (2 people)', summaryMessage: '' });
    expect(await askingIn('es', async () => (await lists.bulkAction(leader, done.id!)).summary)).toBe('Etiqueta jóvenes agregada (2 personas)');
  });

  it('says a job’s summary in Spanish while it runs and once done', async () => {
    lists.partSize = 1;
    try {
      const started = await tag(await people(3), ['vecinos']);
      expect(started.status).toBe(BulkStatus.RUNNING);
      expect(await askingIn('es', async () => (await lists.bulkAction(leader, started.id!)).summary)).toMatch(/^(Trabajando con 3 personas|Etiqueta vecinos agregada \(3 personas\))$/);
      await finished(started.id!);
      expect(await askingIn('es', async () => (await lists.bulkAction(leader, started.id!)).summary)).toBe('Etiqueta vecinos agregada (3 personas)');
      expect(await askingIn('en', async () => (await lists.bulkAction(leader, started.id!)).summary)).toBe('Added tag vecinos (3 people)');
    } finally {
      lists.partSize = 1000;
    }
  });
});

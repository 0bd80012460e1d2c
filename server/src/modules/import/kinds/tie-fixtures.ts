import { Role, type Viewer } from '../../../common/viewer.js';
import type { BulkImportJob, BulkPhases, BulkRun } from '../bulk-types.js';
import { textSource } from '../bulk-csv.js';
import type { Region } from '../../regions/region.model.js';
import { PairTable } from './hash-tables.js';
import { People, type TieKeys } from './tie-keys.js';
import { readTieRows, type TieBatch, type TieColumns } from './tie-rows.js';
import { Strings, TieList, type TieValues } from './tie-tables.js';

/** Test fixtures for the ties import's phases (tie-*.spec.ts): a run's context, keys, and batches read from CSV text. */

export const viewer: Viewer = { accountId: 'acc-1', role: Role.ADMIN, regions: [], allRegions: true };
const NORTH = { id: 'r-north', name: 'North' } as Region;

export function tieRun(options: { dryRun?: boolean; bytes?: number } = {}): BulkRun {
  const phases: BulkPhases = { parse: 0, validate: 0, match: 0, write: 0, stage: 0, index: 0 };
  const job = {
    id: 'job-1',
    kind: 'ties',
    dryRun: options.dryRun ?? false,
    accountId: viewer.accountId,
    status: 'running',
    fileName: 'ties.csv',
    checksum: '',
    total: 0,
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    rows: [],
    problems: [],
    error: null,
    startedAt: '',
    finishedAt: null,
    mapping: {},
    defaultRegion: null,
    resumedFrom: 0,
    rolledBackAt: null,
    rollback: null,
    path: 'bulk',
    file: 'ties.csv',
    bytes: options.bytes ?? 10_000,
    read: 0,
    step: 'reading',
    phases,
  } satisfies BulkImportJob;
  return {
    viewer,
    job,
    source: textSource(''),
    headers: [],
    mapping: {},
    defaultRegion: null,
    regionOf: (text) =>
      text?.toLowerCase() === 'north'
        ? { region: NORTH, problem: null }
        : { region: null, problem: { field: 'region', message: `There is no region named ${text}.` } },
    report: () => undefined,
    timed: (_phase, work) => work(),
    timedSync: (_phase, work) => work(),
    rows: async () => undefined,
  };
}

/** People by id, with one email each (`<id>@example.org`) and a name and zip; ties among them by ids. */
export function tieKeys(
  people: Array<{ id: string; name?: string; zip?: string; region?: string }>,
  ties: Array<[string, string, Partial<Record<'strength' | 'context' | 'since' | 'last', string | number>>]> = [],
): TieKeys {
  const keys: TieKeys = { people: new People(true, people.length), strs: new Strings(), existing: new TieList(), pairs: new PairTable() };
  for (const p of people) keys.people.add(p.id, [`${p.id}@example.org`], p.name ?? p.id, p.zip ?? '', p.region ?? 'r-north');
  for (const [x, y, v] of ties) {
    const a = keys.people.ids.indexOf(x);
    const b = keys.people.ids.indexOf(y);
    const values: TieValues = {
      strength: Number(v.strength ?? 0),
      ctx: keys.strs.id(v.context as string),
      since: keys.strs.id(v.since as string),
      last: keys.strs.id(v.last as string),
    };
    keys.pairs.set(Math.min(a, b), Math.max(a, b), keys.existing.push(a, b, values));
  }
  return keys;
}

/** Columns: Email 1, Email 2, Name 2, Zip 2, Strength, Context, Since, Last contact, Region. */
export const TIE_HEADER = 'Email 1,Email 2,Name 2,Zip 2,Strength,Context,Since,Last contact,Region';
const columns: TieColumns = {
  personEmail: [0],
  personId: [],
  personName: [],
  personZip: [],
  otherEmail: [1],
  otherId: [],
  otherName: [2],
  otherZip: [3],
  strength: [4],
  context: [5],
  since: [6],
  lastContact: [7],
  region: [8],
};

/** The rows of a ties file (lines after TIE_HEADER), as the reader hands them over. */
export async function tieBatches(lines: string[]): Promise<TieBatch[]> {
  const batches: TieBatch[] = [];
  await readTieRows(textSource([TIE_HEADER, ...lines].join('\n')), columns, (b) => void batches.push(b));
  return batches;
}

import { regionScope } from '../../../common/viewer.js';
import { listOf } from '../bulk-shared.js';
import type { BulkRun, BulkWriter } from '../bulk-types.js';
import { BulkQueries as B, STAGING_FILES } from '../bulk.queries.js';
import { PairTable, TextTable } from './hash-tables.js';
import { Strings, TieList } from './tie-tables.js';

/**
 * A ties import's first phase (kinds/ties.ts): the keys rows are matched against, read from the graph once.
 * The people in the importer's regions, numbered, with their match keys; the ties already among them, as
 * numbers; and the pair table that finds a tie by its two people.
 */

/** A name (and zip) two people in the importer's regions share. */
export const AMBIGUOUS = -2;

/** The people in the importer's regions, numbered, and their match keys. */
export class People {
  readonly ids: string[] = [];
  private idTable: TextTable;
  private emails: TextTable;
  get byId(): TextTable {
    return this.idTable;
  }
  get byEmail(): TextTable {
    return this.emails;
  }
  /** name|zip|region (the people rule), and name|zip over all the importer's regions (AMBIGUOUS when two match). */
  readonly byNameZipRegion = new Map<string, number>();
  readonly byNameZip = new Map<string, number>();

  /**
   * Name keys only when the file names people by name (millions of keys otherwise kept for nothing).
   * `expected`: about how many people (the tables are sized once).
   */
  constructor(
    private readonly byName: boolean,
    expected: number,
  ) {
    this.idTable = new TextTable(false, expected);
    this.emails = new TextTable(true, 2 * expected);
  }

  /** Once every row is matched: only the ids are needed from here on. */
  dropKeys(): void {
    this.emails = new TextTable(true);
    this.idTable = new TextTable(false);
    this.byNameZipRegion.clear();
    this.byNameZip.clear();
  }

  add(id: string, emails: string[], name: string, zip: string, region: string): void {
    const i = this.ids.length;
    this.ids.push(id);
    this.byId.set(id, i);
    for (const e of emails) this.byEmail.set(e, i);
    if (!this.byName) return;
    const n = name.trim().toLowerCase();
    this.byNameZipRegion.set(`${n}|${zip}|${region}`, i);
    const k = `${n}|${zip}`;
    this.byNameZip.set(k, this.byNameZip.has(k) ? AMBIGUOUS : i);
  }
}

/** What the later phases match and merge against. */
export interface TieKeys {
  people: People;
  /** Texts (contexts, dates, regions) by number, for the ties there and the file's. */
  strs: Strings;
  /** The ties among the people, their slot numbers the pair table's values. */
  existing: TieList;
  /** (smaller person number, larger) → slot in `existing`, or -1 - slot in the new ties. Replaced by an empty table once every row is decided. */
  pairs: PairTable;
}

/** Reads the people in the importer's regions and the ties among them (timed as matching). */
export async function readTieKeys(ctx: BulkRun, bulk: BulkWriter): Promise<TieKeys> {
  const scope = regionScope(ctx.viewer);
  const inScope = (region: unknown) => scope.allRegions || scope.regions.includes(String(region));
  const [counts] = await bulk.store.read(B.recordCounts);
  const byName = Object.values(ctx.mapping).some((f) => f === 'personName' || f === 'otherName');
  const keys: TieKeys = { people: new People(byName, Number(counts?.people ?? 0)), strs: new Strings(), existing: new TieList(), pairs: new PairTable() };
  const { people, strs, existing } = keys;
  await ctx.timed('match', async () => {
    await bulk.scan(B.personKeys, STAGING_FILES.personKeys, (f) => {
      if (inScope(f[4])) people.add(String(f[0]), listOf(f[1]), String(f[2] ?? ''), String(f[3] ?? ''), String(f[4]));
    });
    // Sized for the ties there (about four a person, else it grows); the file's are added once its rows' length is known (TieDecider).
    keys.pairs = new PairTable(people.ids.length * 4);
    await bulk.scan(B.knowsPairs, STAGING_FILES.knowsPairs, (f) => {
      const a = people.byId.get(String(f[0]));
      const b = people.byId.get(String(f[1]));
      if (a === undefined || b === undefined) return;
      const slot = existing.push(a, b, {
        strength: f[2] == null || f[2] === '' ? 0 : Number(f[2]),
        ctx: strs.id(f[3] as string | null),
        since: strs.id(f[4] as string | null),
        last: strs.id(f[5] as string | null),
      });
      keys.pairs.set(Math.min(a, b), Math.max(a, b), slot);
    });
  });
  return keys;
}

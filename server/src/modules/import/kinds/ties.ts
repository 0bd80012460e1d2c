import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { FieldProblem } from '../../../common/app-error.js';
import { now } from '../../../common/clock.js';
import { regionScope } from '../../../common/viewer.js';
import type { BulkKnows } from '../../../graph/changes.js';
import type { GraphTx } from '../../../graph/graph-store.port.js';
import { TieInput } from '../../ties/dto/tie.input.js';
import { csvText, EncodedCells, textSafe } from '../bulk-csv.js';
import type { BulkImporter, BulkRun } from '../bulk-import.js';
import { listOf, NEO4J_TX_ROWS, WRITE_BATCH } from '../bulk-shared.js';
import { BulkQueries as B, STAGING_FILES, STAGING_USABLE } from '../bulk.queries.js';
import { compileChecker, type FastChecker } from '../fast-check.js';
import { PairTable, TextTable } from './hash-tables.js';
import { idOrder, stageTieLines } from './tie-staging.js';
import {
  EMAIL_ONE, EMAIL_SEVERAL, END_CELLS, END_FIELDS, TieRows, V_CONTEXT, V_LAST, V_REGION, V_SINCE, V_STRENGTH, VALUE_FIELDS, VALUES,
  type TieBatch, type TieColumns,
} from './tie-rows.js';
import type { RowReport } from '../import.service.js';

/**
 * The ties kind: "person knows person" rows. Each end is named by record id, email, or name (+ zip, + region
 * when the row or the import gives one) and matched as people are matched, among the people in the
 * importer's regions; a row naming someone unknown (or two people, by name) is skipped with the reason.
 * Strength (1-5), context and since follow the tie form's rules (TieInput); last contact is a date by the
 * same rule as since. An empty cell changes nothing; a tie already there between the two people (either
 * direction) is updated (keeping a before-image, so a roll-back puts it back), or left unchanged, never doubled;
 * last contact only moves later.
 *
 * Built for 10M rows: people are numbered, ties are pairs of numbers in an open-addressing table, new ties
 * sit in typed arrays until they are written (staged CSV + COPY FROM on the embedded engine, UNWIND batches
 * on Neo4j), and only the rows a report shows become objects.
 */

const KEEP_ROWS = 1000;
const KEEP_PROBLEMS = 500;
const AMBIGUOUS = -2;
/** Keeps the touches (reads only to bring memory into cache) from being optimized away. */
let touchSink = 0;
const DIGIT_0 = 48;

let checker: FastChecker | null = null;
const tieChecker = () => (checker ??= compileChecker(TieInput, { skipMissingProperties: true }));

/** A growable typed array. */
class Grow<T extends Int32Array | Int8Array> {
  a: T;
  n = 0;
  /** `expected`: sized up front (each doubling of a big buffer made V8 collect the whole heap). */
  constructor(private readonly make: (n: number) => T, expected = 1024) {
    this.a = make(Math.max(1024, expected));
  }
  push(v: number): number {
    if (this.n === this.a.length) {
      const b = this.make(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n] = v;
    return this.n++;
  }
}

/** Strings kept once, by number (0 is null). */
class Strings {
  private readonly ids = new Map<string, number>();
  readonly list: Array<string | null> = [null];
  id(s: string | null | undefined): number {
    if (s == null || s === '') return 0;
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.ids.set(s, i);
    }
    return i;
  }
}

/** The people in the importer's regions, numbered, and their match keys. */
class People {
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
  constructor(private readonly byName: boolean, expected: number) {
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

/** Each end's fields, for messages. */
const END_NAMES = (['person', 'other'] as const).map((end) => ({ email: `${end}Email`, id: `${end}Id`, name: `${end}Name`, zip: `${end}Zip` }) as const);

/** A strength cell's value as the form would get it: a whole number when it is one, else the text (which the rules refuse). */
function strengthValue(text: string): number | string {
  const c0 = text.length === 1 ? text.charCodeAt(0) - DIGIT_0 : -1;
  return c0 >= 0 && c0 <= 9 ? c0 : /^[+-]?\d+$/.test(text) ? Number(text) : text;
}

export async function runTiesImport(ctx: BulkRun, bulk: BulkImporter): Promise<void> {
  const { job, mapping, headers } = ctx;
  // The file is read (on a worker thread in the built app) from now on, while the graph is read below.
  const cols = (field: string) => headers.map((h, i) => (mapping[h] === field ? i : -1)).filter((i) => i >= 0);
  const reader = new TieRows(ctx.source, Object.fromEntries([...END_FIELDS, ...VALUE_FIELDS].map((f) => [f, cols(f)])) as TieColumns);
  job.readOn = reader.threaded ? 'worker thread' : 'main thread';
  try {
    await importTies(ctx, bulk, reader);
  } finally {
    await reader.close();
  }
}

async function importTies(ctx: BulkRun, bulk: BulkImporter, reader: TieRows): Promise<void> {
  const { job, viewer, mapping } = ctx;
  const store = bulk.store;
  const check = tieChecker();
  const dateRule = check.property('since');
  const scope = regionScope(viewer);
  const inScope = (region: unknown) => scope.allRegions || scope.regions.includes(String(region));

  // Match: the people in scope, and the ties among them.
  const [counts] = await store.read(B.recordCounts);
  const people = new People(Object.values(mapping).some((f) => f === 'personName' || f === 'otherName'), Number(counts?.people ?? 0));
  const strs = new Strings();
  const existing = { a: new Grow((n) => new Int32Array(n)), b: new Grow((n) => new Int32Array(n)), strength: new Grow((n) => new Int8Array(n)), ctx: new Grow((n) => new Int32Array(n)), since: new Grow((n) => new Int32Array(n)), last: new Grow((n) => new Int32Array(n)) };
  let pairs = new PairTable();
  await ctx.timed('match', async () => {
    await bulk.scan(B.personKeys, STAGING_FILES.personKeys, (f) => {
      if (inScope(f[4])) people.add(String(f[0]), listOf(f[1]), String(f[2] ?? ''), String(f[3] ?? ''), String(f[4]));
    });
    // Sized for the ties there (about four a person, else it grows); the file's are added once its rows' length is known (below).
    pairs = new PairTable(people.ids.length * 4);
    await bulk.scan(B.knowsPairs, STAGING_FILES.knowsPairs, (f) => {
      const a = people.byId.get(String(f[0]));
      const b = people.byId.get(String(f[1]));
      if (a === undefined || b === undefined) return;
      existing.a.push(a);
      existing.b.push(b);
      const slot = existing.strength.push(f[2] == null || f[2] === '' ? 0 : Number(f[2]));
      existing.ctx.push(strs.id(f[3] as string | null));
      existing.since.push(strs.id(f[4] as string | null));
      existing.last.push(strs.id(f[5] as string | null));
      pairs.set(Math.min(a, b), Math.max(a, b), slot);
    });
  });

  // New ties, as numbers: ends, strength (0: none), strings by number.
  // About as many rows as the file has, at no fewer than 40 bytes a row (10M ties: 742 MB).
  const expected = Math.min(Math.ceil(job.bytes / 40), 100_000_000);
  const i32 = () => new Grow((n) => new Int32Array(n), expected);
  const fresh = { a: i32(), b: i32(), strength: new Grow((n) => new Int8Array(n), expected), ctx: i32(), since: i32(), last: i32() };
  /** Existing ties a row changes: slot → the tie after the rows about it. */
  const changed = new Map<number, { line: number; strength: number; ctx: number; since: number; last: number }>();
  /** Per region text (by string number): its id, or why it cannot be used. */
  const regionIds = new Map<number, { id: string | null; problem: FieldProblem | null }>();

  const keep = (r: RowReport) => {
    if (r.action === 'skip' && job.problems.length < KEEP_PROBLEMS) job.problems.push(r);
    if (job.dryRun && job.rows.length < KEEP_ROWS) job.rows.push(r);
  };
  const wantsReport = () => job.dryRun && job.rows.length < KEEP_ROWS;
  const slowChecks: Array<Promise<void>> = [];
  /**
   * The tie form's rules, remembered per value: each of TieInput's rules looks at its own field only (IsInt,
   * Min, Max, MaxLength, Matches), the ends are ids of people just matched (checked once per person), and the
   * same strengths, contexts and dates come back row after row. A test compares with class-validator.
   */
  const idOk = new Int8Array(people.ids.length);
  const personIdRule = check.property('personId');
  const otherIdRule = check.property('otherPersonId');
  const endsOk = (a: number, b: number) => {
    if (idOk[a] === 0) idOk[a] = personIdRule(people.ids[a]) && otherIdRule(people.ids[a]) ? 1 : 2;
    if (idOk[b] === 0) idOk[b] = personIdRule(people.ids[b]) && otherIdRule(people.ids[b]) ? 1 : 2;
    return idOk[a] === 1 && idOk[b] === 1;
  };
  /** Per string number (strs): 0 not checked yet, 1 passes, 2 fails; one table per field. */
  const verdicts = { strength: new Grow((n) => new Int8Array(n)), context: new Grow((n) => new Int8Array(n)), since: new Grow((n) => new Int8Array(n)), lastContact: new Grow((n) => new Int8Array(n)) };
  const textOk = (field: 'strength' | 'context' | 'since' | 'lastContact', s: number): boolean => {
    if (s === 0) return true;
    const v = verdicts[field];
    while (v.n <= s) v.push(0);
    if (v.a[s] === 0) {
      const text = strs.list[s];
      v.a[s] = (field === 'lastContact' ? dateRule(text) : check.check({ [field]: field === 'strength' ? strengthValue(text!) : text }).ok) ? 1 : 2;
    }
    return v.a[s] === 1;
  };

  // The rows, as the reader (tie-rows.ts) hands them over, a batch at a time: the ends' fingerprints looked up
  // together, then each row decided in file order.
  const NOT_ASKED = -3;
  /** The reader's text numbers → strs numbers. */
  const local = new Grow((n) => new Int32Array(n));
  local.push(0);
  let idHits = new Int32Array(0);
  let emailHits = new Int32Array(0);
  let asked = new Int32Array(0);
  let looked = new Int32Array(0);
  /**
   * The person of each end whose `given[j]` is `want` (2r + k: row r, end k), by its fingerprint at 8r + `at` + 2k
   * (emails at 0, record ids at 4), into hits[j]; NOT_ASKED for the others. The fingerprints are packed and looked
   * up in one pass (see TextTable.lookupMany).
   */
  const lookUpEnds = (batch: TieBatch, given: Uint8Array, want: number, at: number, table: TextTable, hits: Int32Array) => {
    const n = 2 * batch.n;
    let m = 0;
    for (let j = 0; j < n; j++) {
      if (given[j] !== want) {
        hits[j] = NOT_ASKED;
        continue;
      }
      const h = 8 * (j >> 1) + at + 2 * (j & 1);
      asked[2 * m] = batch.hashes[h];
      asked[2 * m + 1] = batch.hashes[h + 1];
      hits[j] = -4 - m++;
    }
    table.lookupMany(asked, m, looked);
    for (let j = 0; j < n; j++) if (hits[j] <= -4) hits[j] = looked[-4 - hits[j]];
  };
  const lookUp = (batch: TieBatch) => {
    const n = 2 * batch.n;
    if (idHits.length < n) {
      idHits = new Int32Array(n);
      emailHits = new Int32Array(n);
      asked = new Int32Array(2 * n);
      looked = new Int32Array(n);
    }
    lookUpEnds(batch, batch.idGiven, 1, 4, people.byId, idHits);
    lookUpEnds(batch, batch.email, EMAIL_ONE, 0, people.byEmail, emailHits);
    // The pairs these rows will look up, touched together (see PairTable.touch).
    let sink = 0;
    for (let r = 0; r < batch.n; r++) {
      const a = idHits[2 * r] >= 0 ? idHits[2 * r] : emailHits[2 * r];
      const b = idHits[2 * r + 1] >= 0 ? idHits[2 * r + 1] : emailHits[2 * r + 1];
      if (a >= 0 && b >= 0) sink += a < b ? pairs.touch(a, b) : pairs.touch(b, a);
    }
    touchSink = (touchSink + sink) | 0;
  };

  // A row's cells and values (helpers outside onRow: it allocates nothing for a row that goes through).
  const cellOf = (batch: TieBatch, r: number, c: number) => batch.text.slice(batch.offsets[END_CELLS * r + c], batch.offsets[END_CELLS * r + c + 1]);
  const labelOf = (batch: TieBatch, r: number) => [0, 4].map((o) => cellOf(batch, r, o) || cellOf(batch, r, o + 1) || [cellOf(batch, r, o + 2), cellOf(batch, r, o + 3)].filter(Boolean).join(' ')).join(' – ');
  const valueOf = (batch: TieBatch, r: number, v: number) => local.a[batch.values[VALUES * r + v]];

  const onRow = (batch: TieBatch, r: number) => {
    const line = batch.lines[r];
    let problems: FieldProblem[] | null = null;
    // Region (only narrows name matching; both people must be in the importer's regions anyway).
    let regionId: string | null = ctx.defaultRegion?.id ?? null;
    const regionText = valueOf(batch, r, V_REGION);
    if (regionText) {
      let found = regionIds.get(regionText);
      if (!found) {
        const { region, problem } = ctx.regionOf(strs.list[regionText]!);
        found = { id: region?.id ?? null, problem };
        regionIds.set(regionText, found);
      }
      if (found.problem) (problems ??= []).push(found.problem);
      regionId = found.id;
    }
    // Both ends: by record id, else by email, else by name (and zip).
    let f0 = -1;
    let f1 = -1;
    for (let k = 0; k < 2; k++) {
      const e = END_NAMES[k];
      const hit = idHits[2 * r + k];
      let i: number | undefined = hit >= 0 ? hit : undefined;
      let email = '';
      let name = '';
      let zip = '';
      if (i === undefined) {
        const kind = batch.email[2 * r + k];
        if (kind === EMAIL_ONE) {
          const pre = emailHits[2 * r + k];
          if (pre >= 0) i = pre;
          else email = cellOf(batch, r, 4 * k);
        } else if (kind === EMAIL_SEVERAL) {
          for (const x of cellOf(batch, r, 4 * k).split(/[;,]/)) {
            email ||= x.trim();
            i = people.byEmail.get(x.trim());
            if (i !== undefined) break;
          }
        }
      }
      if (i === undefined) {
        name = cellOf(batch, r, 4 * k + 2);
        zip = cellOf(batch, r, 4 * k + 3);
        if (name) {
          const n = name.toLowerCase();
          i = regionId ? people.byNameZipRegion.get(`${n}|${zip}|${regionId}`) : people.byNameZip.get(`${n}|${zip}`);
        }
      }
      if (i === AMBIGUOUS) {
        (problems ??= []).push({ field: e.name, message: `Several people in your regions are named ${name}${zip ? ` at ZIP ${zip}` : ''}: give an email or record id.` });
      } else if (i === undefined) {
        const who = k === 0 ? 'the first person' : 'the second person';
        const id = cellOf(batch, r, 4 * k + 1);
        const list = (problems ??= []);
        if (id) list.push({ field: e.id, message: `No person with record id ${id} in your regions.` });
        else if (email) list.push({ field: e.email, message: `No person with email ${email} in your regions.` });
        else if (name) list.push({ field: e.name, message: `No person named ${name}${zip ? ` at ZIP ${zip}` : ''} in your regions.` });
        else list.push({ field: e.email, message: `Give ${who}'s email, record id or name.` });
      } else if (k === 0) f0 = i;
      else f1 = i;
    }
    if (f0 >= 0 && f0 === f1) (problems ??= []).push({ field: 'otherPersonId', message: 'A person cannot have a tie to themselves.' });
    if (problems !== null) {
      job.skipped++;
      keep({ line, action: 'skip', name: labelOf(batch, r), problems });
      return;
    }
    // The tie's values, by the tie form's rules (verdicts kept per value).
    const rowStrengthText = valueOf(batch, r, V_STRENGTH);
    const rowCtx = valueOf(batch, r, V_CONTEXT);
    const rowSince = valueOf(batch, r, V_SINCE);
    const rowLast = valueOf(batch, r, V_LAST);
    const lastOk = textOk('lastContact', rowLast);
    if (!endsOk(f0, f1) || !textOk('strength', rowStrengthText) || !textOk('context', rowCtx) || !textOk('since', rowSince) || !lastOk) {
      const text = (s: number) => strs.list[s] ?? null;
      const input = {
        personId: people.ids[f0], otherPersonId: people.ids[f1], strength: rowStrengthText ? strengthValue(text(rowStrengthText)!) : null,
        context: text(rowCtx), since: text(rowSince),
      };
      const report: RowReport = { line, action: 'skip', name: labelOf(batch, r), problems: [] };
      job.skipped++;
      slowChecks.push(tieProblems(input, lastOk ? null : text(rowLast)).then((p) => {
        report.problems = p.length ? p : [{ field: 'row', message: 'This row could not be checked in a large import; import it in a file of its own.' }];
        keep(report);
      }));
      return;
    }
    const x = f0 < f1 ? f0 : f1;
    const y = f0 < f1 ? f1 : f0;
    const rowStrength = rowStrengthText ? (strengthValue(strs.list[rowStrengthText]!) as number) : 0;
    const slot = pairs.getOrAdd(x, y, -1 - fresh.a.n);
    let action: RowReport['action'];
    if (slot === undefined) {
      fresh.a.push(x);
      fresh.b.push(y);
      fresh.strength.push(rowStrength);
      fresh.ctx.push(rowCtx);
      fresh.since.push(rowSince);
      fresh.last.push(rowLast);
      action = 'create';
    } else {
      const isNew = slot < 0;
      const s = isNew ? -1 - slot : slot;
      const before = isNew
        ? { strength: fresh.strength.a[s], ctx: fresh.ctx.a[s], since: fresh.since.a[s], last: fresh.last.a[s] }
        : (changed.get(s) ?? { strength: existing.strength.a[s], ctx: existing.ctx.a[s], since: existing.since.a[s], last: existing.last.a[s] });
      const after = {
        strength: rowStrength || before.strength,
        ctx: rowCtx || before.ctx,
        since: rowSince || before.since,
        last: rowLast && (!before.last || (strs.list[rowLast] as string) > (strs.list[before.last] as string)) ? rowLast : before.last,
      };
      if (after.strength === before.strength && after.ctx === before.ctx && after.since === before.since && after.last === before.last) {
        action = 'unchanged';
      } else {
        action = 'update';
        if (isNew) {
          fresh.strength.a[s] = after.strength;
          fresh.ctx.a[s] = after.ctx;
          fresh.since.a[s] = after.since;
          fresh.last.a[s] = after.last;
        } else changed.set(s, { line, ...after });
      }
    }
    if (action === 'create') job.created++;
    else if (action === 'update') job.updated++;
    else job.unchanged++;
    if (wantsReport()) keep({ line, action, name: labelOf(batch, r), problems: [] });
  };

  let sized = false;
  for await (const batch of reader.batches((ms) => void (job.phases.parse += ms))) {
    ctx.timedSync('validate', () => {
      if (!sized) {
        // Room in the pair table for about as many ties as the file has rows, from the first rows' length: a
        // table of tens of millions of slots grown by doubling costs seconds, and one too big costs cache misses.
        sized = true;
        const charsPerRow = batch.read / Math.max(1, batch.lines[batch.n - 1]);
        pairs.reserve(Math.min(Math.ceil((1.1 * job.bytes) / Math.max(charsPerRow, 10)), 100_000_000));
      }
      for (const text of batch.strings) local.push(strs.id(text));
      lookUp(batch);
      for (let r = 0; r < batch.n; r++) onRow(batch, r);
      job.total += batch.n;
      job.processed += batch.n;
      job.read = Math.min(batch.read, job.bytes);
    });
    if (slowChecks.length) await Promise.all(slowChecks.splice(0));
  }
  await Promise.all(slowChecks);
  // Every row is read: the pair table (hundreds of MB at 10M ties) and the email keys are not needed any more.
  pairs = new PairTable();
  people.dropKeys();
  job.rows.sort((a, b) => a.line - b.line);
  job.problems.sort((a, b) => a.line - b.line);
  // Rows that changed a tie and rows that changed it back: nothing to write.
  for (const [s, v] of changed) {
    if (v.strength === existing.strength.a[s] && v.ctx === existing.ctx.a[s] && v.since === existing.since.a[s] && v.last === existing.last.a[s]) changed.delete(s);
  }
  const created = fresh.a.n;
  if (job.dryRun || (created === 0 && changed.size === 0)) return;

  // Write: the job's entry, the new ties (COPY, or UNWIND batches), the changed ones with a history entry and a
  // before-image each (a roll-back puts them back).
  const at = now();
  /** The new ties `ns` (all when null), as derived state takes them with the commit (not read back). */
  const knowsOf = (ns: readonly number[] | null): BulkKnows => {
    if (!ns) {
      return {
        count: created, ids: people.ids, a: fresh.a.a, b: fresh.b.a, strength: fresh.strength.a, strings: strs.list,
        context: fresh.ctx.a, since: fresh.since.a, lastContact: fresh.last.a, createdAt: at,
      };
    }
    const pick = <T extends Int32Array | Int8Array>(from: T): T => {
      const out = new (from.constructor as new (n: number) => T)(ns.length);
      for (let k = 0; k < ns.length; k++) out[k] = from[ns[k]];
      return out;
    };
    return {
      count: ns.length, ids: people.ids, a: pick(fresh.a.a), b: pick(fresh.b.a), strength: pick(fresh.strength.a), strings: strs.list,
      context: pick(fresh.ctx.a), since: pick(fresh.since.a), lastContact: pick(fresh.last.a), createdAt: at,
    };
  };
  await ctx.timed('write', async () => {
    const params = { now: at, accountId: viewer.accountId, importId: job.id };
    const ids = people.ids;
    const text = (i: number) => strs.list[i];
    const ordered = (n: number): [string, string] => {
      const a = ids[fresh.a.a[n]];
      const b = ids[fresh.b.a[n]];
      return a < b ? [a, b] : [b, a];
    };
    const row = (n: number) => {
      const [a, b] = ordered(n);
      return { a, b, strength: fresh.strength.a[n] || null, context: text(fresh.ctx.a[n]), since: text(fresh.since.a[n]), lastContact: text(fresh.last.a[n]) };
    };
    const useCopy = store.engine === 'embedded' && STAGING_USABLE;
    const batched: number[] = [];
    let copied = 0;
    if (useCopy) {
      // Bytes, not strings: each person's id and each context and date encoded (quoted) once, then copied.
      const t = performance.now();
      const idCells = new EncodedCells(people.ids.map((id) => csvText(id)));
      const strCells = new EncodedCells(strs.list.map((x) => csvText(x)));
      const safeText = new Int8Array(strs.list.length);
      for (let i = 0; i < strs.list.length; i++) safeText[i] = textSafe(strs.list[i]) ? 1 : 0;
      const fa = fresh.a.a;
      const fb = fresh.b.a;
      const fs = fresh.strength.a;
      const fc = fresh.ctx.a;
      const fsi = fresh.since.a;
      const fl = fresh.last.a;
      // Which end comes first (the smaller id, as the ties repository stores a tie), then the lines ordered by
      // that person's number (the order the engine keeps them in): COPY files each person's ties with less
      // work when they come grouped (about a fifth less of its time, measured on 2M ties).
      const from = new Int32Array(created);
      const before = idOrder(ids);
      for (let n = 0; n < created; n++) from[n] = before(fa[n], fb[n]) ? fa[n] : fb[n];
      // A counting sort that moves the columns into the lines' order (reading in file order, writing scattered:
      // far cheaper here than reading scattered while writing the file). Ties whose context COPY cannot carry
      // go in UNWIND batches instead.
      const at = new Int32Array(ids.length + 1);
      for (let n = 0; n < created; n++) if (safeText[fc[n]]) at[from[n] + 1]++;
      for (let i = 0; i < ids.length; i++) at[i + 1] += at[i];
      const lines = at[ids.length];
      const sFrom = new Int32Array(lines);
      const sTo = new Int32Array(lines);
      const sStrength = new Int8Array(lines);
      const sCtx = new Int32Array(lines);
      const sSince = new Int32Array(lines);
      const sLast = new Int32Array(lines);
      for (let n = 0; n < created; n++) {
        if (!safeText[fc[n]]) {
          batched.push(n);
          continue;
        }
        const p = at[from[n]]++;
        sFrom[p] = from[n];
        sTo[p] = fa[n] + fb[n] - from[n];
        sStrength[p] = fs[n];
        sCtx[p] = fc[n];
        sSince[p] = fsi[n];
        sLast[p] = fl[n];
      }
      // Written as two files, the second half by a worker thread (tie-staging.ts).
      job.stagedOn = await stageTieLines([STAGING_FILES.knows, STAGING_FILES.knows2], { from: sFrom, to: sTo, strength: sStrength, context: sCtx, since: sSince, last: sLast }, lines, idCells, strCells);
      copied = lines;
      job.phases.stage += performance.now() - t;
    } else {
      for (let n = 0; n < created; n++) batched.push(n);
    }
    const updates = [...changed.entries()].map(([s, v]) => {
      const before = { strength: existing.strength.a[s], ctx: existing.ctx.a[s], since: existing.since.a[s], last: existing.last.a[s] };
      return { s, v, before };
    });
    const updateRows = (list: typeof updates) => list.map(({ s, v }) => {
      const pair = [existing.a.a[s], existing.b.a[s]];
      const [a, b] = ids[pair[0]] < ids[pair[1]] ? [ids[pair[0]], ids[pair[1]]] : [ids[pair[1]], ids[pair[0]]];
      return { a, b, strength: v.strength || null, context: text(v.ctx), since: text(v.since), lastContact: text(v.last) };
    });
    const historyRows = (list: typeof updates, rows: ReturnType<typeof updateRows>) => list.map(({ v, before }, i) => {
      const details = (['strength', 'ctx', 'since', 'last'] as const)
        .filter((k) => v[k] !== before[k])
        .map((k) => ({
          field: { strength: 'strength', ctx: 'context', since: 'since', last: 'lastContact' }[k],
          from: k === 'strength' ? (before.strength ? String(before.strength) : null) : text(before[k]),
          to: k === 'strength' ? (v.strength ? String(v.strength) : null) : text(v[k]),
        }));
      return { id: randomUUID(), a: rows[i].a, b: rows[i].b, entityId: `${rows[i].a}|${rows[i].b}`, summary: `Import changed the tie: ${details.map((d) => d.field).join(', ')}`, details: JSON.stringify(details) };
    });
    /** Before-images (for roll-back): the four values before the import, and what it left. */
    const undoRows = (list: typeof updates, rows: ReturnType<typeof updateRows>) => list.map(({ before }, i) => {
      const r = rows[i];
      return {
        id: `${job.id}:KNOWS:${r.a}|${r.b}`, a: r.a, b: r.b, entityId: `${r.a}|${r.b}`,
        before: JSON.stringify({ strength: before.strength || null, context: text(before.ctx), since: text(before.since), lastContact: text(before.last) }),
        after: JSON.stringify({ strength: r.strength, context: r.context, since: r.since, lastContact: r.lastContact }),
      };
    });
    const writeUpdates = async (tx: GraphTx, list: typeof updates) => {
      for (let i = 0; i < list.length; i += WRITE_BATCH) {
        const part = list.slice(i, i + WRITE_BATCH);
        const rows = updateRows(part);
        await tx.run(B.updateKnows, { ...params, rows });
        await tx.run(B.knowsHistory, { ...params, rows: historyRows(part, rows) });
        await tx.run(B.undoKnows, { importId: job.id, rows: undoRows(part, rows) });
      }
    };
    const jobEntry = {
      id: randomUUID(), now: at, accountId: viewer.accountId, jobId: job.id,
      summary: `Ties imported from ${job.file}: ${created.toLocaleString('en-US')} created, ${changed.size.toLocaleString('en-US')} updated (import ${job.id.slice(0, 8)})`,
      details: JSON.stringify([{ field: 'import', from: null, to: `${job.file}, ${created} ties created, ${changed.size} updated` }]),
    };
    try {
      if (useCopy) {
        await store.transaction(async (tx) => {
          await tx.run(B.jobChange, jobEntry);
          if (copied) await tx.run(copied > 1 ? B.copyKnowsHalves : B.copyKnows, { now: at, importId: job.id });
          for (let i = 0; i < batched.length; i += WRITE_BATCH) await tx.run(B.createKnows, { now: at, importId: job.id, rows: batched.slice(i, i + WRITE_BATCH).map(row) });
          await writeUpdates(tx, updates);
          tx.describe?.({ knows: knowsOf(null) });
        });
      } else {
        await store.write(B.jobChange, jobEntry);
        for (let i = 0; i < batched.length; i += NEO4J_TX_ROWS) {
          await store.transaction(async (tx) => {
            const part = batched.slice(i, i + NEO4J_TX_ROWS);
            for (let j = 0; j < part.length; j += WRITE_BATCH) await tx.run(B.createKnows, { now: at, importId: job.id, rows: part.slice(j, j + WRITE_BATCH).map(row) });
            tx.describe?.({ knows: knowsOf(part) });
          });
        }
        for (let i = 0; i < updates.length; i += NEO4J_TX_ROWS) await store.transaction((tx) => writeUpdates(tx, updates.slice(i, i + NEO4J_TX_ROWS)));
      }
    } finally {
      await rm(STAGING_FILES.knows, { force: true });
      await rm(STAGING_FILES.knows2, { force: true });
    }
  });
}

/** class-validator's own messages for a row the fast check refused. */
async function tieProblems(input: Record<string, unknown>, badLastContact: string | null): Promise<FieldProblem[]> {
  const flat = (es: ValidationError[]): FieldProblem[] => es.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => ({ field: e.property, message })),
    ...flat(e.children ?? []),
  ]);
  const problems = flat(await validate(plainToInstance(TieInput, input), { skipMissingProperties: true, forbidUnknownValues: false }));
  if (badLastContact !== null) {
    const since = flat(await validate(plainToInstance(TieInput, { since: badLastContact }), { skipMissingProperties: true, forbidUnknownValues: false }));
    for (const p of since) if (p.field === 'since') problems.push({ field: 'lastContact', message: p.message });
  }
  return problems;
}

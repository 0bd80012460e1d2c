import type { FieldProblem } from '../../../common/app-error.js';
import type { BulkImportJob, BulkRun } from '../bulk-types.js';
import type { RowReport } from '../import-job.js';
import type { TextTable } from './hash-tables.js';
import { strengthValue, tieProblems, TieRules } from './tie-checks.js';
import { AMBIGUOUS, type TieKeys } from './tie-keys.js';
import { EMAIL_ONE, EMAIL_SEVERAL, END_CELLS, V_CONTEXT, V_LAST, V_REGION, V_SINCE, V_STRENGTH, VALUES, type TieBatch } from './tie-rows.js';
import { Grow, sameValues, TieList, type TieValues } from './tie-tables.js';

/**
 * A ties import's second phase (kinds/ties.ts): deciding each row, in file order, as the reader (tie-rows.ts)
 * hands them over a batch at a time. Each end is named by record id, email, or name (+ zip, + region when the
 * row or the import gives one) and matched among the people in the importer's regions; a row naming someone
 * unknown (or two people, by name) is skipped with the reason. Strength (1-5), context and since follow the
 * tie form's rules (tie-checks.ts). An empty cell changes nothing; a tie already there between the two people
 * (either direction) is updated or left unchanged, never doubled; last contact only moves later.
 *
 * What it leaves: the new ties (`fresh`, as numbers) and the existing ties rows change (`changed`), and the
 * job's counts, problems and (dry run) rows. Nothing is written here.
 */

const KEEP_ROWS = 1000;
const KEEP_PROBLEMS = 500;
const NOT_ASKED = -3;
/** Keeps the touches (reads only to bring memory into cache) from being optimized away. */
let touchSink = 0;

/** Each end's fields, for messages. */
const END_NAMES = (['person', 'other'] as const).map((end) => ({ email: `${end}Email`, id: `${end}Id`, name: `${end}Name`, zip: `${end}Zip` }) as const);

/** An existing tie after the rows about it, and the last row that changed it. */
export type ChangedTie = TieValues & { line: number };

export class TieDecider {
  /** New ties, as numbers: ends, strength (0: none), strings by number; sized at the first batch. */
  private freshTies = new TieList();
  /** Existing ties a row changes: slot → the tie after the rows about it. */
  readonly changed = new Map<number, ChangedTie>();
  private readonly job: BulkImportJob;
  private readonly rules: TieRules;
  /** Per region text (by string number): its id, or why it cannot be used. */
  private readonly regionIds = new Map<number, { id: string | null; problem: FieldProblem | null }>();
  /** Rows the fast check refused, getting class-validator's messages. */
  private readonly slowChecks: Array<Promise<void>> = [];
  /** The reader's text numbers → strs numbers. */
  private readonly local = new Grow((n) => new Int32Array(n));
  private idHits = new Int32Array(0);
  private emailHits = new Int32Array(0);
  private asked = new Int32Array(0);
  private looked = new Int32Array(0);
  private sized = false;
  /** The row being decided: its problems (null: none so far) and its values (reused: a row that goes through allocates nothing). */
  private problems: FieldProblem[] | null = null;
  private readonly row: TieValues = { strength: 0, ctx: 0, since: 0, last: 0 };

  /** New ties, as numbers (after every row decided so far). */
  get fresh(): TieList {
    return this.freshTies;
  }

  constructor(
    private readonly ctx: BulkRun,
    private readonly keys: TieKeys,
  ) {
    this.job = ctx.job;
    this.rules = new TieRules(keys.people.ids, keys.strs);
    this.local.push(0);
  }

  /** Decides a batch of rows (synchronous; the rows the fast check refused are finished by `checked`). */
  decide(batch: TieBatch): void {
    const { job } = this;
    if (!this.sized) {
      // Room in the pair table for about as many ties as the file has rows, from the first rows' length: a
      // table of tens of millions of slots grown by doubling costs seconds, and one too big costs cache misses.
      // The new ties' columns likewise (sized before from the file's bytes at 40 a row: 10M ties of 74 bytes
      // a row held room for 18.5M, 180 MB more than needed).
      this.sized = true;
      const charsPerRow = batch.read / Math.max(1, batch.lines[batch.n - 1]);
      const rows = Math.min(Math.ceil((1.1 * job.bytes) / Math.max(charsPerRow, 10)), 100_000_000);
      this.keys.pairs.reserve(rows);
      this.freshTies = new TieList(rows);
    }
    for (const text of batch.strings) this.local.push(this.keys.strs.id(text));
    this.lookUp(batch);
    for (let r = 0; r < batch.n; r++) this.decideRow(batch, r);
    job.total += batch.n;
    job.processed += batch.n;
    job.read = Math.min(batch.read, job.bytes);
  }

  /** Waits for the rows the fast check refused to get their messages. */
  async checked(): Promise<void> {
    if (this.slowChecks.length) await Promise.all(this.slowChecks.splice(0));
  }

  /** Every row is decided: the reports in line order, and the ties changed back to what they were dropped. */
  async finish(): Promise<void> {
    await this.checked();
    this.job.rows.sort((a, b) => a.line - b.line);
    this.job.problems.sort((a, b) => a.line - b.line);
    const { existing } = this.keys;
    for (const [s, v] of this.changed) if (sameValues(v, existing.values(s))) this.changed.delete(s);
  }

  private keep(r: RowReport): void {
    const { job } = this;
    if (r.action === 'skip' && job.problems.length < KEEP_PROBLEMS) job.problems.push(r);
    if (job.dryRun && job.rows.length < KEEP_ROWS) job.rows.push(r);
  }

  /**
   * The person of each end whose `given[j]` is `want` (2r + k: row r, end k), by its fingerprint at 8r + `at` + 2k
   * (emails at 0, record ids at 4), into hits[j]; NOT_ASKED for the others. The fingerprints are packed and looked
   * up in one pass (see TextTable.lookupMany).
   */
  private lookUpEnds(batch: TieBatch, given: Uint8Array, want: number, at: number, table: TextTable, hits: Int32Array): void {
    const { asked, looked } = this;
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
  }

  /** The batch's ends' fingerprints looked up together, and the pairs these rows will look up touched together. */
  private lookUp(batch: TieBatch): void {
    const n = 2 * batch.n;
    if (this.idHits.length < n) {
      this.idHits = new Int32Array(n);
      this.emailHits = new Int32Array(n);
      this.asked = new Int32Array(2 * n);
      this.looked = new Int32Array(n);
    }
    const { idHits, emailHits } = this;
    const { people, pairs } = this.keys;
    this.lookUpEnds(batch, batch.idGiven, 1, 4, people.byId, idHits);
    this.lookUpEnds(batch, batch.email, EMAIL_ONE, 0, people.byEmail, emailHits);
    // See PairTable.touch.
    let sink = 0;
    for (let r = 0; r < batch.n; r++) {
      const a = idHits[2 * r] >= 0 ? idHits[2 * r] : emailHits[2 * r];
      const b = idHits[2 * r + 1] >= 0 ? idHits[2 * r + 1] : emailHits[2 * r + 1];
      if (a >= 0 && b >= 0) sink += a < b ? pairs.touch(a, b) : pairs.touch(b, a);
    }
    touchSink = (touchSink + sink) | 0;
  }

  // A row's cells and values (helpers apart from decideRow: it allocates nothing for a row that goes through).
  private cellOf(batch: TieBatch, r: number, c: number): string {
    return batch.text.slice(batch.offsets[END_CELLS * r + c], batch.offsets[END_CELLS * r + c + 1]);
  }
  private labelOf(batch: TieBatch, r: number): string {
    const cell = (c: number) => this.cellOf(batch, r, c);
    return [0, 4].map((o) => cell(o) || cell(o + 1) || [cell(o + 2), cell(o + 3)].filter(Boolean).join(' ')).join(' – ');
  }
  private valueOf(batch: TieBatch, r: number, v: number): number {
    return this.local.a[batch.values[VALUES * r + v]];
  }

  private decideRow(batch: TieBatch, r: number): void {
    const { job, row } = this;
    const line = batch.lines[r];
    this.problems = null;
    const regionId = this.regionOf(batch, r);
    const f0 = this.matchEnd(batch, r, 0, regionId);
    const f1 = this.matchEnd(batch, r, 1, regionId);
    if (f0 >= 0 && f0 === f1) this.problem({ field: 'otherPersonId', message: 'A person cannot have a tie to themselves.' });
    if (this.problems !== null) {
      job.skipped++;
      this.keep({ line, action: 'skip', name: this.labelOf(batch, r), problems: this.problems });
      return;
    }
    row.strength = this.valueOf(batch, r, V_STRENGTH);
    row.ctx = this.valueOf(batch, r, V_CONTEXT);
    row.since = this.valueOf(batch, r, V_SINCE);
    row.last = this.valueOf(batch, r, V_LAST);
    if (!this.valuesOk(batch, r, f0, f1, row)) return;
    // The strength as a number from here (its text number until now).
    row.strength = row.strength ? (strengthValue(this.keys.strs.list[row.strength]!) as number) : 0;
    const action = this.merge(f0 < f1 ? f0 : f1, f0 < f1 ? f1 : f0, row, line);
    if (action === 'create') job.created++;
    else if (action === 'update') job.updated++;
    else job.unchanged++;
    if (job.dryRun && job.rows.length < KEEP_ROWS) this.keep({ line, action, name: this.labelOf(batch, r), problems: [] });
  }

  private problem(p: FieldProblem): void {
    (this.problems ??= []).push(p);
  }

  /** The row's region id (only narrows name matching; both people must be in the importer's regions anyway). */
  private regionOf(batch: TieBatch, r: number): string | null {
    const regionText = this.valueOf(batch, r, V_REGION);
    if (!regionText) return this.ctx.defaultRegion?.id ?? null;
    let found = this.regionIds.get(regionText);
    if (!found) {
      const { region, problem } = this.ctx.regionOf(this.keys.strs.list[regionText]!);
      found = { id: region?.id ?? null, problem };
      this.regionIds.set(regionText, found);
    }
    if (found.problem) this.problem(found.problem);
    return found.id;
  }

  /** End k's person number: by record id, else by email, else by name (and zip); -1 with a problem when none (or two). */
  private matchEnd(batch: TieBatch, r: number, k: number, regionId: string | null): number {
    const { people } = this.keys;
    const e = END_NAMES[k];
    const hit = this.idHits[2 * r + k];
    let i: number | undefined = hit >= 0 ? hit : undefined;
    let email = '';
    let name = '';
    let zip = '';
    if (i === undefined) {
      const kind = batch.email[2 * r + k];
      if (kind === EMAIL_ONE) {
        const pre = this.emailHits[2 * r + k];
        if (pre >= 0) i = pre;
        else email = this.cellOf(batch, r, 4 * k);
      } else if (kind === EMAIL_SEVERAL) {
        for (const x of this.cellOf(batch, r, 4 * k).split(/[;,]/)) {
          email ||= x.trim();
          i = people.byEmail.get(x.trim());
          if (i !== undefined) break;
        }
      }
    }
    if (i === undefined) {
      name = this.cellOf(batch, r, 4 * k + 2);
      zip = this.cellOf(batch, r, 4 * k + 3);
      if (name) {
        const n = name.toLowerCase();
        i = regionId ? people.byNameZipRegion.get(`${n}|${zip}|${regionId}`) : people.byNameZip.get(`${n}|${zip}`);
      }
    }
    if (i === AMBIGUOUS) {
      this.problem({ field: e.name, message: `Several people in your regions are named ${name}${zip ? ` at ZIP ${zip}` : ''}: give an email or record id.` });
      return -1;
    }
    if (i === undefined) {
      const who = k === 0 ? 'the first person' : 'the second person';
      const id = this.cellOf(batch, r, 4 * k + 1);
      if (id) this.problem({ field: e.id, message: `No person with record id ${id} in your regions.` });
      else if (email) this.problem({ field: e.email, message: `No person with email ${email} in your regions.` });
      else if (name) this.problem({ field: e.name, message: `No person named ${name}${zip ? ` at ZIP ${zip}` : ''} in your regions.` });
      else this.problem({ field: e.email, message: `Give ${who}'s email, record id or name.` });
      return -1;
    }
    return i;
  }

  /** Whether the tie's values pass the form's rules; a row that fails is skipped with class-validator's messages. */
  private valuesOk(batch: TieBatch, r: number, f0: number, f1: number, row: TieValues): boolean {
    const { rules } = this;
    const lastOk = rules.textOk('lastContact', row.last);
    if (rules.endsOk(f0, f1) && rules.textOk('strength', row.strength) && rules.textOk('context', row.ctx) && rules.textOk('since', row.since) && lastOk)
      return true;
    const { people, strs } = this.keys;
    const text = (s: number) => strs.list[s] ?? null;
    const input = {
      personId: people.ids[f0],
      otherPersonId: people.ids[f1],
      strength: row.strength ? strengthValue(text(row.strength)!) : null,
      context: text(row.ctx),
      since: text(row.since),
    };
    const report: RowReport = { line: batch.lines[r], action: 'skip', name: this.labelOf(batch, r), problems: [] };
    this.job.skipped++;
    this.slowChecks.push(
      tieProblems(input, lastOk ? null : text(row.last)).then((p) => {
        report.problems = p.length ? p : [{ field: 'row', message: 'This row could not be checked in a large import; import it in a file of its own.' }];
        this.keep(report);
      }),
    );
    return false;
  }

  /** The tie between people x < y: new, or the one there (or an earlier row's) with the row's values merged in. */
  private merge(x: number, y: number, row: TieValues, line: number): RowReport['action'] {
    const { freshTies: fresh, changed } = this;
    const { existing, strs } = this.keys;
    const slot = this.keys.pairs.getOrAdd(x, y, -1 - fresh.n);
    if (slot === undefined) {
      fresh.push(x, y, row);
      return 'create';
    }
    const isNew = slot < 0;
    const s = isNew ? -1 - slot : slot;
    const before = isNew ? fresh.values(s) : (changed.get(s) ?? existing.values(s));
    const after: TieValues = {
      strength: row.strength || before.strength,
      ctx: row.ctx || before.ctx,
      since: row.since || before.since,
      last: row.last && (!before.last || (strs.list[row.last] as string) > (strs.list[before.last] as string)) ? row.last : before.last,
    };
    if (sameValues(after, before)) return 'unchanged';
    if (isNew) fresh.set(s, after);
    else changed.set(s, { line, ...after });
    return 'update';
  }
}

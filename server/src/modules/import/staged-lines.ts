import { mkdir } from 'node:fs/promises';
import { CsvTokenizer } from '../../common/csv-tokenizer.js';
import { ByteWriter, csvList, csvText, listSafe } from './bulk-csv.js';
import { ORGANIZATION_COLUMNS, PERSON_COLUMNS, STAGING_DIR, STREET_COLUMNS } from './bulk.queries.js';

/**
 * The bulk path's staging lines for new people and organizations (kinds/bulk-records.ts): a record as the CSV
 * line the engine's COPY FROM reads, and back; and the staging file itself.
 */

/** A record as the bulk path holds it: its fields by name. */
export type Rec = Record<string, unknown> & { id: string; version?: number };

const NEWLINE = 10;

/** Whether COPY gives back this record exactly: its lists' elements survive the engine's list syntax (texts always do). */
export function copySafe(kind: 'people' | 'organizations', r: Rec): boolean {
  const lists = kind === 'people' ? [r.emails, r.phones, r.kinds, r.tags, r.assignees] : [r.issueAreas, r.ledBy];
  return lists.every((l) => listSafe(l as string[] | null)) && listSafe(r.customFieldTerms as string[] | null | undefined);
}

/** The cells of a staging line (recordLine's): an empty unquoted cell (a null) is null, a quoted one ''. */
let stagedRow: Array<string | null> = [];
const stagedLine = new CsvTokenizer({ delimiter: 44, emptyUnquoted: null }, (fields) => {
  stagedRow = fields;
});
export function stagedCells(line: string): Array<string | null> {
  stagedLine.eat(line);
  stagedLine.end();
  return stagedRow;
}

/**
 * A record back from its staging line (only for a row about a record an earlier row of the file created); a
 * line with the street columns (recordLine's `street`) gives them back too.
 */
export function recordOfLine(kind: 'people' | 'organizations', line: string): Rec {
  const cells = stagedCells(line);
  const base: readonly string[] = kind === 'people' ? PERSON_COLUMNS : ORGANIZATION_COLUMNS;
  const columns = cells.length > base.length ? [...base, ...STREET_COLUMNS] : base;
  const lists = new Set(
    kind === 'people' ? ['emails', 'phones', 'kinds', 'tags', 'assignees', 'customFieldTerms'] : ['issueAreas', 'ledBy', 'customFieldTerms'],
  );
  const r: Record<string, unknown> = {};
  columns.forEach((c, i) => {
    const v = cells[i] ?? '';
    r[c] = lists.has(c) ? v.slice(1, -1).split(',').filter(Boolean) : v === '' ? null : v;
  });
  return r as Rec;
}

/**
 * A person's id, name, region and kinds from its staging line (recordLine: fields 0, 1, 8 and 9), skipping the
 * rest: the reach index takes every person of a people file this way (1M lines in 0.55 s here, against 1.9 s
 * through stagedCells, which builds all 18 fields).
 */
export function personOfLine(line: string): { id: string; name: string | null; region: string | null; kinds: string[] | null } {
  const fields: Array<string | null> = [];
  let i = 0;
  for (let f = 0; f < 10; f++) {
    const want = f <= 1 || f >= 8;
    if (line.charCodeAt(i) === 34) {
      // Quoted ("" inside is a quote): find the closing quote, keep the text only of a field wanted.
      let from = i + 1;
      let q = line.indexOf('"', from);
      let text = '';
      while (line.charCodeAt(q + 1) === 34) {
        if (want) text += line.slice(from, q + 1);
        from = q + 2;
        q = line.indexOf('"', from);
      }
      if (q < 0) throw new Error('Unterminated quote in a staging line');
      fields.push(want ? text + line.slice(from, q) : null);
      i = q + 2; // past the quote and the comma
    } else {
      let c = line.indexOf(',', i);
      if (c < 0) c = line.length;
      fields.push(want && c > i ? line.slice(i, c) : null);
      i = c + 1;
    }
  }
  const kinds = fields[9];
  return { id: fields[0]!, name: fields[1], region: fields[8], kinds: kinds == null ? null : kinds.slice(1, -1).split(',').filter(Boolean) };
}

/** A person's id, name, region and kinds from its record (personOfLine's, for a record kept as an object). */
export function personOfRecord(r: Rec): ReturnType<typeof personOfLine> {
  return { id: r.id, name: (r.name as string | null) ?? null, region: (r.region as string | null) ?? null, kinds: (r.kinds as string[] | null) ?? null };
}

/**
 * A new record as a staging line: the columns of PERSON_COLUMNS or ORGANIZATION_COLUMNS, and with `street` (the
 * file maps the street address or custom fields) those of STREET_COLUMNS after them.
 */
export function recordLine(kind: 'people' | 'organizations', r: Rec, at: string, accountId: string, importId: string, street = false): string {
  const t = (v: unknown) => csvText(v as string | null);
  const l = (v: unknown) => csvList(v as string[] | null);
  const line = recordCells(kind, r, at, accountId, importId, t, l);
  // No custom values: [] as the batched writes store it (stageRecords), not null.
  return street ? `${line},${t(r.addressLine)},${t(r.city)},${t(r.state)},${t(r.customFields)},${l(r.customFieldTerms ?? [])}` : line;
}

function recordCells(
  kind: 'people' | 'organizations',
  r: Rec,
  at: string,
  accountId: string,
  importId: string,
  t: (v: unknown) => string,
  l: (v: unknown) => string,
): string {
  if (kind === 'people') {
    return [
      t(r.id),
      t(r.name),
      t(r.sortKey),
      t(r.searchPublic),
      t(r.searchContact),
      l(r.emails),
      l(r.phones),
      t(r.zip),
      t(r.region),
      l(r.kinds),
      l(r.tags),
      t(r.notes),
      l(r.assignees),
      '1',
      t(accountId),
      t(at),
      t(at),
      t(importId),
    ].join(',');
  }
  return [
    t(r.id),
    t(r.name),
    t(r.sortKey),
    t(r.searchPublic),
    t(r.type),
    l(r.issueAreas),
    l(r.ledBy),
    t(r.zip),
    t(r.region),
    t(r.website),
    t(r.notes),
    '1',
    t(accountId),
    t(at),
    t(at),
    t(importId),
  ].join(',');
}

/** Writes a staging CSV: the header, then the lines (the ties kind writes its own with the same ByteWriter, tie-staging.ts). */
export async function stageLines(file: string, header: readonly string[], lines: readonly string[]): Promise<void> {
  await mkdir(STAGING_DIR, { recursive: true });
  const out = await ByteWriter.open(file);
  try {
    out.text(`${header.join(',')}\n`);
    for (const line of lines) {
      // At most 3 bytes of UTF-8 per UTF-16 unit, and the line break.
      if (!out.room(3 * line.length + 1)) await out.flush();
      out.text(line);
      out.byte(NEWLINE);
    }
  } finally {
    await out.close();
  }
}

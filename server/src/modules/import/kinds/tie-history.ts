import type { SaidMessage } from '../../../i18n/said.js';
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../../common/viewer.js';
import type { BulkImportJob } from '../bulk-types.js';
import type { ChangedTie } from './tie-decide.js';
import type { TieKeys } from './tie-keys.js';
import type { TieValues } from './tie-tables.js';

/**
 * A ties import's history (kinds/ties.ts): the job's one entry ("Ties imported from file.csv: N created, M
 * updated"), and for each existing tie it changed the update itself, a history entry on both people (what
 * changed, from what to what) and a before-image (ImportUndo: a roll-back puts the tie back).
 */

/** An existing tie the import changes: its slot, its values after the rows about it, and before. */
export interface TieUpdate {
  s: number;
  v: ChangedTie;
  before: TieValues;
}

/** A changed tie as the update query takes it: the ends as the tie is stored (smaller id first) and the values. */
export interface TieUpdateRow {
  a: string;
  b: string;
  strength: number | null;
  context: string | null;
  since: string | null;
  lastContact: string | null;
}

const FIELD_NAMES = { strength: 'strength', ctx: 'context', since: 'since', last: 'lastContact' } as const;

export function tieUpdates(changed: ReadonlyMap<number, ChangedTie>, keys: TieKeys): TieUpdate[] {
  return [...changed.entries()].map(([s, v]) => ({ s, v, before: keys.existing.values(s) }));
}

export function updateRows(list: readonly TieUpdate[], keys: TieKeys): TieUpdateRow[] {
  const ids = keys.people.ids;
  const text = (i: number) => keys.strs.list[i];
  return list.map(({ s, v }) => {
    const pair = [keys.existing.a.a[s], keys.existing.b.a[s]];
    const [a, b] = ids[pair[0]] < ids[pair[1]] ? [ids[pair[0]], ids[pair[1]]] : [ids[pair[1]], ids[pair[0]]];
    return { a, b, strength: v.strength || null, context: text(v.ctx), since: text(v.since), lastContact: text(v.last) };
  });
}

/** A history entry per changed tie: which fields, from what to what. */
export function historyRows(list: readonly TieUpdate[], rows: readonly TieUpdateRow[], keys: TieKeys) {
  const text = (i: number) => keys.strs.list[i];
  return list.map(({ v, before }, i) => {
    const details = (['strength', 'ctx', 'since', 'last'] as const)
      .filter((k) => v[k] !== before[k])
      .map((k) => ({
        field: FIELD_NAMES[k],
        from: k === 'strength' ? (before.strength ? String(before.strength) : null) : text(before[k]),
        to: k === 'strength' ? (v.strength ? String(v.strength) : null) : text(v[k]),
      }));
    return {
      id: randomUUID(),
      a: rows[i].a,
      b: rows[i].b,
      entityId: `${rows[i].a}|${rows[i].b}`,
      summary: `Import changed the tie: ${details.map((d) => d.field).join(', ')}`,
      details: JSON.stringify(details),
    };
  });
}

/** Before-images (for roll-back): the four values before the import, and what it left. */
export function undoRows(jobId: string, list: readonly TieUpdate[], rows: readonly TieUpdateRow[], keys: TieKeys) {
  const text = (i: number) => keys.strs.list[i];
  return list.map(({ before }, i) => {
    const r = rows[i];
    return {
      id: `${jobId}:KNOWS:${r.a}|${r.b}`,
      a: r.a,
      b: r.b,
      entityId: `${r.a}|${r.b}`,
      before: JSON.stringify({ strength: before.strength || null, context: text(before.ctx), since: text(before.since), lastContact: text(before.last) }),
      after: JSON.stringify({ strength: r.strength, context: r.context, since: r.since, lastContact: r.lastContact }),
    };
  });
}

/** The job's one history entry. */
export function tieJobEntry(job: BulkImportJob, viewer: Viewer, at: string, created: number, updated: number) {
  return {
    id: randomUUID(),
    now: at,
    accountId: viewer.accountId,
    jobId: job.id,
    summary: `Ties imported from ${job.file}: ${created.toLocaleString('en-US')} created, ${updated.toLocaleString('en-US')} updated (import ${job.id.slice(0, 8)})`,
    // The counts as numbers: each reader's language writes them its way (1.000 in Spanish).
    summaryMessage: JSON.stringify({ id: 'history.tiesImported', values: { file: job.file, created, updated, job: job.id.slice(0, 8) } } satisfies SaidMessage),
    details: JSON.stringify([{ field: 'import', from: null, to: `${job.file}, ${created} ties created, ${updated} updated` }]),
  };
}

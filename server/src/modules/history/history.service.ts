import { Inject, Injectable } from '@nestjs/common';
import { inRegion, type Viewer } from '../../common/viewer.js';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import { DEFAULT_LOCALE } from '../../i18n/locales.js';
import { requestLocale } from '../../i18n/request-locale.js';
import { sayStored } from '../../i18n/said.js';
import { sayMessage } from '../../i18n/translate.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import type { ChangeModel, FieldChangeModel } from './history.model.js';
import { HistoryQueries, type ChangeRecord, type HistoryLabel } from './history.queries.js';

/** How a record outside the viewer's regions is named in an entry about it. */
const OUTSIDE: Record<string, string> = {
  Person: 'someone outside your regions',
  Organization: 'an organization outside your regions',
  Event: 'an event outside your regions',
  Campaign: 'a campaign outside your regions',
  Team: 'a team outside your regions',
};
const OUTSIDE_OTHER = 'a record outside your regions';

/** What happened, in words that name no record: the start of an entry that involves records the viewer cannot see. */
const WHAT: Record<string, string> = {
  'tie set': 'Tie set',
  'tie removed': 'Tie removed',
  'affiliation added': 'Affiliation added',
  'affiliation removed': 'Affiliation removed',
  assigned: 'Assigned',
  unassigned: 'Unassigned',
};
const WHAT_OF_TYPE: Record<string, string> = {
  mentorship: 'Mentoring changed',
  person: 'Person changed',
  'endorsement ask': 'Endorsement ask changed',
  event: 'Event changed',
  team: 'Team changed',
};
/** Entries whose summaries are fixed words (“Role assigned: connector”): shown as written, whoever they involve. */
const NAMELESS_TYPES = new Set(['role']);
/** Field values that may be shown whoever the entry involves: they carry no one's name, words or contact details. */
const PLAIN_FIELDS = new Set(['strength', 'kinds', 'status']);

/** Reads the history of a record the viewer may already see (the caller checks scope). */
@Injectable()
export class HistoryService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly accounts: AccountsRepository,
  ) {}

  /**
   * The history as this viewer may read it. An entry about a record outside the viewer's regions (the other
   * person of a tie, an organization of another region...) would show that record's name, a tie's context or
   * an affiliation's title: it says what happened and "someone outside your regions" instead, with the values
   * of its field changes left out.
   */
  async seenBy(viewer: Viewer, label: HistoryLabel, id: string, limit = 50): Promise<ChangeModel[]> {
    const changes = await this.of(label, id, limit);
    if (viewer.allRegions || !changes.length) return changes;
    const hidden = new Map<string, Set<string>>();
    for (const r of await this.store.read(HistoryQueries.aboutOf, { ids: changes.map((c) => c.id) })) {
      const region = r.region ?? '';
      if (region && inRegion(viewer, region)) continue;
      const of = hidden.get(r.id) ?? new Set<string>();
      hidden.set(r.id, of.add(OUTSIDE[r.label] ?? OUTSIDE_OTHER));
    }
    const locale = requestLocale();
    return changes.map((c) => {
      const outside = hidden.get(c.id);
      if (!outside || NAMELESS_TYPES.has(c.entityType)) return c;
      const what = WHAT[c.action] ?? WHAT_OF_TYPE[c.entityType] ?? 'Changed';
      const strength = c.changes.find((f) => f.field === 'strength' && f.to !== null);
      const changes: FieldChangeModel[] = c.changes.map((f) => (PLAIN_FIELDS.has(f.field) ? f : { field: f.field, from: null, to: null }));
      const names = [...outside].sort();
      const strengthWords = c.action === 'tie set' && strength ? Number(strength.to).toFixed(1) : null;
      // English as it always read; other languages from the catalogue, each name of what is outside said in it.
      const summary =
        locale === DEFAULT_LOCALE
          ? `${what} with ${names.join(' and ')}${strengthWords ? `: strength ${strengthWords}` : ''}`
          : strengthWords
            ? sayMessage(locale, 'history.withOutsideStrength', { what, outside: names.join(', '), strength: strengthWords })
            : sayMessage(locale, 'history.withOutside', { what, outside: names.join(', ') });
      return { ...c, summary, changes };
    });
  }

  /** Every entry as written, whoever reads it: for callers that show it only to viewers who see all its records. */
  async of(label: HistoryLabel, id: string, limit = 50): Promise<Array<ChangeModel & { entityType: string }>> {
    const rows: ChangeRecord[] = (await this.store.read(HistoryQueries.of[label], { id, limit })).map((r) => r.c);
    // Bulk imports: the job's one entry, for records and ties it created.
    const jobsOf = HistoryQueries.importJobsOf[label];
    const [found] = jobsOf ? await this.store.read(jobsOf, { id }) : [];
    const jobs = [...new Set([found?.importId, ...(found?.jobs ?? [])].filter((j): j is string => !!j))];
    const imports = jobs.length ? (await this.store.read(HistoryQueries.importEntries, { jobs })).map((r) => r.c) : [];
    if (imports.length) {
      const seen = new Set(rows.map((r) => r.id));
      for (const c of imports) if (!seen.has(c.id)) seen.add(c.id) && rows.push(c);
      rows.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1)).splice(limit);
    }
    const locale = requestLocale();
    const names = new Map((await this.accounts.byIds([...new Set(rows.map((r) => r.accountId))])).map((a) => [a.id, a.displayName]));
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      entityType: r.entityType,
      // Said in the reader's language from the message stored with it (i18n/said.ts).
      summary: sayStored(locale, r.summaryMessage, r.summary),
      byName: names.get(r.accountId) ?? null,
      changes: JSON.parse(r.details || '[]'),
    }));
  }
}

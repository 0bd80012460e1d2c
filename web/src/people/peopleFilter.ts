import type { PeopleSortBy } from '../gql/graphql';
import type { PersonKind } from '../types';
import { t } from '../i18n/intl';

/** What the people list filters by, as the API takes it (PeopleFilterInput). */
export interface PeopleFilter {
  search?: string;
  regionId?: string;
  kinds?: PersonKind[];
  tags?: string[];
  nearZip?: string;
  withinMiles?: number;
  teamId?: string;
  minLeadershipLevel?: number;
  lastContactAfter?: string;
  lastContactBefore?: string;
  minAsks30Days?: number;
  maxAsks30Days?: number;
  memberSinceFrom?: string;
  memberSinceBefore?: string;
  customFields?: CustomFieldCondition[];
}

/** One custom field condition: records whose field `key` has `value`. */
export interface CustomFieldCondition {
  key: string;
  value: string;
}

/** Custom field conditions live in repeated `field=key:value` URL parameters. */
export function fieldConditionsFromParams(params: URLSearchParams): CustomFieldCondition[] {
  return params
    .getAll('field')
    .map((raw) => ({ key: raw.slice(0, raw.indexOf(':')), value: raw.slice(raw.indexOf(':') + 1) }))
    .filter((c) => c.key && c.value);
}

export function setFieldConditions(params: URLSearchParams, conditions: readonly CustomFieldCondition[] | undefined): void {
  params.delete('field');
  for (const c of conditions ?? []) params.append('field', `${c.key}:${c.value}`);
}

export type SortBy = PeopleSortBy;

/** The URL parameter of each filter field: the URL holds the whole filter, so a list can be bookmarked or sent. */
const PARAMS: Record<Exclude<keyof PeopleFilter, 'customFields'>, { key: string; kind: 'text' | 'list' | 'number' }> = {
  search: { key: 'q', kind: 'text' },
  regionId: { key: 'region', kind: 'text' },
  kinds: { key: 'kinds', kind: 'list' },
  tags: { key: 'tags', kind: 'list' },
  nearZip: { key: 'near', kind: 'text' },
  withinMiles: { key: 'miles', kind: 'number' },
  teamId: { key: 'team', kind: 'text' },
  minLeadershipLevel: { key: 'level', kind: 'number' },
  lastContactAfter: { key: 'contactAfter', kind: 'text' },
  lastContactBefore: { key: 'contactBefore', kind: 'text' },
  minAsks30Days: { key: 'asksMin', kind: 'number' },
  maxAsks30Days: { key: 'asksMax', kind: 'number' },
  memberSinceFrom: { key: 'memberFrom', kind: 'text' },
  memberSinceBefore: { key: 'memberBefore', kind: 'text' },
};

export function filterFromParams(params: URLSearchParams): PeopleFilter {
  const f: Record<string, unknown> = {};
  for (const [field, { key, kind }] of Object.entries(PARAMS)) {
    const raw = params.get(key)?.trim();
    if (!raw) continue;
    if (kind === 'list')
      f[field] = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (kind === 'number') {
      const n = Number(raw);
      if (Number.isInteger(n)) f[field] = n;
    } else f[field] = raw;
  }
  const fields = fieldConditionsFromParams(params);
  if (fields.length) f.customFields = fields;
  return f as PeopleFilter;
}

/** Writes a filter into URL parameters, keeping the parameters that are not part of it (sort, columns). */
export function paramsWithFilter(params: URLSearchParams, filter: PeopleFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [field, { key }] of Object.entries(PARAMS)) {
    const v = (filter as Record<string, unknown>)[field];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) next.delete(key);
    else next.set(key, Array.isArray(v) ? v.join(',') : String(v));
  }
  setFieldConditions(next, filter.customFields);
  next.delete('page');
  return next;
}

export const COLUMNS = [
  { key: 'kinds', get label() {
    return t('dedupe.kinds');
  } },
  { key: 'tags', get label() {
    return t('dedupe.tags');
  } },
  { key: 'email', get label() {
    return t('signIn.email');
  } },
  { key: 'phone', get label() {
    return t('people.phone');
  } },
  { key: 'zip', get label() {
    return t('events.zip');
  }, sort: 'ZIP' as SortBy },
  { key: 'region', get label() {
    return t('campaigns.region');
  }, sort: 'REGION' as SortBy },
  { key: 'added', get label() {
    return t('organizations.added');
  }, sort: 'ADDED' as SortBy },
  // Computed from meetings, asks and assessments: the page asks for them only when one of them is shown.
  { key: 'lastContact', get label() {
    return t('people.lastContact');
  }, sort: 'LAST_CONTACT' as SortBy, computed: true },
  { key: 'asks', get label() {
    return t('people.asksIn30Days');
  }, sort: 'ASKS_30_DAYS' as SortBy, computed: true },
  { key: 'level', get label() {
    return t('people.leadershipLevel');
  }, sort: 'LEADERSHIP_LEVEL' as SortBy, computed: true },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const DEFAULT_COLUMNS: ColumnKey[] = ['kinds', 'email', 'phone', 'zip', 'region'];

export function columnsFromParams(params: URLSearchParams): ColumnKey[] {
  const raw = params.get('cols');
  if (!raw) return DEFAULT_COLUMNS;
  const known = new Set<string>(COLUMNS.map((c) => c.key));
  return raw.split(',').filter((c): c is ColumnKey => known.has(c));
}

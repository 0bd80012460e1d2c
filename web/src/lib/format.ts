import type { AffiliationKind, LedBy, OrganizationType, PersonKind } from '../types';

export const PERSON_KINDS: ReadonlyArray<{ value: PersonKind; label: string }> = [
  { value: 'MEMBER', label: 'Member' },
  { value: 'LEADER', label: 'Leader' },
  { value: 'ALLY', label: 'Ally' },
  { value: 'TARGET', label: 'Target (decision-maker)' },
];

export const ORGANIZATION_TYPES: ReadonlyArray<{ value: OrganizationType; label: string }> = [
  { value: 'PARTNER', label: 'Partner organization' },
  { value: 'AFFILIATE_GROUP', label: 'Affiliate group' },
  { value: 'INSTITUTION', label: 'Institution' },
];

export const LED_BY: ReadonlyArray<{ value: LedBy; label: string }> = [
  { value: 'POC_LED', label: 'POC-led' },
  { value: 'QUEER_TRANS_LED', label: 'Queer- and trans-led' },
  { value: 'IMMIGRANT_LED', label: 'Immigrant-led' },
];

export const AFFILIATION_KINDS: ReadonlyArray<{ value: AffiliationKind; label: string }> = [
  { value: 'MEMBER_OF', label: 'Member of' },
  { value: 'WORKS_AT', label: 'Works at' },
  { value: 'LEADS', label: 'Leads' },
];

export function labelOf<T extends string>(options: ReadonlyArray<{ value: T; label: string }>, value: T): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/** "Short" kinds for badges. */
export function kindLabel(kind: PersonKind): string {
  return kind === 'TARGET' ? 'Target' : labelOf(PERSON_KINDS, kind);
}

/** "2024-03-01" or an ISO time → "Mar 1, 2024". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(value: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleString('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/** "a, b ,, c" → ["a", "b", "c"] */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A tie strength as people read it everywhere: one decimal ("3.0", "2.5"), the same on every page. */
export function formatStrength(strength: number): string {
  return strength.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

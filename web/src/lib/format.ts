import { currentIntl, t } from '../i18n/intl';
import type { AffiliationKind, LedBy, OrganizationType, PersonKind } from '../types';

// Labels are getters: each read gives the label in the language on screen (lists are built once, read at render).

export const PERSON_KINDS: ReadonlyArray<{ value: PersonKind; label: string }> = [
  {
    value: 'MEMBER',
    get label() {
      return t('kind.member');
    },
  },
  {
    value: 'LEADER',
    get label() {
      return t('kind.leader');
    },
  },
  {
    value: 'ALLY',
    get label() {
      return t('kind.ally');
    },
  },
  {
    value: 'TARGET',
    get label() {
      return t('kind.targetLong');
    },
  },
];

export const ORGANIZATION_TYPES: ReadonlyArray<{ value: OrganizationType; label: string }> = [
  {
    value: 'PARTNER',
    get label() {
      return t('orgType.partner');
    },
  },
  {
    value: 'AFFILIATE_GROUP',
    get label() {
      return t('orgType.affiliateGroup');
    },
  },
  {
    value: 'INSTITUTION',
    get label() {
      return t('orgType.institution');
    },
  },
];

export const LED_BY: ReadonlyArray<{ value: LedBy; label: string }> = [
  {
    value: 'POC_LED',
    get label() {
      return t('ledBy.poc');
    },
  },
  {
    value: 'QUEER_TRANS_LED',
    get label() {
      return t('ledBy.queerTrans');
    },
  },
  {
    value: 'IMMIGRANT_LED',
    get label() {
      return t('ledBy.immigrant');
    },
  },
];

export const AFFILIATION_KINDS: ReadonlyArray<{ value: AffiliationKind; label: string }> = [
  {
    value: 'MEMBER_OF',
    get label() {
      return t('affiliation.memberOf');
    },
  },
  {
    value: 'WORKS_AT',
    get label() {
      return t('affiliation.worksAt');
    },
  },
  {
    value: 'LEADS',
    get label() {
      return t('affiliation.leads');
    },
  },
];

export function labelOf<T extends string>(options: ReadonlyArray<{ value: T; label: string }>, value: T): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/** "Short" kinds for badges. */
export function kindLabel(kind: PersonKind): string {
  return kind === 'TARGET' ? t('kind.target') : labelOf(PERSON_KINDS, kind);
}

/** "2024-03-01" or an ISO time → "Mar 1, 2024" / "1 mar 2024", in the language on screen. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return currentIntl().formatDate(d, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(value: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return currentIntl().formatDate(d, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/** A count or measure with the language's digit grouping ("1,234" / "1234", "2.5" / "2,5"). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return currentIntl().formatNumber(value, options);
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
  return currentIntl().formatNumber(strength, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

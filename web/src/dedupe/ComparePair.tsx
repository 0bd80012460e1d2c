import { AFFILIATION_KINDS, formatDate, labelOf, LED_BY, ORGANIZATION_TYPES, PERSON_KINDS } from '../lib/format';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert, Loading } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { errorMessage } from '../lib/errors';
import { graphql } from '../gql';
import { currentIntl, t } from '../i18n/intl';
import type { AffiliationKind, LedBy, OrganizationType, PersonKind } from '../gql/graphql';

export type Kind = 'person' | 'organization';
export type Take = 'KEPT' | 'MERGED' | 'BOTH';
export interface ValueChoice {
  field: string;
  take: Take;
}

/** One record as the comparison shows it: every field a person can choose, and what moves with it. */
export interface Record {
  id: string;
  name: string;
  version: number;
  zip: string | null;
  notes: string | null;
  region: { id: string; name: string };
  emails?: string[] | null;
  phones?: string[] | null;
  contactHidden?: boolean;
  kinds?: string[];
  tags?: string[];
  type?: string;
  website?: string | null;
  issueAreas?: string[];
  ledBy?: string[];
  ties?: Array<{ person: { id: string; name: string } }>;
  affiliations: Array<{ kind: string; organization?: { id: string; name: string }; person?: { id: string; name: string } }>;
  history: Array<{ id: string; at: string; summary: string; byName: string | null }>;
  address?: { line: string | null; city: string | null; state: string | null } | null;
  customFields?: Array<{ key: string; label: string; value: string | null; values: string[] }>;
}

export const COMPARE_PEOPLE = graphql(`
  query ComparePeople($a: ID!, $b: ID!) {
    a: person(id: $a) { ...PersonSide }
    b: person(id: $b) { ...PersonSide }
  }
  fragment PersonSide on Person {
    id name version zip notes region { id name } emails phones contactHidden kinds tags
    address { line city state } customFields { key label value values }
    ties { person { id name } }
    affiliations { kind organization { id name } }
    history(limit: 5) { id at summary byName }
  }
`);
export const COMPARE_ORGANIZATIONS = graphql(`
  query CompareOrganizations($a: ID!, $b: ID!) {
    a: organization(id: $a) { ...OrganizationSide }
    b: organization(id: $b) { ...OrganizationSide }
  }
  fragment OrganizationSide on Organization {
    id name version zip notes region { id name } type website issueAreas ledBy
    address { line city state } customFields { key label value values }
    affiliations { kind person { id name } }
    history(limit: 5) { id at summary byName }
  }
`);

type Side = 'a' | 'b';
interface FieldSpec {
  field: string;
  label: string;
  /** Lists and notes can take both records' values. */
  both?: boolean;
  show: (r: Record) => string;
}

const list = (xs: readonly string[] | null | undefined) => (xs && xs.length ? xs.join(', ') : '—');
const text = (x: string | null | undefined) => x || '—';
/** Enum values (PARTNER, IMMIGRANT_LED...) as the option lists name them in the language on screen. */
const kindWords = (x: string) => labelOf(PERSON_KINDS, x as PersonKind);
const typeWords = (x: string) => labelOf(ORGANIZATION_TYPES, x as OrganizationType);
const ledByWords = (x: string) => labelOf(LED_BY, x as LedBy);
const affiliationWords = (x: string) => labelOf(AFFILIATION_KINDS, x as AffiliationKind).toLocaleLowerCase(currentIntl().locale);
/** The street address as one value: it is kept or taken whole, never mixed line by line. */
const street = (r: Record) => (r.contactHidden ? t('people.hidden') : text([r.address?.line, r.address?.city, r.address?.state].filter(Boolean).join(', ')));
const customValues = (r: Record) => list((r.customFields ?? []).filter((f) => f.value || f.values.length).map((f) => `${f.label}: ${f.value ?? f.values.join(' / ')}`));
const ADDRESS: FieldSpec = {
  field: 'address',
  get label() {
    return t('dedupe.streetAddress');
  },
  show: street,
};
/** Custom field values: both records' by default (the kept record's value wins where both have one). */
const CUSTOM_FIELDS: FieldSpec = {
  field: 'customFields',
  get label() {
    return t('dedupe.customFields');
  },
  both: true,
  show: customValues,
};

const FIELDS: { [k in Kind]: FieldSpec[] } = {
  person: [
    { field: 'name', get label() {
    return t('admin.name');
  }, show: (r) => r.name },
    { field: 'emails', get label() {
    return t('dedupe.emails');
  }, both: true, show: (r) => (r.contactHidden ? t('people.hidden') : list(r.emails)) },
    { field: 'phones', get label() {
    return t('dedupe.phones');
  }, both: true, show: (r) => (r.contactHidden ? t('people.hidden') : list(r.phones)) },
    { field: 'zip', get label() {
    return t('dedupe.zipCode');
  }, show: (r) => text(r.zip) },
    { field: 'kinds', get label() {
    return t('dedupe.kinds');
  }, both: true, show: (r) => list(r.kinds?.map(kindWords)) },
    { field: 'tags', get label() {
    return t('dedupe.tags');
  }, both: true, show: (r) => list(r.tags) },
    { field: 'notes', get label() {
    return t('dedupe.notes');
  }, both: true, show: (r) => text(r.notes) },
    ADDRESS,
    CUSTOM_FIELDS,
  ],
  organization: [
    { field: 'name', get label() {
    return t('admin.name');
  }, show: (r) => r.name },
    { field: 'type', get label() {
    return t('customfields.type');
  }, show: (r) => (r.type ? typeWords(r.type) : '—') },
    { field: 'zip', get label() {
    return t('dedupe.zipCode');
  }, show: (r) => text(r.zip) },
    { field: 'website', get label() {
    return t('dedupe.website');
  }, show: (r) => text(r.website) },
    { field: 'issueAreas', get label() {
    return t('dedupe.issueAreas');
  }, both: true, show: (r) => list(r.issueAreas) },
    { field: 'ledBy', get label() {
    return t('dedupe.ledBy');
  }, both: true, show: (r) => list(r.ledBy?.map(ledByWords)) },
    { field: 'notes', get label() {
    return t('dedupe.notes');
  }, both: true, show: (r) => text(r.notes) },
    ADDRESS,
    CUSTOM_FIELDS,
  ],
};

/** What tells two records of the same name apart: an email, the zip code, the region. */
export function distinguishing(r: Record): string {
  const email = r.contactHidden ? null : r.emails?.[0];
  return [email, r.website, r.zip && t('dedupe.zipShort', { zip: r.zip }), r.region.name].filter(Boolean).join(', ');
}

/** The value each field ends with, given which record is kept and what was chosen. */
function takeOf(choice: Side | 'both' | undefined, keep: Side, both: boolean): Take {
  if (choice === 'both') return 'BOTH';
  if (choice === undefined) return both ? 'BOTH' : 'KEPT';
  return choice === keep ? 'KEPT' : 'MERGED';
}

/**
 * The two records side by side: every field, their ties or members and recent history. The leader picks which record
 * stays (its id, links and history) and, for each field that differs, whose value it keeps; lists and notes can keep both.
 */
export function ComparePair({
  kind,
  ids,
  busy,
  onMerge,
}: {
  kind: Kind;
  ids: { a: string; b: string };
  busy: boolean;
  onMerge: (keep: Record, drop: Record, values: ValueChoice[]) => Promise<void>;
}) {
  const { data, error, loading } = useQuery(kind === 'person' ? COMPARE_PEOPLE : COMPARE_ORGANIZATIONS, { variables: ids, fetchPolicy: 'network-only' });
  const [keep, setKeep] = useState<Side>('a');
  const [chosen, setChosen] = useState<{ [field: string]: Side | 'both' }>({});
  if (loading) return <Loading />;
  if (error) return <Alert>{errorMessage(error)}</Alert>;
  if (!data) return null;
  const rec = { a: data.a, b: data.b };
  const drop: Side = keep === 'a' ? 'b' : 'a';
  const differing = FIELDS[kind].filter((f) => f.show(rec.a) !== f.show(rec.b));
  const values: ValueChoice[] = differing.map((f) => ({ field: f.field, take: takeOf(chosen[f.field], keep, !!f.both) }));
  const ending = (f: FieldSpec): string => {
    const take = values.find((v) => v.field === f.field)?.take ?? 'KEPT';
    if (take === 'BOTH') return t('dedupe.bothValues', { a: f.show(rec.a), b: f.show(rec.b) });
    return f.show(rec[take === 'KEPT' ? keep : drop]);
  };
  const radio = (f: FieldSpec, value: Side | 'both', label: string, full: string) => {
    const current = chosen[f.field] ?? (f.both ? 'both' : keep);
    return (
      <label className="choice">
        <input type="radio" name={`${ids.a}-${ids.b}-${f.field}`} aria-label={full} checked={current === value} onChange={() => setChosen({ ...chosen, [f.field]: value })} /> {label}
      </label>
    );
  };
  return (
    <div className="compare" data-testid="compare">
      <table className="compare-table">
        <caption className="visually-hidden">{t('dedupe.theTwoRecordsSideBy')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dedupe.field')}</th>
            {(['a', 'b'] as const).map((s) => (
              <th scope="col" key={s}>
                <label className="choice">
                  <input type="radio" name={`${ids.a}-${ids.b}-keep`} aria-label={t('dedupe.keep', { name: rec[s].name, s: distinguishing(rec[s]) })} checked={keep === s} onChange={() => setKeep(s)} />{' '}{t('dedupe.keepThisRecord')}
                </label>
                <div className="muted small">{distinguishing(rec[s])}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FIELDS[kind].map((f) => {
            const differs = differing.includes(f);
            return (
              <tr key={f.field} className={differs ? 'differs' : undefined}>
                <th scope="row">
                  {f.label}
                  {differs && f.both && <div>{radio(f, 'both', t('dedupe.both'), t('dedupe.keepBothRecordsField', { field: f.label.toLowerCase() }))}</div>}
                </th>
                {(['a', 'b'] as const).map((s) => (
                  <td key={s}>
                    <div className="value">{f.show(rec[s])}</div>
                    {differs && radio(f, s, t('dedupe.useThis'), t('dedupe.useFieldOf', { field: f.label.toLowerCase(), name: rec[s].name, details: distinguishing(rec[s]) }))}
                  </td>
                ))}
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('campaigns.region')}</th>
            <td>{rec.a.region.name}</td>
            <td>{rec.b.region.name}</td>
          </tr>
          <tr>
            <th scope="row">{kind === 'person' ? t('dedupe.tiesAndAffiliations') : t('nav.people')}</th>
            {(['a', 'b'] as const).map((s) => (
              <td key={s}>
                <Links r={rec[s]} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('dedupe.recentHistory')}</th>
            {(['a', 'b'] as const).map((s) => (
              <td key={s}>
                {rec[s].history.length === 0 ? t('common.symbol') : (
                  <ul className="plain small">
                    {rec[s].history.slice(0, 3).map((h) => (
                      <li key={h.id}>
                        {h.summary} <span className="muted">{t('common.symbol13', { at: formatDate(h.at) })}{h.byName ? t('common.commaThen', { value: h.byName }) : ''}{t('common.symbol14')}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <ConfirmButton
        label={t('dedupe.mergeTheseTwo')}
        className="button-primary"
        busy={busy}
        confirmLabel={t('dedupe.keepAndMerge', { name: rec[keep].name })}
        question={t('dedupe.mergeQuestion', {
          keep: rec[keep].name,
          keepDetails: distinguishing(rec[keep]),
          drop: rec[drop].name,
          dropDetails: distinguishing(rec[drop]),
          differs: differing.length ? 'yes' : 'no',
          endings: differing.map((f) => t('common.symbol16', { f: f.label.toLocaleLowerCase(currentIntl().locale), f2: ending(f) })).join(t('common.symbol15')),
          b: (words) => <strong>{words}</strong>,
        })}
        onConfirm={() => onMerge(rec[keep], rec[drop], values)}
      />
    </div>
  );
}

function Links({ r }: { r: Record }) {
  const names = [
    ...(r.ties ?? []).map((t) => t.person.name),
    ...r.affiliations.map((a) => t('dedupe.affiliationOf', { name: (a.organization ?? a.person)?.name ?? '', kind: affiliationWords(a.kind) })),
  ];
  if (!names.length) return <>{t('common.symbol')}</>;
  return (
    <span>
      {t('dedupe.linkCount', { count: names.length, names: names.slice(0, 6).join(', '), more: names.length > 6 ? 'yes' : 'no' })}
    </span>
  );
}

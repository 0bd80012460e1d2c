import { useQuery } from '@apollo/client/react';
import { AFFILIATION_KINDS, LED_BY, ORGANIZATION_TYPES, PERSON_KINDS, formatDateTime, formatStrength } from '../lib/format';
import { REGIONS } from '../people/queries';
import type { Change } from '../types';
import { t } from '../i18n/intl';

const FIELD_LABEL: Record<string, string> = {
  get name() {
    return t('admin.name');
  },
  get emails() {
    return t('dedupe.emails');
  },
  get phones() {
    return t('dedupe.phones');
  },
  get zip() {
    return t('events.zip');
  },
  get region() {
    return t('campaigns.region');
  },
  get regionId() {
    return t('campaigns.region');
  },
  get kinds() {
    return t('dedupe.kinds');
  },
  get tags() {
    return t('dedupe.tags');
  },
  get notes() {
    return t('dedupe.notes');
  },
  get type() {
    return t('customfields.type');
  },
  get issueAreas() {
    return t('dedupe.issueAreas');
  },
  get ledBy() {
    return t('dedupe.ledBy');
  },
  get website() {
    return t('dedupe.website');
  },
  get strength() {
    return t('people.strength');
  },
  get context() {
    return t('components.context');
  },
  get since() {
    return t('leadership.since2');
  },
  get title() {
    return t('components.title');
  },
  get kind() {
    return t('interactions.kind');
  },
};

const ENUM_LABEL = new Map<string, string>(
  [...PERSON_KINDS, ...LED_BY, ...ORGANIZATION_TYPES, ...AFFILIATION_KINDS].map((o) => [o.value, o.label]),
);

/** Stored values read as words: enum names and region ids become their labels, strengths have one decimal. */
function readable(value: string | null, regionNames: Map<string, string>, field: string): string {
  if (!value) return t('components.historyEmptyValue');
  if (field === 'strength' && value.trim() !== '' && Number.isFinite(Number(value))) return formatStrength(Number(value));
  if (regionNames.has(value)) return regionNames.get(value)!;
  return value
    .split(', ')
    .map((token) => ENUM_LABEL.get(token) ?? token)
    .join(', ');
}

/** "Who changed what, and when" for a record; contact values and notes are never kept, only that they changed. */
export function HistoryList({ history }: { history: Change[] }) {
  const regions = useQuery(REGIONS).data?.regions ?? [];
  const regionNames = new Map(regions.map((r) => [r.id, r.name]));
  if (!history.length) return <p className="muted">{t('components.noChangesRecordedYet')}</p>;
  return (
    <ol className="history">
      {history.map((c) => (
        <li key={c.id}>
          <p className="history-summary">{c.summary}</p>
          <p className="muted small">
            {c.byName ?? t('components.aFormerAccount')}{' '}{t('common.symbol8')}{' '}<time dateTime={c.at}>{formatDateTime(c.at)}</time>
          </p>
          {c.changes.length > 0 && (
            <ul className="history-fields">
              {c.changes.map((f) => (
                <li key={f.field}>
                  <span className="history-field">{FIELD_LABEL[f.field] ?? f.field}</span>
                  {f.from !== null || f.to !== null ? (
                    <>
                      {t('common.symbol9')}{' '}<span className="history-from">{readable(f.from, regionNames, f.field)}</span>{' '}{t('common.symbol3')}{' '}
                      <span className="history-to">{readable(f.to, regionNames, f.field)}</span>
                    </>
                  ) : (
                    t('components.changed')
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useRef, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import type { Region } from '../types';
import { Loading } from './Alert';
import { QueryError } from './QueryError';
import { t } from '../i18n/intl';

/** Where a kind of record lives: its list page, and what it is called. */
export interface RecordPlace {
  /** '/people' */
  list: string;
  /** 'People' */
  listLabel: string;
  /** 'person' */
  noun: string;
}

interface Editable {
  id: string;
  name: string;
  version: number;
  region: Region;
}

/** A form page's frame: breadcrumb back to the list (and the record), the title, the form. */
export function RecordFormFrame({ place, record, title, children }: { place: RecordPlace; record?: Editable; title: string; children: ReactNode }) {
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to={place.list}>{place.listLabel}</Link>
        {record && (
          <>
            {t('common.symbol10')}
            <Link to={`${place.list}/${record.id}`}>{record.name}</Link>
          </>
        )}
      </p>
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/** The regions a new record can be in; `ready` false means `placeholder` is what the page shows meanwhile. */
export function useNewRecord(place: RecordPlace, title: string) {
  useTitle(title);
  const regions = useQuery(REGIONS);
  if (regions.data) return { ready: true as const, regions: regions.data.regions };
  const placeholder = regions.loading ? (
    <Loading />
  ) : (
    <QueryError error={regions.error} backTo={place.list} backLabel={t('components.backTo', { listLabel: place.listLabel })} />
  );
  return { ready: false as const, placeholder };
}

/**
 * What an edit page needs: the record as the server has it now (not a possibly stale cache), the regions it can
 * move to (its own included, even when the viewer cannot choose it), the version the user started from, and
 * after a CONFLICT the latest saved version (saved against from then on).
 */
export function useEditRecord<TData, R extends Editable>(query: TypedDocumentNode<TData, { id: string }>, pick: (data: TData) => R, place: RecordPlace) {
  const { id = '' } = useParams();
  const regions = useQuery(REGIONS);
  const result = useQuery(query, { variables: { id }, fetchPolicy: 'network-only' });
  const version = useRef<number | null>(null);
  const record = result.data ? pick(result.data) : null;
  useTitle(record ? t('campaigns.edit', { name: record.name }) : t('components.edit', { noun: place.noun }));
  if (record && version.current === null) version.current = record.version;

  if (!record || !regions.data) {
    const loading = (result.loading && !result.data) || (regions.loading && !regions.data);
    const placeholder = loading ? (
      <Loading />
    ) : !record ? (
      <QueryError error={result.error} backTo={place.list} backLabel={t('components.backTo', { listLabel: place.listLabel })} />
    ) : (
      <QueryError error={regions.error} backTo={`${place.list}/${id}`} />
    );
    return { ready: false as const, placeholder };
  }
  const own = regions.data.regions;
  return {
    ready: true as const,
    record,
    regions: own.some((r) => r.id === record.region.id) ? own : [...own, record.region],
    version: () => version.current ?? record.version,
    async reloadLatest(): Promise<R> {
      const { data } = await result.refetch();
      if (!data) throw new Error(t('components.couldNotLoadTheLatestVersion'));
      const latest = pick(data);
      version.current = latest.version;
      return latest;
    },
  };
}

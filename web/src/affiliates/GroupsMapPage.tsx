import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Link } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { TextField } from '../components/Field';
import { errorMessage, fieldErrors } from '../lib/errors';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { AFFILIATE_MAP, MOU_STATUS_LABEL, NEARBY, type MapGroup, type NearbyResult } from './queries';
import { UsMap, clusterColor, type MapDot } from './UsMap';
import { t } from '../i18n/intl';

const PEOPLE_SHOWN = 20;

function placeText(g: MapGroup): string {
  return g.place ? `${g.place.city}, ${g.place.state} ${g.place.zip}` : g.organization.zip ? t('map.zipNotPlaced', { zip: g.organization.zip }) : t('map.noZip');
}

/**
 * Affiliate groups on a map of the US, with the overlapping ones listed together (seed 002: work together rather than
 * split), and "find near a zip code": the groups and people within a radius, nearest first, highlighted on the map.
 */
export function GroupsMapPage() {
  useTitle(t('map.affiliateGroupsMap'));
  const { params, setFilters: setParam } = useUrlFilters();
  const regionId = params.get('region') ?? '';
  const submittedZip = params.get('zip') ?? '';
  const submittedMiles = Number(params.get('miles') ?? '10') || 10;
  const [zip, setZip] = useState(submittedZip);
  const [miles, setMiles] = useState(String(submittedMiles));
  const [showAllPeople, setShowAllPeople] = useState(false);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const map = useQuery(AFFILIATE_MAP, { variables: { regionId: regionId || null }, fetchPolicy: 'cache-and-network' });
  const near = useQuery(NEARBY, {
    variables: { zip: submittedZip, miles: submittedMiles, organizationType: 'AFFILIATE_GROUP' },
    skip: !submittedZip,
  });
  const nearby = submittedZip ? near.data?.nearby ?? null : null;
  const fields = fieldErrors(near.error);
  const searchError = submittedZip && near.error && !near.loading ? near.error : null;

  useEffect(() => {
    if (nearby) resultsRef.current?.focus();
  }, [nearby]);


  function submit(e: FormEvent) {
    e.preventDefault();
    setShowAllPeople(false);
    setParam({ zip: zip.trim(), miles: miles.trim() });
    if (zip.trim() === submittedZip && Number(miles) === submittedMiles) void near.refetch();
  }

  function clear() {
    setZip('');
    setParam({ zip: '', miles: '' });
  }

  const data = map.data?.affiliateMap;
  const groups = data?.groups ?? [];
  const nearMiles = new Map((nearby?.organizations ?? []).map((o) => [o.organization.id, o.miles]));
  const byId = new Map(groups.map((g) => [g.organization.id, g]));
  const dots: MapDot[] = groups.flatMap((g) =>
    g.place
      ? [
          {
            id: g.organization.id,
            name: g.organization.name,
            latitude: g.place.latitude,
            longitude: g.place.longitude,
            areaMiles: g.areaMiles,
            clusterId: g.clusterId,
            highlighted: nearMiles.has(g.organization.id),
            title: [
              g.organization.name,
              placeText(g),
              g.clusterId != null ? t('map.overlappingGroups2', { id: g.clusterId }) : '',
              nearMiles.has(g.organization.id) ? t('map.milesFromZip', { miles: nearMiles.get(g.organization.id), zip: nearby?.center.zip }) : '',
            ]
              .filter(Boolean)
              .join(' · '),
          },
        ]
      : [],
  );
  const placedCount = dots.length;

  const mapLabel = nearby
    ? t('map.groupsNearDescription', {
        groups: t('count.affiliateGroup', { count: nearby.organizations.length }),
        miles: nearby.miles,
        zip: nearby.center.zip,
        placed: t('count.group', { count: placedCount }),
      })
    : t('map.groupsDescription', { groups: t('count.affiliateGroup', { count: placedCount }) });

  return (
    <div className="page groups-map-page">
      <div className="page-head">
        <h1>{t('map.affiliateGroups')}</h1>
        <RegionFilter id="map-region" className="field map-region" value={regionId} onChange={(v) => setParam({ region: v })} allLabel={t('map.allYourRegions')} />
      </div>

      <form className="near-form" role="search" aria-label={t('map.findNearAZipCode')} onSubmit={submit} noValidate>
        <TextField
          id="near-zip"
          label={t('events.zipCode')}
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          value={zip}
          onChange={setZip}
          error={fields.zip}
        />
        <TextField
          id="near-miles"
          label={t('map.withinMiles2')}
          type="number"
          inputMode="decimal"
          min={1}
          max={250}
          value={miles}
          onChange={setMiles}
          error={fields.miles}
        />
        <div className="actions near-actions">
          <button type="submit" className="button-primary" disabled={near.loading}>
            {near.loading ? t('map.finding') : t('map.findNearZip')}
          </button>
          {submittedZip && (
            <button type="button" className="button-secondary" onClick={clear}>
              {t('map.clear')}
            </button>
          )}
        </div>
      </form>
      {searchError && !fields.zip && !fields.miles && <Alert>{errorMessage(searchError)}</Alert>}

      {map.error && !data && <Alert>{errorMessage(map.error)}</Alert>}
      {!data && !map.error && <Loading />}
      {data && (
        <div className={`map-layout${nearby ? ' with-results' : ''}`}>
          {nearby && (
            <div className="map-results">
              <NearbyGroups nearby={nearby} byId={byId} headingRef={resultsRef} />
            </div>
          )}

          <div className="map-figure">
            <UsMap
              dots={dots}
              search={
                nearby
                  ? {
                      latitude: nearby.center.latitude,
                      longitude: nearby.center.longitude,
                      miles: nearby.miles,
                      label: `${nearby.center.zip} (${nearby.center.city}, ${nearby.center.state})`,
                    }
                  : null
              }
              label={mapLabel}
            />
            <p className="muted small map-caption">
              {t('map.onTheMap', { placedCount: t('count.group', { count: placedCount }) })}
              {groups.length > placedCount && t('map.withoutAKnownZipCode', { placedCount: groups.length - placedCount })}{t('map.faintCirclesAreTheAreas')}
            </p>
          </div>

          {nearby && (
            <div className="map-people">
              <NearbyPeople nearby={nearby} showAll={showAllPeople} onShowAll={() => setShowAllPeople(true)} />
            </div>
          )}

          <div className="map-lists">
            <section aria-labelledby="clusters-h" className="card">
              <h2 id="clusters-h">{t('map.overlappingGroups')}</h2>
              {data.clusters.length === 0 ? (
                <p className="muted">{t('map.noGroupsAreasOverlap')}</p>
              ) : (
                <>
                  <p className="muted small">{t('map.groupsWhoseAreasOverlapWork')}</p>
                  <ul className="clusters" data-testid="clusters">
                    {data.clusters.map((c) => (
                      <li key={c.id} className="cluster">
                        <h3>
                          <span className="swatch" style={{ background: clusterColor(c.id) }} aria-hidden="true" />
                          {t('map.overlappingGroups2', { id: c.id })}{' '}<span className="muted small">{t('common.symbol19', { length: t('count.group', { count: c.groups.length }) })}</span>
                        </h3>
                        <ul className="plain">
                          {c.groups.map((o) => (
                            <li key={o.id}>
                              <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                              {nearMiles.has(o.id) && <span className="badge near-badge">{' '}{t('map.mi', { id: nearMiles.get(o.id) })}</span>}
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>

            <section aria-labelledby="all-groups-h" className="card">
              <h2 id="all-groups-h">{t('map.allAffiliateGroups', { length: groups.length })}</h2>
              {groups.length === 0 ? (
                <p className="muted">{t('map.noAffiliateGroupsInYour')}</p>
              ) : (
                <ul className="rows" data-testid="all-groups">
                  {groups.map((g) => (
                    <li key={g.organization.id} className="row">
                      <div className="row-main">
                        <span className="swatch" style={{ background: clusterColor(g.clusterId) }} aria-hidden="true" />
                        <Link to={`/organizations/${g.organization.id}`}>{g.organization.name}</Link>
                        <span className="muted small">
                          {t('map.areaMi', { g: placeText(g), areaMiles: g.areaMiles })}
                          {g.clusterId != null && t('map.overlappingGroups3', { clusterId: g.clusterId })}
                        </span>
                        {g.organization.mou && (
                          <span className={`badge mou-${g.organization.mou.status.toLowerCase()}`}>
                            {t('map.mou2', { status: MOU_STATUS_LABEL[g.organization.mou.status] })}
                          </span>
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </div>
      )}
    </div>
  );
}

function NearbyGroups({
  nearby,
  byId,
  headingRef,
}: {
  nearby: NearbyResult;
  byId: Map<string, MapGroup>;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <section className="card nearby" aria-labelledby="nearby-h">
      <h2 id="nearby-h" ref={headingRef} tabIndex={-1}>
        {t('map.withinMilesOf', { miles: nearby.miles, zip: nearby.center.zip })}{' '}
        <span className="muted small">
          {t('common.symbol41', { city: nearby.center.city, state: nearby.center.state })}
        </span>
      </h2>
      {nearby.truncated && <Alert kind="info">{t('map.moreMatchedThanCanBe')}</Alert>}
      <h3>{t('map.nearestFirst', { length: t('count.affiliateGroup', { count: nearby.organizations.length }) })}</h3>
      {nearby.organizations.length === 0 ? (
        <p className="muted">{t('map.noAffiliateGroupsInThis')}</p>
      ) : (
        <ol className="rows" data-testid="nearby-groups">
          {nearby.organizations.map(({ organization: o, miles }) => {
            const g = byId.get(o.id);
            return (
              <li key={o.id} className="row nearby-row">
                <span className="nearby-name">
                  <span className="swatch" style={{ background: clusterColor(g?.clusterId ?? null) }} aria-hidden="true" />
                  <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                </span>
                <span className="distance">{t('map.mi2', { miles })}</span>
                {g?.clusterId != null && <span className="muted small nearby-cluster">{t('map.overlappingGroups4', { clusterId: g.clusterId })}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function NearbyPeople({ nearby, showAll, onShowAll }: { nearby: NearbyResult; showAll: boolean; onShowAll: () => void }) {
  const people = showAll ? nearby.people : nearby.people.slice(0, PEOPLE_SHOWN);
  return (
    <section className="card nearby" aria-labelledby="nearby-people-h">
      <h2 id="nearby-people-h">
        {t('map.withinMilesOf2', { length: t('count.person', { count: nearby.people.length }), miles: nearby.miles, zip: nearby.center.zip })}
      </h2>
      {nearby.people.length === 0 ? (
        <p className="muted">{t('map.noOneInYourRegions')}</p>
      ) : (
        <>
          <ol className="rows compact" data-testid="nearby-people">
            {people.map(({ person: p, miles }) => (
              <li key={p.id} className="row nearby-row">
                <span className="nearby-name">
                  <Link to={`/people/${p.id}`}>{p.name}</Link>
                </span>
                <span className="distance">{t('map.mi2', { miles })}</span>
              </li>
            ))}
          </ol>
          {people.length < nearby.people.length && (
            <button type="button" className="button-secondary" onClick={onShowAll}>
              {t('map.showAllPeople', { length: nearby.people.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { CAMPAIGN_STATUSES, todayIso } from '../campaigns/options';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { formatDate, labelOf } from '../lib/format';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { CAMPAIGN_OPTIONS, EVENTS } from './queries';
import { t } from '../i18n/intl';

export function EventsListPage() {
  useTitle(t('nav.events'));
  const me = useMe();
  const { params, setFilter: setParam } = useUrlFilters();
  const past = params.get('past') === '1';
  const regionId = params.get('region') ?? '';
  const campaignId = params.get('campaign') ?? '';
  const campaigns = useQuery(CAMPAIGN_OPTIONS, { variables: {} }).data?.campaigns ?? [];
  const { data, previousData, loading, error } = useQuery(EVENTS, {
    variables: { from: past ? null : todayIso(), regionId: regionId || null, campaignId: campaignId || null },
    fetchPolicy: 'cache-and-network',
  });
  const events = (data ?? previousData)?.events;


  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('nav.events')}</h1>
        {canManage(me) && (
          <Link to="/events/new" className="button button-primary">
            {t('events.addAnEvent')}
          </Link>
        )}
      </div>
      <Flash />
      <form className="filters filters-compact" onSubmit={(e) => e.preventDefault()} aria-label={t('events.filterEvents')}>
        <div className="field">
          <label htmlFor="events-campaign">{t('campaigns.campaign')}</label>
          <select id="events-campaign" value={campaignId} onChange={(e) => setParam('campaign', e.target.value)}>
            <option value="">{t('events.anyCampaign')}</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <RegionFilter id="events-region" value={regionId} onChange={(v) => setParam('region', v)} />
        <label className="checkbox filter-checkbox">
          <input type="checkbox" checked={past} onChange={(e) => setParam('past', e.target.checked ? '1' : '')} />
          {t('events.includePastEvents')}
        </label>
      </form>
      {error && !events && <Alert>{errorMessage(error)}</Alert>}
      {!events && !error && <Loading />}
      {events && (
        <>
          <p className="count" aria-live="polite">
            {t(past ? 'count.event' : 'count.upcomingEvent', { count: events.length })}
            {loading && <span className="muted">{' '}{t('campaigns.updating')}</span>}
          </p>
          {events.length === 0 ? (
            <p className="empty">
              {t(past ? 'events.noEvents' : 'events.noUpcomingEvents')}{' '}
              {canManage(me) && <Link to="/events/new">{t('events.addAnEvent')}</Link>}
            </p>
          ) : (
            <table className="list-table">
              <thead>
                <tr>
                  <th scope="col">{t('events.event')}</th>
                  <th scope="col">{t('events.date')}</th>
                  <th scope="col">{t('campaigns.campaign')}</th>
                  <th scope="col">{t('events.location')}</th>
                  <th scope="col">{t('campaigns.region')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((ev) => (
                  <tr key={ev.id}>
                    <th scope="row" className="cell-title">
                      <Link to={`/events/${ev.id}`}>{ev.name}</Link>
                    </th>
                    <td data-label={t('events.date')}>{formatDate(ev.date)}</td>
                    <td data-label={t('campaigns.campaign')}>
                      {ev.campaign ? (
                        <>
                          {ev.campaign.name}{' '}
                          <span className="muted small">{t('common.symbol23', { status: labelOf(CAMPAIGN_STATUSES, ev.campaign.status).toLowerCase() })}</span>
                        </>
                      ) : (
                        <span className="muted">{t('common.symbol')}</span>
                      )}
                    </td>
                    <td data-label={t('events.location')}>{ev.location ?? <span className="muted">{t('common.symbol')}</span>}</td>
                    <td data-label={t('campaigns.region')}>{ev.region.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { CAMPAIGN_STATUSES, todayIso } from '../campaigns/options';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { formatDate, labelOf, plural } from '../lib/format';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { CAMPAIGN_OPTIONS, EVENTS } from './queries';

export function EventsListPage() {
  useTitle('Events');
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
        <h1>Events</h1>
        {canManage(me) && (
          <Link to="/events/new" className="button button-primary">
            Add an event
          </Link>
        )}
      </div>
      <Flash />
      <form className="filters filters-compact" onSubmit={(e) => e.preventDefault()} aria-label="Filter events">
        <div className="field">
          <label htmlFor="events-campaign">Campaign</label>
          <select id="events-campaign" value={campaignId} onChange={(e) => setParam('campaign', e.target.value)}>
            <option value="">Any campaign</option>
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
          Include past events
        </label>
      </form>
      {error && !events && <Alert>{errorMessage(error)}</Alert>}
      {!events && !error && <Loading />}
      {events && (
        <>
          <p className="count" aria-live="polite">
            {plural(events.length, past ? 'event' : 'upcoming event')}
            {loading && <span className="muted"> · updating…</span>}
          </p>
          {events.length === 0 ? (
            <p className="empty">
              No {past ? '' : 'upcoming '}events.{' '}
              {canManage(me) && <Link to="/events/new">Add an event</Link>}
            </p>
          ) : (
            <table className="list-table">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Date</th>
                  <th scope="col">Campaign</th>
                  <th scope="col">Location</th>
                  <th scope="col">Region</th>
                </tr>
              </thead>
              <tbody>
                {events.map((ev) => (
                  <tr key={ev.id}>
                    <th scope="row" className="cell-title">
                      <Link to={`/events/${ev.id}`}>{ev.name}</Link>
                    </th>
                    <td data-label="Date">{formatDate(ev.date)}</td>
                    <td data-label="Campaign">
                      {ev.campaign ? (
                        <>
                          {ev.campaign.name}{' '}
                          <span className="muted small">({labelOf(CAMPAIGN_STATUSES, ev.campaign.status).toLowerCase()})</span>
                        </>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td data-label="Location">{ev.location ?? <span className="muted">—</span>}</td>
                    <td data-label="Region">{ev.region.name}</td>
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

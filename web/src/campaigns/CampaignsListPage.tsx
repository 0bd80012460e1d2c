import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { Alert, Loading } from '../components/Alert';
import { Flash } from '../components/Flash';
import { errorMessage } from '../lib/errors';
import { labelOf } from '../lib/format';
import { RegionFilter } from '../lib/RegionFilter';
import { useTitle } from '../lib/useTitle';
import { useUrlFilters } from '../lib/urlFilters';
import { CAMPAIGN_STATUSES, statusTone, type CampaignStatus } from './options';
import { CAMPAIGNS } from './queries';
import { t } from '../i18n/intl';

export function CampaignsListPage() {
  useTitle(t('nav.campaigns'));
  const me = useMe();
  const { params, setFilter: setParam } = useUrlFilters();
  const status = (params.get('status') ?? '') as CampaignStatus | '';
  const regionId = params.get('region') ?? '';
  const { data, previousData, loading, error } = useQuery(CAMPAIGNS, {
    variables: { status: status || null, regionId: regionId || null },
    fetchPolicy: 'cache-and-network',
  });
  const campaigns = (data ?? previousData)?.campaigns;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('nav.campaigns')}</h1>
        {canManage(me) && (
          <Link to="/campaigns/new" className="button button-primary">
            {t('campaigns.proposeACampaign')}
          </Link>
        )}
      </div>
      <Flash />
      <form className="filters filters-compact" onSubmit={(e) => e.preventDefault()} aria-label={t('campaigns.filterCampaigns')}>
        <div className="field">
          <label htmlFor="campaigns-status">{t('campaigns.status')}</label>
          <select id="campaigns-status" value={status} onChange={(e) => setParam('status', e.target.value)}>
            <option value="">{t('campaigns.anyStatus')}</option>
            {CAMPAIGN_STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <RegionFilter id="campaigns-region" value={regionId} onChange={(v) => setParam('region', v)} />
      </form>

      {error && !campaigns && <Alert>{errorMessage(error)}</Alert>}
      {!campaigns && !error && <Loading />}
      {campaigns && (
        <>
          <p className="count" aria-live="polite">
            {t('count.campaign', { count: campaigns.length })}
            {status ? ' ' + labelOf(CAMPAIGN_STATUSES, status).toLowerCase() : ''}
            {loading && <span className="muted"> {t('campaigns.updating')}</span>}
          </p>
          {campaigns.length === 0 ? (
            <p className="empty">{t(status ? 'campaigns.noCampaignsWithStatusYet' : 'campaigns.noCampaignsYet')}</p>
          ) : (
            <table className="list-table">
              <thead>
                <tr>
                  <th scope="col">{t('campaigns.campaign')}</th>
                  <th scope="col">{t('campaigns.status')}</th>
                  <th scope="col">{t('campaigns.gate')}</th>
                  <th scope="col">{t('campaigns.issue')}</th>
                  <th scope="col">{t('campaigns.proposedBy')}</th>
                  <th scope="col">{t('campaigns.region')}</th>
                </tr>
              </thead>
              <tbody>
                {campaigns.map((c) => {
                  const missing = c.mobilizationGate.conditions.filter((x) => !x.met);
                  return (
                    <tr key={c.id}>
                      <th scope="row" className="cell-title">
                        <Link to={`/campaigns/${c.id}`}>{c.name}</Link>
                      </th>
                      <td data-label={t('campaigns.status')}>
                        <span className={`badge ${statusTone(c.status)}`}>{labelOf(CAMPAIGN_STATUSES, c.status)}</span>
                      </td>
                      <td data-label={t('campaigns.gate')}>
                        {c.mobilizationGate.open ? (
                          <span className="badge badge-go">{t('campaigns.open')}</span>
                        ) : (
                          <span title={missing.map((m) => m.label).join(', ')}>
                            <span className="badge badge-stop">{t('campaigns.missing2', { length: missing.length })}</span>{' '}
                            <span className="muted small">{missing.map((m) => m.label).join(', ')}</span>
                          </span>
                        )}
                      </td>
                      <td data-label={t('campaigns.issue')}>{c.issue?.name ?? <span className="muted">{t('common.symbol')}</span>}</td>
                      <td data-label={t('campaigns.proposedBy')}>{c.proposingTeam?.name ?? <span className="muted">{t('common.symbol')}</span>}</td>
                      <td data-label={t('campaigns.region')}>{c.region.name}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}

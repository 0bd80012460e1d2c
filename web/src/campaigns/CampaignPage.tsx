import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { Loading } from '../components/Alert';
import { HistoryList } from '../components/HistoryList';
import { QueryError } from '../components/QueryError';
import { EndorsementBoard } from '../endorsements/EndorsementBoard';
import { labelOf } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { RoleBoardSection } from '../roles/RoleBoardSection';
import { CampaignStatusSection } from './CampaignStatusSection';
import { CAMPAIGN_STATUSES, statusTone } from './options';
import { PartnersSection } from './PartnersSection';
import { CAMPAIGN, type CampaignDetail } from './queries';
import { t } from '../i18n/intl';

export function CampaignPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CAMPAIGN, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const campaign = data?.campaign;
  useTitle(campaign?.name ?? t('campaigns.campaign'));
  if (!campaign && loading) return <Loading />;
  if (!campaign) return <QueryError error={error} backTo="/campaigns" backLabel={t('campaigns.backToCampaigns')} />;
  return <CampaignView campaign={campaign} />;
}

function CampaignView({ campaign: c }: { campaign: CampaignDetail }) {
  const me = useMe();
  const manage = canManage(me) && c.canEdit;
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/campaigns">{t('nav.campaigns')}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{c.name}</h1>
          <p className="record-sub">
            <span className={`badge ${statusTone(c.status)}`}>{labelOf(CAMPAIGN_STATUSES, c.status)}</span>
            <span className="muted">{c.region.name}</span>
          </p>
        </div>
        <div className="record-actions">
          {manage && (
            <Link to={`/campaigns/${c.id}/edit`} className="button button-primary">
              {t('campaigns.editPlan')}
            </Link>
          )}
          <Link to={`/campaigns/${c.id}/power-map`} className="button button-secondary">
            {t('campaigns.powerMap')}
          </Link>
          <Link to={`/events?campaign=${c.id}&past=1`} className="button button-secondary">
            {t('nav.events')}
          </Link>
        </div>
      </div>

      <div className="record-grid">
        <CampaignStatusSection campaign={c} canManage={manage} />
        <PlanSection campaign={c} />
        <PartnersSection campaign={c} canManage={manage} />
        <RoleBoardSection campaign={c} canManage={manage} />
        <EndorsementBoard campaignId={c.id} campaignName={c.name} linkToPage />
        <section className="card card-wide" aria-labelledby="campaign-history-h">
          <h2 id="campaign-history-h">{t('campaigns.history')}</h2>
          <HistoryList history={c.history} />
        </section>
      </div>
    </div>
  );
}

function PlanSection({ campaign: c }: { campaign: CampaignDetail }) {
  return (
    <section className="card" aria-labelledby="plan-h">
      <h2 id="plan-h">{t('campaigns.plan')}</h2>
      <dl className="details">
        <dt>{t('campaigns.issue')}</dt>
        <dd>
          {c.issue ? (
            <>
              <Link to={`/issues/${c.issue.id}`}>{c.issue.name}</Link>{' '}
              <span className={`badge ${c.issue.prioritized ? 'badge-go' : 'badge-stop'}`}>
                {c.issue.prioritized ? t('campaigns.prioritized') : t('campaigns.notPrioritized')}
              </span>
            </>
          ) : (
            <span className="muted">{t('campaigns.noneYet')}</span>
          )}
        </dd>
        <dt>{t('kind.target')}</dt>
        <dd>
          {c.targetPerson ? (
            <Link to={`/people/${c.targetPerson.id}`}>{c.targetPerson.name}</Link>
          ) : c.targetOrganization ? (
            <Link to={`/organizations/${c.targetOrganization.id}`}>{c.targetOrganization.name}</Link>
          ) : (
            <span className="muted">{t('campaigns.noSpecificTargetYet')}</span>
          )}
        </dd>
        <dt>{t('campaigns.theoryOfChange')}</dt>
        <dd className="notes">{c.theoryOfChange || <span className="muted">{t('campaigns.noneYet')}</span>}</dd>
        <dt>{t('campaigns.actionProposal')}</dt>
        <dd className="notes">{c.actionProposal || <span className="muted">{t('campaigns.noneYet')}</span>}</dd>
        <dt>{t('campaigns.proposedBy')}</dt>
        <dd>
          {c.proposingTeam ? (
            <Link to={`/teams/${c.proposingTeam.id}`}>{c.proposingTeam.name}</Link>
          ) : (
            <span className="muted">{t('common.symbol')}</span>
          )}
        </dd>
        <dt>{t('campaigns.region')}</dt>
        <dd>{c.region.name}</dd>
      </dl>
    </section>
  );
}

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

export function CampaignPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CAMPAIGN, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const campaign = data?.campaign;
  useTitle(campaign?.name ?? 'Campaign');
  if (!campaign && loading) return <Loading />;
  if (!campaign) return <QueryError error={error} backTo="/campaigns" backLabel="Back to Campaigns" />;
  return <CampaignView campaign={campaign} reload={() => void refetch()} />;
}

function CampaignView({ campaign: c, reload }: { campaign: CampaignDetail; reload: () => void }) {
  const me = useMe();
  const manage = canManage(me) && c.canEdit;
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/campaigns">Campaigns</Link>
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
              Edit plan
            </Link>
          )}
          <Link to={`/campaigns/${c.id}/power-map`} className="button button-secondary">
            Power map
          </Link>
          <Link to={`/events?campaign=${c.id}&past=1`} className="button button-secondary">
            Events
          </Link>
        </div>
      </div>

      <div className="record-grid">
        <CampaignStatusSection campaign={c} canManage={manage} onChanged={reload} />
        <PlanSection campaign={c} />
        <PartnersSection campaign={c} canManage={manage} onChanged={reload} />
        <RoleBoardSection campaign={c} canManage={manage} onChanged={reload} />
        <EndorsementBoard campaignId={c.id} campaignName={c.name} linkToPage />
        <section className="card card-wide" aria-labelledby="campaign-history-h">
          <h2 id="campaign-history-h">History</h2>
          <HistoryList history={c.history} />
        </section>
      </div>
    </div>
  );
}

function PlanSection({ campaign: c }: { campaign: CampaignDetail }) {
  return (
    <section className="card" aria-labelledby="plan-h">
      <h2 id="plan-h">Plan</h2>
      <dl className="details">
        <dt>Issue</dt>
        <dd>
          {c.issue ? (
            <>
              <Link to={`/issues/${c.issue.id}`}>{c.issue.name}</Link>{' '}
              <span className={`badge ${c.issue.prioritized ? 'badge-go' : 'badge-stop'}`}>
                {c.issue.prioritized ? 'Prioritized' : 'Not prioritized'}
              </span>
            </>
          ) : (
            <span className="muted">None yet</span>
          )}
        </dd>
        <dt>Target</dt>
        <dd>
          {c.targetPerson ? (
            <Link to={`/people/${c.targetPerson.id}`}>{c.targetPerson.name}</Link>
          ) : c.targetOrganization ? (
            <Link to={`/organizations/${c.targetOrganization.id}`}>{c.targetOrganization.name}</Link>
          ) : (
            <span className="muted">No specific target yet</span>
          )}
        </dd>
        <dt>Theory of change</dt>
        <dd className="notes">{c.theoryOfChange || <span className="muted">None yet</span>}</dd>
        <dt>Action proposal</dt>
        <dd className="notes">{c.actionProposal || <span className="muted">None yet</span>}</dd>
        <dt>Proposed by</dt>
        <dd>
          {c.proposingTeam ? (
            <Link to={`/teams/${c.proposingTeam.id}`}>{c.proposingTeam.name}</Link>
          ) : (
            <span className="muted">—</span>
          )}
        </dd>
        <dt>Region</dt>
        <dd>{c.region.name}</dd>
      </dl>
    </section>
  );
}

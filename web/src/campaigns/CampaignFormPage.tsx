import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../components/Alert';
import { QueryError } from '../components/QueryError';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import { CampaignForm, toCampaignValues } from './CampaignForm';
import { CAMPAIGN_FOR_EDIT, CREATE_CAMPAIGN, UPDATE_CAMPAIGN } from './queries';

export function CampaignNewPage() {
  useTitle('Propose a campaign');
  const navigate = useNavigate();
  const client = useApolloClient();
  const regions = useQuery(REGIONS);
  const [createCampaign] = useMutation(CREATE_CAMPAIGN);
  if (regions.loading && !regions.data) return <Loading />;
  if (!regions.data) return <QueryError error={regions.error} backTo="/campaigns" backLabel="Back to Campaigns" />;
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/campaigns">Campaigns</Link>
      </p>
      <h1>Propose a campaign</h1>
      <CampaignForm
        initial={toCampaignValues(null, regions.data.regions)}
        regions={regions.data.regions}
        submitLabel="Save proposal"
        onCancel={() => navigate('/campaigns')}
        onSave={async (input) => {
          const { data } = await createCampaign({ variables: { input } });
          if (!data) return;
          client.cache.evict({ fieldName: 'campaigns' });
          navigate(`/campaigns/${data.createCampaign.id}`);
        }}
      />
    </div>
  );
}

export function CampaignEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const regions = useQuery(REGIONS);
  // The version the user started from comes from the server, not a possibly stale cache.
  const campaign = useQuery(CAMPAIGN_FOR_EDIT, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateCampaign] = useMutation(UPDATE_CAMPAIGN);
  const version = useRef<number | null>(null);
  useTitle(campaign.data ? `Edit ${campaign.data.campaign.name}` : 'Edit campaign');

  if ((campaign.loading && !campaign.data) || (regions.loading && !regions.data)) return <Loading />;
  if (!campaign.data) return <QueryError error={campaign.error} backTo="/campaigns" backLabel="Back to Campaigns" />;
  if (!regions.data) return <QueryError error={regions.error} backTo={`/campaigns/${id}`} />;
  const c = campaign.data.campaign;
  if (version.current === null) version.current = c.version;
  const regionList = regions.data.regions.some((r) => r.id === c.region.id) ? regions.data.regions : [...regions.data.regions, c.region];
  const notice =
    c.status === 'APPROVED'
      ? 'The RST approved this plan. Changing its issue, target, theory of change or action proposal sends it back to them for approval.'
      : c.status === 'MOBILIZING'
        ? 'This campaign is mobilizing: its region, issue, target, theory of change and action proposal are locked. Its name and proposing team can change.'
        : undefined;

  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/campaigns">Campaigns</Link> / <Link to={`/campaigns/${c.id}`}>{c.name}</Link>
      </p>
      <h1>Edit {c.name}</h1>
      <CampaignForm
        key={c.id}
        initial={toCampaignValues(c, regionList)}
        regions={regionList}
        notice={notice}
        planLocked={c.status === 'MOBILIZING'}
        submitLabel="Save plan"
        onCancel={() => navigate(`/campaigns/${c.id}`)}
        onSave={async (input) => {
          await updateCampaign({ variables: { id: c.id, version: version.current ?? c.version, input } });
          client.cache.evict({ fieldName: 'campaigns' });
          navigate(`/campaigns/${c.id}`);
        }}
        onReloadLatest={async () => {
          const { data } = await campaign.refetch();
          if (!data) throw new Error('Could not load the latest version.');
          version.current = data.campaign.version;
          return toCampaignValues(data.campaign, regionList);
        }}
      />
    </div>
  );
}

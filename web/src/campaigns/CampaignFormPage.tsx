import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { RecordFormFrame, useEditRecord, useNewRecord, type RecordPlace } from '../components/RecordFormPage';
import { CampaignForm, toCampaignValues } from './CampaignForm';
import { CAMPAIGN_FOR_EDIT, CREATE_CAMPAIGN, UPDATE_CAMPAIGN } from './queries';
import { t } from '../i18n/intl';

const CAMPAIGNS_PLACE: RecordPlace = { list: '/campaigns', listLabel: 'Campaigns', noun: 'campaign' };

export function CampaignNewPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [createCampaign] = useMutation(CREATE_CAMPAIGN);
  const page = useNewRecord(CAMPAIGNS_PLACE, t('campaigns.proposeACampaign'));
  if (!page.ready) return page.placeholder;
  return (
    <RecordFormFrame place={CAMPAIGNS_PLACE} title={t('campaigns.proposeACampaign')}>
      <CampaignForm
        initial={toCampaignValues(null, page.regions)}
        regions={page.regions}
        submitLabel={t('campaigns.saveProposal')}
        onCancel={() => navigate('/campaigns')}
        onSave={async (input, idempotencyKey) => {
          const { data } = await createCampaign({ variables: { input, idempotencyKey } });
          if (!data) return;
          client.cache.evict({ fieldName: 'campaigns' });
          navigate(`/campaigns/${data.createCampaign.id}`);
        }}
      />
    </RecordFormFrame>
  );
}

export function CampaignEditPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [updateCampaign] = useMutation(UPDATE_CAMPAIGN);
  const page = useEditRecord(CAMPAIGN_FOR_EDIT, (d) => d.campaign, CAMPAIGNS_PLACE);
  if (!page.ready) return page.placeholder;
  const c = page.record;
  const notice = c.status === 'APPROVED' ? t('campaigns.approvedPlanLocked') : c.status === 'MOBILIZING' ? t('campaigns.mobilizingLocked') : undefined;

  return (
    <RecordFormFrame place={CAMPAIGNS_PLACE} record={c} title={t('campaigns.edit', { name: c.name })}>
      <CampaignForm
        key={c.id}
        initial={toCampaignValues(c, page.regions)}
        regions={page.regions}
        notice={notice}
        planLocked={c.status === 'MOBILIZING'}
        submitLabel={t('campaigns.savePlan')}
        onCancel={() => navigate(`/campaigns/${c.id}`)}
        onSave={async (input) => {
          await updateCampaign({ variables: { id: c.id, version: page.version(), input } });
          client.cache.evict({ fieldName: 'campaigns' });
          navigate(`/campaigns/${c.id}`);
        }}
        onReloadLatest={async () => toCampaignValues(await page.reloadLatest(), page.regions)}
      />
    </RecordFormFrame>
  );
}

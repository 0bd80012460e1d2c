import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Loading } from '../components/Alert';
import { QueryError } from '../components/QueryError';
import { useTitle } from '../lib/useTitle';
import { EndorsementBoard } from './EndorsementBoard';
import { ENDORSEMENT_BOARD } from './queries';
import { t } from '../i18n/intl';

/** The pipeline on a page of its own, for a wide screen in a meeting. */
export function EndorsementBoardPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ENDORSEMENT_BOARD, { variables: { campaignId: id }, fetchPolicy: 'cache-and-network' });
  const campaign = data?.endorsementBoard.campaign;
  useTitle(campaign ? t('endorsements.endorsements', { name: campaign.name }) : t('endorsements.endorsements2'));
  if (!campaign && loading) return <Loading />;
  if (!campaign) return <QueryError error={error} backTo="/campaigns" backLabel={t('campaigns.backToCampaigns')} />;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/campaigns">{t('nav.campaigns')}</Link> {t('common.symbol21')} <Link to={`/campaigns/${campaign.id}`}>{campaign.name}</Link>
      </p>
      <h1>{t('endorsements.endorsements3', { name: campaign.name })}</h1>
      <EndorsementBoard campaignId={campaign.id} campaignName={campaign.name} />
    </div>
  );
}

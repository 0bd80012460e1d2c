import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Loading } from '../components/Alert';
import { QueryError } from '../components/QueryError';
import { useTitle } from '../lib/useTitle';
import { EndorsementBoard } from './EndorsementBoard';
import { ENDORSEMENT_BOARD } from './queries';

/** The pipeline on a page of its own, for a wide screen in a meeting. */
export function EndorsementBoardPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ENDORSEMENT_BOARD, { variables: { campaignId: id }, fetchPolicy: 'cache-and-network' });
  const campaign = data?.endorsementBoard.campaign;
  useTitle(campaign ? `Endorsements · ${campaign.name}` : 'Endorsements');
  if (!campaign && loading) return <Loading />;
  if (!campaign) return <QueryError error={error} backTo="/campaigns" backLabel="Back to Campaigns" />;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/campaigns">Campaigns</Link> / <Link to={`/campaigns/${campaign.id}`}>{campaign.name}</Link>
      </p>
      <h1>Endorsements: {campaign.name}</h1>
      <EndorsementBoard campaignId={campaign.id} campaignName={campaign.name} />
    </div>
  );
}

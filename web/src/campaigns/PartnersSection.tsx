import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { saveErrorMessage } from '../lib/errors';
import { ORGANIZATIONS_SEARCH } from '../people/queries';
import { graphql } from '../gql';
import type { CampaignPartnersFragment } from '../gql/graphql';
import { ADD_PARTNER, REMOVE_PARTNER } from './queries';
import { t } from '../i18n/intl';

/** What this section shows. */
export const CAMPAIGN_PARTNERS = graphql(`
  fragment CampaignPartners on Campaign {
    id
    name
    partners {
      id
      name
      zip
      region {
        id
        name
      }
    }
    roleBoard {
      partnersWithoutConnector {
        id
        name
      }
    }
  }
`);

type CampaignDetail = CampaignPartnersFragment;

/**
 * The answer is the campaign as the page shows it after the change, which the cache writes into the page. The
 * endorsement board (partners not asked yet) is a record of its own, so it is read again.
 */
const PARTNERS_CHANGED = { refetchQueries: ['EndorsementBoard'], awaitRefetchQueries: true };

/** The campaign's partner organizations (seed 003): add by searching, remove with a confirmation. */
export function PartnersSection({
  campaign,
  canManage,
}: {
  campaign: CampaignDetail;
  canManage: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const noConnector = new Set(campaign.roleBoard.partnersWithoutConnector.map((p) => p.id));
  return (
    <section className="card" aria-labelledby="partners-h">
      <div className="card-head">
        <h2 id="partners-h">{t('campaigns.partnerOrganizations')}</h2>
        {canManage && !adding && (
          <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
            {t('campaigns.addAPartner')}
          </button>
        )}
      </div>
      {adding && (
        <AddPartnerForm
          campaign={campaign}
          onDone={() => setAdding(false)}
        />
      )}
      {campaign.partners.length === 0 ? (
        <p className="muted">{t('campaigns.noPartnerOrganizationsYet')}</p>
      ) : (
        <ul className="rows">
          {campaign.partners.map((p) => (
            <PartnerRow
              key={p.id}
              campaign={campaign}
              partner={p}
              noConnector={noConnector.has(p.id)}
              canManage={canManage}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function PartnerRow({
  campaign,
  partner,
  noConnector,
  canManage,
}: {
  campaign: CampaignDetail;
  partner: CampaignDetail['partners'][number];
  noConnector: boolean;
  canManage: boolean;
}) {
  const [removePartner, { loading }] = useMutation(REMOVE_PARTNER, PARTNERS_CHANGED);
  const [error, setError] = useState<unknown>(null);
  async function remove() {
    setError(null);
    try {
      await removePartner({ variables: { campaignId: campaign.id, organizationId: partner.id } });
    } catch (err) {
      setError(err);
    }
  }
  return (
    <li className="row">
      <div className="row-main">
        <Link to={`/organizations/${partner.id}`}>{partner.name}</Link>
        {noConnector && <span className="badge badge-stop">{t('campaigns.noConnector')}</span>}
      </div>
      {canManage && (
        <ConfirmButton
          label={t('campaigns.remove')}
          className="button-quiet"
          question={
            <>
              {t('campaigns.removeFromThePartnersOf', { name: partner.name, name2: campaign.name })}
            </>
          }
          confirmLabel={t('campaigns.removePartner')}
          busy={loading}
          onConfirm={remove}
        />
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </li>
  );
}

function AddPartnerForm({ campaign, onDone }: { campaign: CampaignDetail; onDone: (saved: boolean) => void }) {
  const [addPartner, { loading }] = useMutation(ADD_PARTNER, PARTNERS_CHANGED);
  const [organization, setOrganization] = useState<Pickable | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pickError, setPickError] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPickError('');
    if (!organization) {
      setPickError(t('campaigns.chooseThePartnerOrganization'));
      return;
    }
    try {
      await addPartner({ variables: { campaignId: campaign.id, organizationId: organization.id } });
      onDone(true);
    } catch (err) {
      setError(err);
    }
  }

  const already = new Set(campaign.partners.map((p) => p.id));
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('campaigns.addAPartnerTo', { name: campaign.name })}>
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      <RecordPicker
        id="partner-organization"
        label={t('campaigns.organization')}
        query={ORGANIZATIONS_SEARCH}
        nodesOf={(d) => d.organizations.nodes.filter((o) => !already.has(o.id))}
        value={organization}
        onChange={setOrganization}
        error={pickError}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('admin.adding') : t('campaigns.addPartner')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

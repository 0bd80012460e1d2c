import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { HistoryList } from '../components/HistoryList';
import { QueryError } from '../components/QueryError';
import { saveErrorMessage } from '../lib/errors';
import { AFFILIATION_KINDS, LED_BY, ORGANIZATION_TYPES, formatDate, labelOf } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { DELETE_ORGANIZATION, ORGANIZATION, type OrganizationDetail } from './queries';
import { AffiliateGroupSection } from '../affiliates/AffiliateGroupSection';
import { AddressLines } from '../customfields/AddressLines';
import { CustomFieldDetails } from '../customfields/CustomFieldInputs';
import { StepsAwaySection } from '../insights/StepsAway';
import { t } from '../i18n/intl';

export function OrganizationPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ORGANIZATION, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const org = data?.organization;
  useTitle(org?.name ?? t('campaigns.organization'));
  if (!org && loading) return <Loading />;
  if (!org) return <QueryError error={error} backTo="/organizations" backLabel={t('organizations.backToOrganizations')} />;
  return <OrganizationView org={org} />;
}

function OrganizationView({ org }: { org: OrganizationDetail }) {
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/organizations">{t('nav.organizations')}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{org.name}</h1>
          <p className="record-sub">
            <span className="badge">{labelOf(ORGANIZATION_TYPES, org.type)}</span>
            {org.ledBy.map((l) => (
              <span key={l} className="badge badge-soft">
                {labelOf(LED_BY, l)}
              </span>
            ))}
            <span className="muted">{org.region.name}</span>
          </p>
        </div>
        <RecordActions org={org} />
      </div>
      <div className="record-grid">
        <section className="card" aria-labelledby="org-details-h">
          <h2 id="org-details-h">{t('admin.details')}</h2>
          <dl className="details">
            <dt>{t('customfields.type')}</dt>
            <dd>{labelOf(ORGANIZATION_TYPES, org.type)}</dd>
            <dt>{t('dedupe.issueAreas')}</dt>
            <dd>
              {org.issueAreas.length ? (
                <ul className="tags">
                  {org.issueAreas.map((a) => (
                    <li key={a} className="tag">
                      {a}
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">{t('common.symbol')}</span>
              )}
            </dd>
            <dt>{t('dedupe.ledBy')}</dt>
            <dd>{org.ledBy.map((l) => labelOf(LED_BY, l)).join(', ') || <span className="muted">{t('common.symbol')}</span>}</dd>
            <dt>{t('admin.address')}</dt>
            <dd>{org.address ? <AddressLines address={org.address} /> : <span className="muted">{t('common.symbol')}</span>}</dd>
            <dt>{t('events.zip')}</dt>
            <dd>{org.zip || <span className="muted">{t('common.symbol')}</span>}</dd>
            <dt>{t('campaigns.region')}</dt>
            <dd>{org.region.name}</dd>
            <dt>{t('dedupe.website')}</dt>
            <dd>
              {org.website ? (
                <a href={org.website} target="_blank" rel="noreferrer noopener">
                  {org.website.replace(/^https?:\/\//, '')}
                </a>
              ) : (
                <span className="muted">{t('common.symbol')}</span>
              )}
            </dd>
            <dt>{t('dedupe.notes')}</dt>
            <dd className="notes">{org.notes || <span className="muted">{t('common.symbol')}</span>}</dd>
            <CustomFieldDetails values={org.customFields} />
            <dt>{t('organizations.added')}</dt>
            <dd>{formatDate(org.createdAt)}</dd>
          </dl>
        </section>
        <AffiliateGroupSection organizationId={org.id} />
        <StepsAwaySection recordId={org.id} name={org.name} />
        <section className="card" aria-labelledby="org-people-h">
          <h2 id="org-people-h">{t('nav.people')}</h2>
          {org.affiliations.length === 0 ? (
            <p className="muted">{t('organizations.noOneInYourRegions')}</p>
          ) : (
            <ul className="rows">
              {org.affiliations.map((a) => (
                <li key={`${a.person.id}-${a.kind}`} className="row">
                  <div className="row-main">
                    <Link to={`/people/${a.person.id}`}>{a.person.name}</Link>
                    <span className="muted small">
                      {[labelOf(AFFILIATION_KINDS, a.kind), a.title, a.since && t('common.sinceDate', { date: formatDate(a.since) })]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card card-wide" aria-labelledby="org-history-h">
          <h2 id="org-history-h">{t('campaigns.history')}</h2>
          <HistoryList history={org.history} />
        </section>
      </div>
    </div>
  );
}

function RecordActions({ org }: { org: OrganizationDetail }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [deleteOrganization, { loading }] = useMutation(DELETE_ORGANIZATION);
  const [error, setError] = useState<unknown>(null);

  async function doDelete() {
    setError(null);
    try {
      await deleteOrganization({ variables: { id: org.id } });
      client.cache.evict({ id: client.cache.identify({ __typename: 'Organization', id: org.id }) });
      client.cache.evict({ fieldName: 'organizations' });
      client.cache.gc();
      navigate('/organizations', { state: { flash: t('common.wasDeleted', { name: org.name }) } });
    } catch (err) {
      setError(err);
    }
  }

  if (!org.canEdit && !org.canDelete) return null;
  return (
    <div className="record-actions">
      <Link to={`/reach?organization=${org.id}`} className="button button-secondary">{t('organizations.whoCanReachThem')}</Link>
      {org.canEdit && (
        <Link to={`/organizations/${org.id}/edit`} className="button button-primary">
          {t('admin.edit')}
        </Link>
      )}
      {org.canDelete && (
        <ConfirmButton
          label={t('events.delete')}
          question={t('organizations.deleteQuestion', { name: org.name, b: (words) => <strong>{words}</strong> })}
          confirmLabel={t('events.delete2', { name: org.name })}
          busy={loading}
          onConfirm={doDelete}
        />
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </div>
  );
}

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
import { AffiliateGroupSection } from '../map/AffiliateGroupSection';
import { AddressLines } from '../customfields/AddressLines';
import { CustomFieldDetails } from '../customfields/CustomFieldInputs';
import { StepsAwaySection } from '../insights/StepsAway';

export function OrganizationPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ORGANIZATION, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const org = data?.organization;
  useTitle(org?.name ?? 'Organization');
  if (!org && loading) return <Loading />;
  if (!org) return <QueryError error={error} backTo="/organizations" backLabel="Back to Organizations" />;
  return <OrganizationView org={org} />;
}

function OrganizationView({ org }: { org: OrganizationDetail }) {
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/organizations">Organizations</Link>
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
          <h2 id="org-details-h">Details</h2>
          <dl className="details">
            <dt>Type</dt>
            <dd>{labelOf(ORGANIZATION_TYPES, org.type)}</dd>
            <dt>Issue areas</dt>
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
                <span className="muted">—</span>
              )}
            </dd>
            <dt>Led by</dt>
            <dd>{org.ledBy.map((l) => labelOf(LED_BY, l)).join(', ') || <span className="muted">—</span>}</dd>
            <dt>Address</dt>
            <dd>{org.address ? <AddressLines address={org.address} /> : <span className="muted">—</span>}</dd>
            <dt>ZIP</dt>
            <dd>{org.zip || <span className="muted">—</span>}</dd>
            <dt>Region</dt>
            <dd>{org.region.name}</dd>
            <dt>Website</dt>
            <dd>
              {org.website ? (
                <a href={org.website} target="_blank" rel="noreferrer noopener">
                  {org.website.replace(/^https?:\/\//, '')}
                </a>
              ) : (
                <span className="muted">—</span>
              )}
            </dd>
            <dt>Notes</dt>
            <dd className="notes">{org.notes || <span className="muted">—</span>}</dd>
            <CustomFieldDetails values={org.customFields} />
            <dt>Added</dt>
            <dd>{formatDate(org.createdAt)}</dd>
          </dl>
        </section>
        <AffiliateGroupSection organizationId={org.id} />
        <StepsAwaySection recordId={org.id} name={org.name} />
        <section className="card" aria-labelledby="org-people-h">
          <h2 id="org-people-h">People</h2>
          {org.affiliations.length === 0 ? (
            <p className="muted">No one in your regions is affiliated yet. Add affiliations from a person’s page.</p>
          ) : (
            <ul className="rows">
              {org.affiliations.map((a) => (
                <li key={`${a.person.id}-${a.kind}`} className="row">
                  <div className="row-main">
                    <Link to={`/people/${a.person.id}`}>{a.person.name}</Link>
                    <span className="muted small">
                      {[labelOf(AFFILIATION_KINDS, a.kind), a.title, a.since && `since ${formatDate(a.since)}`]
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
          <h2 id="org-history-h">History</h2>
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
      navigate('/organizations', { state: { flash: `${org.name} was deleted.` } });
    } catch (err) {
      setError(err);
    }
  }

  if (!org.canEdit && !org.canDelete) return null;
  return (
    <div className="record-actions">
      <Link to={`/reach?organization=${org.id}`} className="button button-secondary">Who can reach them?</Link>
      {org.canEdit && (
        <Link to={`/organizations/${org.id}/edit`} className="button button-primary">
          Edit
        </Link>
      )}
      {org.canDelete && (
        <ConfirmButton
          label="Delete"
          question={
            <>
              Delete <strong>{org.name}</strong>? Its affiliations go too. This cannot be undone.
            </>
          }
          confirmLabel={`Delete ${org.name}`}
          busy={loading}
          onConfirm={doDelete}
        />
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </div>
  );
}

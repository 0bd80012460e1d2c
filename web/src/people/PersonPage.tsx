import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage, SET_MY_PERSON } from '../auth/session';
import { Alert, Loading } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { HistoryList } from '../components/HistoryList';
import { QueryError } from '../components/QueryError';
import { saveErrorMessage } from '../lib/errors';
import { formatDate, kindLabel } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { AffiliationsSection } from './AffiliationsSection';
import { AssigneesSection } from './AssigneesSection';
import { DELETE_PERSON, PERSON, type PersonDetail } from './queries';
import { TiesSection } from './TiesSection';
import { PersonRolesSection } from '../roles/PersonRolesSection';
import { InteractionsSection } from '../interactions/InteractionsSection';
import { LeadershipSection } from '../leadership/LeadershipSection';
import { AddressLines } from '../customfields/AddressLines';
import { CustomFieldDetails } from '../customfields/CustomFieldInputs';
import { StepsAwaySection } from '../insights/StepsAway';
import { ConnectionSection } from '../reach/ConnectionSection';
import { t } from '../i18n/intl';

export function PersonPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PERSON, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const person = data?.person;
  useTitle(person?.name ?? t('events.person'));

  if (!person && loading) return <Loading />;
  if (!person) return <QueryError error={error} backTo="/people" backLabel={t('people.backToPeople')} />;
  return <PersonView person={person} reload={() => void refetch()} />;
}

/**
 * Links the signed-in account to its own person record, so meetings it logs have it as host and its record is
 * one click away ("My record"). One person, one account: the server refuses a record another account claimed.
 */
function ThisIsMe({ person }: { person: PersonDetail }) {
  const me = useMe();
  const [setMyPerson, { loading }] = useMutation(SET_MY_PERSON, { refetchQueries: ['Me'], awaitRefetchQueries: true });
  const [error, setError] = useState<unknown>(null);
  if (!me) return null;
  const mine = me.person?.id === person.id;
  if (me.person && !mine) return null;
  const save = (personId: string | null) => {
    setError(null);
    setMyPerson({ variables: { personId } }).catch(setError);
  };
  return (
    <div className="this-is-me">
      {mine ? (
        <p className="small">
          <span className="badge">{t('people.thisIsYou')}</span>{' '}
          <button type="button" className="button-quiet" disabled={loading} onClick={() => save(null)}>
            {t('people.notMe')}
          </button>
        </p>
      ) : (
        <button type="button" className="button-quiet" disabled={loading} onClick={() => save(person.id)}>
          {t('people.thisIsMe')}
        </button>
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </div>
  );
}

function PersonView({ person, reload }: { person: PersonDetail; reload: () => void }) {
  const me = useMe();
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/people">{t('nav.people')}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{person.name}</h1>
          <p className="record-sub">
            {person.kinds.map((k) => (
              <span key={k} className="badge">
                {kindLabel(k)}
              </span>
            ))}
            <span className="muted">{person.region.name}</span>
          </p>
          <ThisIsMe person={person} />
        </div>
        <RecordActions person={person} />
      </div>

      <div className="record-grid">
        <section className="card" aria-labelledby="contact-h">
          <h2 id="contact-h">{t('people.contact')}</h2>
          <ContactDetails person={person} />
        </section>

        <section className="card" aria-labelledby="details-h">
          <h2 id="details-h">{t('admin.details')}</h2>
          <dl className="details">
            <dt>{t('events.zip')}</dt>
            <dd>{person.zip || <span className="muted">{t('common.symbol')}</span>}</dd>
            <dt>{t('campaigns.region')}</dt>
            <dd>{person.region.name}</dd>
            <dt>{t('dedupe.kinds')}</dt>
            <dd>{person.kinds.map(kindLabel).join(', ') || <span className="muted">{t('common.symbol')}</span>}</dd>
            <dt>{t('dedupe.tags')}</dt>
            <dd>
              {person.tags.length ? (
                <ul className="tags">
                  {person.tags.map((t) => (
                    <li key={t} className="tag">
                      {t}
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">{t('common.symbol')}</span>
              )}
            </dd>
            <dt>{t('dedupe.notes')}</dt>
            <dd className="notes">{person.notes || <span className="muted">{t('common.symbol')}</span>}</dd>
            <CustomFieldDetails values={person.customFields} />
            <dt>{t('organizations.added')}</dt>
            <dd>{formatDate(person.createdAt)}</dd>
            <dt>{t('people.lastChanged')}</dt>
            <dd>{formatDate(person.updatedAt)}</dd>
          </dl>
        </section>

        <TiesSection person={person} onChanged={reload} />
        <AffiliationsSection person={person} onChanged={reload} />
        <PersonRolesSection personId={person.id} />
        {canManage(me) && <AssigneesSection person={person} />}
        <InteractionsSection personId={person.id} personName={person.name} />
        <LeadershipSection personId={person.id} personName={person.name} />
        <StepsAwaySection recordId={person.id} name={person.name} />
        <ConnectionSection personId={person.id} name={person.name} />

        <section className="card card-wide" aria-labelledby="history-h">
          <h2 id="history-h">{t('campaigns.history')}</h2>
          <HistoryList history={person.history} />
        </section>
      </div>
    </div>
  );
}

function ContactDetails({ person }: { person: PersonDetail }) {
  if (person.contactHidden) {
    return (
      <p className="hidden-note" data-testid="contact-hidden">
        <strong>{t('people.contactDetailsHidden')}</strong>{' '}{t('people.youSeeEmailsAndPhones')}
      </p>
    );
  }
  const emails = person.emails ?? [];
  const phones = person.phones ?? [];
  return (
    <dl className="details">
      <dt>{t('signIn.email')}</dt>
      <dd>
        {emails.length ? (
          <ul className="plain">
            {emails.map((e) => (
              <li key={e}>
                <a href={`mailto:${e}`}>{e}</a>
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('map.noneRecorded')}</span>
        )}
      </dd>
      <dt>{t('people.phone')}</dt>
      <dd>
        {phones.length ? (
          <ul className="plain">
            {phones.map((p) => (
              <li key={p}>
                <a href={`tel:${p.replace(/[^\d+]/g, '')}`}>{p}</a>
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('map.noneRecorded')}</span>
        )}
      </dd>
      <dt>{t('admin.address')}</dt>
      <dd>{person.address ? <AddressLines address={person.address} /> : <span className="muted">{t('map.noneRecorded')}</span>}</dd>
    </dl>
  );
}

function RecordActions({ person }: { person: PersonDetail }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [deletePerson, { loading }] = useMutation(DELETE_PERSON);
  const [error, setError] = useState<unknown>(null);

  async function doDelete() {
    setError(null);
    try {
      await deletePerson({ variables: { id: person.id } });
      client.cache.evict({ id: client.cache.identify({ __typename: 'Person', id: person.id }) });
      client.cache.evict({ fieldName: 'people' });
      client.cache.gc();
      navigate('/people', { state: { flash: t('common.wasDeleted', { name: person.name }) } });
    } catch (err) {
      setError(err);
    }
  }

  if (!person.canEdit && !person.canDelete) return null;
  return (
    <div className="record-actions">
      <Link to={`/reach?person=${person.id}`} className="button button-secondary">{t('organizations.whoCanReachThem')}</Link>
      {person.canEdit && (
        <Link to={`/people/${person.id}/edit`} className="button button-primary">
          {t('admin.edit')}
        </Link>
      )}
      {person.canDelete && (
        <ConfirmButton
          label={t('events.delete')}
          question={t('people.deleteQuestion', { name: person.name, b: (words) => <strong>{words}</strong> })}
          confirmLabel={t('events.delete2', { name: person.name })}
          busy={loading}
          onConfirm={doDelete}
        />
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </div>
  );
}

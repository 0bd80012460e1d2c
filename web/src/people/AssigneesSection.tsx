import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Alert } from '../components/Alert';
import { SelectField } from '../components/Field';
import { errorMessage, fieldErrors, saveErrorMessage } from '../lib/errors';
import { ASSIGN_PERSON, CONNECTORS, UNASSIGN_PERSON, type PersonDetail } from './queries';
import { t } from '../i18n/intl';

/** Connectors assigned to this person see their contact details. For admins, staff and leaders. */
export function AssigneesSection({ person }: { person: PersonDetail }) {
  const connectors = useQuery(CONNECTORS);
  const [assign, { loading: assigning }] = useMutation(ASSIGN_PERSON);
  const [unassign, { loading: unassigning }] = useMutation(UNASSIGN_PERSON);
  const [accountId, setAccountId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const fields = fieldErrors(error);

  const assignedIds = new Set(person.assignees.map((a) => a.id));
  const options = (connectors.data?.accounts ?? [])
    .filter((a) => !a.disabled && !assignedIds.has(a.id))
    .map((a) => ({ value: a.id, label: `${a.displayName} (${a.email})` }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!accountId) return;
    setError(null);
    try {
      await assign({ variables: { personId: person.id, accountId } });
      setAccountId('');
    } catch (err) {
      setError(err);
    }
  }

  async function remove(id: string) {
    setError(null);
    try {
      await unassign({ variables: { personId: person.id, accountId: id } });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section className="card" aria-labelledby="assignees-h">
      <h2 id="assignees-h">{t('people.assignedConnectors')}</h2>
      <p className="muted small">{t('people.assignedConnectorsCanSeeS', { name: person.name })}</p>
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      {person.assignees.length === 0 ? (
        <p className="muted">{t('people.noConnectorAssigned')}</p>
      ) : (
        <ul className="rows">
          {person.assignees.map((a) => (
            <li key={a.id} className="row">
              <div className="row-main">
                <span>{a.displayName}</span>
                <span className="muted small">{a.email}</span>
              </div>
              <button
                type="button"
                className="button-quiet"
                disabled={unassigning}
                aria-label={t('people.unassign2', { displayName: a.displayName })}
                onClick={() => void remove(a.id)}
              >
                {t('people.unassign')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {connectors.error ? (
        <Alert>{errorMessage(connectors.error)}</Alert>
      ) : (
        options.length > 0 && (
          <form className="assign-form" onSubmit={submit}>
            <SelectField
              id="assign-connector"
              label={t('people.assignAConnector')}
              value={accountId}
              onChange={setAccountId}
              options={options}
              placeholder={t('people.chooseAConnector')}
              error={fields.accountId}
            />
            <button type="submit" className="button-secondary" disabled={!accountId || assigning}>
              {assigning ? t('people.assigning') : t('people.assign')}
            </button>
          </form>
        )
      )}
    </section>
  );
}

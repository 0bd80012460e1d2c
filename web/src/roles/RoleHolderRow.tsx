import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ROLE_KINDS, todayIso } from '../campaigns/options';
import { Alert } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { TextField } from '../components/Field';
import { fieldErrors, saveErrorMessage } from '../lib/errors';
import { formatDate, labelOf } from '../lib/format';
import type { RemoveRoleMutation, RoleFieldsFragment as RoleAssignment } from '../gql/graphql';
import { END_ROLE, REMOVE_ROLE } from './queries';
import { t } from '../i18n/intl';
import './RoleHolderRow.css';

/** When a role started and ends, in words. */
export function roleDates(r: Pick<RoleAssignment, 'startDate' | 'endDate'>): string {
  return [r.startDate && t('common.sinceDate', { date: formatDate(r.startDate) }), r.endDate && t('roles.lastDayDate', { date: formatDate(r.endDate) })]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Ending or removing a role changes who holds what and the gaps, which the server works out: both answer with
 * the campaign's role board or the team's roles as they are after the change, which the cache writes into the
 * page. The removed assignment leaves every other cached list that held it (a person's roles).
 */
const REMOVED = {
  update(cache: ApolloCache, { data }: { data?: RemoveRoleMutation | null }) {
    if (!data) return;
    cache.evict({ id: cache.identify({ __typename: 'RoleAssignment', id: data.removeRole.removedId }) });
    cache.gc();
  },
};

/** One holder of a role: who, since when, for which partner; end the role on a date, or remove a mistake. */
export function RoleHolderRow({
  assignment: a,
  canManage,
  showRole = false,
}: {
  assignment: RoleAssignment;
  canManage: boolean;
  showRole?: boolean;
}) {
  const [ending, setEnding] = useState(false);
  const [endDate, setEndDate] = useState(todayIso());
  const [endRole, { loading: endingBusy }] = useMutation(END_ROLE);
  const [removeRole, { loading: removing }] = useMutation(REMOVE_ROLE, REMOVED);
  const [error, setError] = useState<unknown>(null);
  const roleLabel = labelOf(ROLE_KINDS, a.role).toLowerCase();

  async function end(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await endRole({ variables: { id: a.id, endDate } });
      setEnding(false);
    } catch (err) {
      setError(err);
    }
  }

  async function remove() {
    setError(null);
    try {
      await removeRole({ variables: { id: a.id } });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <li className="row">
      <div className="row-main">
        {showRole && <span className="badge">{labelOf(ROLE_KINDS, a.role)}</span>}
        <Link to={`/people/${a.person.id}`}>{a.person.name}</Link>
        {a.forOrganization && (
          <span className="small">
            {t('roles.for2')}{' '}<Link to={`/organizations/${a.forOrganization.id}`}>{a.forOrganization.name}</Link>
          </span>
        )}
        <span className="muted small">{roleDates(a)}</span>
      </div>
      {canManage && !ending && (
        <div className="actions">
          <button
            type="button"
            className="button-quiet"
            aria-label={t('roles.endSRoleAs', { name: a.person.name, roleLabel })}
            onClick={() => setEnding(true)}
          >
            {t('roles.endRole')}
          </button>
          <ConfirmButton
            label={t('campaigns.remove')}
            className="button-quiet"
            question={
              <>
                {t('roles.removeAsUseThisOnly', { name: a.person.name, roleLabel })}
              </>
            }
            confirmLabel={t('roles.removeRole')}
            busy={removing}
            onConfirm={remove}
          />
        </div>
      )}
      {ending && (
        <form className="end-role-form" onSubmit={end} noValidate aria-label={t('roles.endSRoleAs', { name: a.person.name, roleLabel })}>
          <TextField
            id={`end-${a.id}`}
            label={t('roles.lastDayInTheRole')}
            type="date"
            value={endDate}
            onChange={setEndDate}
            error={fieldErrors(error).endDate}
          />
          <div className="actions">
            <button type="submit" className="button-primary" disabled={endingBusy || !endDate}>
              {endingBusy ? t('roles.ending') : t('roles.endRole')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setEnding(false)}>
              {t('admin.cancel')}
            </button>
          </div>
        </form>
      )}
      {error !== null && !fieldErrors(error).endDate && <Alert>{saveErrorMessage(error)}</Alert>}
    </li>
  );
}

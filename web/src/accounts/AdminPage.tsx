import { useMutation, useQuery } from '@apollo/client/react';
import type { AdminBackupsQuery } from '../gql/graphql';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { ROLE_LABEL } from '../auth/session';
import { Alert, Loading } from '../components/Alert';
import { CheckboxGroup, Field, SelectField, TextField } from '../components/Field';
import { errorMessage, fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { formatDate, formatDateTime, formatNumber } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import type { Account, Role } from '../types';
import { useSubmissionKey } from '../lib/submission';
import { FieldDefinitionsSection } from '../customfields/FieldDefinitionsSection';
import { RegionsSection } from '../regions/RegionsSection';
import { graphql } from '../gql';
import { t } from '../i18n/intl';

export const ACCOUNTS = graphql(`
  query AdminAccounts {
    accounts {
      id
      email
      displayName
      role
      allRegions
      disabled
      canExport
      createdAt
      regions {
        id
        name
      }
    }
  }
`);

export const CREATE_ACCOUNT = graphql(`
  mutation CreateAccount($input: CreateAccountInput!, $idempotencyKey: String) {
    createAccount(input: $input, idempotencyKey: $idempotencyKey) {
      id
      email
      displayName
      role
      allRegions
      disabled
      createdAt
      regions {
        id
        name
      }
    }
  }
`);

export const UPDATE_ACCOUNT = graphql(`
  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, input: $input) {
      id
      email
      displayName
      role
      allRegions
      disabled
      canExport
      createdAt
      regions {
        id
        name
      }
    }
  }
`);

export type BackupStatus = AdminBackupsQuery['backupStatus'];

export const BACKUP_STATUS = graphql(`
  query AdminBackups {
    backupStatus {
      scheduled
      offReason
      scheduleHours
      keepDaily
      keepWeekly
      nextAt
      lastGood {
        file
        takenAt
        bytes
        records
      }
      lastFailure {
        at
        message
      }
      kept {
        file
        takenAt
        bytes
      }
    }
  }
`);

const ROLES: ReadonlyArray<{ value: Role; label: string }> = [
  { value: 'CONNECTOR', get label() {
    return t('admin.connectorOutreachSeesContactDetails');
  } },
  { value: 'LEADER', get label() {
    return t('admin.leaderSeesAndManagesTheir');
  } },
  { value: 'STAFF', get label() {
    return t('admin.staffSeesAndManagesTheir');
  } },
  { value: 'ADMIN', get label() {
    return t('admin.adminEverythingPlusAccountsAnd');
  } },
];

export function AdminPage() {
  useTitle(t('role.admin'));
  const me = useMe();
  if (me.role !== 'ADMIN') {
    return (
      <div className="page">
        <h1>{t('role.admin')}</h1>
        <Alert>{t('admin.onlyAdminsManageAccountsAnd')}</Alert>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{t('role.admin')}</h1>
      <p>
        <Link to="/admin/audit">{t('admin.auditLog')}</Link>
        <span className="muted small">{' '}{t('admin.whoSignedInChangedAccounts')}</span>
      </p>
      <div className="record-grid admin-grid">
        <AccountsSection />
        <RegionsSection />
        <BackupsSection />
        <FieldDefinitionsSection />
      </div>
    </div>
  );
}

function AccountsSection() {
  const { data, loading, error } = useQuery(ACCOUNTS, { fetchPolicy: 'cache-and-network' });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [created, setCreated] = useState('');
  return (
    <section className="card card-wide" aria-labelledby="accounts-h">
      <div className="card-head">
        <h2 id="accounts-h">{t('admin.accounts')}</h2>
        {!adding && (
          <button type="button" className="button-primary" onClick={() => { setAdding(true); setCreated(''); }}>
            {t('admin.createAccount')}
          </button>
        )}
      </div>
      {created && <Alert kind="success">{created}</Alert>}
      {adding && (
        <CreateAccountForm
          onDone={(account) => {
            setAdding(false);
            if (account) setCreated(t('admin.createdGiveThemTheirPassword', { displayName: account.displayName, email: account.email }));
          }}
        />
      )}
      {editing && data?.accounts.find((a) => a.id === editing) && (
        <EditAccountForm
          account={data.accounts.find((a) => a.id === editing)!}
          onDone={(account) => {
            setEditing(null);
            if (account) setCreated(t('admin.saved', { displayName: account.displayName, everywhere: account.disabled ? ' (disabled: they are signed out everywhere)' : '' }));
          }}
        />
      )}
      {error && !data && <Alert>{errorMessage(error)}</Alert>}
      {loading && !data && <Loading />}
      {data && (
        <table className="list-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('signIn.email')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.regions')}</th>
              <th scope="col">{t('admin.created')}</th>
              <th scope="col"><span className="visually-hidden">{t('admin.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {data.accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="cell-title">
                  {a.displayName}
                  {a.disabled && <span className="badge badge-soft">{' '}{t('admin.disabled')}</span>}
                </th>
                <td data-label={t('signIn.email')}>{a.email}</td>
                <td data-label={t('admin.role')}>{ROLE_LABEL[a.role]}</td>
                <td data-label={t('admin.regions')}>{a.allRegions ? t('shell.allRegions') : a.regions.map((r) => r.name).join(', ') || t('common.symbol')}</td>
                <td data-label={t('admin.created')}>{formatDate(a.createdAt)}</td>
                <td>
                  <button type="button" className="button-secondary" onClick={() => { setEditing(a.id); setCreated(''); }} aria-label={t('admin.edit2', { displayName: a.displayName })}>
                    {t('admin.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CreateAccountForm({ onDone }: { onDone: (account: Account | null) => void }) {
  const regions = useQuery(REGIONS).data?.regions ?? [];
  const [createAccount, { loading }] = useMutation(CREATE_ACCOUNT, { refetchQueries: [ACCOUNTS] });
  const submission = useSubmissionKey();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [allRegions, setAllRegions] = useState(false);
  const [regionIds, setRegionIds] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [roleError, setRoleError] = useState('');
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setRoleError('');
    if (!role) {
      setRoleError(t('admin.chooseARole'));
      focusInvalid();
      return;
    }
    const input = { email: email.trim(), displayName: displayName.trim(), password, role, allRegions, regionIds: allRegions ? [] : regionIds };
    try {
      const { data } = await createAccount({ variables: { input, idempotencyKey: submission.keyFor(input) } });
      submission.settled();
      onDone(data?.createAccount ?? null);
    } catch (err) {
      submission.settled(err);
      setError(err);
      focusInvalid();
    }
  }

  return (
    <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label={t('admin.createAccount')}>
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      <div className="form-row">
        <TextField id="account-name" label={t('admin.displayName')} required autoComplete="off" value={displayName} onChange={setDisplayName} error={fields.displayName} />
        <TextField id="account-email" label={t('signIn.email')} type="email" required autoComplete="off" value={email} onChange={setEmail} error={fields.email} />
      </div>
      <TextField
        id="account-password"
        label={t('signIn.password')}
        type="password"
        required
        autoComplete="new-password"
        hint={t('admin.atLeast12Characters')}
        value={password}
        onChange={setPassword}
        error={fields.password}
      />
      <SelectField id="account-role" label={t('admin.role')} required value={role} onChange={setRole} options={ROLES} placeholder={t('admin.chooseARole2')} error={roleError || fields.role} />
      <Field id="account-all-regions" label={t('shell.allRegions')} error={fields.allRegions} className="field-checkbox">
        {(control) => (
          <input {...control} type="checkbox" checked={allRegions} onChange={(e) => setAllRegions(e.target.checked)} />
        )}
      </Field>
      {!allRegions && (
        <CheckboxGroup
          id="account-regions"
          legend={t('admin.regions')}
          hint={t('admin.theRegionsWhosePeopleAnd')}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          value={regionIds}
          onChange={setRegionIds}
          error={fields.regionIds}
        />
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('admin.creating') : t('admin.createAccount')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

function EditAccountForm({ account, onDone }: { account: Account; onDone: (account: Account | null) => void }) {
  const regions = useQuery(REGIONS).data?.regions ?? [];
  const [updateAccount, { loading }] = useMutation(UPDATE_ACCOUNT, { refetchQueries: [ACCOUNTS] });
  const [displayName, setDisplayName] = useState(account.displayName);
  const [role, setRole] = useState<Role>(account.role);
  const [allRegions, setAllRegions] = useState(account.allRegions);
  const [regionIds, setRegionIds] = useState<string[]>(account.allRegions ? [] : account.regions.map((r) => r.id));
  const [disabled, setDisabled] = useState(account.disabled);
  const [canExport, setCanExport] = useState(!!account.canExport);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const { data } = await updateAccount({
        variables: { id: account.id, input: { displayName: displayName.trim(), role, allRegions, regionIds: allRegions ? [] : regionIds, disabled, canExport, password: password || null } },
      });
      onDone(data?.updateAccount ?? null);
    } catch (err) {
      setError(err);
      focusInvalid();
    }
  }

  return (
    <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label={t('admin.edit2', { displayName: account.displayName })}>
      <h3>{t('admin.edit3', { email: account.email })}</h3>
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      <TextField id="edit-account-name" label={t('admin.displayName')} required autoComplete="off" value={displayName} onChange={setDisplayName} error={fields.displayName} />
      <SelectField id="edit-account-role" label={t('admin.role')} required value={role} onChange={setRole} options={ROLES} error={fields.role} />
      <Field id="edit-account-all-regions" label={t('shell.allRegions')} error={fields.allRegions} className="field-checkbox">
        {(control) => <input {...control} type="checkbox" checked={allRegions} onChange={(e) => setAllRegions(e.target.checked)} />}
      </Field>
      {!allRegions && (
        <CheckboxGroup
          id="edit-account-regions"
          legend={t('admin.regions')}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          value={regionIds}
          onChange={setRegionIds}
          error={fields.regionIds}
        />
      )}
      <TextField
        id="edit-account-password"
        label={t('admin.newPassword')}
        type="password"
        autoComplete="new-password"
        hint={t('admin.leaveEmptyToKeepTheir')}
        value={password}
        onChange={setPassword}
        error={fields.password}
      />
      {role !== 'ADMIN' && (
        <Field id="edit-account-can-export" label={t('admin.mayExportCsvFilesOf')} error={fields.canExport} className="field-checkbox">
          {(control) => <input {...control} type="checkbox" checked={canExport} onChange={(e) => setCanExport(e.target.checked)} />}
        </Field>
      )}
      <Field id="edit-account-disabled" label={t('admin.disabledCannotSignInSigns')} error={fields.disabled} className="field-checkbox">
        {(control) => <input {...control} type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('admin.saving') : t('admin.saveAccount')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

const megabytes = (bytes: number) => t('admin.megabytes', { size: formatNumber(bytes / 2 ** 20, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });

function every(hours: number): string {
  if (hours === 24) return t('admin.everyDay');
  if (hours >= 1) return t('admin.every', { hours: t('count.hour', { count: hours }) });
  if (hours * 60 >= 1) return t('admin.every2', { plural: t('count.minute', { count: Math.round(hours * 60) }) });
  return t('admin.every2', { plural: t('count.second', { count: Math.round(hours * 3600) }) });
}

/** The last good backup and the last failure, which stays shown until a backup succeeds again. */
function BackupsSection() {
  // Polled: a backup finishing or failing while the page is open shows without a reload.
  const { data, error } = useQuery(BACKUP_STATUS, { fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  const s = data?.backupStatus;
  return (
    <section className="card" aria-labelledby="backups-h">
      <h2 id="backups-h">{t('admin.backups')}</h2>
      {error && !data && <Alert>{errorMessage(error)}</Alert>}
      {!s && !error && <Loading />}
      {s && (
        <>
          {s.lastFailure && (
            <Alert>
              {t('admin.theLastBackupFailed', { at: formatDateTime(s.lastFailure.at), message: s.lastFailure.message })}
            </Alert>
          )}
          {s.offReason && <Alert kind="info">{s.offReason}</Alert>}
          {s.lastGood ? (
            <dl className="details">
              <dt>{t('admin.lastGoodBackup')}</dt>
              <dd>
                {t('admin.checkedByOpeningIt', { takenAt: formatDateTime(s.lastGood.takenAt), records: t('count.record', { count: s.lastGood.records }), bytes: megabytes(s.lastGood.bytes) })}
              </dd>
              <dt>{t('admin.file')}</dt>
              <dd>
                <code>{s.lastGood.file}</code>
              </dd>
              <dt>{t('admin.toRestoreIt')}</dt>
              <dd>
                {t('admin.stopTheAppThenRun')}{' '}<code>{t('admin.npmRunRestore', { file: s.lastGood.file })}</code>
              </dd>
            </dl>
          ) : (
            <p>{t('admin.noGoodBackupYet')}</p>
          )}
          {s.scheduled && (
            <p>
              {t('admin.theNewestOfEachOf', { scheduleHours: every(s.scheduleHours), keepDaily: t('count.day', { count: s.keepDaily }), keepWeekly: t('count.week', { count: s.keepWeekly }), length: t('count.backup', { count: s.kept.length }) })}{s.nextAt && <>{' '}{t('admin.next', { nextAt: formatDateTime(s.nextAt) })}</>}
            </p>
          )}
        </>
      )}
    </section>
  );
}

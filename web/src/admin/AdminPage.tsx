import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { ROLE_LABEL } from '../auth/session';
import { Alert, Loading } from '../components/Alert';
import { CheckboxGroup, Field, SelectField, TextField } from '../components/Field';
import { errorMessage, fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { formatDate, formatDateTime, plural } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import type { Account, Role } from '../types';
import { useSubmissionKey } from '../lib/submission';
import { FieldDefinitionsSection } from '../customfields/FieldDefinitionsSection';
import { graphql } from '../gql';

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

export const CREATE_REGION = graphql(`
  mutation CreateRegion($input: CreateRegionInput!, $idempotencyKey: String) {
    createRegion(input: $input, idempotencyKey: $idempotencyKey) {
      id
      name
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

export interface BackupStatus {
  scheduled: boolean;
  offReason: string | null;
  scheduleHours: number;
  keepDaily: number;
  keepWeekly: number;
  nextAt: string | null;
  lastGood: { file: string; takenAt: string; bytes: number; records: number } | null;
  lastFailure: { at: string; message: string } | null;
  kept: Array<{ file: string; takenAt: string; bytes: number }>;
}

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
  { value: 'CONNECTOR', label: 'Connector — outreach; sees contact details of people they added or are assigned to' },
  { value: 'LEADER', label: 'Leader — sees and manages their regions' },
  { value: 'STAFF', label: 'Staff — sees and manages their regions, or all' },
  { value: 'ADMIN', label: 'Admin — everything, plus accounts and regions' },
];

export function AdminPage() {
  useTitle('Admin');
  const me = useMe();
  if (me.role !== 'ADMIN') {
    return (
      <div className="page">
        <h1>Admin</h1>
        <Alert>Only admins manage accounts and regions.</Alert>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>Admin</h1>
      <p>
        <Link to="/admin/audit">Audit log</Link>
        <span className="muted small"> · who signed in, changed accounts, exported, merged, imported</span>
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
        <h2 id="accounts-h">Accounts</h2>
        {!adding && (
          <button type="button" className="button-primary" onClick={() => { setAdding(true); setCreated(''); }}>
            Create account
          </button>
        )}
      </div>
      {created && <Alert kind="success">{created}</Alert>}
      {adding && (
        <CreateAccountForm
          onDone={(account) => {
            setAdding(false);
            if (account) setCreated(`Created ${account.displayName} (${account.email}). Give them their password in person.`);
          }}
        />
      )}
      {editing && data?.accounts.find((a) => a.id === editing) && (
        <EditAccountForm
          account={data.accounts.find((a) => a.id === editing)!}
          onDone={(account) => {
            setEditing(null);
            if (account) setCreated(`Saved ${account.displayName}${account.disabled ? ' (disabled: they are signed out everywhere)' : ''}.`);
          }}
        />
      )}
      {error && !data && <Alert>{errorMessage(error)}</Alert>}
      {loading && !data && <Loading />}
      {data && (
        <table className="list-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Regions</th>
              <th scope="col">Created</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {data.accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="cell-title">
                  {a.displayName}
                  {a.disabled && <span className="badge badge-soft"> disabled</span>}
                </th>
                <td data-label="Email">{a.email}</td>
                <td data-label="Role">{ROLE_LABEL[a.role]}</td>
                <td data-label="Regions">{a.allRegions ? 'All regions' : a.regions.map((r) => r.name).join(', ') || '—'}</td>
                <td data-label="Created">{formatDate(a.createdAt)}</td>
                <td>
                  <button type="button" className="button-secondary" onClick={() => { setEditing(a.id); setCreated(''); }} aria-label={`Edit ${a.displayName}`}>
                    Edit
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
      setRoleError('Choose a role.');
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
    <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label="Create account">
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      <div className="form-row">
        <TextField id="account-name" label="Display name" required autoComplete="off" value={displayName} onChange={setDisplayName} error={fields.displayName} />
        <TextField id="account-email" label="Email" type="email" required autoComplete="off" value={email} onChange={setEmail} error={fields.email} />
      </div>
      <TextField
        id="account-password"
        label="Password"
        type="password"
        required
        autoComplete="new-password"
        hint="At least 12 characters."
        value={password}
        onChange={setPassword}
        error={fields.password}
      />
      <SelectField id="account-role" label="Role" required value={role} onChange={setRole} options={ROLES} placeholder="Choose a role" error={roleError || fields.role} />
      <Field id="account-all-regions" label="All regions" error={fields.allRegions} className="field-checkbox">
        {(control) => (
          <input {...control} type="checkbox" checked={allRegions} onChange={(e) => setAllRegions(e.target.checked)} />
        )}
      </Field>
      {!allRegions && (
        <CheckboxGroup
          id="account-regions"
          legend="Regions"
          hint="The regions whose people and organizations this account works with."
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          value={regionIds}
          onChange={setRegionIds}
          error={fields.regionIds}
        />
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? 'Creating…' : 'Create account'}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          Cancel
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
    <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label={`Edit ${account.displayName}`}>
      <h3>Edit {account.email}</h3>
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      <TextField id="edit-account-name" label="Display name" required autoComplete="off" value={displayName} onChange={setDisplayName} error={fields.displayName} />
      <SelectField id="edit-account-role" label="Role" required value={role} onChange={setRole} options={ROLES} error={fields.role} />
      <Field id="edit-account-all-regions" label="All regions" error={fields.allRegions} className="field-checkbox">
        {(control) => <input {...control} type="checkbox" checked={allRegions} onChange={(e) => setAllRegions(e.target.checked)} />}
      </Field>
      {!allRegions && (
        <CheckboxGroup
          id="edit-account-regions"
          legend="Regions"
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          value={regionIds}
          onChange={setRegionIds}
          error={fields.regionIds}
        />
      )}
      <TextField
        id="edit-account-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="Leave empty to keep their password. At least 12 characters."
        value={password}
        onChange={setPassword}
        error={fields.password}
      />
      {role !== 'ADMIN' && (
        <Field id="edit-account-can-export" label="May export CSV files of what they can see (every export is logged)" error={fields.canExport} className="field-checkbox">
          {(control) => <input {...control} type="checkbox" checked={canExport} onChange={(e) => setCanExport(e.target.checked)} />}
        </Field>
      )}
      <Field id="edit-account-disabled" label="Disabled: cannot sign in (signs them out everywhere)" error={fields.disabled} className="field-checkbox">
        {(control) => <input {...control} type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? 'Saving…' : 'Save account'}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RegionsSection() {
  const { data, error } = useQuery(REGIONS);
  const [createRegion, { loading }] = useMutation(CREATE_REGION, { refetchQueries: [REGIONS] });
  const submission = useSubmissionKey();
  const [name, setName] = useState('');
  const [formError, setFormError] = useState<unknown>(null);
  const [created, setCreated] = useState('');
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(formError);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    setCreated('');
    const input = { name: name.trim() };
    try {
      const { data: d } = await createRegion({ variables: { input, idempotencyKey: submission.keyFor(input) } });
      submission.settled();
      setName('');
      if (d) setCreated(`Added the region ${d.createRegion.name}.`);
    } catch (err) {
      submission.settled(err);
      setFormError(err);
      focusInvalid();
    }
  }

  return (
    <section className="card" aria-labelledby="regions-h">
      <h2 id="regions-h">Regions</h2>
      {error && <Alert>{errorMessage(error)}</Alert>}
      {data && (
        <ul className="rows">
          {data.regions.map((r) => (
            <li key={r.id} className="row">
              {r.name}
            </li>
          ))}
        </ul>
      )}
      <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label="Add a region">
        {formError !== null && !fields.name && <Alert>{saveErrorMessage(formError)}</Alert>}
        {created && <Alert kind="success">{created}</Alert>}
        <TextField id="region-name" label="New region name" required autoComplete="off" value={name} onChange={setName} error={fields.name} />
        <button type="submit" className="button-secondary" disabled={loading}>
          {loading ? 'Adding…' : 'Add region'}
        </button>
      </form>
    </section>
  );
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function every(hours: number): string {
  if (hours === 24) return 'Every day';
  if (hours >= 1) return `Every ${plural(hours, 'hour')}`;
  if (hours * 60 >= 1) return `Every ${plural(Math.round(hours * 60), 'minute')}`;
  return `Every ${plural(Math.round(hours * 3600), 'second')}`;
}

/** The last good backup and the last failure, which stays shown until a backup succeeds again. */
function BackupsSection() {
  // Polled: a backup finishing or failing while the page is open shows without a reload.
  const { data, error } = useQuery(BACKUP_STATUS, { fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  const s = data?.backupStatus;
  return (
    <section className="card" aria-labelledby="backups-h">
      <h2 id="backups-h">Backups</h2>
      {error && !data && <Alert>{errorMessage(error)}</Alert>}
      {!s && !error && <Loading />}
      {s && (
        <>
          {s.lastFailure && (
            <Alert>
              The last backup failed ({formatDateTime(s.lastFailure.at)}): {s.lastFailure.message}
            </Alert>
          )}
          {s.offReason && <Alert kind="info">{s.offReason}</Alert>}
          {s.lastGood ? (
            <dl className="details">
              <dt>Last good backup</dt>
              <dd>
                {formatDateTime(s.lastGood.takenAt)}: {plural(s.lastGood.records, 'record')}, {megabytes(s.lastGood.bytes)}, checked by opening it
              </dd>
              <dt>File</dt>
              <dd>
                <code>{s.lastGood.file}</code>
              </dd>
              <dt>To restore it</dt>
              <dd>
                Stop the app, then run <code>npm run restore -- {s.lastGood.file}</code>
              </dd>
            </dl>
          ) : (
            <p>No good backup yet.</p>
          )}
          {s.scheduled && (
            <p>
              {every(s.scheduleHours)}; the newest of each of the last {plural(s.keepDaily, 'day')} and of the last {plural(s.keepWeekly, 'week')} is kept
              ({plural(s.kept.length, 'backup')} now).{s.nextAt && <> Next: {formatDateTime(s.nextAt)}.</>}
            </p>
          )}
        </>
      )}
    </section>
  );
}

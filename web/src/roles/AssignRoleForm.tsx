import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { todayIso, type RoleKind } from '../campaigns/options';
import { SelectField, TextField } from '../components/Field';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { fieldErrors } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { PEOPLE_SEARCH } from '../people/queries';
import type { OrganizationRef } from '../types';
import { ASSIGN_ROLE } from './queries';
import { ErrorAlert } from '../components/RecordForm';
import { t } from '../i18n/intl';

const FORM_FIELDS = ['personId', 'role', 'forOrganizationId', 'startDate'];

/**
 * Assigns a person a role on a campaign or a team. For a campaign's connector, the partner organization they
 * connect with.
 */
export function AssignRoleForm({
  target,
  targetName,
  roleOptions,
  partners = [],
  initialRole,
  initialPartnerId = '',
  onDone,
}: {
  target: { campaignId: string } | { teamId: string } | { organizationId: string };
  targetName: string;
  roleOptions: ReadonlyArray<{ value: RoleKind; label: string }>;
  partners?: OrganizationRef[];
  initialRole?: RoleKind;
  initialPartnerId?: string;
  onDone: (saved: boolean) => void;
}) {
  // On a campaign or a team the answer carries its role board or roles, which the cache writes into the page. An
  // affiliate group is not in the answer: what follows from the role there (the point of contact) is read again.
  const [assignRole, { loading }] = useMutation(
    ASSIGN_ROLE,
    'organizationId' in target ? { refetchQueries: ['AffiliateGroup'], awaitRefetchQueries: true } : {},
  );
  const [person, setPerson] = useState<Pickable | null>(null);
  const [role, setRole] = useState<RoleKind | ''>(initialRole ?? '');
  const [partnerId, setPartnerId] = useState(initialPartnerId);
  const [startDate, setStartDate] = useState(todayIso());
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = { ...fieldErrors(error), ...local };
  const isConnector = role === 'CONNECTOR' && 'campaignId' in target;

  // The form opens from a gap or a role further down the page: take the reader to it.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('#role-person')?.focus();
  }, [formRef]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const missing: Record<string, string> = {};
    if (!person) missing.personId = t('roles.choosePerson');
    if (!role) missing.role = t('roles.chooseRole');
    setLocal(missing);
    if (!person || !role) {
      focusInvalid();
      return;
    }
    try {
      await assignRole({
        variables: {
          input: {
            ...target,
            personId: person.id,
            role,
            forOrganizationId: isConnector && partnerId ? partnerId : null,
            startDate: startDate || null,
          },
        },
      });
      onDone(true);
    } catch (err) {
      setError(err);
      focusInvalid();
    }
  }

  return (
    <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label={t('roles.assignARoleOn', { targetName })}>
      <ErrorAlert error={error} placed={FORM_FIELDS} />
      <RecordPicker
        id="role-person"
        label={t('events.person')}
        query={PEOPLE_SEARCH}
        nodesOf={(d) => d.people.nodes}
        value={person}
        onChange={setPerson}
        error={fields.personId}
      />
      <div className="form-row">
        <SelectField
          id="role-kind"
          label={t('admin.role')}
          value={role}
          onChange={setRole}
          options={roleOptions}
          placeholder={t('admin.chooseARole2')}
          error={fields.role}
        />
        <TextField
          id="role-start"
          label={t('roles.starts')}
          type="date"
          value={startDate}
          onChange={setStartDate}
          error={fields.startDate}
        />
      </div>
      {isConnector && (
        <SelectField
          id="role-partner"
          label={t('roles.forPartnerOrganization')}
          hint={
            partners.length
              ? t('roles.thePartnerThisConnectorDoes')
              : t('roles.addPartnerOrganizationsToThe')
          }
          value={partnerId}
          onChange={setPartnerId}
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
          placeholder={t('roles.notForOnePartner')}
          error={fields.forOrganizationId}
        />
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('people.assigning') : t('roles.assignRole')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { SelectField, TextField } from '../components/Field';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { AFFILIATION_KINDS, formatDate, labelOf } from '../lib/format';
import type { AffiliationKind } from '../types';
import {
  ADD_AFFILIATION,
  ORGANIZATIONS_SEARCH,
  REMOVE_AFFILIATION,
  type PersonAffiliation,
  type PersonDetail,
} from './queries';
import { t } from '../i18n/intl';

export function AffiliationsSection({ person, onChanged }: { person: PersonDetail; onChanged: () => void }) {
  const [adding, setAdding] = useState(false);
  return (
    <section className="card" aria-labelledby="affiliations-h">
      <div className="card-head">
        <h2 id="affiliations-h">{t('nav.organizations')}</h2>
        {person.canEdit && !adding && (
          <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
            {t('people.addAnAffiliation')}
          </button>
        )}
      </div>
      {adding && (
        <AffiliationForm
          person={person}
          onDone={(saved) => {
            setAdding(false);
            if (saved) onChanged();
          }}
        />
      )}
      {person.affiliations.length === 0 ? (
        <p className="muted">{t('people.noOrganizationsRecordedInYour')}</p>
      ) : (
        <ul className="rows">
          {person.affiliations.map((a) => (
            <AffiliationRow key={`${a.organization.id}-${a.kind}`} person={person} affiliation={a} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AffiliationRow({
  person,
  affiliation: a,
  onChanged,
}: {
  person: PersonDetail;
  affiliation: PersonAffiliation;
  onChanged: () => void;
}) {
  const [removeAffiliation, { loading }] = useMutation(REMOVE_AFFILIATION);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const kind = labelOf(AFFILIATION_KINDS, a.kind);
  async function remove() {
    setError(null);
    try {
      await removeAffiliation({ variables: { personId: person.id, organizationId: a.organization.id, kind: a.kind } });
    } catch (err) {
      setError(err);
    }
  }
  return (
    <li className="row">
      <div className="row-main">
        <span>
          <span className="muted">{kind}</span> <Link to={`/organizations/${a.organization.id}`}>{a.organization.name}</Link>
        </span>
        <span className="muted small">
          {[a.title, a.since && t('common.sinceDate', { date: formatDate(a.since) }), a.until && t('common.endedDate', { date: formatDate(a.until) })].filter(Boolean).join(' · ')}
        </span>
      </div>
      {person.canEdit && !editing && (
        <button type="button" className="button-quiet" onClick={() => setEditing(true)} aria-label={t('people.edit', { kind: kind.toLowerCase(), name: a.organization.name })}>
          {t('admin.edit')}
        </button>
      )}
      {person.canEdit && (
        <ConfirmButton
          label={t('campaigns.remove')}
          className="button-quiet"
          question={
            <>
              {t('people.remove', { name: person.name, kind: kind.toLowerCase(), name2: a.organization.name })}
            </>
          }
          confirmLabel={t('people.removeAffiliation')}
          busy={loading}
          onConfirm={remove}
        />
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      {editing && (
        <AffiliationForm
          person={person}
          existing={a}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onChanged();
          }}
        />
      )}
    </li>
  );
}

/**
 * Adds an affiliation, or (existing) edits one: its title and dates, including the day it ended (network maps
 * show the graph as of a date). The organization and the relationship are what identify an affiliation, so an
 * edit keeps them.
 */
function AffiliationForm({ person, existing, onDone }: { person: PersonDetail; existing?: PersonAffiliation; onDone: (saved: boolean) => void }) {
  const [addAffiliation, { loading }] = useMutation(ADD_AFFILIATION);
  const [organization, setOrganization] = useState<Pickable | null>(null);
  const [kind, setKind] = useState<AffiliationKind>(existing?.kind ?? 'MEMBER_OF');
  const [title, setTitle] = useState(existing?.title ?? '');
  const [since, setSince] = useState(existing?.since ?? '');
  const [until, setUntil] = useState(existing?.until ?? '');
  const [error, setError] = useState<unknown>(null);
  const [pickError, setPickError] = useState('');
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);
  const idPrefix = existing ? `affiliation-${existing.organization.id}-${existing.kind}` : 'affiliation';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPickError('');
    const organizationId = existing?.organization.id ?? organization?.id;
    if (!organizationId) {
      setPickError(t('people.chooseTheOrganization'));
      focusInvalid();
      return;
    }
    try {
      await addAffiliation({
        variables: {
          input: {
            personId: person.id,
            organizationId,
            kind,
            title: title.trim() || null,
            since: since || null,
            until: until || null,
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
    <form
      ref={formRef}
      className="inline-form"
      onSubmit={submit}
      noValidate
      aria-label={existing ? t('people.edit', { kind: labelOf(AFFILIATION_KINDS, existing.kind).toLowerCase(), name: existing.organization.name }) : t('people.addAnAffiliationFor', { name: person.name })}
    >
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      {!existing && (
        <RecordPicker
          id="affiliation-organization"
          label={t('campaigns.organization')}
          query={ORGANIZATIONS_SEARCH}
          nodesOf={(d) => d.organizations.nodes}
          value={organization}
          onChange={setOrganization}
          error={pickError || fields.organizationId}
        />
      )}
      <div className="form-row">
        {!existing && (
          <SelectField
            id="affiliation-kind"
            label={t('people.relationship')}
            value={kind}
            onChange={setKind}
            options={AFFILIATION_KINDS}
            error={fields.kind}
          />
        )}
        <TextField id={`${idPrefix}-since`} label={t('leadership.since2')} type="date" value={since} onChange={setSince} error={fields.since} />
        <TextField id={`${idPrefix}-until`} label={t('people.ended')} hint={t('people.onlyIfItHasEnded')} type="date" value={until} onChange={setUntil} error={fields.until} />
      </div>
      <TextField
        id={`${idPrefix}-title`}
        label={t('components.title')}
        hint={t('people.forExampleOrganizerBoardChair')}
        value={title}
        onChange={setTitle}
        error={fields.title}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('admin.saving') : existing ? t('leadership.save') : t('people.saveAffiliation')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

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

export function AffiliationsSection({ person, onChanged }: { person: PersonDetail; onChanged: () => void }) {
  const [adding, setAdding] = useState(false);
  return (
    <section className="card" aria-labelledby="affiliations-h">
      <div className="card-head">
        <h2 id="affiliations-h">Organizations</h2>
        {person.canEdit && !adding && (
          <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
            Add an affiliation
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
        <p className="muted">No organizations recorded in your regions.</p>
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
      onChanged();
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
          {[a.title, a.since && `since ${formatDate(a.since)}`, a.until && `ended ${formatDate(a.until)}`].filter(Boolean).join(' · ')}
        </span>
      </div>
      {person.canEdit && !editing && (
        <button type="button" className="button-quiet" onClick={() => setEditing(true)} aria-label={`Edit ${kind.toLowerCase()} ${a.organization.name}`}>
          Edit
        </button>
      )}
      {person.canEdit && (
        <ConfirmButton
          label="Remove"
          className="button-quiet"
          question={
            <>
              Remove “{person.name} {kind.toLowerCase()} {a.organization.name}”?
            </>
          }
          confirmLabel="Remove affiliation"
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
      setPickError('Choose the organization.');
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
      aria-label={existing ? `Edit ${labelOf(AFFILIATION_KINDS, existing.kind).toLowerCase()} ${existing.organization.name}` : `Add an affiliation for ${person.name}`}
    >
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      {!existing && (
        <RecordPicker
          id="affiliation-organization"
          label="Organization"
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
            label="Relationship"
            value={kind}
            onChange={setKind}
            options={AFFILIATION_KINDS}
            error={fields.kind}
          />
        )}
        <TextField id={`${idPrefix}-since`} label="Since" type="date" value={since} onChange={setSince} error={fields.since} />
        <TextField id={`${idPrefix}-until`} label="Ended" hint="Only if it has ended." type="date" value={until} onChange={setUntil} error={fields.until} />
      </div>
      <TextField
        id={`${idPrefix}-title`}
        label="Title"
        hint="For example: Organizer, Board chair."
        value={title}
        onChange={setTitle}
        error={fields.title}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? 'Saving…' : existing ? 'Save' : 'Save affiliation'}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

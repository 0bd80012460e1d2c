import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { SelectField, TextField } from '../components/Field';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { formatDate, formatStrength } from '../lib/format';
import { PEOPLE_SEARCH, REMOVE_TIE, SET_TIE, type PersonDetail, type Tie } from './queries';
import { t } from '../i18n/intl';

export const STRENGTHS = [
  { value: '1', label: '1 · acquaintance' },
  { value: '2', label: '2 · know each other' },
  { value: '3', label: '3 · work together' },
  { value: '4', label: '4 · trust each other' },
  { value: '5', label: '5 · close' },
] as const;

export function StrengthMeter({ strength }: { strength: number }) {
  return (
    <span className="strength" role="img" aria-label={t('people.strengthOf5', { strength: formatStrength(strength) })} title={t('people.strengthOf5', { strength: formatStrength(strength) })}>
      {[1, 2, 3, 4, 5].map((i) => (
        <span key={i} className={i <= Math.round(strength) ? 'dot on' : 'dot'} />
      ))}
    </span>
  );
}

export function TiesSection({ person, onChanged }: { person: PersonDetail; onChanged: () => void }) {
  const [adding, setAdding] = useState(false);
  return (
    <section className="card" aria-labelledby="ties-h">
      <div className="card-head">
        <h2 id="ties-h">{t('people.knows')}</h2>
        {person.canEdit && !adding && (
          <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
            {t('people.addATie')}
          </button>
        )}
      </div>
      {adding && (
        <TieForm
          person={person}
          onDone={(saved) => {
            setAdding(false);
            if (saved) onChanged();
          }}
        />
      )}
      {person.ties.length === 0 ? (
        <p className="muted">{t('people.noTiesRecordedInYour')}</p>
      ) : (
        <ul className="rows">
          {person.ties.map((t) => (
            <TieRow key={t.person.id} person={person} tie={t} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TieRow({ person, tie, onChanged }: { person: PersonDetail; tie: Tie; onChanged: () => void }) {
  const [removeTie, { loading }] = useMutation(REMOVE_TIE);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  async function remove() {
    setError(null);
    try {
      await removeTie({ variables: { personId: person.id, otherPersonId: tie.person.id } });
    } catch (err) {
      setError(err);
    }
  }
  if (editing) {
    return (
      <li className="row">
        <TieForm
          person={person}
          existing={tie}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onChanged();
          }}
        />
      </li>
    );
  }
  return (
    <li className="row">
      <div className="row-main">
        <Link to={`/people/${tie.person.id}`}>{tie.person.name}</Link>
        <StrengthMeter strength={tie.strength} />
        <span className="muted small">
          {[
            tie.context,
            tie.since && t('common.sinceDate', { date: formatDate(tie.since) }),
            tie.until && t('common.endedDate', { date: formatDate(tie.until) }),
            tie.lastContact && t('common.lastMetDate', { date: formatDate(tie.lastContact) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      {person.canEdit && (
        <button
          type="button"
          className="button-quiet"
          aria-label={t('people.changeTheTieWith', { name: tie.person.name })}
          onClick={() => setEditing(true)}
        >
          {t('components.change')}
        </button>
      )}
      {person.canEdit && (
        <ConfirmButton
          label={t('campaigns.remove')}
          className="button-quiet"
          question={
            <>
              {t('people.removeTheTieBetweenAnd', { name: person.name, name2: tie.person.name })}
            </>
          }
          confirmLabel={t('people.removeTie')}
          busy={loading}
          onConfirm={remove}
        />
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </li>
  );
}

/** Adds a tie, or changes an existing one (setTie creates or updates "knows"). */
function TieForm({
  person,
  existing,
  onDone,
}: {
  person: PersonDetail;
  existing?: Tie;
  onDone: (saved: boolean) => void;
}) {
  const [setTie, { loading }] = useMutation(SET_TIE);
  const [other, setOther] = useState<Pickable | null>(null);
  const [strength, setStrength] = useState(String(existing?.strength ?? 3));
  const [context, setContext] = useState(existing?.context ?? '');
  const [since, setSince] = useState(existing?.since ?? '');
  const [until, setUntil] = useState(existing?.until ?? '');
  const [error, setError] = useState<unknown>(null);
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);
  const [pickError, setPickError] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPickError('');
    const otherPersonId = existing?.person.id ?? other?.id;
    if (!otherPersonId) {
      setPickError(t('people.chooseThePersonTheyKnow'));
      focusInvalid();
      return;
    }
    try {
      await setTie({
        variables: {
          input: {
            personId: person.id,
            otherPersonId,
            strength: Number(strength),
            context: context.trim() || null,
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
      aria-label={existing ? t('people.changeTheTieWith', { name: existing.person.name }) : t('people.addATieFor', { name: person.name })}
    >
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      {existing ? (
        <p className="form-title">
          {t('people.knows2', { name: person.name })}{' '}<strong>{existing.person.name}</strong>
        </p>
      ) : (
        <RecordPicker
          id="tie-person"
          label={t('people.personTheyKnow')}
          query={PEOPLE_SEARCH}
          nodesOf={(d) => d.people.nodes}
          value={other}
          onChange={setOther}
          excludeId={person.id}
          error={pickError || fields.otherPersonId}
        />
      )}
      <div className="form-row">
        <SelectField
          id={existing ? `tie-strength-${existing.person.id}` : 'tie-strength'}
          label={t('people.strength')}
          value={strength}
          onChange={setStrength}
          options={STRENGTHS}
          error={fields.strength}
        />
        <TextField id={existing ? `tie-since-${existing.person.id}` : 'tie-since'} label={t('leadership.since2')} type="date" value={since} onChange={setSince} error={fields.since} />
        <TextField id={existing ? `tie-until-${existing.person.id}` : 'tie-until'} label={t('people.ended')} hint={t('people.onlyIfTheTieHas')} type="date" value={until} onChange={setUntil} error={fields.until} />
      </div>
      <TextField
        id={existing ? `tie-context-${existing.person.id}` : 'tie-context'}
        label={t('people.howTheyKnowEachOther')}
        hint={t('people.forExampleNeighborsHouseMeeting')}
        value={context}
        onChange={setContext}
        error={fields.context}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('admin.saving') : t('people.saveTie')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

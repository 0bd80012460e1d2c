import type { Reference, StoreObject } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { Alert, Loading } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { FieldError, SelectField, TextAreaField, TextField, describedBy } from '../components/Field';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { localToday } from '../interactions/queries';
import { errorMessage, fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { formatDate } from '../lib/format';
import { PEOPLE_SEARCH } from '../people/queries';
import { graphql } from '../gql';
import type { CompetenciesQuery, CompetencyTheme, LeadershipStandingsFragment, PersonMentorsFragment } from '../gql/graphql';
import { ADD_MENTOR, ASSESS_LEADERSHIP, COMPETENCIES, levelName, REMOVE_MENTOR } from './queries';
import { t } from '../i18n/intl';
import './leadership.css';

/** What the leadership table shows: the level on each theme and every assessment. */
export const LEADERSHIP_STANDINGS = graphql(`
  fragment LeadershipStandings on Person {
    id
    leadership {
      theme
      label
      level
      levelName
      assessedOn
      assessedByName
    }
    assessments {
      ...AssessmentFields
    }
  }
`);

/** What the mentors card shows; addMentor and removeMentor return the mentee with it. */
export const PERSON_MENTORS = graphql(`
  fragment PersonMentors on Person {
    id
    mentors {
      since
      person {
        id
        name
      }
    }
    mentees {
      since
      person {
        id
        name
      }
    }
  }
`);

export const PERSON_LEADERSHIP = graphql(`
  query PersonLeadership($id: ID!) {
    person(id: $id) {
      ...LeadershipStandings
      ...PersonMentors
    }
  }
`);

type MentorLink = PersonMentorsFragment['mentors'][number];
type CompetencyDefinition = CompetenciesQuery['competencies'][number];

/**
 * Leadership development (seed 004) on a person's page: the current level on each of the six competency themes,
 * assessing a level, who assessed what and when, and mentors and mentees.
 */
export function LeadershipSection({ personId, personName }: { personId: string; personName: string }) {
  const { data, loading, error } = useQuery(PERSON_LEADERSHIP, { variables: { id: personId }, fetchPolicy: 'cache-and-network' });
  const person = data?.person;
  return (
    <>
      <section className="card card-wide" aria-labelledby="leadership-h">
        {!person && <h2 id="leadership-h">{t('leadership.leadership')}</h2>}
        {error && !person && <p className="load-error">{t('leadership.couldNotLoadLeadership', { error: errorMessage(error) })}</p>}
        {!person && loading && <Loading />}
        {person && <LeadershipTable person={person} personName={personName} />}
      </section>
      {person && <MentorsCard person={person} personName={personName} />}
    </>
  );
}

export function LevelMeter({ level }: { level: number | null }) {
  return (
    <span className="level-meter" aria-hidden="true">
      {[1, 2, 3].map((i) => (
        <span key={i} className={level != null && i <= level ? 'dot on' : 'dot'} />
      ))}
    </span>
  );
}

function LeadershipTable({ person, personName }: { person: LeadershipStandingsFragment; personName: string }) {
  const me = useMe();
  const [assessing, setAssessing] = useState<CompetencyTheme | null>(null);
  const labels = new Map(person.leadership.map((s) => [s.theme, s.label]));
  return (
    <>
      <div className="card-head">
        <h2 id="leadership-h">{t('leadership.leadership')}</h2>
        {canManage(me) && !assessing && (
          <button type="button" className="button-secondary" onClick={() => setAssessing(person.leadership[0]?.theme ?? 'ORGANIZING_PRACTICE')}>
            {t('leadership.assess')}
          </button>
        )}
      </div>
      {assessing && (
        <AssessForm
          personId={person.id}
          personName={personName}
          initialTheme={assessing}
          onDone={() => setAssessing(null)}
        />
      )}
      <table className="list-table leadership-table" data-testid="leadership">
        <caption className="visually-hidden">{t('leadership.currentLevelOfOnEach', { personName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('leadership.competency')}</th>
            <th scope="col">{t('leadership.level')}</th>
            <th scope="col">{t('leadership.assessed')}</th>
          </tr>
        </thead>
        <tbody>
          {person.leadership.map((s) => (
            <tr key={s.theme}>
              <th scope="row" className="cell-title">
                {s.label}
              </th>
              <td data-label={t('leadership.level')}>
                {s.level != null ? (
                  <span className="level">
                    <LevelMeter level={s.level} />
                    {t('leadership.level2', { level: s.level, levelName: s.levelName })}
                  </span>
                ) : (
                  <span className="muted">{t('leadership.notAssessed')}</span>
                )}
              </td>
              <td data-label={t('leadership.assessed')}>
                {s.assessedOn ? (
                  <span className="small">
                    {formatDate(s.assessedOn)}
                    {s.assessedByName && t('leadership.by', { assessedByName: s.assessedByName })}
                  </span>
                ) : (
                  <span className="muted">{t('common.symbol')}</span>
                )}
                {canManage(me) && (
                  <button
                    type="button"
                    className="button-quiet assess-theme"
                    aria-label={t('leadership.assess2', { label: s.label })}
                    onClick={() => setAssessing(s.theme)}
                  >
                    {t('leadership.assess')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="assessment-history">
        <summary>{t('leadership.assessmentHistory', { length: person.assessments.length })}</summary>
        {person.assessments.length === 0 ? (
          <p className="muted">{t('leadership.noAssessmentsYet')}</p>
        ) : (
          <ol className="history" data-testid="assessments">
            {person.assessments.map((a) => (
              <li key={a.id}>
                <p className="history-summary">
                  {t('leadership.level3', { theme: labels.get(a.theme) ?? a.theme, level: a.level, levelName: a.levelName })}
                </p>
                <p className="muted small">
                  {a.assessedByName ?? t('components.aFormerAccount')}{' '}{t('common.symbol8')}{' '}<time dateTime={a.assessedOn}>{formatDate(a.assessedOn)}</time>
                </p>
                {a.notes && <p className="notes small">{a.notes}</p>}
              </li>
            ))}
          </ol>
        )}
      </details>
    </>
  );
}

function AssessForm({
  personId,
  personName,
  initialTheme,
  onDone,
}: {
  personId: string;
  personName: string;
  initialTheme: CompetencyTheme;
  onDone: (saved: boolean) => void;
}) {
  const competencies = useQuery(COMPETENCIES).data?.competencies ?? [];
  // The answer carries the person's standings (the level on each theme is the server's reading of every
  // assessment), which the cache writes into the card.
  const [assess, { loading }] = useMutation(ASSESS_LEADERSHIP);
  const [theme, setTheme] = useState<CompetencyTheme>(initialTheme);
  const [level, setLevel] = useState<number | null>(null);
  const [assessedOn, setAssessedOn] = useState(localToday);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [levelMissing, setLevelMissing] = useState('');
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);
  const definition: CompetencyDefinition | undefined = competencies.find((c) => c.theme === theme);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setLevelMissing('');
    if (level == null) {
      setLevelMissing(t('leadership.chooseLevel12Or'));
      focusInvalid();
      return;
    }
    try {
      await assess({ variables: { input: { personId, theme, level, assessedOn: assessedOn || null, notes: notes.trim() || null } } });
      onDone(true);
    } catch (err) {
      setError(err);
      focusInvalid();
    }
  }

  const levelError = levelMissing || fields.level;
  return (
    <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label={t('leadership.assess3', { personName })}>
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      <SelectField
        id="assess-theme"
        label={t('leadership.competency')}
        value={theme}
        onChange={setTheme}
        options={
          competencies.length
            ? competencies.map((c) => ({ value: c.theme, label: c.label }))
            : [{ value: theme, label: theme }]
        }
        hint={definition?.summary}
        error={fields.theme}
      />
      <fieldset className={`field level-choice${levelError ? ' field-invalid' : ''}`} aria-describedby={describedBy('assess-level', levelError)}>
        <legend>{t('leadership.level')}</legend>
        {[1, 2, 3].map((n) => {
          const def = definition?.levels.find((l) => l.level === n);
          return (
            <label key={n} className={`level-option${level === n ? ' on' : ''}`}>
              <input
                type="radio"
                name="assess-level"
                value={n}
                checked={level === n}
                aria-invalid={levelError ? true : undefined}
                onChange={() => {
                  setLevel(n);
                  setLevelMissing('');
                }}
              />
              <span>
                <strong>
                  {t('common.symbol39', { n, name: def?.name ?? levelName(n) })}
                </strong>
                {def && <span className="muted small level-description">{def.description}</span>}
              </span>
            </label>
          );
        })}
        <FieldError id="assess-level" error={levelError} />
      </fieldset>
      <TextField id="assess-date" label={t('events.date')} type="date" max={localToday()} value={assessedOn} onChange={setAssessedOn} error={fields.assessedOn} />
      <TextAreaField id="assess-notes" label={t('interactions.notesOptional')} rows={2} value={notes} onChange={setNotes} error={fields.notes} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('admin.saving') : t('leadership.saveAssessment')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

function MentorsCard({ person, personName }: { person: PersonMentorsFragment; personName: string }) {
  const me = useMe();
  const [adding, setAdding] = useState(false);
  const manage = canManage(me);
  return (
    <section className="card" aria-labelledby="mentors-h">
      <div className="card-head">
        <h2 id="mentors-h">{t('leadership.mentorsAndMentees')}</h2>
        {manage && !adding && (
          <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
            {t('leadership.add')}
          </button>
        )}
      </div>
      {adding && (
        <AddMentorForm
          person={person}
          personName={personName}
          onDone={() => setAdding(false)}
        />
      )}
      <h3 className="subhead">{t('leadership.mentoredBy')}</h3>
      <MentorList
        links={person.mentors}
        empty={t('leadership.noMentorRecorded')}
        manage={manage}
        pair={(other) => ({ mentorId: other.id, menteeId: person.id, words: t('leadership.mentorsPerson', { mentor: other.name, mentee: personName }) })}
      />
      <h3 className="subhead">{t('leadership.mentors')}</h3>
      <MentorList
        links={person.mentees}
        empty={t('leadership.notMentoringAnyoneYet')}
        manage={manage}
        pair={(other) => ({ mentorId: person.id, menteeId: other.id, words: t('leadership.mentorsPerson', { mentor: personName, mentee: other.name }) })}
      />
    </section>
  );
}

function MentorList({
  links,
  empty,
  manage,
  pair,
}: {
  links: MentorLink[];
  empty: string;
  manage: boolean;
  pair: (other: { id: string; name: string }) => { mentorId: string; menteeId: string; words: string };
}) {
  if (links.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="rows">
      {links.map((l) => (
        <MentorRow key={l.person.id} link={l} manage={manage} pair={pair(l.person)} />
      ))}
    </ul>
  );
}

function MentorRow({
  link,
  manage,
  pair,
}: {
  link: MentorLink;
  manage: boolean;
  pair: { mentorId: string; menteeId: string; words: string };
}) {
  const [remove, { loading }] = useMutation(REMOVE_MENTOR, {
    // The answer is the mentee after the change; the mentor's own list of mentees is dropped from here.
    update(cache) {
      cache.modify({
        id: cache.identify({ __typename: 'Person', id: pair.mentorId }),
        fields: {
          mentees: (links: readonly (Reference | StoreObject)[], { readField }) =>
            links.filter((l) => readField('id', readField<Reference>('person', l)) !== pair.menteeId),
        },
      });
    },
  });
  const [error, setError] = useState<unknown>(null);
  async function doRemove() {
    setError(null);
    try {
      await remove({ variables: { mentorId: pair.mentorId, menteeId: pair.menteeId } });
    } catch (err) {
      setError(err);
    }
  }
  return (
    <li className="row">
      <div className="row-main">
        <Link to={`/people/${link.person.id}`}>{link.person.name}</Link>
        {link.since && <span className="muted small">{t('leadership.since', { since: formatDate(link.since) })}</span>}
      </div>
      {manage && (
        <ConfirmButton
          label={t('campaigns.remove')}
          className="button-quiet"
          question={<>{t('leadership.remove', { words: pair.words })}</>}
          confirmLabel={t('leadership.removeMentorship')}
          busy={loading}
          onConfirm={doRemove}
        />
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </li>
  );
}

function AddMentorForm({ person, personName, onDone }: { person: PersonMentorsFragment; personName: string; onDone: (saved: boolean) => void }) {
  const [addMentor, { loading }] = useMutation(ADD_MENTOR);
  const [direction, setDirection] = useState<'MENTOR' | 'MENTEE'>('MENTOR');
  const [other, setOther] = useState<Pickable | null>(null);
  const [since, setSince] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pickError, setPickError] = useState('');
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPickError('');
    if (!other) {
      setPickError(t('leadership.chooseThePerson'));
      focusInvalid();
      return;
    }
    const input =
      direction === 'MENTOR'
        ? { mentorId: other.id, menteeId: person.id, since: since || null }
        : { mentorId: person.id, menteeId: other.id, since: since || null };
    try {
      await addMentor({ variables: { input } });
      onDone(true);
    } catch (err) {
      setError(err);
      focusInvalid();
    }
  }

  const otherField = direction === 'MENTOR' ? 'mentorId' : 'menteeId';
  return (
    <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label={t('leadership.addAMentorOrMentee', { personName })}>
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      <SelectField
        id="mentor-direction"
        label={t('leadership.add')}
        value={direction}
        onChange={setDirection}
        options={[
          { value: 'MENTOR', label: t('leadership.aMentorOf', { personName }) },
          { value: 'MENTEE', label: t('leadership.someoneMentors', { personName }) },
        ]}
      />
      <RecordPicker
        id="mentor-person"
        label={direction === 'MENTOR' ? t('leadership.mentor') : t('leadership.mentee')}
        query={PEOPLE_SEARCH}
        nodesOf={(d) => d.people.nodes}
        value={other}
        onChange={setOther}
        excludeId={person.id}
        error={pickError || fields[otherField] || fields.mentorId || fields.menteeId}
      />
      <TextField id="mentor-since" label={t('leadership.since2')} type="date" value={since} onChange={setSince} error={fields.since} hint={t('leadership.todayIfLeftEmpty')} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('admin.saving') : t('leadership.save')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

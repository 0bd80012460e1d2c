import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { Alert, Loading } from '../components/Alert';
import { HistoryList } from '../components/HistoryList';
import { QueryError } from '../components/QueryError';
import { SelectField, TextField } from '../components/Field';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { formatDate } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import {
  ADD_CANDIDATE,
  AFFILIATE_GROUPS_SEARCH,
  MOVE_ASK_TO_ENDORSED,
  RECORD_CANDIDATE_ENDORSEMENT,
  type CandidateRef,
} from './raceQueries';
import { areaText } from './RacesPage';
import { useSubmissionKey } from '../lib/submission';
import { t as tr } from '../i18n/intl';
import './races.css';
import { graphql } from '../gql';
import type { RaceQuery } from '../gql/graphql';

/** What the race page shows: a race card's fields and more. */
export const RACE = graphql(`
  query Race($id: ID!) {
    race(id: $id) {
      ...RaceCardFields
      version
      candidates {
        id
        asks {
          id
          status
          version
          organization {
            id
            name
          }
        }
      }
      history(limit: 20) {
        ...ChangeFields
      }
    }
  }
`);

type RaceDetail = NonNullable<RaceQuery['race']>;

/** A new candidate or endorsement changes the tallies, the majority and the history, which the server works out. */
const RACE_CHANGED = { refetchQueries: [RACE], awaitRefetchQueries: true };

function candidateName(c: CandidateRef): string {
  return c.party ? `${c.name} (${c.party})` : c.name;
}

/** One race: candidates, how many of the area's affiliate groups endorsed each, the majority, counter-endorsements. */
export function RacePage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(RACE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const race = data?.race;
  useTitle(race?.name ?? tr('races.race'));
  if (!race && loading) return <Loading />;
  if (!race) return <QueryError error={error} backTo="/races" backLabel={tr('races.backToRaces')} />;
  return <RaceView race={race} />;
}

function RaceView({ race }: { race: RaceDetail }) {
  const me = useMe();
  const e = race.endorsements;
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/races">{tr('nav.races')}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{race.name}</h1>
          <p className="record-sub">
            {race.electionDate && <span className="badge">{tr('races.election', { electionDate: formatDate(race.electionDate) })}</span>}
            <span className="muted">
              {tr('common.symbol52', { race: areaText(race), name: race.region.name })}
            </span>
          </p>
        </div>
      </div>

      {e.majority ? (
        <div className="majority" data-testid="majority" role="status">
          <p className="majority-label">{tr('races.majorityOfTheAreaS')}</p>
          <p className="majority-name">{candidateName(e.majority)}</p>
          <p className="small">
            {tr('races.ofInTheAreaEndorsed', { t: e.tallies.find((t) => t.candidate.id === e.majority!.id)?.groupCount ?? 0, groupsInArea: tr('count.group', { count: e.groupsInArea }) })}
          </p>
        </div>
      ) : (
        <p className="no-majority">
          {tr('races.noMajorityYetInThe', { groupsInArea: tr('count.affiliateGroup', { count: e.groupsInArea }) })}
        </p>
      )}

      {e.counterEndorsements.length > 0 && (
        <div className="alert alert-error counter-endorsements" role="alert" data-testid="counter-endorsements">
          <p>
            <strong>
              {tr('common.symbol53', { length: tr('count.counterEndorsement', { count: e.counterEndorsements.length }) })}
            </strong>{' '}{tr('races.groupsAreAskedNotTo')}
          </p>
          <ul>
            {e.counterEndorsements.map((c) => (
              <li key={`${c.organization.id}-${c.endorsed.id}`}>
                <Link to={`/organizations/${c.organization.id}`}>{c.organization.name}</Link>{' '}{tr('races.endorsedAgainst', { endorsed: candidateName(c.endorsed), against: candidateName(c.against) })}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="record-grid">
        <section className="card" aria-labelledby="tallies-h">
          <h2 id="tallies-h">{tr('races.endorsementsByCandidate')}</h2>
          {race.candidates.length === 0 ? (
            <p className="muted">{tr('races.noCandidatesYet')}</p>
          ) : (
            <ul className="tallies" data-testid="tallies">
              {e.tallies.map((t) => {
                const share = e.groupsInArea ? Math.round((t.groupCount / e.groupsInArea) * 100) : 0;
                const isMajority = e.majority?.id === t.candidate.id;
                return (
                  <li key={t.candidate.id} className={`tally${isMajority ? ' tally-majority' : ''}`}>
                    <div className="tally-head">
                      <strong>{candidateName(t.candidate)}</strong>
                      <span>
                        {tr('races.of', { groupCount: t.groupCount, groupsInArea: e.groupsInArea })}
                        {isMajority && (
                          <>
                            {' '}
                            <span className="badge">{tr('races.majority')}</span>
                          </>
                        )}
                      </span>
                    </div>
                    <div className="tally-bar" aria-hidden="true">
                      <span style={{ width: `${share}%` }} />
                    </div>
                    {t.groups.length > 0 && (
                      <p className="small">
                        {t.groups.map((g, i) => (
                          <span key={g.id}>
                            {i > 0 && tr('common.symbol26')}
                            <Link to={`/organizations/${g.id}`}>{g.name}</Link>
                          </span>
                        ))}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {canManage(me) && <AddCandidateForm raceId={race.id} />}
        </section>

        <section className="card" aria-labelledby="record-h">
          <h2 id="record-h">{tr('races.recordAGroupSEndorsement')}</h2>
          {race.candidates.length === 0 ? (
            <p className="muted">{tr('races.addTheCandidatesFirst')}</p>
          ) : (
            <RecordEndorsementForm race={race} />
          )}
        </section>

        <section className="card card-wide" aria-labelledby="race-history-h">
          <h2 id="race-history-h">{tr('campaigns.history')}</h2>
          <HistoryList history={race.history} />
        </section>
      </div>
    </div>
  );
}

function AddCandidateForm({ raceId }: { raceId: string }) {
  const [addCandidate, { loading }] = useMutation(ADD_CANDIDATE, RACE_CHANGED);
  const submission = useSubmissionKey();
  const [name, setName] = useState('');
  const [party, setParty] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const input = { raceId, name: name.trim(), party: party.trim() || null };
    try {
      await addCandidate({ variables: { input, idempotencyKey: submission.keyFor(input) } });
      submission.settled();
      setName('');
      setParty('');
    } catch (err) {
      submission.settled(err);
      setError(err);
      focusInvalid();
    }
  }

  return (
    <form ref={formRef} className="inline-form add-candidate" onSubmit={submit} noValidate aria-label={tr('races.addACandidate')}>
      {error !== null && !fields.name && !fields.party && <Alert>{saveErrorMessage(error)}</Alert>}
      <div className="form-row">
        <TextField id="candidate-name" label={tr('races.candidate')} required value={name} onChange={setName} error={fields.name} />
        <TextField id="candidate-party" label={tr('races.party')} value={party} onChange={setParty} error={fields.party} />
      </div>
      <div className="actions">
        <button type="submit" className="button-secondary" disabled={loading}>
          {loading ? tr('admin.adding') : tr('races.addCandidate')}
        </button>
      </div>
    </form>
  );
}

function RecordEndorsementForm({ race }: { race: RaceDetail }) {
  const [create, { loading: creating }] = useMutation(RECORD_CANDIDATE_ENDORSEMENT, RACE_CHANGED);
  const [move, { loading: moving }] = useMutation(MOVE_ASK_TO_ENDORSED, RACE_CHANGED);
  const [group, setGroup] = useState<Pickable | null>(null);
  const [candidateId, setCandidateId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<{ group?: string; candidate?: string }>({});
  const [saved, setSaved] = useState('');
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSaved('');
    const missing = { group: group ? undefined : tr('races.chooseTheGroup'), candidate: candidateId ? undefined : tr('races.chooseTheCandidate') };
    setProblems(missing);
    if (!group || !candidateId) {
      focusInvalid();
      return;
    }
    const candidate = race.candidates.find((c) => c.id === candidateId)!;
    const existing = candidate.asks.find((a) => a.organization.id === group.id);
    if (existing?.status === 'ENDORSED') {
      setProblems({ group: tr('races.alreadyEndorsed', { group: group.name, candidate: candidate.name }) });
      focusInvalid();
      return;
    }
    try {
      if (existing) {
        // They were asked already: the ask moves to endorsed.
        await move({ variables: { input: { id: existing.id, version: existing.version, status: 'ENDORSED' } } });
      } else {
        await create({ variables: { input: { organizationId: group.id, candidateId, status: 'ENDORSED' } } });
      }
      setSaved(tr('races.endorsedDone', { group: group.name, candidate: candidate.name }));
      setGroup(null);
      setCandidateId('');
    } catch (err) {
      setError(err);
      focusInvalid();
    }
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={tr('races.recordAGroupSEndorsement')}>
      {saved && <Alert kind="success">{saved}</Alert>}
      {error !== null && !fields.organizationId && !fields.candidateId && <Alert>{saveErrorMessage(error)}</Alert>}
      <RecordPicker
        id="endorsement-group"
        label={tr('orgType.affiliateGroup')}
        query={AFFILIATE_GROUPS_SEARCH}
        nodesOf={(d) => d.organizations.nodes}
        value={group}
        onChange={(g) => {
          setGroup(g);
          setProblems((p) => ({ ...p, group: undefined }));
        }}
        error={problems.group ?? fields.organizationId}
      />
      <SelectField
        id="endorsement-candidate"
        label={tr('races.candidateTheyEndorsed')}
        required
        value={candidateId}
        onChange={setCandidateId}
        options={race.candidates.map((c) => ({ value: c.id, label: candidateName(c) }))}
        placeholder={tr('races.chooseACandidate')}
        error={problems.candidate ?? fields.candidateId}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={creating || moving}>
          {creating || moving ? tr('admin.saving') : tr('races.recordEndorsement')}
        </button>
      </div>
    </form>
  );
}

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { Alert, Loading } from '../components/Alert';
import { SelectField, TextField } from '../components/Field';
import { errorMessage, fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { formatDate } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import type { Region } from '../types';
import { CREATE_RACE, RACES, type RaceRow } from './raceQueries';
import { useSubmissionKey } from '../lib/submission';
import { t } from '../i18n/intl';
import './races.css';

export function areaText(race: Pick<RaceRow, 'zip' | 'areaMiles' | 'region'>): string {
  return race.zip ? t('races.withinMilesOf', { miles: race.areaMiles ?? 15, zip: race.zip }) : t('races.allOfRegion', { region: race.region.name });
}

/** Election races of my regions, with where the affiliate groups' endorsements stand; leaders and staff add races. */
export function RacesPage() {
  useTitle(t('nav.races'));
  const me = useMe();
  const [adding, setAdding] = useState(false);
  const { data, loading, error } = useQuery(RACES, { variables: {}, fetchPolicy: 'cache-and-network' });
  const regions = useQuery(REGIONS, { skip: !canManage(me) }).data?.regions ?? [];
  const races = data?.races;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('nav.races')}</h1>
        {canManage(me) && !adding && (
          <button type="button" className="button-primary" onClick={() => setAdding(true)}>
            {t('races.addARace')}
          </button>
        )}
      </div>
      <p className="muted">
        {t('races.candidateEndorsementsByTheAffiliate')}
      </p>
      {adding && <NewRaceForm regions={regions} onCancel={() => setAdding(false)} />}
      {error && !races && <Alert>{errorMessage(error)}</Alert>}
      {!races && loading && <Loading />}
      {races && races.length === 0 && <p className="empty">{t('races.noRacesRecordedInYour')}</p>}
      {races && races.length > 0 && (
        <ul className="race-list" data-testid="races">
          {races.map((r) => (
            <li key={r.id} className="card race-card">
              <h2>
                <Link to={`/races/${r.id}`}>{r.name}</Link>
              </h2>
              <p className="muted small">
                {[r.electionDate && t('races.election', { electionDate: formatDate(r.electionDate) }), areaText(r), r.region.name].filter(Boolean).join(' · ')}
              </p>
              <p className="small">
                {r.candidates.map((c) => c.name).join(' vs. ') || <span className="muted">{t('races.noCandidatesYet2')}</span>}
              </p>
              <p className="small">
                {r.endorsements.majority ? (
                  <strong className="majority-inline">{t('races.majority2', { name: r.endorsements.majority.name })}</strong>
                ) : (
                  <span className="muted">{t('races.noMajorityYet')}</span>
                )}
                <span className="muted">{' '}{t('races.inTheArea', { groupsInArea: t('count.affiliateGroup', { count: r.endorsements.groupsInArea }) })}</span>
                {r.endorsements.counterEndorsements.length > 0 && (
                  <span className="counter-inline">
                    {' '}{t('common.symbol54', { length: t('count.counterEndorsement', { count: r.endorsements.counterEndorsements.length }) })}
                  </span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NewRaceForm({ regions, onCancel }: { regions: Region[]; onCancel: () => void }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [createRace, { loading }] = useMutation(CREATE_RACE);
  const submission = useSubmissionKey();
  const [name, setName] = useState('');
  const [regionId, setRegionId] = useState(regions.length === 1 ? regions[0].id : '');
  const [electionDate, setElectionDate] = useState('');
  const [zip, setZip] = useState('');
  const [areaMiles, setAreaMiles] = useState('15');
  const [error, setError] = useState<unknown>(null);
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);
  const region = regionId || (regions.length === 1 ? regions[0].id : '');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const input = {
      name: name.trim(),
      regionId: region,
      electionDate: electionDate || null,
      zip: zip.trim() || null,
      areaMiles: zip.trim() && areaMiles.trim() ? Number(areaMiles) : null,
    };
    try {
      const { data } = await createRace({ variables: { input, idempotencyKey: submission.keyFor(input) } });
      submission.settled();
      if (!data) return;
      client.cache.evict({ fieldName: 'races' });
      navigate(`/races/${data.createRace.id}`);
    } catch (err) {
      submission.settled(err);
      setError(err);
      focusInvalid();
    }
  }

  return (
    <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label={t('races.addARace')}>
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
      <TextField id="race-name" label={t('admin.name')} required hint={t('races.forExampleStateSenateDistrict')} value={name} onChange={setName} error={fields.name} />
      <div className="form-row">
        <SelectField
          id="race-region"
          label={t('campaigns.region')}
          required
          value={region}
          onChange={setRegionId}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          placeholder={regions.length === 1 ? undefined : t('campaigns.chooseARegion')}
          error={fields.regionId}
        />
        <TextField id="race-date" label={t('races.electionDate')} type="date" value={electionDate} onChange={setElectionDate} error={fields.electionDate} />
      </div>
      <div className="form-row">
        <TextField
          id="race-zip"
          label={t('races.centerZipCode')}
          hint={t('races.leaveEmptyToUseThe')}
          inputMode="numeric"
          maxLength={5}
          value={zip}
          onChange={setZip}
          error={fields.zip}
        />
        <TextField
          id="race-miles"
          label={t('races.radiusMiles')}
          type="number"
          inputMode="decimal"
          min={1}
          value={areaMiles}
          onChange={setAreaMiles}
          error={fields.areaMiles}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('admin.saving') : t('races.saveRace')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

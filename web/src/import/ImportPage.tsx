import { formatDateTime } from '../lib/format';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { canManage } from '../auth/session';
import { useMe } from '../auth/MeContext';
import { Alert } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { useTitle } from '../lib/useTitle';
import { ImportError, listJobs, pollJob, rollBack, upload, type Edited, type FieldProblem, type ImportJob, type ImportKind, type ImportPreview, type ImportStatus } from './importApi';
import { t } from '../i18n/intl';

const FIELD_LABEL: Record<string, string> = {
  get name() {
    return t('admin.name');
  }, get firstName() {
    return t('import.firstName');
  }, get lastName() {
    return t('import.lastName');
  }, get emails() {
    return t('dedupe.emails');
  }, get phones() {
    return t('dedupe.phones');
  }, get zip() {
    return t('events.zipCode');
  },
  get region() {
    return t('campaigns.region');
  }, get kinds() {
    return t('import.kindsMemberLeaderAllyTarget');
  }, get tags() {
    return t('dedupe.tags');
  }, get notes() {
    return t('dedupe.notes');
  }, get type() {
    return t('import.typePartnerAffiliateGroupInstitution');
  },
  get issueAreas() {
    return t('dedupe.issueAreas');
  }, get ledBy() {
    return t('import.ledByPocLedQueer');
  }, get website() {
    return t('dedupe.website');
  },
  get personEmail() {
    return t('import.firstPersonEmail');
  }, get personId() {
    return t('import.firstPersonRecordId');
  }, get personName() {
    return t('import.firstPersonName');
  }, get personZip() {
    return t('import.firstPersonZipCode');
  },
  get otherEmail() {
    return t('import.secondPersonEmail');
  }, get otherId() {
    return t('import.secondPersonRecordId');
  }, get otherName() {
    return t('import.secondPersonName');
  }, get otherZip() {
    return t('import.secondPersonZipCode');
  },
  get strength() {
    return t('powermap.strength1To5');
  }, get context() {
    return t('people.howTheyKnowEachOther');
  }, get since() {
    return t('import.sinceYyyyMmDd');
  }, get lastContact() {
    return t('import.lastContactYyyyMmDd');
  },
  get date() {
    return t('events.date');
  }, get kind() {
    return t('import.kindOneToOneHouse');
  }, get participants() {
    return t('import.participantsEmailsNamesIds');
  }, get host() {
    return t('import.hostConnector');
  },
  get organizations() {
    return t('nav.organizations');
  }, get followUp() {
    return t('import.followUp');
  }, get followUpDue() {
    return t('import.followUpDue');
  },
  get eventId() {
    return t('import.eventId');
  }, get eventName() {
    return t('import.eventName');
  }, get eventDate() {
    return t('import.eventDate');
  }, get person() {
    return t('import.personEmailNameOrId');
  }, get rsvp() {
    return t('import.rsvpYesMaybeNo');
  },
  get attended() {
    return t('import.attendedYesNo');
  }, get broughtBy() {
    return t('import.broughtBy');
  },
  get addressLine() {
    return t('organizations.streetAddress');
  }, get line() {
    return t('organizations.streetAddress');
  }, get city() {
    return t('organizations.city');
  }, get state() {
    return t('organizations.state');
  },
};

/** A column's target by name: the built-in fields' words, a custom field by its name (and its region's, for a region's field). */
function fieldLabel(field: string, preview: ImportPreview | null): string {
  const custom = preview?.customFields?.find((c) => c.field === field);
  if (custom) return custom.region ? t('import.customFieldOfRegion', { label: custom.label, region: custom.region }) : t('import.customField', { label: custom.label });
  return FIELD_LABEL[field] ?? field;
}

/** A row's problem: a custom field's message already names the field. */
const problemText = (x: FieldProblem) => (x.field.startsWith('customFields.') ? x.message : `${FIELD_LABEL[x.field] ?? x.field}: ${x.message}`);
const STEP_LABEL = {
  get reading() {
    return t('import.step.reading');
  },
  get writing() {
    return t('import.step.writing');
  },
  get indexing() {
    return t('import.step.indexing');
  },
  get done() {
    return t('import.step.done');
  },
};

const KIND_LABEL: Record<ImportKind, string> = { get people() {
    return t('nav.people');
  }, get organizations() {
    return t('nav.organizations');
  }, get ties() {
    return t('import.tiesWhoKnowsWhom');
  }, get interactions() {
    return t('import.interactionsMeetings');
  }, get attendance() {
    return t('import.eventAttendanceAndRsvps');
  } };
const KIND_HINT: Record<ImportKind, string> = {
  get people() {
    return t('import.peopleAlreadyInSameEmail');
  },
  get organizations() {
    return t('import.organizationsAlreadyInSameName');
  },
  get ties() {
    return t('import.oneTieARowEach');
  },
  get interactions() {
    return t('import.oneMeetingARowIts');
  },
  get attendance() {
    return t('import.onePersonAtOneEvent');
  },
};
const RECORD_LINK: Partial<Record<ImportKind, string>> = { people: '/people', organizations: '/organizations', ties: '/people', attendance: '/events' };
const USES_REGION = new Set<ImportKind>(['people', 'organizations']);
const ACTION_LABEL = { create: 'New', update: 'Update', unchanged: 'Unchanged', skip: 'Skipped' } as const;
/**
 * The file's row after `processed` rows, numbered as a spreadsheet shows it and as the skipped rows, the error
 * messages and `npm run import` number rows (the header is row 1): 500 rows in → row 502 is next.
 */
const fileRow = (processed: number) => processed + 2;
const STATUS_LABEL: Record<ImportStatus, string> = {
  get running() {
    return t('import.running');
  }, get done() {
    return t('followups.done');
  }, get failed() {
    return t('import.failed');
  }, get interrupted() {
    return t('import.interrupted');
  }, get rollingBack() {
    return t('import.rollingBack');
  }, get rolledBack() {
    return t('import.rolledBack');
  },
};

/** Upload a CSV: map its columns, dry-run it, run it with a progress bar, read the summary; resume or roll back past imports. */
export function ImportPage() {
  useTitle(t('nav.import'));
  const me = useMe();
  const [kind, setKind] = useState<ImportKind>('people');
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [region, setRegion] = useState(me?.regions[0]?.id ?? '');
  const [dry, setDry] = useState<ImportJob | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Polls of the running job that got no answer in a row (the app stopped or is restarting): polling goes on, slower. */
  const [lost, setLost] = useState(0);
  const [jobs, setJobs] = useState<ImportJob[] | null>(null);
  const allowed = canManage(me);

  const refreshJobs = useCallback(() => {
    listJobs().then(setJobs, () => setJobs([]));
  }, []);
  useEffect(() => {
    if (allowed) refreshJobs();
  }, [allowed, refreshJobs]);

  const reset = () => {
    setDry(null);
    setJob(null);
    setError(null);
  };

  const read = async (text: string, k: ImportKind) => {
    reset();
    setPreview(null);
    setBusy(true);
    try {
      const p = await upload<ImportPreview>(k, text, { preview: 'true' });
      setPreview(p);
      setMapping(p.mapping);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const options = () => ({ mapping: JSON.stringify(mapping), fileName, ...(region && USES_REGION.has(kind) ? { region } : {}) });

  const dryRun = async () => {
    if (!csv) return;
    reset();
    setBusy(true);
    try {
      setDry(await upload<ImportJob>(kind, csv, { ...options(), dryRun: 'true' }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const run = async (resume?: string) => {
    if (!csv) return;
    setError(null);
    setBusy(true);
    try {
      setJob(await upload<ImportJob>(kind, csv, resume ? { resume } : options()));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  useEffect(() => {
    if (!job || job.status !== 'running') {
      setLost(0);
      if (job) {
        setBusy(false);
        refreshJobs();
      }
      return;
    }
    const timer = setTimeout(() => {
      pollJob(job.id).then(
        (j) => {
          setLost(0);
          setJob(j);
        },
        (e: unknown) => {
          if (e instanceof ImportError && e.code === 'UNREACHABLE') setLost((n) => n + 1);
          else setError((e as Error).message);
        },
      );
    }, lost ? 2000 : 500);
    return () => clearTimeout(timer);
  }, [job, refreshJobs, lost]);

  if (!allowed) {
    return (
      <div className="page page-narrow">
        <h1>{t('nav.import')}</h1>
        <Alert kind="info">{t('import.importingIsForAdminsStaff')}</Alert>
      </div>
    );
  }

  const result = job ?? dry;
  return (
    <div className="page page-narrow">
      <h1>{t('nav.import')}</h1>
      <section className="card" aria-labelledby="file-h">
        <h2 id="file-h">{t('import.1TheFile')}</h2>
        <p className="muted">{t('import.aCsvFileWhoseFirst', { kind: KIND_HINT[kind] })}</p>

        <div className="field">
          <label htmlFor="import-kind">{t('import.whatTheFileHolds')}</label>
          <select id="import-kind" value={kind} onChange={(e) => {
            const k = e.target.value as ImportKind;
            setKind(k);
            if (csv) void read(csv, k);
          }}>
            {(Object.keys(KIND_LABEL) as ImportKind[]).map((k) => <option key={k} value={k}>{KIND_LABEL[k]}</option>)}

          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">{t('import.csvFile')}</label>
          <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setFileName(file.name);
            void file.text().then((text) => {
              setCsv(text);
              return read(text, kind);
            });
          }} />
        </div>
        {USES_REGION.has(kind) && (
          <div className="field">
            <label htmlFor="import-region">{t('import.regionForRowsWithoutOne')}</label>
            <select id="import-region" value={region} onChange={(e) => setRegion(e.target.value)}>
              <option value="">{t('import.noneSuchRowsAreSkipped')}</option>
              {(me?.regions ?? []).map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
            </select>
          </div>
        )}
      </section>

      {error && <Alert>{error}</Alert>}
      {lost > 0 && job?.status === 'running' && (
        <Alert kind="info">
          {t('import.theServerCannotBeReached')}
        </Alert>
      )}

      {preview && preview.resumable.length > 0 && !job && (
        <Alert kind="info">
          {preview.resumable.map((j) => (
            <span key={j.id}>
              {t('import.thisFileSImportOf', { startedAt: formatDateTime(j.startedAt), processed: j.processed, total: j.total, status: STATUS_LABEL[j.status].toLowerCase() })}{' '}
              <button type="button" className="button-primary" disabled={busy} onClick={() => void run(j.id)}>{t('import.resumeFromRow', { processed: fileRow(j.processed) })}</button>
            </span>
          ))}
        </Alert>
      )}

      {preview && (
        <section className="card" aria-labelledby="mapping-h">
          <h2 id="mapping-h">{t('import.2Columns')}</h2>
          <p className="muted">
            {t('import.rows', { fileName, total: preview.total })}{' '}{preview.remembered ? t('import.theColumnsAreMappedAs') : t('import.suggestedFromTheColumnNames')}
          </p>
          <div className="table-scroll">
            <table>
              <thead><tr><th scope="col">{t('import.column')}</th><th scope="col">{t('import.firstValue')}</th><th scope="col">{t('import.goesTo')}</th></tr></thead>
              <tbody>
                {preview.headers.map((h, i) => (
                  <tr key={h}>
                    <th scope="row">{h}</th>
                    <td className="muted">{preview.sample[0]?.[i] ?? ''}</td>
                    <td>
                      <select aria-label={t('import.fieldFor', { h })} value={mapping[h] ?? ''} onChange={(e) => {
                        setMapping({ ...mapping, [h]: e.target.value });
                        reset();
                      }}>
                        <option value="">{t('import.donTImport')}</option>
                        {preview.fields.map((f) => <option key={f} value={f}>{fieldLabel(f, preview)}</option>)}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <button type="button" className="button-secondary" disabled={busy} onClick={() => void dryRun()}>{t('import.dryRun')}</button>{' '}
            <button type="button" className="button-primary" disabled={busy || !dry || dry.status !== 'done'} onClick={() => void run()}>
              {t('nav.import')}{' '}{dry ? t('import.rows2', { updated: dry.created + dry.updated }) : ''}
            </button>
            {!dry && <span className="muted small">{' '}{t('import.doADryRunFirst')}</span>}
          </p>
        </section>
      )}

      {result && (
        <section className="card" aria-labelledby="result-h">
          <h2 id="result-h">{result.dryRun ? t('import.3DryRunWhatThe') : result.status === 'running' ? t('import.4Importing') : t('import.4Done')}</h2>
          {!result.dryRun && (
            <p>
              {result.bytes !== undefined
                ? <><progress max={result.bytes} value={result.read ?? 0} aria-label={t('import.importProgress')} />{' '}{t('import.rows3', { processed: result.processed, step: STEP_LABEL[result.step ?? 'reading'] })}</>
                : <><progress max={result.total} value={result.processed} aria-label={t('import.importProgress')} />{' '}{t('import.ofRows', { processed: result.processed, total: result.total })}</>}
              {result.resumedFrom > 0 && <span className="muted">{' '}{t('import.resumedAtRow', { resumedFrom: fileRow(result.resumedFrom) })}</span>}
            </p>
          )}
          {result.status === 'failed' && <Alert>{result.error}</Alert>}
          <ul className="rows" aria-label={t('import.summary')}>
            <li>{result.created} {result.dryRun ? t('import.wouldBeNew') : t('import.new')}</li>
            <li>{result.updated} {result.dryRun ? t('import.wouldBeUpdated') : t('import.updated')}</li>
            <li>{t('import.unchangedAlreadyIn', { unchanged: result.unchanged })}</li>
            <li>{t('import.skipped', { skipped: result.skipped })}</li>
          </ul>
          {result.status === 'done' && !result.dryRun && (
            <p>
              {RECORD_LINK[result.kind] && <><Link to={RECORD_LINK[result.kind]!}>{t('import.seeThe')}{' '}{result.kind === 'attendance' ? t('import.events') : result.kind === 'ties' ? t('import.people') : result.kind}</Link>{t('common.symbol4')}{' '}</>}
              <span className="muted">{t('import.changedYourMindRollIt')}</span>
            </p>

          )}
          {result.problems.length > 0 && (
            <div className="table-scroll">
              <table>
                <caption>{t('import.rowsSkipped')}{result.skipped > result.problems.length ? t('import.theFirst', { length: result.problems.length }) : ''}</caption>
                <thead><tr><th scope="col">{t('import.row')}</th><th scope="col">{t('admin.name')}</th><th scope="col">{t('import.why')}</th></tr></thead>
                <tbody>
                  {result.problems.map((p) => (
                    <tr key={p.line}>
                      <td>{p.line}</td>
                      <td>{p.name}</td>
                      <td>{p.problems.map(problemText).join(' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {result.dryRun && result.rows.length > 0 && (
            <details open={result.rows.length <= 50}>
              <summary>{t('import.everyRow')}{result.total > result.rows.length ? t('import.theFirst', { length: result.rows.length }) : ''}</summary>
              <table aria-label={t('import.rowByRow')}>
                <thead><tr><th scope="col">{t('import.row')}</th><th scope="col">{t('admin.name')}</th><th scope="col">{t('import.wouldBe')}</th><th scope="col">{t('import.why')}</th></tr></thead>
                <tbody>
                  {result.rows.map((r) => (
                    <tr key={r.line}>
                      <td>{r.line}</td>
                      <td>{r.name}</td>
                      <td>{ACTION_LABEL[r.action]}</td>
                      <td className="muted">{r.problems.length ? r.problems.map(problemText).join(' ') : (r.note ?? '')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
        </section>
      )}

      <ImportJobs jobs={jobs} onChange={refreshJobs} />
    </div>
  );
}

/** How often a roll-back still going is asked about. */
const ROLLBACK_POLL_MS = 1000;

/** Past imports (runs), newest first: status, counts, and roll-back; an interrupted one is resumed by choosing its file again. */
function ImportJobs({ jobs, onChange }: { jobs: ImportJob[] | null; onChange: () => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ id: string; text: string; edited: Edited[] } | null>(null);

  const roll = async (j: ImportJob, keepEdited = false) => {
    setBusy(j.id);
    setMessage(null);
    try {
      let done = await rollBack(j.id, keepEdited);
      // A long roll-back answers while it goes on: follow it (it goes on if the page is left).
      if (done.status === 'rollingBack' && !done.error) {
        setMessage({ id: j.id, text: t('import.rollingBackThisGoesOn'), edited: [] });
        onChange();
        while (done.status === 'rollingBack' && !done.error) {
          await new Promise((r) => setTimeout(r, ROLLBACK_POLL_MS));
          done = await pollJob(j.id);
        }
      }
      if (done.status === 'rollingBack') throw new ImportError(done.error ?? t('import.rollBackStopped'));
      const r = done.rollback!;
      setMessage({ id: j.id, text: t('import.rolledBackRemovedPutBack', { removed: r.removed, restored: r.restored, kept: r.kept.length }) + (r.note ? ` ${r.note}` : ''), edited: [] });
      onChange();
    } catch (e) {
      setMessage({ id: j.id, text: (e as Error).message, edited: e instanceof ImportError && e.code === 'CONFLICT' ? e.edited : [] });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card" aria-labelledby="jobs-h">
      <h2 id="jobs-h">{t('import.yourImports')}</h2>
      {jobs === null ? <p className="muted">{t('components.loading')}</p> : jobs.length === 0 ? <p className="muted">{t('import.noImportsYet')}</p> : (
        <ul className="rows">
          {jobs.map((j) => (
            <li key={j.id} className="row" data-testid="import-job">
              <div>
                <strong>{KIND_LABEL[j.kind]}</strong> {j.fileName && <>{t('import.from', { fileName: j.fileName })}{' '}</>}
                <span className="muted">{t('common.symbol27', { startedAt: formatDateTime(j.startedAt) })}</span>
                <div>
                  <span className={`badge status-${j.status}`}>{STATUS_LABEL[j.status]}</span>{' '}{t('import.ofRowsNewUpdatedUnchanged', { processed: j.processed, total: j.total, created: j.created, updated: j.updated, unchanged: j.unchanged, skipped: j.skipped })}
                </div>
                {j.status === 'interrupted' || j.status === 'failed' ? (
                  <p className="muted small">{j.error} {j.path === 'bulk' ? t('import.aBulkImportCannotBe') : t('import.toResumeChooseTheSame')}</p>
                ) : null}
                {j.rollback && <p className="muted small">{t('import.rolledBackRemovedPutBack2', { removed: j.rollback.removed, restored: j.rollback.restored })}{j.rollback.kept.length ? t('import.kept', { length: j.rollback.kept.length }) : ''}{j.rollback.notRestored ? t('import.updatedRowsNotPutBack', { notRestored: j.rollback.notRestored }) : ''}{t('common.symbol4')}</p>}
                {message?.id === j.id && (
                  <div role="status">
                    <p>{message.text}</p>
                    {message.edited.length > 0 && (
                      <button type="button" className="button-danger" disabled={busy === j.id} onClick={() => void roll(j, true)}>
                        {t('import.rollBackTheRestKeep')}{' '}{message.edited.length === 1 ? t('import.thatRecord') : t('import.thoseRecords')}
                      </button>
                    )}
                  </div>
                )}
              </div>
              {(j.status === 'done' || j.status === 'failed' || j.status === 'interrupted' || j.status === 'rollingBack') && (
                <ConfirmButton
                  label={t('import.rollBack')}
                  busy={busy === j.id}
                  confirmLabel={t('import.rollBackThisImportOf', { kind: j.kind })}
                  question={<>{t('import.rollBackTheImportOf')}{' '}{j.fileName || j.kind}{t('import.whatItCreatedIsRemoved', { created: j.created, updated: j.updated })}</>}
                  onConfirm={() => roll(j)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

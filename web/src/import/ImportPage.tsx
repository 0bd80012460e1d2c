import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { canManage } from '../auth/session';
import { useMe } from '../auth/MeContext';
import { Alert } from '../components/Alert';
import { useTitle } from '../lib/useTitle';
import { pollJob, upload, type ImportJob, type ImportKind, type ImportPreview } from './importApi';

const FIELD_LABEL: Record<string, string> = {
  name: 'Name', firstName: 'First name', lastName: 'Last name', emails: 'Emails', phones: 'Phones', zip: 'ZIP code',
  region: 'Region', kinds: 'Kinds (member, leader, ally, target)', tags: 'Tags', notes: 'Notes', type: 'Type (partner, affiliate group, institution)',
  issueAreas: 'Issue areas', ledBy: 'Led by (POC-led, queer- and trans-led, immigrant-led)', website: 'Website',
  personEmail: 'First person: email', personId: 'First person: record id', personName: 'First person: name', personZip: 'First person: ZIP code',
  otherEmail: 'Second person: email', otherId: 'Second person: record id', otherName: 'Second person: name', otherZip: 'Second person: ZIP code',
  strength: 'Strength (1 to 5)', context: 'How they know each other', since: 'Since (YYYY-MM-DD)', lastContact: 'Last contact (YYYY-MM-DD)',
};
const STEP_LABEL = { reading: 'reading and checking rows', writing: 'writing', indexing: 'updating who-can-reach-whom', done: 'done' } as const;

const ACTION_LABEL = { create: 'New', update: 'Update', unchanged: 'Unchanged', skip: 'Skipped' } as const;

/** Upload a CSV of people or organizations: map its columns, dry-run it, run it with a progress bar, read the summary. */
export function ImportPage() {
  useTitle('Import');
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

  const options = () => ({ mapping: JSON.stringify(mapping), ...(region ? { region } : {}) });

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

  const run = async () => {
    if (!csv) return;
    setError(null);
    setBusy(true);
    try {
      setJob(await upload<ImportJob>(kind, csv, options()));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  useEffect(() => {
    if (!job || job.status !== 'running') {
      if (job) setBusy(false);
      return;
    }
    const timer = setTimeout(() => {
      pollJob(job.id).then(setJob, (e: unknown) => setError((e as Error).message));
    }, 500);
    return () => clearTimeout(timer);
  }, [job]);

  if (!canManage(me)) {
    return (
      <div className="page page-narrow">
        <h1>Import</h1>
        <Alert kind="info">Importing is for admins, staff and leaders.</Alert>
      </div>
    );
  }

  const result = job ?? dry;
  return (
    <div className="page page-narrow">
      <h1>Import</h1>
      <section className="card" aria-labelledby="file-h">
        <h2 id="file-h">1. The file</h2>
        <p className="muted">A CSV file whose first line names the columns. Rows already in (people with the same email, organizations with the same name in the region, a tie between the same two people) are updated, not added twice.</p>
        <div className="field">
          <label htmlFor="import-kind">What the file holds</label>
          <select id="import-kind" value={kind} onChange={(e) => {
            const k = e.target.value as ImportKind;
            setKind(k);
            if (csv) void read(csv, k);
          }}>
            <option value="people">People</option>
            <option value="organizations">Organizations</option>
            <option value="ties">Ties: who knows whom</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">CSV file</label>
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
        <div className="field">
          <label htmlFor="import-region">Region for rows without one</label>
          <select id="import-region" value={region} onChange={(e) => setRegion(e.target.value)}>
            <option value="">None: such rows are skipped</option>
            {(me?.regions ?? []).map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </div>
      </section>

      {error && <Alert>{error}</Alert>}

      {preview && (
        <section className="card" aria-labelledby="mapping-h">
          <h2 id="mapping-h">2. Columns</h2>
          <p className="muted">
            {fileName}: {preview.total} rows. {preview.remembered ? 'The columns are mapped as in your last import; change any.' : 'Suggested from the column names; change any.'}
          </p>
          <div className="table-scroll">
            <table>
              <thead><tr><th scope="col">Column</th><th scope="col">First value</th><th scope="col">Goes to</th></tr></thead>
              <tbody>
                {preview.headers.map((h, i) => (
                  <tr key={h}>
                    <th scope="row">{h}</th>
                    <td className="muted">{preview.sample[0]?.[i] ?? ''}</td>
                    <td>
                      <select aria-label={`Field for ${h}`} value={mapping[h] ?? ''} onChange={(e) => {
                        setMapping({ ...mapping, [h]: e.target.value });
                        reset();
                      }}>
                        <option value="">Don’t import</option>
                        {preview.fields.map((f) => <option key={f} value={f}>{FIELD_LABEL[f] ?? f}</option>)}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <button type="button" className="button-secondary" disabled={busy} onClick={() => void dryRun()}>Dry run</button>{' '}
            <button type="button" className="button-primary" disabled={busy || !dry || dry.status !== 'done'} onClick={() => void run()}>
              Import {dry ? `${dry.created + dry.updated} rows` : ''}
            </button>
            {!dry && <span className="muted small"> Do a dry run first: it checks every row and changes nothing.</span>}
          </p>
        </section>
      )}

      {result && (
        <section className="card" aria-labelledby="result-h">
          <h2 id="result-h">{result.dryRun ? '3. Dry run: what the import would do' : result.status === 'running' ? '4. Importing…' : '4. Done'}</h2>
          {!result.dryRun && (
            <p>
              {result.bytes !== undefined
                ? <><progress max={result.bytes} value={result.read ?? 0} aria-label="Import progress" /> {result.processed} rows, {STEP_LABEL[result.step ?? 'reading']}</>
                : <><progress max={result.total} value={result.processed} aria-label="Import progress" /> {result.processed} of {result.total} rows</>}
            </p>
          )}
          {result.status === 'failed' && <Alert>{result.error}</Alert>}
          <ul className="rows" aria-label="Summary">
            <li>{result.created} {result.dryRun ? 'would be new' : 'new'}</li>
            <li>{result.updated} {result.dryRun ? 'would be updated' : 'updated'}</li>
            <li>{result.unchanged} unchanged (already in)</li>
            <li>{result.skipped} skipped</li>
          </ul>
          {result.status === 'done' && !result.dryRun && (
            <p><Link to={kind === 'organizations' ? '/organizations' : '/people'}>See the {kind === 'ties' ? 'people' : kind}</Link></p>
          )}
          {result.problems.length > 0 && (
            <div className="table-scroll">
              <table>
                <caption>Rows skipped{result.skipped > result.problems.length ? ` (the first ${result.problems.length})` : ''}</caption>
                <thead><tr><th scope="col">Row</th><th scope="col">Name</th><th scope="col">Why</th></tr></thead>
                <tbody>
                  {result.problems.map((p) => (
                    <tr key={p.line}>
                      <td>{p.line}</td>
                      <td>{p.name}</td>
                      <td>{p.problems.map((x) => `${FIELD_LABEL[x.field] ?? x.field}: ${x.message}`).join(' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {result.dryRun && result.rows.length > 0 && (
            <details>
              <summary>Every row{result.total > result.rows.length ? ` (the first ${result.rows.length})` : ''}</summary>
              <table>
                <thead><tr><th scope="col">Row</th><th scope="col">Name</th><th scope="col">Would be</th></tr></thead>
                <tbody>
                  {result.rows.map((r) => <tr key={r.line}><td>{r.line}</td><td>{r.name}</td><td>{ACTION_LABEL[r.action]}</td></tr>)}
                </tbody>
              </table>
            </details>
          )}
        </section>
      )}
    </div>
  );
}

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../test/render';
import { ImportPage } from './ImportPage';

const CSV = 'Full name,E-mail,Favorite color\nAna Ruiz,ana@example.org,blue\nBad,not-an-email,red\n';
const job = (o: Record<string, unknown>) => ({
  id: 'job-1', kind: 'people', dryRun: false, status: 'running', fileName: 'people.csv', total: 2, processed: 0, created: 0, updated: 0, unchanged: 0,
  skipped: 0, rows: [], problems: [], error: null, startedAt: '2024-05-01T10:00:00.000Z', finishedAt: null, resumedFrom: 0, rolledBackAt: null, rollback: null, ...o,
});
const json = (b: unknown, status = 200) => new Response(JSON.stringify(b), { status, headers: { 'content-type': 'application/json' } });
const badRow = { line: 3, action: 'skip', name: 'Bad', problems: [{ field: 'emails', message: 'Enter a valid email address, like name@example.org.' }] };

describe('import page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps polling a running import while the server cannot be reached, says so, and shows it interrupted once the app is back', async () => {
    let polls = 0;
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      if (url === '/import/jobs') return json(polls >= 3 ? [job({ status: 'interrupted', processed: 500, total: 900, created: 500, error: 'The import was interrupted (the app stopped).' })] : []);
      if (url.includes('preview=true')) {
        return json({ kind: 'people', headers: ['Full name', 'E-mail', 'Favorite color'], fields: ['name', 'emails', 'phones', 'tags'],
          mapping: { 'Full name': 'name', 'E-mail': 'emails', 'Favorite color': '' }, remembered: false, total: 2, sample: [['Ana Ruiz', 'ana@example.org', 'blue']], resumable: [] });
      }
      if (url.includes('dryRun=true')) return json(job({ dryRun: true, status: 'done', processed: 2, created: 2 }));
      if (url.startsWith('/import/people')) return json(job({}));
      polls++;
      // The app stops after the first poll (no answer at all: fetch rejects), and is back at the fourth.
      if (polls === 1) return json(job({ processed: 1 }));
      if (polls < 4) throw new TypeError('Failed to fetch');
      return json(job({ status: 'interrupted', processed: 500, total: 900, created: 500, error: 'The import was interrupted (the app stopped).' }));
    }));
    renderPage(<ImportPage />, { handlers: {} });
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), new File([CSV], 'people.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Dry run' }));
    await user.click(await screen.findByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText(/The server cannot be reached: still trying/, {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByText(/Failed to fetch/)).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('import-job')).toHaveTextContent(/Interrupted.*500 of 900 rows/s), { timeout: 8000 });
    expect(screen.queryByText(/The server cannot be reached/)).not.toBeInTheDocument();
  }, 15_000);

  it('maps columns, dry-runs, runs with a progress bar and shows the summary', async () => {
    const calls: Array<{ url: string; body?: unknown }> = [];
    let polls = 0;
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, body: init?.body });
      if (url === '/import/jobs') return json(polls >= 2 ? [job({ status: 'done', processed: 2, created: 1, skipped: 1 })] : []);
      if (url.includes('preview=true')) {
        return json({ kind: 'people', headers: ['Full name', 'E-mail', 'Favorite color'], fields: ['name', 'emails', 'phones', 'tags'],
          mapping: { 'Full name': 'name', 'E-mail': 'emails', 'Favorite color': '' }, remembered: false, total: 2, sample: [['Ana Ruiz', 'ana@example.org', 'blue']], resumable: [] });
      }
      if (url.includes('dryRun=true')) return json(job({ dryRun: true, status: 'done', processed: 2, created: 1, skipped: 1, problems: [badRow], rows: [{ line: 2, action: 'create', name: 'Ana Ruiz', problems: [] }, badRow] }));
      if (url.startsWith('/import/people')) return json(job({}));
      polls++;
      return json(polls < 2 ? job({ processed: 1 }) : job({ status: 'done', processed: 2, created: 1, skipped: 1, problems: [badRow] }));
    }));
    renderPage(<ImportPage />, { handlers: {} });
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), new File([CSV], 'people.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/people\.csv: 2 rows/)).toBeInTheDocument();
    expect(screen.getByLabelText('Field for Full name')).toHaveValue('name');
    expect(screen.getByLabelText('Field for Favorite color')).toHaveValue('');
    fireEvent.change(screen.getByLabelText('Field for Favorite color'), { target: { value: 'tags' } });
    expect(screen.getByRole('button', { name: /^Import/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Dry run' }));
    expect(await screen.findByText('1 would be new')).toBeInTheDocument();
    // In the skipped rows and in the row-by-row report.
    expect(screen.getAllByText(/Emails: Enter a valid email address/)).toHaveLength(2);
    expect(within(screen.getByRole('table', { name: 'Row by row' })).getByText('New')).toBeInTheDocument();
    const dryUrl = new URL(calls.find((c) => c.url.includes('dryRun'))!.url, 'http://x');
    expect(JSON.parse(dryUrl.searchParams.get('mapping')!)).toEqual({ 'Full name': 'name', 'E-mail': 'emails', 'Favorite color': 'tags' });
    expect(dryUrl.searchParams.get('region')).toBe('region-a');

    await user.click(screen.getByRole('button', { name: 'Import 1 row' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: '4. Done' })).toBeInTheDocument(), { timeout: 3000 });
    expect(screen.getByLabelText('Import progress')).toHaveAttribute('value', '2');
    const done = screen.getByRole('region', { name: '4. Done' });
    expect(within(done).getByText('2 of 2 rows', { exact: false })).toBeInTheDocument();
    expect(within(done).getByText('1 new')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the people' })).toHaveAttribute('href', '/people');
    // The finished import shows in the job list.
    expect(await screen.findByTestId('import-job')).toHaveTextContent('Done');
    expect(new URL(calls.find((c) => c.url.startsWith('/import/people?') && !c.url.includes('dryRun') && !c.url.includes('preview'))!.url, 'http://x').searchParams.get('fileName')).toBe('people.csv');
  });

  it('offers to resume an interrupted import of the same file, numbering rows as the file does (the header is row 1)', async () => {
    const calls: string[] = [];
    const interrupted = job({ id: 'job-0', status: 'interrupted', processed: 500, total: 900, created: 500, error: 'The import was interrupted (the app stopped).' });
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      calls.push(url);
      if (url === '/import/jobs') return json([interrupted]);
      if (url.includes('preview=true')) {
        return json({ kind: 'people', headers: ['Full name', 'E-mail'], fields: ['name', 'emails'], mapping: { 'Full name': 'name', 'E-mail': 'emails' },
          remembered: true, total: 900, sample: [['Ana Ruiz', 'ana@example.org']], resumable: [interrupted] });
      }
      if (url.startsWith('/import/people?')) return json(job({ id: 'job-0', processed: 500, total: 900, created: 500, resumedFrom: 500 }));
      if (url === '/import/jobs/job-0') return json(job({ id: 'job-0', status: 'done', processed: 900, total: 900, created: 899, skipped: 1, resumedFrom: 500 }));
      throw new Error(`unexpected ${url}`);
    }));
    renderPage(<ImportPage />, { handlers: {} });
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), new File([CSV], 'people.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/stopped after 500 of 900 rows \(interrupted\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume from row 502' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: '4. Done' })).toBeInTheDocument(), { timeout: 3000 });
    expect(within(screen.getByRole('region', { name: '4. Done' })).getByText('(resumed at row 502)', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Resume from row/ })).toBeNull();
    const started = new URL(calls.find((c) => c.startsWith('/import/people?') && !c.includes('preview'))!, 'http://x');
    expect(Object.fromEntries(started.searchParams)).toEqual({ resume: 'job-0' });
  });

  it('lists past imports; rolling back asks first, names records changed since, and can keep them', async () => {
    const calls: string[] = [];
    let rolled = false;
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      calls.push(url);
      if (url === '/import/jobs') {
        return json([rolled ? job({ status: 'rolledBack', processed: 2, created: 2, rollback: { removed: 1, restored: 0, kept: [{ type: 'person', id: 'p1', name: 'Ana Ruiz' }] } })
          : job({ status: 'done', processed: 2, created: 2 }), job({ id: 'job-0', kind: 'interactions', status: 'interrupted', fileName: 'meetings.csv', processed: 500, total: 900, error: 'The import was interrupted.' })]);
      }
      if (url === '/import/jobs/job-1/rollback') {
        return json({ error: 'One record was changed since this import: Ana Ruiz (person). Nothing was rolled back.', code: 'CONFLICT', fields: [], edited: [{ type: 'person', id: 'p1', name: 'Ana Ruiz' }] }, 409);
      }
      if (url === '/import/jobs/job-1/rollback?keepEdited=true') {
        rolled = true;
        return json(job({ status: 'rolledBack', rollback: { removed: 1, restored: 0, kept: [{ type: 'person', id: 'p1', name: 'Ana Ruiz' }] } }));
      }
      throw new Error(`unexpected ${url}`);
    }));
    renderPage(<ImportPage />, { handlers: {} });
    const user = userEvent.setup();
    const rows = await screen.findAllByTestId('import-job');
    expect(rows[1]).toHaveTextContent(/Interrupted.*500 of 900 rows.*To resume, choose the same file above/s);
    await user.click(within(rows[0]).getByRole('button', { name: 'Roll back' }));
    expect(within(rows[0]).getByRole('alertdialog')).toHaveTextContent(/What it created \(2\) is removed/);
    await user.click(within(rows[0]).getByRole('button', { name: 'Roll back this import of people' }));
    expect(await within(rows[0]).findByText(/One record was changed since this import: Ana Ruiz/)).toBeInTheDocument();
    await user.click(within(rows[0]).getByRole('button', { name: 'Roll back the rest, keep that record' }));
    await waitFor(() => expect(screen.getAllByTestId('import-job')[0]).toHaveTextContent(/Rolled back: 1 removed, 0 put back, 1 kept/));
    expect(calls.filter((c) => c.includes('rollback'))).toEqual(['/import/jobs/job-1/rollback', '/import/jobs/job-1/rollback?keepEdited=true']);
  });

  it('follows a long roll-back that answers while it goes on, then shows what it did', async () => {
    let polls = 0;
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      const rolledBack = job({ status: 'rolledBack', processed: 2, created: 2, rollback: { removed: 2, restored: 0, kept: [], notRestored: 1, note: 'This bulk import was made by an earlier version, which kept no copy.' } });
      if (url === '/import/jobs') return json([polls >= 2 ? rolledBack : job({ status: polls ? 'rollingBack' : 'done', processed: 2, created: 2 })]);
      if (url === '/import/jobs/job-1/rollback') return json(job({ status: 'rollingBack', processed: 2, created: 2 }), 202);
      if (url === '/import/jobs/job-1') {
        polls++;
        return json(polls < 2 ? job({ status: 'rollingBack', processed: 2, created: 2 }) : rolledBack);
      }
      throw new Error(`unexpected ${url}`);
    }));
    renderPage(<ImportPage />, { handlers: {} });
    const user = userEvent.setup();
    const [row] = await screen.findAllByTestId('import-job');
    await user.click(within(row).getByRole('button', { name: 'Roll back' }));
    await user.click(within(row).getByRole('button', { name: 'Roll back this import of people' }));
    expect(await screen.findByText(/Rolling back… This goes on if you leave the page/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Rolled back: 2 removed, 0 put back as before. This bulk import was made by an earlier version, which kept no copy.')).toBeInTheDocument(), { timeout: 5000 });
    expect(polls).toBe(2);
    // An import of an earlier version's bulk path: what it could not put back is said in the list too.
    await waitFor(() => expect(screen.getByTestId('import-job')).toHaveTextContent(/Rolled back: 2 removed, 0 put back, 1 updated rows not put back \(made by an earlier version\)/));
  }, 10_000);

  it('imports ties: lists the ties fields, and shows a bulk job’s progress by the file read', async () => {
    const TIES = 'Email 1,Email 2,Strength\nana@example.org,bo@example.org,3\n';
    const calls: string[] = [];
    let polls = 0;
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      calls.push(url);
      const json = (b: unknown) => new Response(JSON.stringify(b), { status: 200, headers: { 'content-type': 'application/json' } });
      if (url === '/import/jobs') return json([]);
      if (url.includes('preview=true')) {
        return json({ kind: 'ties', headers: ['Email 1', 'Email 2', 'Strength'], fields: ['personEmail', 'personId', 'personName', 'personZip', 'otherEmail', 'otherId', 'otherName', 'otherZip', 'strength', 'context', 'since', 'lastContact', 'region'],
          mapping: { 'Email 1': 'personEmail', 'Email 2': 'otherEmail', Strength: 'strength' }, remembered: false, total: 1, sample: [['ana@example.org', 'bo@example.org', '3']], resumable: [] });
      }
      const bulk = { kind: 'ties', path: 'bulk', bytes: 100 };
      if (url.includes('dryRun=true')) return json(job({ ...bulk, dryRun: true, status: 'done', processed: 1, total: 1, created: 1, read: 100, step: 'done', rows: [{ line: 2, action: 'create', name: 'ana@example.org – bo@example.org', problems: [] }] }));
      if (url.startsWith('/import/ties')) return json(job({ ...bulk, total: 0, read: 0, step: 'reading' }));
      polls++;
      return json(polls < 2 ? job({ ...bulk, processed: 1, total: 1, read: 100, step: 'writing' }) : job({ ...bulk, status: 'done', processed: 1, total: 1, created: 1, read: 100, step: 'done' }));
    }));
    renderPage(<ImportPage />, { handlers: {} });
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText('What the file holds'), { target: { value: 'ties' } });
    expect(screen.getByRole('option', { name: 'Ties: who knows whom' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('CSV file'), new File([TIES], 'ties.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/ties\.csv: 1 row\./)).toBeInTheDocument();
    expect(calls.find((c) => c.includes('preview=true'))).toMatch(/^\/import\/ties\?/);
    expect(screen.getByLabelText('Field for Email 1')).toHaveValue('personEmail');
    const options = within(screen.getByLabelText('Field for Email 2')).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(['First person: email', 'Second person: email', 'Second person: name', 'Strength (1 to 5)', 'How they know each other', 'Last contact (YYYY-MM-DD)']));

    await user.click(screen.getByRole('button', { name: 'Dry run' }));
    expect(await screen.findByText('1 would be new')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 1 row' }));
    expect(await screen.findByText(/1 row, writing/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: '4. Done' })).toBeInTheDocument(), { timeout: 3000 });
    expect(screen.getByLabelText('Import progress')).toHaveAttribute('value', '100');
    expect(screen.getByRole('link', { name: 'See the people' })).toHaveAttribute('href', '/people');
  });

  it('says a bulk import’s step in Spanish, with Spanish plurals', async () => {
    let polls = 0;
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      if (url === '/import/jobs') return json([]);
      if (url.includes('preview=true')) {
        return json({ kind: 'ties', headers: ['Email 1', 'Email 2'], fields: ['personEmail', 'otherEmail'], mapping: { 'Email 1': 'personEmail', 'Email 2': 'otherEmail' },
          remembered: false, total: 1, sample: [['ana@example.org', 'bo@example.org']], resumable: [] });
      }
      const bulk = { kind: 'ties', path: 'bulk', bytes: 100 };
      if (url.includes('dryRun=true')) return json(job({ ...bulk, dryRun: true, status: 'done', processed: 1, total: 1, created: 1, read: 100, step: 'done', rows: [] }));
      if (url.startsWith('/import/ties')) return json(job({ ...bulk, total: 0, read: 0, step: 'reading' }));
      polls++;
      return json(polls < 3 ? job({ ...bulk, processed: 1, total: 1, read: 50, step: 'indexing' }) : job({ ...bulk, status: 'done', processed: 1, total: 1, created: 1, read: 100, step: 'done' }));
    }));
    renderPage(<ImportPage />, { handlers: {}, locale: 'es' });
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText('Qué contiene el archivo'), { target: { value: 'ties' } });
    await user.upload(screen.getByLabelText('Archivo CSV'), new File(['Email 1,Email 2\nana@example.org,bo@example.org\n'], 'ties.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/ties\.csv: 1 fila\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Prueba' }));
    await user.click(await screen.findByRole('button', { name: 'Importar 1 fila' }));
    expect(await screen.findByText(/1 fila, actualizando quién llega a quién/)).toBeInTheDocument();
  });
  describe('the mapping step offers the street address and custom fields by their names', () => {
    const FIELDS_CSV = 'Name,Street,City,Shirt,Parish\nAna Ruiz,12 Main St,Chicago,M,St. Pius\n';
    const previewWithFields = {
      kind: 'people', headers: ['Name', 'Street', 'City', 'Shirt', 'Parish'],
      fields: ['name', 'emails', 'addressLine', 'city', 'state', 'custom:shirt_size', 'custom:parish'],
      customFields: [{ field: 'custom:shirt_size', label: 'Shirt size', region: null }, { field: 'custom:parish', label: 'Parish', region: 'South Side' }],
      mapping: { Name: 'name', Street: 'addressLine', City: 'city', Shirt: 'custom:shirt_size', Parish: '' }, remembered: false, total: 1,
      sample: [['Ana Ruiz', '12 Main St', 'Chicago', 'M', 'St. Pius']], resumable: [],
    };
    const dues = { line: 2, action: 'skip', name: 'Ana Ruiz', problems: [{ field: 'customFields.shirt_size', message: 'Shirt size: “XXL” is not one of the choices (S, M, L).' }] };
    const serve = () => {
      const calls: string[] = [];
      vi.stubGlobal('fetch', vi.fn(async (url: string) => {
        calls.push(url);
        if (url === '/import/jobs') return json([]);
        if (url.includes('preview=true')) return json(previewWithFields);
        if (url.includes('dryRun=true')) return json(job({ dryRun: true, status: 'done', processed: 1, skipped: 1, problems: [dues], rows: [dues] }));
        throw new Error(`unexpected ${url}`);
      }));
      return calls;
    };
    const options = (label: string) => within(screen.getByLabelText(label)).getAllByRole('option').map((o) => o.textContent);

    it('in English', async () => {
      const calls = serve();
      renderPage(<ImportPage />, { handlers: {} });
      const user = userEvent.setup();
      await user.upload(screen.getByLabelText('CSV file'), new File([FIELDS_CSV], 'people.csv', { type: 'text/csv' }));
      await screen.findByText(/people\.csv: 1 row/);
      expect(options('Field for Parish')).toEqual(expect.arrayContaining(['Street address', 'City', 'State', 'Shirt size (custom field)', 'Parish (custom field, South Side)']));
      expect(options('Field for Parish')).not.toContain('custom:parish');
      expect(screen.getByLabelText('Field for Street')).toHaveDisplayValue('Street address');
      expect(screen.getByLabelText('Field for Shirt')).toHaveDisplayValue('Shirt size (custom field)');
      fireEvent.change(screen.getByLabelText('Field for Parish'), { target: { value: 'custom:parish' } });
      await user.click(screen.getByRole('button', { name: 'Dry run' }));
      // The problem names the field once, by its name (the message does).
      expect(await screen.findAllByText('Shirt size: “XXL” is not one of the choices (S, M, L).')).toHaveLength(2);
      const dry = new URL(calls.find((c) => c.includes('dryRun'))!, 'http://x');
      expect(JSON.parse(dry.searchParams.get('mapping')!)).toEqual({ Name: 'name', Street: 'addressLine', City: 'city', Shirt: 'custom:shirt_size', Parish: 'custom:parish' });
    });

    it('in Spanish', async () => {
      serve();
      renderPage(<ImportPage />, { handlers: {}, locale: 'es' });
      const user = userEvent.setup();
      await user.upload(screen.getByLabelText('Archivo CSV'), new File([FIELDS_CSV], 'people.csv', { type: 'text/csv' }));
      await waitFor(() => expect(screen.getByLabelText('Campo para Parish')).toBeInTheDocument());
      expect(options('Campo para Parish')).toEqual(expect.arrayContaining(['No importar', 'Dirección', 'Ciudad', 'Shirt size (campo personalizado)', 'Parish (campo personalizado, South Side)']));
      expect(screen.getByLabelText('Campo para City')).toHaveDisplayValue('Ciudad');
    });
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../test/render';
import { ImportPage } from './ImportPage';

const CSV = 'Full name,E-mail,Favorite color\nAna Ruiz,ana@example.org,blue\nBad,not-an-email,red\n';
const job = (o: Record<string, unknown>) => ({
  id: 'job-1', kind: 'people', dryRun: false, status: 'running', total: 2, processed: 0, created: 0, updated: 0, unchanged: 0,
  skipped: 0, rows: [], problems: [], error: null, ...o,
});
const badRow = { line: 3, action: 'skip', name: 'Bad', problems: [{ field: 'emails', message: 'Enter a valid email address, like name@example.org.' }] };

describe('import page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('maps columns, dry-runs, runs with a progress bar and shows the summary', async () => {
    const calls: Array<{ url: string; body?: unknown }> = [];
    let polls = 0;
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, body: init?.body });
      const json = (b: unknown) => new Response(JSON.stringify(b), { status: 200, headers: { 'content-type': 'application/json' } });
      if (url.includes('preview=true')) {
        return json({ kind: 'people', headers: ['Full name', 'E-mail', 'Favorite color'], fields: ['name', 'emails', 'phones', 'tags'],
          mapping: { 'Full name': 'name', 'E-mail': 'emails', 'Favorite color': '' }, remembered: false, total: 2, sample: [['Ana Ruiz', 'ana@example.org', 'blue']] });
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
    expect(screen.getByText(/Emails: Enter a valid email address/)).toBeInTheDocument();
    const dryUrl = new URL(calls.find((c) => c.url.includes('dryRun'))!.url, 'http://x');
    expect(JSON.parse(dryUrl.searchParams.get('mapping')!)).toEqual({ 'Full name': 'name', 'E-mail': 'emails', 'Favorite color': 'tags' });
    expect(dryUrl.searchParams.get('region')).toBe('region-a');

    await user.click(screen.getByRole('button', { name: 'Import 1 rows' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: '4. Done' })).toBeInTheDocument(), { timeout: 3000 });
    expect(screen.getByLabelText('Import progress')).toHaveAttribute('value', '2');
    expect(screen.getByText('2 of 2 rows', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('1 new')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the people' })).toHaveAttribute('href', '/people');
  });

  it('imports ties: lists the ties fields, and shows a bulk job’s progress by the file read', async () => {
    const TIES = 'Email 1,Email 2,Strength\nana@example.org,bo@example.org,3\n';
    const calls: string[] = [];
    let polls = 0;
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      calls.push(url);
      const json = (b: unknown) => new Response(JSON.stringify(b), { status: 200, headers: { 'content-type': 'application/json' } });
      if (url.includes('preview=true')) {
        return json({ kind: 'ties', headers: ['Email 1', 'Email 2', 'Strength'], fields: ['personEmail', 'personId', 'personName', 'personZip', 'otherEmail', 'otherId', 'otherName', 'otherZip', 'strength', 'context', 'since', 'lastContact', 'region'],
          mapping: { 'Email 1': 'personEmail', 'Email 2': 'otherEmail', Strength: 'strength' }, remembered: false, total: 1, sample: [['ana@example.org', 'bo@example.org', '3']] });
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
    expect(await screen.findByText(/ties\.csv: 1 rows/)).toBeInTheDocument();
    expect(calls[0]).toMatch(/^\/import\/ties\?/);
    expect(screen.getByLabelText('Field for Email 1')).toHaveValue('personEmail');
    const options = within(screen.getByLabelText('Field for Email 2')).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(['First person: email', 'Second person: email', 'Second person: name', 'Strength (1 to 5)', 'How they know each other', 'Last contact (YYYY-MM-DD)']));

    await user.click(screen.getByRole('button', { name: 'Dry run' }));
    expect(await screen.findByText('1 would be new')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 1 rows' }));
    expect(await screen.findByText(/1 rows, writing/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: '4. Done' })).toBeInTheDocument(), { timeout: 3000 });
    expect(screen.getByLabelText('Import progress')).toHaveAttribute('value', '100');
    expect(screen.getByRole('link', { name: 'See the people' })).toHaveAttribute('href', '/people');
  });
});

import type { Browser } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage, screenshot, signIn } from '../support/browser.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, restartServer, startServer, type RunningServer } from '../support/server.js';

// The Import page in headless Chromium: upload a CSV, change a column's field, dry-run it (row-by-row report),
// run it with the progress bar, read the summary, then roll it back from "Your imports".

const ROWS = 1200;
/** A count as a pattern: the page writes counts in the reader's locale, with or without digit grouping (1,201 or 1201). */
const num = (x: number) => x.toLocaleString('en-US').replace(/,/g, ',?');

describe('Web app: import, in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('a leader maps columns, dry-runs, imports with a progress bar, sees the summary, and rolls the import back', async () => {
    // Enough rows for several batches (500 a transaction), so the bar moves; one bad row; a column to map by hand.
    const lines = ['Full name,E-mail,Postcode thing,Group'];
    for (let i = 0; i < ROWS; i++) lines.push(`Browser Importee ${String(i).padStart(4, '0')},browser.importee.${i}@example.org,60614,volunteers`);
    lines.push('Bad Address,not-an-email,60614,');
    const csv = `${lines.join('\n')}\n`;

    const { context, page } = await newPage(browser, DESKTOP);
    try {
      await signIn(page, server.url, DEMO.leader);
      await page.getByRole('navigation', { name: 'Main' }).getByText('More', { exact: true }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
      await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
      await page.getByText('No imports yet.').waitFor();

      await page.getByLabel('CSV file').setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByText(new RegExp(`^members\\.csv: ${num(ROWS + 1)} rows`)).waitFor();
      // Suggested from the names; the unknown column is mapped by hand.
      await expect(page.getByLabel('Field for Full name').inputValue()).resolves.toBe('name');
      await expect(page.getByLabel('Field for E-mail').inputValue()).resolves.toBe('emails');
      await expect(page.getByLabel('Field for Postcode thing').inputValue()).resolves.toBe('');
      await page.getByLabel('Field for Postcode thing').selectOption('zip');
      await page.getByLabel('Field for Group').selectOption('tags');

      await page.getByRole('button', { name: 'Dry run' }).click();
      await page.getByText(`${ROWS} would be new`).waitFor();
      const report = page.getByRole('table', { name: 'Row by row' });
      await page.getByText('Every row (the first 1000)').click();
      await report.getByRole('row', { name: /^2 Browser Importee 0000 New/ }).waitFor();
      await expect(page.getByRole('table', { name: /Rows skipped/ }).innerText()).resolves.toMatch(/1202\s+Bad Address\s+Emails: Enter a valid email address/);
      await screenshot(page, 'desktop-import-dry-run');

      await page.getByRole('button', { name: new RegExp(`^Import ${num(ROWS)} rows$`) }).click();
      // The bar is seen part way, then full.
      const bar = page.getByLabel('Import progress');
      await bar.waitFor();
      const seen = new Set<string>();
      for (let i = 0; i < 400; i++) {
        seen.add((await bar.getAttribute('value')) ?? '');
        if (await page.getByRole('heading', { name: '4. Done' }).isVisible()) break;
        await page.waitForTimeout(25);
      }
      await page.getByRole('heading', { name: '4. Done' }).waitFor();
      await expect(bar.getAttribute('value')).resolves.toBe(String(ROWS + 1));
      // Seen while running (short of the total: 0 when the job starts, then per batch of 500), then full.
      expect([...seen].some((v) => Number(v) < ROWS + 1)).toBe(true);
      const summary = page.getByRole('list', { name: 'Summary' });
      await expect(summary.innerText()).resolves.toMatch(new RegExp(`${ROWS} new[\\s\\S]*0 updated[\\s\\S]*0 unchanged[\\s\\S]*1 skipped`));
      await screenshot(page, 'desktop-import-done');

      const api = new GraphqlClient(server.url);
      await api.signIn(DEMO.leader, DEMO_PASSWORD);
      const count = async () => (await api.ok<{ people: { totalCount: number } }>(`{ people(search: "browser importee", first: 1) { totalCount } }`)).people.totalCount;
      expect(await count()).toBe(ROWS);
      const one = await api.ok<{ people: { nodes: Array<{ zip: string; tags: string[] }> } }>(`{ people(search: "browser importee 0007", first: 1) { nodes { zip tags } } }`);
      expect(one.people.nodes[0]).toEqual({ zip: '60614', tags: ['volunteers'] });

      // Roll back: it asks first, then removes what the import created.
      const job = page.getByTestId('import-job').first();
      await expect(job.innerText()).resolves.toMatch(new RegExp(`People from members\\.csv[\\s\\S]*Done[\\s\\S]*${num(ROWS + 1)} of ${num(ROWS + 1)} rows · ${num(ROWS)} new`));
      await job.getByRole('button', { name: 'Roll back' }).click();
      await expect(job.getByRole('alertdialog').innerText()).resolves.toMatch(new RegExp(`What it created \\(${num(ROWS)}\\) is removed`));
      await job.getByRole('button', { name: 'Roll back this import of people' }).click();
      await page.getByText(new RegExp(`^Rolled back: ${num(ROWS)} removed, 0 put back as before\\.`)).waitFor();
      await page.getByTestId('import-job').first().getByText('Rolled back', { exact: true }).waitFor();
      expect(await count()).toBe(0);
      await screenshot(page, 'desktop-import-rolled-back');
    } finally {
      await context.close();
    }
  });
});

// An import cut short by a crash, resumed in the browser: the server is killed (SIGKILL) part-way through a people
// file on the rows path, started again on the same data folder and port; the user reloads, sees the interrupted job,
// chooses the same file again and resumes it. Every row ends up in exactly once.

/** Rows of the people file that are valid: under the bulk threshold (20,000), so the rows path (batches of 500, each
 *  written in one transaction with the job's progress); enough that the import is still running when the first batch is in. */
const RESUME_ROWS = 5000;
const BATCH = 500;

interface Job { id: string; kind: string; status: string; processed: number; total: number; created: number; updated: number; unchanged: number; skipped: number; resumedFrom: number }

describe('Web app: resuming an import interrupted by a crash, in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('a leader starts an import, the app crashes part-way, and after the restart the same file resumes it: every row in exactly once', async () => {
    const lines = ['Full name,E-mail,Postcode thing,Group'];
    for (let i = 0; i < RESUME_ROWS; i++) lines.push(`Resume Importee ${String(i).padStart(4, '0')},resume.importee.${i}@example.org,60614,canvassers`);
    lines.push('Bad Address,not-an-email,60614,');
    const TOTAL = RESUME_ROWS + 1;
    const file = { name: 'canvass-list.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) };

    /** Which of the file's people are in (by number), and how many times each: from an admin's export of everyone. */
    const peopleIn = async () => {
      const admin = new GraphqlClient(server.url);
      await admin.signIn(DEMO.admin, DEMO_PASSWORD);
      const res = await admin.get('/export/people.csv');
      expect(res.status).toBe(200);
      const text = await res.text();
      const counts = new Map<number, number>();
      for (const m of text.matchAll(/Resume Importee (\d{4})/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
      return { counts, badRow: text.includes('Bad Address') };
    };
    /** Rows 0..n-1 of the file are in, each exactly once, and no other. */
    const expectFirstRowsIn = async (n: number) => {
      const { counts, badRow } = await peopleIn();
      const missing = Array.from({ length: n }, (_, i) => i).filter((i) => !counts.has(i));
      const twice = [...counts].filter(([, c]) => c > 1).map(([i]) => i);
      const beyond = [...counts.keys()].filter((i) => i >= n);
      expect({ missing: missing.slice(0, 10), twice: twice.slice(0, 10), beyond: beyond.slice(0, 10), badRow }).toEqual({ missing: [], twice: [], beyond: [], badRow: false });
      expect(counts.size).toBe(n);
    };

    const { context, page } = await newPage(browser, DESKTOP);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      await signIn(page, server.url, DEMO.leader);
      await page.getByRole('navigation', { name: 'Main' }).getByText('More', { exact: true }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
      await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
      await page.getByText('No imports yet.').waitFor();

      // 1. Upload, map, dry-run, start.
      await page.getByLabel('CSV file').setInputFiles(file);
      await page.getByText(new RegExp(`^canvass-list\\.csv: ${num(TOTAL)} rows`)).waitFor();
      await page.getByLabel('Field for Postcode thing').selectOption('zip');
      await page.getByLabel('Field for Group').selectOption('tags');
      await page.getByRole('button', { name: 'Dry run' }).click();
      await page.getByText(`${RESUME_ROWS} would be new`).waitFor();
      const started = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/import/people' && r.status() === 202);
      await page.getByRole('button', { name: new RegExp(`^Import ${num(RESUME_ROWS)} rows$`) }).click();
      const jobId = ((await (await started).json()) as Job).id;
      await page.getByRole('heading', { name: '4. Importing…' }).waitFor();

      // 2. Crash: SIGKILL once the job says at least one batch is in, and not all (the API's view of the running job).
      const cookie = (await context.cookies(server.url)).map((c) => `${c.name}=${c.value}`).join('; ');
      const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
        const res = await fetch(`${server.url}${path}`, { ...init, headers: { accept: 'application/json', cookie, ...(init.headers ?? {}) } });
        const body = (await res.json()) as T;
        if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
        return body;
      };
      let seen: Job;
      for (const deadline = Date.now() + 30_000; ;) {
        seen = await api<Job>(`/import/jobs/${jobId}`);
        if (seen.status !== 'running') throw new Error(`The import ended (${seen.status}, ${seen.processed} of ${seen.total} rows) before the crash`);
        if (seen.processed >= BATCH) break;
        if (Date.now() > deadline) throw new Error(`No batch in after 30 s (${seen.processed} rows)`);
        await new Promise((r) => setTimeout(r, 10));
      }
      await server.kill();
      expect(seen.processed).toBeLessThan(TOTAL);

      // 3. The app starts again on the same data: the job is interrupted at a batch boundary, and every row of the
      // batches it counts is in (nothing saved before the crash lost), exactly once, and nothing beyond them.
      server = await restartServer(server);
      const [stored] = await api<Job[]>('/import/jobs');
      expect(stored).toMatchObject({ id: jobId, kind: 'people', status: 'interrupted', total: TOTAL });
      const n = stored.processed;
      expect(n).toBeGreaterThanOrEqual(seen.processed);
      expect(n).toBeLessThan(RESUME_ROWS);
      expect(n % BATCH).toBe(0);
      expect(stored).toMatchObject({ created: n, updated: 0, unchanged: 0, skipped: 0 });
      await expectFirstRowsIn(n);

      // The user reloads: the job is listed as interrupted, with its rows so far and how to resume it.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
      const job = page.getByTestId('import-job').first();
      await job.getByText('Interrupted', { exact: true }).waitFor();
      await expect(job.innerText()).resolves.toMatch(new RegExp(`People from canvass-list\\.csv[\\s\\S]*${num(n)} of ${num(TOTAL)} rows · ${num(n)} new · 0 updated · 0 unchanged · 0 skipped`));
      await job.getByText(/The import was interrupted \(the app stopped\)\..*To resume, choose the same file above\./).waitFor();
      await screenshot(page, 'desktop-import-interrupted');

      // 4. The same file again: it offers to resume; resuming shows the bar, then the summary of the whole file.
      await page.getByLabel('CSV file').setInputFiles(file);
      await page.getByText(new RegExp(`^canvass-list\\.csv: ${num(TOTAL)} rows`)).waitFor();
      // Rows numbered as the file (and the skipped rows below) number them, the header being row 1: n rows in → row n + 2.
      await page.getByText(new RegExp(`stopped after ${num(n)} of ${num(TOTAL)} rows \\(interrupted\\)`)).waitFor();
      const resume = page.getByRole('button', { name: `Resume from row ${n + 2}` });
      await resume.waitFor();
      await resume.click();
      const bar = page.getByLabel('Import progress');
      await bar.waitFor();
      await page.getByText(`(resumed at row ${n + 2})`).waitFor();
      await page.getByRole('heading', { name: '4. Done' }).waitFor({ timeout: 30_000 });
      await expect(bar.getAttribute('value')).resolves.toBe(String(TOTAL));
      await expect(bar.getAttribute('max')).resolves.toBe(String(TOTAL));
      await expect(bar.locator('xpath=..').innerText()).resolves.toMatch(new RegExp(`${num(TOTAL)} of ${num(TOTAL)} rows \\(resumed at row ${num(n + 2)}\\)`));
      const summary = page.getByRole('list', { name: 'Summary' });
      await expect(summary.innerText()).resolves.toMatch(new RegExp(`${RESUME_ROWS} new[\\s\\S]*0 updated[\\s\\S]*0 unchanged[\\s\\S]*1 skipped`));
      await expect(page.getByRole('table', { name: /Rows skipped/ }).innerText()).resolves.toMatch(new RegExp(`${TOTAL + 1}\\s+Bad Address\\s+Emails: Enter a valid email address`));
      await expect(page.getByRole('button', { name: /^Resume from row/ }).count()).resolves.toBe(0);
      await page.getByTestId('import-job').first().getByText('Done', { exact: true }).waitFor();
      await expect(page.getByTestId('import-job').first().innerText()).resolves.toMatch(new RegExp(`${num(TOTAL)} of ${num(TOTAL)} rows · ${num(RESUME_ROWS)} new · 0 updated · 0 unchanged · 1 skipped`));
      await expect(page.getByTestId('import-job').count()).resolves.toBe(1);
      await screenshot(page, 'desktop-import-resumed');

      // Every valid row is in exactly once: the rows before the crash were not imported twice.
      await expectFirstRowsIn(RESUME_ROWS);
      const people = new GraphqlClient(server.url);
      await people.signIn(DEMO.leader, DEMO_PASSWORD);
      const count = async (q: string) => (await people.ok<{ people: { totalCount: number } }>(`query($q: String) { people(search: $q, first: 1) { totalCount } }`, { q })).people.totalCount;
      expect(await count('resume importee')).toBe(RESUME_ROWS);
      for (const i of [0, n - 1, n, RESUME_ROWS - 1]) expect([i, await count(`resume importee ${String(i).padStart(4, '0')}`)]).toEqual([i, 1]);
      // The file is no longer offered for resuming.
      const again = await api<{ resumable: Job[] }>('/import/people?preview=true', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file.buffer.toString() });
      expect(again.resumable).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

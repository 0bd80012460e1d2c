import type { Browser } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage, screenshot, signIn } from '../support/browser.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

// The Import page in headless Chromium: upload a CSV, change a column's field, dry-run it (row-by-row report),
// run it with the progress bar, read the summary, then roll it back from "Your imports".

const ROWS = 1200;

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
      await page.getByText(`members.csv: ${ROWS + 1} rows`).waitFor();
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

      await page.getByRole('button', { name: `Import ${ROWS} rows` }).click();
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
      await expect(job.innerText()).resolves.toMatch(/People from members\.csv[\s\S]*Done[\s\S]*1201 of 1201 rows · 1200 new/);
      await job.getByRole('button', { name: 'Roll back' }).click();
      await expect(job.getByRole('alertdialog').innerText()).resolves.toMatch(/What it created \(1200\) is removed/);
      await job.getByRole('button', { name: 'Roll back this import of people' }).click();
      await page.getByText('Rolled back: 1200 removed, 0 put back as before.').waitFor();
      await page.getByTestId('import-job').first().getByText('Rolled back', { exact: true }).waitFor();
      expect(await count()).toBe(0);
      await screenshot(page, 'desktop-import-rolled-back');
    } finally {
      await context.close();
    }
  });
});

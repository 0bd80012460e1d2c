import type { Browser } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage } from '../support/browser.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

// The sign-in page in headless Chromium when the server refuses a sign-in with HTTP 429.
describe('Web app: sign-in limit, in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ SIGNIN_MAX_FAILURES: '2' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server.stop();
    removeDir(server.dataDir);
  });

  it('says how many minutes to wait after too many wrong passwords, while another account still signs in', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    try {
      const statuses: number[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('/graphql') && r.request().postData()?.includes('SignIn')) statuses.push(r.status());
      });
      await page.goto(server.url);
      const alert = page.getByRole('alert');
      for (const wrong of ['first wrong password', 'second wrong password']) {
        await page.getByLabel('Email').fill(DEMO.leader);
        await page.getByLabel('Password').fill(wrong);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await alert.filter({ hasText: 'That email and password do not match an account.' }).waitFor();
      }
      // The right password now: the server refuses it unchecked, and the page says when to try again.
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await alert.filter({ hasText: /Too many failed sign-in attempts\. Try again in 1[45] minutes\./ }).waitFor();
      expect(statuses).toEqual([200, 200, 429]);
      expect(await page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
      // Another account is not locked out by this one's failures.
      await page.getByLabel('Email').fill(DEMO.staff);
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('#main').waitFor();
    } finally {
      await context.close();
    }
  });
});

import type { Browser, Page } from 'playwright-core';
import { auditEveryPage, expectAccessible } from '../support/axe.js';
import { DESKTOP, PHONE, launchBrowser, newPage, screenshot, signIn } from '../support/browser.js';
import { DEMO, removeDir, startServer, type RunningServer } from '../support/server.js';

// Every page of the navigation, as staff, in light and in dark mode: axe finds nothing serious or critical,
// the navigation holds one row at 1280 px, focus lands on each page's heading, no word is broken inside.

// People is where signing in lands, so it comes last (following a link to the page one is on moves nothing).
const TOP = ['Organizations', 'Campaigns', 'Events', 'Follow-ups', 'Reach', 'People'];
const MORE = ['Teams', 'Issues', 'Races', 'Groups map', 'Network map', 'Leaders', 'Gaps', 'Duplicates', 'Import'];

async function openFromMore(page: Page, label: string): Promise<void> {
  const more = page.locator('details.nav-more');
  if (!(await more.evaluate((d) => (d as HTMLDetailsElement).open))) await more.locator('summary').click();
  await more.getByRole('link', { name: label, exact: true }).click();
}

/** The page's h1 has focus once it has rendered (the user followed a link to it). */
async function headingHasFocus(page: Page): Promise<string> {
  await page.locator('#main h1').first().waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  return page.evaluate(() => document.activeElement!.textContent ?? '');
}

/** Words (letters only, four or more) of the main area whose letters stand on two lines. */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('#main') ?? document.body, NodeFilter.SHOW_TEXT);
    // Text kept only for screen readers (a 1 px clipped box) wraps letter by letter where no one sees it.
    const unseen = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        const box = e.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return true;
      }
      return false;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (unseen(node.parentElement)) continue;
      for (const m of text.matchAll(/\p{L}{4,}/gu)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

/** Rows of the top bar: the brand, every navigation item, the account's name and Sign out, each one line high. */
async function navigationRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll('.topbar .brand, .topbar nav > ul > li, .topbar .whoami-name, .topbar .whoami button')];
    const boxes = items.map((e) => e.getBoundingClientRect()).filter((b) => b.width > 0);
    const rows: number[] = [];
    for (const b of boxes) {
      const centre = b.top + b.height / 2;
      if (!rows.some((r) => Math.abs(r - centre) < b.height / 2)) rows.push(centre);
    }
    return rows.length;
  });
}

describe('Web app: every page is accessible, in light and dark mode', () => {
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

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`staff visit every page of the navigation (${colorScheme}): axe finds nothing serious, focus goes to each heading, one-row navigation`, async () => {
      const { context, page } = await newPage(browser, { ...DESKTOP, colorScheme });
      const audit = auditEveryPage(page);
      try {
        await signIn(page, server.url, DEMO.staff);
        await page.locator('#main h1').first().waitFor();
        expect(await navigationRows(page)).toBe(1);
        // The account's name on one line, not folded under itself.
        const name = await page.getByTestId('whoami').evaluate((e) => ({ height: e.getBoundingClientRect().height, line: parseFloat(getComputedStyle(e).lineHeight) || 24 }));
        expect(name.height).toBeLessThan(name.line * 1.9);
        // Nothing of the bar is pushed past its right edge.
        const bar = await page.evaluate(() => {
          const inner = document.querySelector('.topbar-inner')!;
          const right = Math.max(...[...inner.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right));
          return { right: Math.round(right), width: window.innerWidth, page: document.documentElement.scrollWidth };
        });
        expect(bar.right).toBeLessThanOrEqual(bar.width);
        if (colorScheme === 'dark') {
          // The page itself is dark, not only the browser's controls.
          const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const [r, g, b] = bg.match(/\d+/g)!.map(Number);
          expect(r + g + b).toBeLessThan(150);
        }
        const broken: string[] = [];
        for (const label of [...TOP, ...MORE]) {
          if (TOP.includes(label)) await page.locator('nav[aria-label="Main"] > ul > li > a', { hasText: label }).first().click();
          else await openFromMore(page, label);
          const heading = await headingHasFocus(page).catch(() => `no focused heading on ${label}`);
          expect(heading).not.toMatch(/^no focused heading/);
          broken.push(...(await brokenWords(page)).map((w) => `${label}: ${w}`));
          // Stay on the page until axe has checked it: on a busy machine the next click came first.
          await audit.settled();
        }
        // A record page too: the first person of the list.
        await page.locator('nav[aria-label="Main"] > ul > li > a', { hasText: 'People' }).first().click();
        await headingHasFocus(page);
        await page.locator('#main tbody a[href^="/people/"]').first().click({ timeout: 30_000 });
        await headingHasFocus(page);
        await screenshot(page, `accessibility-person-${colorScheme}`);
        expect(broken).toEqual([]);
        await audit.expectNoFindings();
        expect(audit.checked.length).toBeGreaterThanOrEqual(TOP.length + MORE.length);
      } finally {
        await context.close();
      }
      // Twenty pages, each checked by axe: the limit is for a hung test, not a slow machine.
    }, 300_000);
  }

  it('Export is offered to an account with the export permission only; the phone layout breaks no word either', async () => {
    const admin = await newPage(browser, DESKTOP);
    try {
      await signIn(admin.page, server.url, DEMO.admin);
      await openFromMore(admin.page, 'Export');
      await headingHasFocus(admin.page);
      await expectAccessible(admin.page);
    } finally {
      await admin.context.close();
    }
    const { context, page } = await newPage(browser, PHONE);
    try {
      await signIn(page, server.url, DEMO.connector);
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.locator('details.nav-more summary').click();
      await page.getByRole('link', { name: 'Leaders', exact: true }).waitFor();
      await expect(page.getByRole('link', { name: 'Export', exact: true }).count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Menu' }).or(page.getByRole('button', { name: 'Close' })).first().click();
      await expect(brokenWords(page)).resolves.toEqual([]);
      await expectAccessible(page);
      await screenshot(page, 'accessibility-phone-people');
    } finally {
      await context.close();
    }
  }, 120_000);
});

import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, newPage, screenshot, signIn } from '../support/browser.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

// Organizing in the browser: a connector logs a one-to-one on a phone and finds it on the person's page; the
// affiliate groups map finds the groups near a zip code and highlights them.

const NOTES = 'Talked about the school closures; she wants to bring her neighbors.';
const FOLLOW_UP = 'Send her the campaign one-pager';

async function noHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('Web app: organizing, in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let api: GraphqlClient;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    api = new GraphqlClient(server.url);
    await api.signIn(DEMO.connector, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('a connector logs a one-to-one on a phone, with a follow-up, and sees it on the person’s page', async () => {
    // Someone the connector can see, other than their own person record, with a name no one else shares.
    const { me, people } = await api.ok<{
      me: { person: { id: string; name: string } };
      people: { nodes: Array<{ id: string; name: string }> };
    }>(`{ me { person { id name } } people(first: 100) { nodes { id name } } }`);
    const names = people.nodes.map((p) => p.name);
    const other = people.nodes.find((p) => p.id !== me.person.id && names.filter((n) => n === p.name).length === 1)!;
    const typed = other.name.slice(0, -2); // part of their name

    const { context, page } = await newPage(browser, PHONE);
    try {
      await signIn(page, server.url, DEMO.connector);
      // "Log" is one tap away on a phone, beside the menu.
      await page.getByRole('link', { name: 'Log a meeting' }).click();
      await page.getByRole('heading', { level: 1, name: 'Log a meeting' }).waitFor();

      // Defaults: a one-to-one, today.
      await expect(page.getByLabel('One-to-one').isChecked()).resolves.toBe(true);
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      await expect(page.getByLabel('Date').inputValue()).resolves.toBe(today);

      // Saving with no one chosen: the message is beside the people field.
      await page.getByRole('button', { name: 'Save meeting' }).click();
      const who = page.getByRole('searchbox', { name: 'Who did you meet?' });
      await expect(who.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.locator('#log-people-error').innerText()).resolves.toMatch(/Choose who you met/);

      // Type part of the name, tap the match: it becomes a chip.
      await who.fill(typed);
      await page.getByRole('button', { name: new RegExp(`^Add ${escape(other.name)}\\b`) }).click();
      await page.getByRole('button', { name: `Remove ${other.name}` }).waitFor();
      await expect(who.getAttribute('aria-invalid')).resolves.toBeNull();

      await page.getByLabel('Notes (optional)').fill(NOTES);
      await page.getByRole('button', { name: 'Add a follow-up' }).click();
      await page.getByLabel('Follow-up 1: what to do').fill(FOLLOW_UP);
      await noHorizontalOverflow(page);
      await screenshot(page, 'phone-log-meeting');

      await page.getByRole('button', { name: 'Save meeting' }).click();
      const saved = page.getByTestId('log-saved');
      await saved.waitFor();
      await expect(saved.innerText()).resolves.toMatch(new RegExp(`One-to-one on .* with ${escape(other.name)}`));
      // The form is ready for the next one.
      await expect(page.getByRole('button', { name: `Remove ${other.name}` }).count()).resolves.toBe(0);
      await screenshot(page, 'phone-log-meeting-saved');

      // The message links to the person; their page lists the meeting, with its notes and follow-up.
      await saved.getByRole('link', { name: other.name }).click();
      await page.getByRole('heading', { level: 1, name: other.name }).waitFor();
      const meetings = page.getByRole('region', { name: 'Meetings', exact: true });
      await meetings.getByText(NOTES).waitFor();
      await expect(meetings.innerText()).resolves.toMatch(/One-to-one/);
      await expect(meetings.innerText()).resolves.toContain(FOLLOW_UP);
      await expect(meetings.innerText()).resolves.toContain(me.person.name); // the connector held it
      // The tie between them grew from the meeting.
      const grown = page.getByRole('region', { name: 'Relationships from meetings' });
      await grown.getByRole('link', { name: me.person.name }).waitFor();
      await expect(grown.innerText()).resolves.toMatch(/1 meeting/);
      await meetings.scrollIntoViewIfNeeded();
      await noHorizontalOverflow(page);
      await screenshot(page, 'phone-person-meetings');

      // "Log a meeting" from the person's page starts with them chosen.
      await meetings.getByRole('link', { name: /Log a meeting/ }).click();
      await page.getByRole('button', { name: `Remove ${other.name}` }).waitFor();

      // The follow-up is on My follow-ups; marking it done takes one tap.
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' }).click();
      await page.getByRole('heading', { level: 1, name: 'My follow-ups' }).waitFor();
      const item = page.getByLabel(FOLLOW_UP);
      await item.waitFor();
      await noHorizontalOverflow(page);
      await screenshot(page, 'phone-follow-ups');
      await item.click(); // it leaves the open list at once
      await page.getByRole('status').filter({ hasText: 'is done' }).waitFor();
      await expect(page.getByLabel(FOLLOW_UP).count()).resolves.toBe(0);
      await page.getByLabel('Show done follow-ups').check();
      await expect(page.getByLabel(FOLLOW_UP).isChecked()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  it('the groups map finds the affiliate groups near a zip code, lists them with distances and highlights them', async () => {
    const { affiliateMap } = await api.ok<{
      affiliateMap: { groups: Array<{ organization: { id: string; name: string }; place: { zip: string } | null }> };
    }>(`{ affiliateMap { groups { organization { id name } place { zip } } } }`);
    const placed = affiliateMap.groups.filter((g) => g.place);
    expect(placed.length).toBeGreaterThan(1);
    const zip = placed[0].place!.zip;

    const { context, page } = await newPage(browser, DESKTOP);
    try {
      await signIn(page, server.url, DEMO.staff);
      await page.getByRole('navigation', { name: 'Main' }).getByText('More', { exact: true }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups map' }).click();
      await page.getByRole('heading', { level: 1, name: 'Affiliate groups' }).waitFor();
      const map = page.getByTestId('us-map');
      await page.locator('[data-testid="us-map"][data-outline="loaded"]').waitFor();
      // Staff see every region's groups: one dot per placed group.
      const everyGroup = await page.getByTestId('all-groups').locator('li').count();
      expect(everyGroup).toBeGreaterThanOrEqual(placed.length);
      await expect(map.locator('circle.group-dot').count()).resolves.toBeGreaterThanOrEqual(placed.length);
      await expect(map.locator('circle.group-dot.highlighted').count()).resolves.toBe(0);
      await expect(page.getByTestId('clusters').innerText()).resolves.toMatch(/Overlapping groups 1/);
      await screenshot(page, 'desktop-groups-map');

      await page.getByLabel('ZIP code', { exact: true }).fill(zip);
      await page.getByLabel('Within (miles)').fill('10');
      await page.getByRole('button', { name: 'Find near ZIP' }).click();
      const results = page.getByTestId('nearby-groups');
      await results.waitFor();
      await expect(page.getByRole('heading', { name: new RegExp(`Within 10 miles of ${zip}`) }).count()).resolves.toBe(1);

      // Listed nearest first with distances; the group at that zip code is 0 miles away.
      const rows = results.locator('li');
      const count = await rows.count();
      expect(count).toBeGreaterThanOrEqual(1);
      await expect(rows.first().innerText()).resolves.toMatch(/\b0 mi\b/);
      const distances = (await rows.allInnerTexts()).map((t) => Number(/([\d.]+) mi/.exec(t)![1]));
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(Math.max(...distances)).toBeLessThanOrEqual(10);
      await expect(results.innerText()).resolves.toContain(placed[0].organization.name);

      // The same groups are highlighted on the map, and only they.
      const highlighted = map.locator('circle.group-dot.highlighted');
      await expect(highlighted.count()).resolves.toBe(count);
      const listedIds = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/').pop()));
      const highlightedIds = await highlighted.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-group-id')));
      expect([...highlightedIds].sort()).toEqual([...listedIds].sort());
      // Each dot has a title naming its group.
      await expect(highlighted.first().locator('title').textContent()).resolves.toMatch(/mi from/);
      // People near the zip code are listed too.
      await page.getByTestId('nearby-people').waitFor();
      await screenshot(page, 'desktop-groups-map-near-zip');

      // On a phone, the list comes first and the page fits the screen.
      const phone = await newPage(browser, PHONE);
      try {
        await signIn(phone.page, `${server.url}`, DEMO.connector);
        await phone.page.goto(`${server.url}/groups/map?zip=${zip}&miles=10`);
        await phone.page.getByTestId('nearby-groups').waitFor();
        await phone.page.locator('[data-testid="us-map"][data-outline="loaded"]').waitFor();
        await expect(phone.page.locator('circle.group-dot.highlighted').count()).resolves.toBeGreaterThanOrEqual(1);
        await noHorizontalOverflow(phone.page);
        await screenshot(phone.page, 'phone-groups-map-near-zip');
      } finally {
        await phone.context.close();
      }
    } finally {
      await context.close();
    }
  });
});

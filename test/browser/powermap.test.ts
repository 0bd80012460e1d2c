import { readFileSync } from 'node:fs';
import { screenshot } from '../support/browser.js';
import { useDemoWithBrowser } from '../support/demo.js';

// A campaign's power map in the browser, as a regional leader: opened from the demo's mobilizing campaign, someone
// moved on the grid with the keyboard (kept after a reload), the PNG downloaded, and the print view without the app's
// navigation.

const MOBILIZING = 'Counselors, not cuts (Chicago)';

describe('Web app: a campaign’s power map, in a browser', () => {
  const demo = useDemoWithBrowser();

  it('a leader opens the mobilizing campaign’s power map, moves someone, downloads the PNG and prints it', async () => {
    const { context, page } = await demo.openSignedIn('leader');
    try {
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Campaigns' }).click();
      await page.getByRole('link', { name: MOBILIZING }).click();
      await page.getByRole('heading', { level: 1, name: MOBILIZING }).waitFor();
      await page.getByRole('link', { name: 'Power map' }).click();
      await page.getByRole('heading', { level: 1, name: `Power map: ${MOBILIZING}` }).waitFor();
      expect(await page.getByTestId('power-map-target').innerText()).toMatch(/^Target:\s+\S+/);

      const grid = page.getByRole('group', { name: 'Power map grid' });
      const chip = grid.locator('button.pm-chip:not([disabled])').first();
      const name = (await chip.innerText()).trim();
      const cellOf = async (n: string) =>
        grid.locator('[role=group]', { has: page.getByRole('button', { name: n, exact: true }) }).first().getAttribute('aria-label');
      const before = await cellOf(name);
      const [, stanceWords, influence] = /^(.*), influence (\d)$/.exec(before ?? '') ?? [];
      expect(stanceWords).toBeTruthy();

      // Select, then move one step up (more influence), or down when already at the top.
      await chip.click();
      await chip.focus();
      const up = Number(influence) < 5;
      await page.keyboard.press(up ? 'ArrowUp' : 'ArrowDown');
      const expected = `${stanceWords}, influence ${Number(influence) + (up ? 1 : -1)}`;
      await grid.getByRole('group', { name: expected }).getByRole('button', { name }).waitFor();
      await page.getByRole('status').filter({ hasText: `${name} moved to` }).waitFor();

      // Kept: after a reload it is still there, placed by hand.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: `Power map: ${MOBILIZING}` }).waitFor();
      const moved = page.getByRole('group', { name: 'Power map grid' }).getByRole('group', { name: expected }).getByRole('button', { name });
      expect(await moved.innerText()).toContain(name);
      await moved.click();
      expect(await page.getByRole('region', { name }).innerText()).toMatch(/Placed by hand: \d of 5/);
      await screenshot(page, 'power-map-desktop');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
      expect(download.suggestedFilename()).toBe('power-map-counselors-not-cuts-chicago.png');
      const png = readFileSync((await download.path())!);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // IHDR: the grid's 1200 × 900 pixels.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 900]);
      expect(png.length).toBeGreaterThan(10_000);

      // The printable page: the grid and everyone's row, without the navigation or the buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await nav.isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Download PNG' }).isVisible()).toBe(false);
      expect(await grid.isVisible()).toBe(true);
      expect(await page.getByRole('region', { name: 'Everyone on the map' }).getByRole('row', { name: new RegExp(name) }).isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    } finally {
      await context.close();
    }
  });
});

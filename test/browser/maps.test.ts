import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

// The network map in a browser, on the demo coalition: opened from the menu, drawn with WebGL (SwiftShader here),
// a record found and its details shown, the PNG downloaded; and on a phone-size screen.

async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#main').waitFor();
}

/** Pixels of the drawn map (a screenshot of its element, decoded by the browser) that are not white: WebGL painted. */
async function paintedPixels(page: Page): Promise<number> {
  const png = await page.getByTestId('network-canvas').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let count = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] < 235 || px[i + 1] < 235 || px[i + 2] < 235) count++;
    return count;
  }, png.toString('base64'));
}

describe('Web app: network map, in a browser', () => {
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

  it('a leader maps their region, finds someone, opens their details and record, and downloads the map as PNG', async () => {
    const { context, page } = await newPage(browser, { ...DESKTOP, acceptDownloads: true });
    try {
      await signIn(page, server.url, DEMO.leader);
      await page.getByText('More', { exact: true }).click();
      await page.getByRole('link', { name: 'Network map' }).click();
      await page.getByLabel('Map', { exact: true }).selectOption('REGION');
      await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Great Lakes' });
      await page.locator('[data-painted="true"]').waitFor({ timeout: 20000 });
      expect(await page.getByTestId('map-status').textContent()).toMatch(/Great Lakes as of .*: showing \d+ of \d+ records/);
      expect(await page.evaluate(() => typeof window.__mapPainted)).toBe('number');
      expect(await paintedPixels(page)).toBeGreaterThan(1000);

      // Find a record by name: the camera moves to it and its details open, with the way to its page.
      await page.getByLabel('Find on the map').fill('Our Revolution');
      await page.getByRole('list', { name: 'Matches' }).getByRole('button').first().click();
      const details = page.getByRole('region', { name: 'Details' });
      await details.waitFor();
      expect(await details.textContent()).toMatch(/Organization · Great Lakes/);
      expect(await details.textContent()).toMatch(/Links \(\d+\)/);
      await page.getByLabel('Colour by').selectOption('cluster');
      expect(await page.getByRole('region', { name: 'Legend' }).textContent()).toContain('Cluster 1');
      await screenshot(page, 'network-map-desktop');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^network-map-great-lakes-\d{4}-\d{2}-\d{2}\.png$/);
      const png = readFileSync((await download.path())!);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.length).toBeGreaterThan(5000);

      await details.getByRole('link', { name: 'Open the record' }).click();
      await page.waitForURL(/\/organizations\//);
    } finally {
      await context.close();
    }
  });

  it('on a phone: the map fits the screen, and a changes-since date colours added and ended ties', async () => {
    const { context, page } = await newPage(browser, PHONE);
    try {
      await signIn(page, server.url, DEMO.staff);
      await page.goto(`${server.url}/map?scope=REGION&id=region-great-lakes&since=2023-06-01`);
      await page.locator('[data-painted="true"]').waitFor({ timeout: 20000 });
      const legend = await page.getByRole('region', { name: 'Legend' }).textContent();
      expect(legend).toContain('Link added since');
      expect(legend).toContain('Link ended since');
      const { scrollWidth, innerWidth, canvasWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        canvasWidth: document.querySelector('[data-testid="network-canvas"]')!.getBoundingClientRect().width,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(canvasWidth).toBeGreaterThan(300);
      await page.getByLabel('Only links added or ended').check();
      expect(await page.getByTestId('map-status').textContent()).toMatch(/and \d+ of \d+ links/);
      await screenshot(page, 'network-map-phone');
    } finally {
      await context.close();
    }
  });
});

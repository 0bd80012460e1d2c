import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DESKTOP, PHONE, SCREENSHOTS, newPage, screenshot, signIn } from '../support/browser.js';
import { DEMO } from '../support/server.js';
import { useDemoWithBrowser } from '../support/demo.js';

// The network map in a browser, on the demo coalition: opened from the menu already drawn (the leader's region, the
// whole coalition for staff), filling the window with the legend in view and a side panel that folds away, drawn with
// WebGL (SwiftShader here), a record found and its details shown, the whole map downloaded as PNG with its caption and
// legend; and on a phone-size screen.

/** The element is inside the window (not below the fold, not off to a side). */
async function expectInView(page: Page, element: Locator): Promise<void> {
  const b = (await element.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.y).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(width);
  expect(b.y + b.height).toBeLessThanOrEqual(height);
}

/** Keeps a file beside the screenshots (git-ignored) for a person to look at. */
function saveShot(name: string, png: Buffer): void {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, `${name}.png`), png);
}

/** Pixels of the drawn map (a screenshot of its element, decoded by the browser) that are not white: WebGL painted. */
async function paintedPixels(page: Page, blueOnly = false): Promise<number> {
  const png = await page.getByTestId('network-canvas').screenshot();
  return page.evaluate(async ({ b64, blue }) => {
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
    for (let i = 0; i < px.length; i += 4) {
      if (blue ? px[i + 2] > px[i] + 80 : px[i] < 235 || px[i + 1] < 235 || px[i + 2] < 235) count++;
    }
    return count;
  }, { b64: png.toString('base64'), blue: blueOnly });
}

/**
 * A big map in place of the server's answer (the demo coalition is small): 3,000 records in eight clusters and
 * 60,000 ties among them, in the packed form, with the real answer's scope and dictionary.
 */
function bigMap(real: { dict: { edgeKinds: string[]; changes: string[] }; nodes: Record<string, unknown> }): unknown {
  const n = 3000;
  const m = 60_000;
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const cluster = Array.from({ length: n }, (_, i) => i % 8);
  const x = cluster.map((c) => Math.cos(c) * 100 + (random() - 0.5) * 60);
  const y = cluster.map((c) => Math.sin(c) * 100 + (random() - 0.5) * 60);
  const source: number[] = [];
  const target: number[] = [];
  for (let e = 0; e < m; e++) {
    const a = Math.floor(random() * n);
    let b = Math.floor(random() * n);
    if (b === a) b = (a + 1) % n;
    source.push(a);
    target.push(b);
  }
  const degree = new Array(n).fill(0);
  for (let e = 0; e < m; e++) {
    degree[source[e]]++;
    degree[target[e]]++;
  }
  return {
    ...real,
    truncated: false,
    betweennessComputed: false,
    nodes: {
      id: Array.from({ length: n }, (_, i) => `p-big-${i}`),
      label: Array.from({ length: n }, (_, i) => `Big Person ${i}`),
      hidden: new Array(n).fill(0), kind: new Array(n).fill(0), region: new Array(n).fill(0),
      types: Array.from({ length: n }, () => []), tags: Array.from({ length: n }, () => []), roles: Array.from({ length: n }, () => []),
      cluster, x, y, degree, pagerank: degree.map((d) => d / (2 * m)), betweenness: null,
    },
    edges: {
      source, target,
      kind: new Array(m).fill(real.dict.edgeKinds.indexOf('KNOWS')),
      strength: Array.from({ length: m }, (_, e) => 1 + (e % 5)),
      since: new Array(m).fill(-1), until: new Array(m).fill(-1), detail: new Array(m).fill(-1),
      change: new Array(m).fill(real.dict.changes.indexOf('SAME')),
    },
  };
}

describe('Web app: network map, in a browser', () => {
  const demo = useDemoWithBrowser();

  it('a leader finds the map already drawn on their region, filling the screen, finds someone, opens their details and record', async () => {
    const { context, page } = await demo.openSignedIn('leader', { ...DESKTOP, acceptDownloads: true });
    try {
      await page.getByText('More', { exact: true }).click();
      await page.getByRole('link', { name: 'Network map' }).click();
      // Nothing to choose first: the leader's one region is drawn.
      await page.locator('[data-painted="true"]').waitFor({ timeout: 60_000 });
      expect(await page.getByLabel('Map', { exact: true }).inputValue()).toBe('MY_REGIONS');
      expect(await page.getByTestId('map-status').textContent()).toMatch(/Great Lakes as of .*: showing \d+ of \d+ records/);
      expect(await page.evaluate(() => typeof (window as unknown as { __mapPainted?: number }).__mapPainted)).toBe('number');
      expect(await paintedPixels(page)).toBeGreaterThan(1000);
      // The map fills the window beside the side panel, down to the bottom of the screen; the legend is in view.
      const box = async (name: string) => (await page.getByTestId(name).boundingBox())!;
      let canvas = await box('network-canvas');
      expect(canvas.width).toBeGreaterThan(1280 * 0.6);
      expect(canvas.y + canvas.height).toBeGreaterThan(800 - 40);
      expect(canvas.height).toBeGreaterThan(800 * 0.6);
      await expectInView(page, page.getByRole('region', { name: 'Legend' }));

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

      // The side panel folds away: the map takes the whole width, the legend stays over it.
      await page.getByRole('button', { name: 'Hide filters' }).click();
      expect(await page.getByRole('region', { name: 'Filters' }).count()).toBe(0);
      await page.waitForFunction(() => document.querySelector('[data-testid="network-canvas"]')!.getBoundingClientRect().width > 1280 * 0.9);
      canvas = await box('network-canvas');
      expect(canvas.width).toBeGreaterThan(1280 * 0.9);
      await expectInView(page, page.getByRole('region', { name: 'Legend' }));
      await screenshot(page, 'network-map-panel-folded');
      await page.getByRole('button', { name: 'Show filters' }).click();

      await page.getByRole('region', { name: 'Details' }).getByRole('link', { name: 'Open the record' }).click();
      await page.waitForURL(/\/organizations\//);
    } finally {
      await context.close();
    }
  });

  it('staff find the whole coalition drawn; the PNG is the whole map, zoomed in or not, with title, date, scope and legend', async () => {
    const { context, page } = await demo.openSignedIn('staff', { ...DESKTOP, acceptDownloads: true });
    try {
      await page.goto(`${demo.server.url}/map`);
      await page.locator('[data-painted="true"]').waitFor({ timeout: 60_000 });
      expect(await page.getByLabel('Map', { exact: true }).locator('option:checked').textContent()).toBe('The whole coalition');
      const status = await page.getByTestId('map-status').textContent();
      expect(status).toMatch(/^The whole coalition as of .*: showing \d+ of \d+ records/);
      const records = Number(/of ([\d,]+) records/.exec(status!)![1].replace(/,/g, ''));
      // More than one region's records: every region is on it.
      await page.goto(`${demo.server.url}/map?scope=REGION&id=region-great-lakes`);
      await page.locator('[data-painted="true"]').waitFor({ timeout: 60_000 });
      expect(records).toBeGreaterThan(Number(/of ([\d,]+) records/.exec((await page.getByTestId('map-status').textContent())!)![1].replace(/,/g, '')));
      await page.goto(`${demo.server.url}/map`);
      await page.locator('[data-painted="true"]').waitFor({ timeout: 60_000 });

      // Zoomed far in, the screen shows a small part of the map; the picture still has all of it.
      for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(400);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^network-map-the-whole-coalition-\d{4}-\d{2}-\d{2}\.png$/);
      const png = readFileSync((await download.path())!);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      saveShot('network-map-export', png);
      const picture = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const inked = (x0: number, y0: number, w: number, h: number) => {
          const px = ctx.getImageData(x0, y0, w, h).data;
          let n = 0;
          for (let i = 0; i < px.length; i += 4) if (px[i] < 200 || px[i + 1] < 200 || px[i + 2] < 200) n++;
          return n;
        };
        // Layout of mapImage.ts: a 120 px header, the map from x 32 (2000 x 1400 times the pixel ratio), the legend right of it.
        const mapW = img.width - 32 - 32 - 420 - 32;
        const mapH = img.height - 120 - 32;
        const q = (i: number, j: number) => inked(32 + (i * mapW) / 2 + 4, 120 + (j * mapH) / 2 + 4, mapW / 2 - 8, mapH / 2 - 8);
        return { width: img.width, height: img.height, title: inked(32, 20, 600, 90), legend: inked(32 + mapW + 32, 120, 420, 400), quarters: [q(0, 0), q(1, 0), q(0, 1), q(1, 1)] };
      }, png.toString('base64'));
      expect(picture.width).toBeGreaterThanOrEqual(2000);
      expect(picture.title).toBeGreaterThan(500); // the title and the date and scope line
      expect(picture.legend).toBeGreaterThan(500); // the legend's swatches and words
      // Records in every quarter of the picture: the whole map, not the zoomed-in part on screen.
      for (const n of picture.quarters) expect(n).toBeGreaterThan(50);
      await screenshot(page, 'network-map-staff-zoomed');
    } finally {
      await context.close();
    }
  });

  it('a big map draws as many links as fit at this zoom and says so, more when zoomed in, and still hovers, selects and downloads every link', async () => {
    const { context, page } = await newPage(demo.browser, { ...DESKTOP, acceptDownloads: true });
    try {
      // A fixed cost per line drawn (SwiftShader's, lod.ts PRIOR_MS_PER_UNIT) instead of one measured as the map
      // draws: how many links fit then depends on the view only, not on how busy this machine is.
      await page.addInitScript(() => Object.assign(window, { coalitionMapDrawRate: 2e-5 }));
      await signIn(page, demo.server.url, DEMO.leader);
      await page.route('**/maps/network.json?*', async (route) => route.fulfill({ json: bigMap(await (await route.fetch()).json()) }));
      await page.goto(`${demo.server.url}/map?scope=REGION&id=region-great-lakes`);
      await page.locator('[data-painted="true"]').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('map-status').textContent()).toMatch(/showing 3,000 of 3,000 records and 60,000 of 60,000 links/);
      expect(await paintedPixels(page)).toBeGreaterThan(1000);
      // 60,000 links do not fit the frame's time at the first view: the map draws some and says how many.
      const note = page.getByTestId('map-lod');
      await note.waitFor();
      const drawn = async () => Number(await page.getByTestId('network-canvas').getAttribute('data-links-drawn'));
      const before = await drawn();
      expect(before).toBeGreaterThan(0);
      expect(before).toBeLessThan(60_000);
      expect(await note.textContent()).toContain(`draws the ${before.toLocaleString('en-US')} most important of its 60,000 links`);
      expect(await page.getByTestId('network-canvas').getAttribute('data-links-total')).toBe('60000');

      // Hovering a record fades the others (people are blue, faded records grey); leaving the map brings them back.
      const blue = await paintedPixels(page, true);
      const box = (await page.getByTestId('network-canvas').boundingBox())!;
      let hovered = blue;
      for (let i = 0; i < 40 && hovered > blue / 2; i++) {
        await page.mouse.move(box.x + box.width * (0.2 + 0.6 * ((i % 8) / 7)), box.y + box.height * (0.2 + 0.6 * (Math.floor(i / 8) / 4)));
        await page.waitForTimeout(250);
        hovered = await paintedPixels(page, true);
      }
      expect(hovered).toBeLessThan(blue / 2);
      await page.mouse.move(box.x + box.width + 200, box.y + 10);
      await page.waitForTimeout(500);
      expect(await paintedPixels(page, true)).toBeGreaterThan(blue * 0.9);

      // Zoomed in, most links leave the view and cost little: more of them are drawn.
      for (let i = 0; i < 6; i++) {
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await page.waitForTimeout(300);
      }
      let after = await drawn();
      for (let i = 0; i < 50 && after <= before; i++) {
        await page.waitForTimeout(200);
        after = await drawn();
      }
      expect(after).toBeGreaterThan(before);

      // Selecting a record still opens its details; the PNG has the whole map.
      await page.getByLabel('Find on the map').fill('Big Person 2999');
      await page.getByRole('list', { name: 'Matches' }).getByRole('button', { name: 'Big Person 2999', exact: true }).click();
      expect(await page.getByRole('region', { name: 'Details' }).textContent()).toMatch(/Links \(\d+\)/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
      const png = readFileSync((await download.path())!);
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(png.length).toBeGreaterThan(5000);
    } finally {
      await context.close();
    }
  });

  it('on a phone: the map fits the screen, and a changes-since date colours added and ended ties', async () => {
    const { context, page } = await demo.openSignedIn('staff', PHONE);
    try {
      await page.goto(`${demo.server.url}/map?scope=REGION&id=region-great-lakes&since=2023-06-01`);
      await page.locator('[data-painted="true"]').waitFor({ timeout: 60_000 });
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
      // The side panel starts folded on a phone: the map comes first.
      expect(await page.getByRole('region', { name: 'Filters' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Show filters' }).click();
      await page.getByLabel('Only links added or ended').check();
      expect(await page.getByTestId('map-status').textContent()).toMatch(/and \d+ of \d+ links/);
      await screenshot(page, 'network-map-phone');
    } finally {
      await context.close();
    }
  });
});

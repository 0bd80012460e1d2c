#!/usr/bin/env node
/**
 * Network map benchmark: generates the benchmarks' coalition (bench/generate.mjs, shared with bench/reach.mjs and
 * bench/leaders.mjs; here with tie start and end dates, no organizing activity), bulk-loads it, starts the whole app on it (API and web app on one port) and measures the map of
 * one region (100k people / 1M ties → region r0 ≈ 10k people, ≈ 100k ties):
 *   - service (MapsService.compute): the first map (extraction, measures, a fresh ForceAtlas2 layout), then
 *     p50/p95/p99 of extraction with the layout reused (each run another as-of date, so nothing is cached), and of
 *     a kept map; the packed form's size;
 *   - API: GET /maps/network.json (packed) and the GraphQL networkMap query (one object per node and edge);
 *   - browser: headless Chromium (SwiftShader WebGL) from navigation to sigma's first render (window.__mapPainted),
 *     and frame times while panning and zooming with the mouse (gaps between requestAnimationFrame callbacks), with
 *     the longest frame of each gesture and how many links the map drew at the last stop.
 *
 *   npm run build && node bench/map.mjs --people 100000 --ties 1000000
 *   options: --people N (100000) --ties N (1000000) --region r0 --runs N (20) --api-runs N (10) --paints N (5)
 *            --data DIR (keep the data there and reuse it next time) --keep
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generate } from './generate.mjs';
import { BENCH_EMAIL as EMAIL, BENCH_PASSWORD as PASSWORD, ensureBenchAdmin, pct } from './api.mjs';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
const { loadConfig } = await imp('config/app-config.js');
const { createApp } = await imp('bootstrap.js');
const { MapsService } = await imp('modules/maps/maps.service.js');
const { ReachIndex } = await imp('modules/reach/reach-index.js');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const PEOPLE = Number(arg('people', 100_000));
const TIES = Number(arg('ties', 1_000_000));
const REGION = arg('region', 'r0');
const RUNS = Number(arg('runs', 20));
const API_RUNS = Number(arg('api-runs', 10));
const PAINTS = Number(arg('paints', 5));

const t0 = () => performance.now();
const ms = (t) => (performance.now() - t).toFixed(0);
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
const stats = (xs) => `p50 ${pct(xs, 50)} ms  p95 ${pct(xs, 95)} ms  p99 ${pct(xs, 99)} ms  (${xs.length} runs)`;
const load = () => execSync('uptime').toString().trim().replace(/^.*load/, 'load');

console.log(`Network map benchmark: ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties (local layout, tie dates), map of region ${REGION}`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}; ${load()}`);
const DATA = arg('data', null);
const dir = DATA ?? mkdtempSync(join(os.tmpdir(), 'cg-bench-map-'));
mkdirSync(dir, { recursive: true });
let t;
{
  const { store, figures } = await generate({ dir, people: PEOPLE, ties: TIES, layout: 'local', activity: false, ends: true, imp });
  console.log(figures.reused ? `data reused from ${dir} (first load ${figures.loadMs} ms)` : `generated CSV in ${figures.generateMs} ms, bulk load (COPY FROM) in ${figures.loadMs} ms (${dir})`);
  await ensureBenchAdmin(store, imp);
  await store.close();
}

// The whole app on the data, as `npm start` runs it.
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error', DEMO_DATA: 'false', HOST: '127.0.0.1' });
const app = await createApp(config);
await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${app.getHttpServer().address().port}`;
t = t0();
await app.get(ReachIndex).ensureLoaded();
console.log(`reach index loaded in ${ms(t)} ms: ${app.get(ReachIndex).stats().nodes.toLocaleString()} records, ${app.get(ReachIndex).stats().edges.toLocaleString()} ties`);

const maps = app.get(MapsService);
// Every computation of a map (not one answered from the kept maps), so each figure says which it measured.
let builds = 0;
// Of today's map alone: after a write, the maps opened lately (the other dates above) are computed again in the
// background once writes pause for 2 s, which a paint at this load outlasts.
let buildsToday = 0;
const build = maps.build.bind(maps);
maps.build = (...a) => {
  builds++;
  if (a[2] === new Date().toISOString().slice(0, 10)) buildsToday++;
  return build(...a);
};
const admin = { accountId: 'bench', role: 'ADMIN', regions: [], allRegions: true };
const args = (asOf) => ({ scope: { kind: 'REGION', id: REGION }, asOf });
const today = new Date().toISOString().slice(0, 10);

// ── Service ──────────────────────────────────────────────────────────────
t = t0();
const first = await maps.compute(admin, args(today));
const coldMs = performance.now() - t;
console.log(`map of ${REGION}: ${first.nodes.length.toLocaleString()} records, ${first.edges.length.toLocaleString()} links (as of today); betweenness ${first.betweennessComputed ? 'computed' : 'skipped (over 1,000 records)'}`);
console.log(`service, first map (fresh layout): ${coldMs.toFixed(0)} ms = extract ${first.timings.extract} + measures ${first.timings.measure} + ForceAtlas2 layout ${first.timings.layout} ms (+ rest)`);
const cached = [];
let b0 = builds;
for (let i = 0; i < RUNS; i++) {
  t = t0();
  await maps.compute(admin, args(today));
  cached.push(performance.now() - t);
}
console.log(`service, kept map (same scope, date and data version; maps kept: 8):            ${stats(cached)}; computed again ${builds - b0} times`);
const extraction = [];
const parts = { extract: [], measure: [], layout: [] };
for (let i = 0; i < RUNS; i++) {
  const asOf = new Date(Date.now() - (i + 1) * 30 * 86_400_000).toISOString().slice(0, 10);
  t = t0();
  const m = await maps.compute(admin, args(asOf));
  extraction.push(performance.now() - t);
  for (const k of Object.keys(parts)) parts[k].push(m.timings[k]);
}
console.log(`service, map as of another date each run (extraction + measures, layout reused):  ${stats(extraction)}`);
console.log(`  of which extract p50 ${pct(parts.extract, 50)} ms, measures p50 ${pct(parts.measure, 50)} ms, placing p50 ${pct(parts.layout, 50)} ms`);
const packTimes = [];
let packedBytes = 0;
for (let i = 0; i < 5; i++) {
  t = t0();
  packedBytes = JSON.stringify(await maps.packed(admin, args(today))).length;
  packTimes.push(performance.now() - t);
}
console.log(`packed form: ${mb(packedBytes)} MB of JSON; packing + JSON.stringify ${stats(packTimes)}`);

// ── API ──────────────────────────────────────────────────────────────────
const signIn = await fetch(`${url}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: EMAIL, p: PASSWORD } }),
});
const cookie = signIn.headers.get('set-cookie').split(';')[0];
await fetch(`${url}/maps/network.json?scope=REGION&id=${REGION}`, { headers: { cookie } }); // warm-up (before maps followed the change feed, signing in was a write that dropped the kept map)
const apiGet = [];
for (let i = 0; i < API_RUNS; i++) {
  t = t0();
  const res = await fetch(`${url}/maps/network.json?scope=REGION&id=${REGION}`, { headers: { cookie } });
  const body = await res.json();
  apiGet.push(performance.now() - t);
  if (!res.ok || body.nodes.id.length !== first.nodes.length) throw new Error(`unexpected answer ${res.status}`);
}
console.log(`API GET /maps/network.json (kept map; request → parsed JSON):                  ${stats(apiGet)}`);
const gql = [];
let gqlBytes = 0;
for (let i = 0; i < Math.min(3, API_RUNS); i++) {
  t = t0();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: `query($s: MapScopeInput!) { networkMap(scope: $s) { totalNodes nodes { index id kind label regionId types tags roles cluster x y degree pagerank betweenness } edges { source target kind strength since until detail change } } }`, variables: { s: { kind: 'REGION', id: REGION } } }),
  });
  const text = await res.text();
  gqlBytes = text.length;
  JSON.parse(text);
  gql.push(performance.now() - t);
}
console.log(`API GraphQL networkMap, one object per record and link (${mb(gqlBytes)} MB):              ${stats(gql)}`);

// ── Browser ──────────────────────────────────────────────────────────────
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(url);
await page.getByLabel('Email').fill(EMAIL);
await page.getByLabel('Password').fill(PASSWORD);
await page.getByRole('button', { name: 'Sign in' }).click();
await page.locator('#main').waitFor();
const paint = async () => {
  await page.goto(`${url}/map?scope=REGION&id=${REGION}`);
  await page.locator('[data-painted="true"]').waitFor({ timeout: 120_000 });
  return page.evaluate(() => ({ painted: window.__mapPainted, ...window.__mapTimings }));
};
await paint(); // warm-up (the browser and the page)
const paints = [];
const fromRequest = [];
const graphBuild = [];
const firstRender = [];
b0 = builds;
for (let i = 0; i < PAINTS; i++) {
  const p = await paint();
  paints.push(p.painted);
  fromRequest.push(p.painted - p.requested);
  graphBuild.push(p.graph);
  firstRender.push(p.sigma);
}
const keptBuilds = builds - b0;
console.log(`browser, navigation → first paint, map kept on the server (computed again ${keptBuilds} times in these runs): ${stats(paints)}`);
console.log(`  map request → first paint p50 ${pct(fromRequest, 50)} ms; graphology graph built p50 ${pct(graphBuild, 50)} ms; sigma's first render p50 ${pct(firstRender, 50)} ms`);

// After a write the map shows (a tie between two of its people): the map is computed again (extraction and measures; layout reused).
const afterWrites = [];
for (let i = 0; i < Math.min(3, PAINTS); i++) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: `mutation($i: TieInput!) { setTie(input: $i) { strength } }`, variables: { i: { personId: 'p00000000', otherPersonId: 'p00000001', strength: 1 + (i % 5) } } }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`setTie failed: ${body.errors.map((e) => e.message).join('; ')}`);
  b0 = buildsToday;
  const p = await paint();
  if (buildsToday - b0 !== 1) throw new Error(`after a write the map was computed ${buildsToday - b0} times, not once`);
  afterWrites.push(p);
}
console.log(`browser, navigation → first paint just after a write (tie p00000000–p00000001 set; the map computed again once each time), ${afterWrites.length} runs: ` +
  `${stats(afterWrites.map((p) => p.painted))}; map request → answer p50 ${pct(afterWrites.map((p) => p.received - p.requested), 50)} ms`);

// Pan and zoom with the mouse; frame times from requestAnimationFrame. The page also notes when each mouse
// press, release and wheel event arrives (passive listeners), to say which gesture the longest frames belong to.
const box = await page.getByTestId('network-canvas').boundingBox();
await page.evaluate(() => {
  window.__frames = [];
  window.__marks = [];
  for (const type of ['mousedown', 'mouseup', 'wheel']) window.addEventListener(type, () => window.__marks.push([type, performance.now()]), { capture: true, passive: true });
  const tick = (ts) => {
    window.__frames.push(ts);
    if (window.__frames.length < 100_000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
const cx = box.x + box.width / 2;
const cy = box.y + box.height / 2;
await page.mouse.move(cx, cy);
await page.mouse.down();
for (let i = 0; i < 40; i++) await page.mouse.move(cx + Math.sin(i / 6) * 200, cy + Math.cos(i / 6) * 120, { steps: 2 });
await page.mouse.up();
for (let i = 0; i < 10; i++) {
  await page.mouse.wheel(0, i < 5 ? -300 : 300);
  await page.waitForTimeout(60);
}
const frames = await page.evaluate(() => window.__frames.slice());
const gaps = frames.slice(1).map((f, i) => f - frames[i]);
console.log(`browser, pan and zoom with the mouse: ${gaps.length} frames, frame time ${stats(gaps)}, ${(1000 / Number(pct(gaps, 50))).toFixed(0)} fps at p50`);
// Finer breakdown (same frames, plus the last stop, which ends after the window above): the longest frame of each
// gesture, a frame being the gap that ends at it.
await page.waitForTimeout(1000);
const { all, marks, links } = await page.evaluate(() => {
  const canvas = document.querySelector('[data-testid="network-canvas"]');
  return { all: window.__frames.slice(), marks: window.__marks, links: canvas ? [canvas.getAttribute('data-links-drawn'), canvas.getAttribute('data-links-total')] : [] };
});
const longest = (from, to) => {
  let worst = 0;
  for (let i = 1; i < all.length; i++) if (all[i] > from && all[i] <= to) worst = Math.max(worst, all[i] - all[i - 1]);
  return worst;
};
const at = (type) => marks.filter(([t]) => t === type).map(([, ts]) => ts);
const [down] = at('mousedown');
const [up] = at('mouseup');
const wheels = at('wheel');
const wheelWorst = wheels.map((w, i) => longest(w, wheels[i + 1] ?? w + 1000));
const lastStop = all.filter((f) => f > frames.at(-1));
console.log(`  longest frame: the mouse arriving over the map (a hover) ${longest(0, down).toFixed(0)} ms; while dragging ${longest(down, up).toFixed(0)} ms; drag end to first wheel (inertia, stop, links back) ${longest(up, wheels[0] ?? up + 1000).toFixed(0)} ms; ` +
  `per wheel step p50 ${pct(wheelWorst, 50)} ms, max ${Math.max(...wheelWorst).toFixed(0)} ms (the last one's stop included: ${lastStop.length} more frames, longest ${longest(frames.at(-1), Infinity).toFixed(0)} ms)`);
console.log(`  frames over 50 ms: ${gaps.filter((g) => g > 50).length}, over 100 ms: ${gaps.filter((g) => g > 100).length} of ${gaps.length}; links drawn at the last stop: ${links[0] ? `${Number(links[0]).toLocaleString()} of ${Number(links[1]).toLocaleString()}` : 'all'}`);

await browser.close();
await app.close();
console.log(`data: ${PEOPLE.toLocaleString()} people in 10 regions, ${TIES.toLocaleString()} ties; map of ${REGION}: ${first.nodes.length.toLocaleString()} records, ${first.edges.length.toLocaleString()} links; ${load()}`);
if (!DATA && !process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });

#!/usr/bin/env node
/**
 * Record reads against a bare Apollo server, side by side in one run. Starts the built server
 * (server/dist/main.js) on a temporary data folder with the demo coalition, signs in as the demo's regional
 * leader, and a bare @apollo/server hello-world (bench/bare-apollo.mjs) in its own process; then loads each with
 * autocannon (keep-alive, 10 connections) in interleaved rounds: the hello-world, the person page's query, the
 * people list's first page and the organization page, exactly as the web app sends them (read from web/src).
 * Prints req/s, p50/p99 latency, server CPU per request, and each page's ratio to the bare server.
 *
 *   npm run build -w server && node bench/read-path.mjs
 *   options: --duration S (8) seconds per target per round, --rounds N (3), --connections N (10),
 *            --profile DIR: the app server writes a V8 CPU profile (node --cpu-prof) there on exit,
 *            --env KEY=VALUE: a setting for the app server (repeatable), e.g. --env READ_CACHE_ENTRIES=0,
 *            --pages person,people,organization: only these pages,
 *            --writes N: another client saves N ties a second meanwhile (on each server, with --baseline),
 *            --ladder: also a signed-in `{ __typename }` and `person(id) { id name }`, the floor under the pages,
 *            --baseline PATH: another build's main.js (e.g. of the previous commit) on its own copy of the demo data,
 *            each target loaded on it too, right after this build's: before and after, side by side in one run
 */
import { spawn, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { webDocuments } from './web-documents.mjs';
import { startServer } from './api.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const DURATION = Number(arg('duration', 8));
const ROUNDS = Number(arg('rounds', 3));
const CONNECTIONS = Number(arg('connections', 10));
const PROFILE = arg('profile', null);
/** --env KEY=VALUE (repeatable): settings for the app server, e.g. --env READ_CACHE_ENTRIES=0. */
const extraEnv = Object.fromEntries(process.argv.flatMap((a, i) => (process.argv[i - 1] === '--env' ? [a.split(/=(.*)/s).slice(0, 2)] : [])));
const LEADER = { email: 'leader@demo.example.org', password: 'organize-together' };

const doc = webDocuments();

const CLOCK_TICKS = Number(execSync('getconf CLK_TCK').toString()) || 100;
/** user+system CPU seconds of a process so far, all its threads (the engine's too), from /proc (Linux). */
function cpuSeconds(pid, name = `process ${pid}`) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    throw new Error(`${name}: its server (pid ${pid}) is gone`);
  }
  const fields = stat.split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function startBare() {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./bare-apollo.mjs', import.meta.url))], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveStart, reject) => {
    child.stdout.once('data', (d) => resolveStart({ port: Number(String(d).trim()), pid: child.pid, stop: () => child.kill('SIGTERM') }));
    child.once('exit', (code) => reject(new Error(`the bare Apollo server exited (${code})`)));
  });
}

const dir = mkdtempSync(join(os.tmpdir(), 'cg-read-path-'));
const app = await startServer(
  dir,
  { DEMO_DATA: 'true', LEADERS_SCHEDULE_HOURS: '0', NODE_ENV: 'production', ...extraEnv },
  PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${resolve(PROFILE)}`] : [],
  LEADER,
);
const bare = await startBare();
const appPid = app.pid;
const BASELINE = arg('baseline', null);
const baseDir = BASELINE ? mkdtempSync(join(os.tmpdir(), 'cg-read-path-base-')) : null;
let base = null;

try {
  // Inside the try: if the baseline build cannot start, the servers already started are stopped.
  if (BASELINE) base = await startServer(baseDir, { DEMO_DATA: 'true', LEADERS_SCHEDULE_HOURS: '0', NODE_ENV: 'production', ...extraEnv }, [], LEADER, resolve(BASELINE));
  // The pages to load: the person with the most ties the leader can see, the organization with the most people.
  const all = [];
  for (let after = null; ; ) {
    const { people } = await app.gql(`query($after: String) { people(first: 100, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id ties { strength } } } }`, { after });
    all.push(...people.nodes);
    if (!people.pageInfo.hasNextPage) break;
    after = people.pageInfo.endCursor;
  }
  const person = all.reduce((a, b) => (b.ties.length > a.ties.length ? b : a));
  const { organizations } = await app.gql(`{ organizations(first: 100) { totalCount nodes { id affiliations { kind } } } }`);
  const org = organizations.nodes.reduce((a, b) => (b.affiliations.length > a.affiliations.length ? b : a));

  const targets = [
    { name: 'bare Apollo hello-world', port: bare.port, pid: bare.pid, query: '{ hello }', variables: {} },
    { name: 'person page (Person)', port: app.port, pid: appPid, query: doc('Person'), variables: { id: person.id } },
    { name: 'people list, first page (PeopleList)', port: app.port, pid: appPid, query: doc('PeopleList'), variables: { input: { filter: {}, sortBy: 'NAME', descending: false, first: 25, offset: 0 }, withFacts: false } },
    { name: 'organization page (Organization)', port: app.port, pid: appPid, query: doc('Organization'), variables: { id: org.id } },
  ];
  // --ladder: what the page costs over the framework's own floor (a signed-in request that reads nothing).
  if (process.argv.includes('--ladder')) {
    targets.push(
      { name: 'signed-in { __typename }', port: app.port, pid: appPid, query: '{ __typename }', variables: {} },
      { name: 'person(id) { id name }', port: app.port, pid: appPid, query: 'query($id: ID!) { person(id: $id) { id name } }', variables: { id: person.id } },
    );
  }
  // --pages person,people: only these pages (with the bare server), e.g. to profile one.
  const only = arg('pages', null)?.split(',');
  if (only) targets.splice(0, targets.length, ...targets.filter((t, i) => i === 0 || only.some((p) => t.name.startsWith(`${p} `))));
  for (const t of targets) if (t.port === app.port) t.app = app;
  // --baseline: each page on the other build too, right after this build's (the demo data is the same: same ids).
  if (base) {
    for (let i = targets.length - 1; i > 0; i--) targets.splice(i + 1, 0, { ...targets[i], name: `${targets[i].name} [baseline]`, port: base.port, pid: base.pid, app: base });
  }
  // Every page must answer without errors before it is timed: a fast error is not a fast page.
  for (const t of targets.slice(1)) await t.app.gql(t.query, t.variables);
  const bareCheck = await fetch(`http://127.0.0.1:${bare.port}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ hello }' }) });
  if ((await bareCheck.json()).data?.hello !== 'world') throw new Error('the bare Apollo server did not answer');

  const load = (t, duration) =>
    autocannon({
      url: `http://127.0.0.1:${t.port}/graphql`,
      connections: CONNECTIONS,
      duration,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: t.app ? t.app.cookie() : '' },
      body: JSON.stringify({ query: t.query, variables: t.variables }),
    });
  for (const t of targets) await load(t, 2); // warm-up: JIT, prepared statements, caches

  // --writes N: someone else saves N ties a second while the pages load (every write empties the read cache).
  const WRITES = Number(arg('writes', 0));
  let written = 0;
  let writeFailures = 0;
  const others = all.filter((p) => p.id !== person.id).slice(0, 20);
  const writer = WRITES > 0
    ? setInterval(() => {
        const [a, b] = [others[written % others.length], others[(written + 7) % others.length]];
        written++;
        // The baseline build gets the same writes, so both are measured under the same traffic.
        for (const server of base ? [app, base] : [app]) {
          server
            .gql(`mutation($input: TieInput!) { setTie(input: $input) { strength } }`, { input: { personId: a.id, otherPersonId: b.id, strength: 1 + (written % 5) } })
            .catch(() => writeFailures++);
        }
      }, 1000 / WRITES)
    : null;

  const totals = targets.map(() => ({ requests: 0, seconds: 0, cpu: 0, p50: [], p99: [], failures: 0, ratios: [] }));
  for (let round = 0; round < ROUNDS; round++) {
    let bareRate = 0;
    for (const [i, t] of targets.entries()) {
      const cpu0 = cpuSeconds(t.pid, t.name);
      const r = await load(t, DURATION);
      const cpu = cpuSeconds(t.pid, t.name) - cpu0;
      const s = totals[i];
      s.requests += r.requests.total;
      s.seconds += r.duration;
      s.cpu += cpu;
      s.p50.push(r.latency.p50);
      s.p99.push(r.latency.p99);
      s.failures += r.errors + r.timeouts + r.non2xx;
      const rate = r.requests.total / r.duration;
      if (i === 0) bareRate = rate;
      else s.ratios.push(rate / bareRate);
    }
  }

  if (writer) clearInterval(writer);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\nRecord reads vs a bare Apollo hello-world: ${ROUNDS} interleaved rounds of ${DURATION} s per target, ${CONNECTIONS} connections, keep-alive`);
  console.log(`data: demo coalition, ${all.length} people and ${organizations.totalCount} organizations visible to the leader; person ${person.id} with ${person.ties.length} ties, organization ${org.id} with ${org.affiliations.length} people; data folder ${execSync(`du -sh ${dir}`).toString().split('\t')[0]}`);
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}, node ${process.version}, NODE_ENV=production for both servers${Object.keys(extraEnv).length ? `, app settings ${JSON.stringify(extraEnv)}` : ''}${WRITES ? `, ${written} ties saved meanwhile on each server (${WRITES}/s, ${writeFailures} failed)` : ''}`);
  console.log('');
  // req/s ratios move with what else the machine runs; CPU per request barely does, so both are shown.
  const cpuMs = (s) => (s.cpu * 1000) / s.requests;
  console.log('target                                          req/s   p50 ms  p99 ms  CPU ms/req  bare CPU/req over this  req/s ratio to bare (median of rounds)  failures');
  for (const [i, t] of targets.entries()) {
    const s = totals[i];
    const rate = s.requests / s.seconds;
    const ratio = i === 0 ? '1' : `${median(s.ratios).toFixed(3)}x (rounds: ${s.ratios.map((x) => x.toFixed(3)).join(', ')})`;
    console.log(
      `${t.name.padEnd(47)} ${rate.toFixed(0).padStart(6)}  ${median(s.p50).toFixed(1).padStart(6)}  ${median(s.p99).toFixed(1).padStart(6)}  ${cpuMs(s).toFixed(3).padStart(10)}  ${(cpuMs(totals[0]) / cpuMs(s)).toFixed(3).padStart(21)}x  ${ratio.padEnd(38)} ${s.failures}`,
    );
  }
  console.log(`\nuptime: ${execSync('uptime').toString().trim()}`);
} finally {
  // Requests autocannon left in flight finish before the data closes.
  await new Promise((r) => setTimeout(r, 1000));
  bare.stop();
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
  await base?.stop();
  if (baseDir) rmSync(baseDir, { recursive: true, force: true });
}

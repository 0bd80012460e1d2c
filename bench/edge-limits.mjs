#!/usr/bin/env node
/**
 * Limits at the edge, timed: starts the built server (server/dist/main.js) on a fresh data folder with the demo
 * coalition, signs in, and prints p50/p95 of
 *   - `{ me { id } }` (the baseline) and each kind of refused query (5,000 levels deep, 30 aliases, 50 levels
 *     of ties, an 8-hop fan-out), side by side in one run;
 *   - a signed-in read alone, and the same read while 50 wrong sign-ins to one email arrive at once, with the
 *     statuses the burst got.
 *
 * With --compare PATH/TO/main.js, the same measurements follow on another build (e.g. one without these
 * limits), in the same run.
 *
 *   npm run build -w server && node bench/edge-limits.mjs [--runs 50] [--compare ../other/server/dist/main.js]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../server/dist/main.js', import.meta.url));
const opt = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const RUNS = Number(opt('runs') ?? 50);
const COMPARE = opt('compare');
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (xs) => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms`;

async function measure(main) {
  const dir = mkdtempSync(join(os.tmpdir(), 'cg-bench-edge-'));
  const port = 4700 + Math.floor(Math.random() * 200);
  const url = `http://127.0.0.1:${port}/graphql`;
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH, DATA_DIR: dir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SIGNIN_MAX_FAILURES: '3' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  async function post(query, variables = {}, cookie = '') {
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    return { ms: performance.now() - t, status: res.status, body, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '' };
  }

  try {
    for (;;) {
      try {
        await post('{ __typename }');
        break;
      } catch {
        if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const signIn = (email, password) => post('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: email, p: password });
    const { cookie } = await signIn('admin@demo.example.org', 'organize-together');
    const people = (await post('{ people { totalCount } }', {}, cookie)).body.data.people.totalCount;
    console.log(`Edge limits (${main}): demo coalition (${people} people), ${RUNS} runs each, Node ${process.version}, ${os.cpus().length} cores; load average ${load()}`);

    let ties = 'id';
    for (let h = 0; h < 25; h++) ties = `ties { person { ${ties} } }`;
    let fan = 'id name';
    for (let h = 0; h < 8; h++) fan = `id ties { strength person { ${fan} } }`;
    const cases = {
      'me (baseline)': '{ me { id } }',
      '5,000 levels deep': '{ me ' + '{ a '.repeat(5000) + '}'.repeat(5000) + ' }',
      '30 aliases of people': `{ ${Array.from({ length: 30 }, (_, k) => `p${k}: people(first: 100) { totalCount }`).join(' ')} }`,
      '50 levels of ties': `{ person(id: "x") { ${ties} } }`,
      '8-hop fan-out': `{ person(id: "x") { ${fan} } }`,
    };
    const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
    const statuses = Object.fromEntries(Object.keys(cases).map((k) => [k, new Set()]));
    // Interleaved, so each kind meets the same machine load.
    for (let r = 0; r < RUNS; r++) {
      for (const [name, q] of Object.entries(cases)) {
        const a = await post(q, {}, cookie);
        times[name].push(a.ms);
        statuses[name].add(`${a.status} ${a.body.errors?.[0]?.extensions?.code ?? 'ok'}`);
      }
    }
    const base = pct(times['me (baseline)'], 50);
    for (const name of Object.keys(cases)) {
      console.log(`  ${name.padEnd(22)} ${fmt(times[name])}  (${(pct(times[name], 50) / base).toFixed(2)}× baseline p50)  ${[...statuses[name]].join(', ')}`);
    }

    const read = '{ me { email } people(first: 5) { totalCount } }';
    const alone = [];
    for (let r = 0; r < RUNS; r++) alone.push((await post(read, {}, cookie)).ms);
    const during = [];
    const burstStatuses = {};
    const burstMs = [];
    for (let r = 0; r < 5; r++) {
      // A new email each round: the limit of the last round does not answer this one.
      const email = `nobody-${r}@example.org`;
      const burst = Array.from({ length: 50 }, () => signIn(email, 'wrong'));
      const reads = [];
      for (let k = 0; k < 10; k++) reads.push(post(read, {}, cookie));
      for (const a of await Promise.all(burst)) {
        burstStatuses[a.status] = (burstStatuses[a.status] ?? 0) + 1;
        burstMs.push(a.ms);
      }
      for (const a of await Promise.all(reads)) during.push(a.ms);
    }
    console.log(`  signed-in read alone        ${fmt(alone)}`);
    console.log(`  the same read during bursts ${fmt(during)}  (5 bursts of 50 parallel wrong sign-ins, 10 reads each)`);
    console.log(`  burst answers: ${Object.entries(burstStatuses).map(([s, n]) => `${n}× ${s}`).join(', ')}; ${fmt(burstMs)}`);
    console.log(`load average after: ${load()}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

await measure(MAIN);
if (COMPARE) {
  console.log(`\nThe same on ${COMPARE}:`);
  await measure(COMPARE);
}

#!/usr/bin/env node
/**
 * The reach search side by side: this build's index and another build's (--compare DIST, say
 * /work/main/server/dist), both loaded in this process from the same data folder, asked the same questions in
 * turn (from the bench team of 100 to random people, 5 paths): p50/p95/p99 of each, their ratio, and whether
 * every answer is the same (ids and score of each path).
 *
 *   node bench/reach-search.mjs --data DIR --compare /work/main/server/dist [--people 100000 --ties 1000000] [--runs 300]
 *   (DIR as bench/reach.mjs --data makes it: the same generator and options)
 */
import { execSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, BENCH_TEAM } from './generate.mjs';
import { pct } from './api.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const DATA = arg('data', null);
const OTHER = arg('compare', null);
if (!DATA || !OTHER) throw new Error('--data DIR and --compare DIST are required');
const PEOPLE = Number(arg('people', 100_000));
const TIES = Number(arg('ties', 1_000_000));
const RUNS = Number(arg('runs', 300));
const here = fileURLToPath(new URL('../server/dist/', import.meta.url));
const load = () => execSync('uptime').toString().trim().replace(/^.*load/, 'load');

const imp = (p) => import(join(here, p));
const { store, members } = await generate({ dir: DATA, people: PEOPLE, ties: TIES, layout: 'local', team: 100, activity: true, imp });
const builds = [
  ['this build', here],
  ['compared', resolve(OTHER)],
];
const today = new Date().toISOString().slice(0, 10);
const indexes = [];
for (const [name, dist] of builds) {
  const { ReachIndex } = await import(join(dist, 'modules/reach/reach-index.js'));
  const index = new ReachIndex(store);
  const t = performance.now();
  await index.ensureLoaded();
  await index.prepareSearch();
  console.log(`${name} (${dist}): index loaded and readied in ${(performance.now() - t).toFixed(0)} ms`);
  indexes.push(index);
}
console.log(`reach search, ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties, from ${BENCH_TEAM} (${members.length} members) to ${RUNS} random people, 5 paths of up to 6 links; ${load()}`);
let seed = 11;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const targets = Array.from({ length: RUNS }, () => `p${String(Math.floor(rand() * PEOPLE)).padStart(8, '0')}`);
for (const index of indexes) for (const t of targets.slice(0, 10)) index.paths(members, t, 5, 6, today); // warm-up
const times = indexes.map(() => []);
let same = 0;
for (const target of targets) {
  const answers = indexes.map((index, i) => {
    const t = performance.now();
    const found = index.paths(members, target, 5, 6, today);
    times[i].push(performance.now() - t);
    return JSON.stringify(found.map((p) => [p.ids, Math.round(p.score * 1e9)]));
  });
  if (answers[0] === answers[1]) same++;
}
for (const [i, [name]] of builds.entries()) console.log(`${name}: p50 ${pct(times[i], 50)} ms, p95 ${pct(times[i], 95)} ms, p99 ${pct(times[i], 99)} ms`);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
console.log(`this build / compared, total time: ${(sum(times[0]) / sum(times[1])).toFixed(2)}; same answers: ${same} of ${RUNS}; ${load()}`);
for (const index of indexes) index.onApplicationShutdown();
await store.close();

#!/usr/bin/env node
// Builds a workspace (server, web) only when its sources changed since its last build, so `npm start`,
// `npm run backup` and the other commands start at once on an unchanged checkout. The stamp is a hash of
// the sources' contents (not their times: a fresh clone or a branch switch gives every file a new time).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** What each build reads, and what it leaves behind; tests are left out, a test change needs no build. */
const targets = {
  server: {
    inputs: ['server/src', 'server/package.json', 'server/tsconfig.json', 'server/tsconfig.build.json', 'tsconfig.base.json', 'package-lock.json'],
    output: 'server/dist/main.js',
    command: ['npm', 'run', 'build', '-w', 'server'],
  },
  web: {
    inputs: [
      'web/src',
      'web/public',
      'web/index.html',
      'web/package.json',
      'web/tsconfig.json',
      'web/vite.config.ts',
      'tsconfig.base.json',
      'package-lock.json',
    ],
    output: 'web/dist/index.html',
    // Bundling only: the type check is npm run lint's (lint:types), so a first start does not wait for it.
    command: ['npx', 'vite', 'build', '--logLevel', 'warn'],
    cwd: 'web',
  },
};

const isTest = (name) => /\.(spec|test)\.tsx?$/.test(name) || name === 'test';

function files(path) {
  if (!existsSync(path)) return [];
  const entries = readdirSync(path, { withFileTypes: true });
  return entries.flatMap((e) => {
    if (isTest(e.name) || e.name === 'node_modules' || e.name === 'dist') return [];
    const full = join(path, e.name);
    return e.isDirectory() ? files(full) : [full];
  });
}

export function sourceHash(name) {
  const hash = createHash('sha256');
  for (const input of targets[name].inputs) {
    const full = join(root, input);
    const list = existsSync(full) && statSync(full).isDirectory() ? files(full) : [full];
    for (const file of list.sort()) {
      if (!existsSync(file)) continue;
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

const stampOf = (name) => join(root, name, 'dist', '.build-stamp');

export function isBuilt(name) {
  const stamp = stampOf(name);
  return existsSync(join(root, targets[name].output)) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sourceHash(name);
}

function build(name, always) {
  if (!always && isBuilt(name)) return;
  if (!always) console.log(`Building ${name} (its sources changed since the last build)...`);
  const started = Date.now();
  const [command, ...args] = targets[name].command;
  const result = spawnSync(command, args, { cwd: join(root, targets[name].cwd ?? '.'), stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`The ${name} build failed (see above). Fix the error, or run \`npm ci\` if dependencies are missing, then try again.`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampOf(name), `${sourceHash(name)}\n`);
  console.log(`Built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const always = process.argv.includes('--always');
  const names = process.argv.slice(2).filter((a) => a !== '--always');
  const unknown = names.filter((n) => !(n in targets));
  if (!names.length || unknown.length) {
    console.error(`Usage: node scripts/ensure-built.mjs [--always] ${Object.keys(targets).join('|')}...`);
    process.exit(2);
  }
  for (const name of names) build(name, always);
}

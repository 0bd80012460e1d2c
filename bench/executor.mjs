#!/usr/bin/env node
/**
 * What executing a record page's GraphQL costs, without HTTP: the app built in this process (no port), the demo
 * coalition, signed in as the demo's regional leader; the person page's, people list's and organization page's
 * queries (as the web app sends them) executed again and again, interleaved, by graphql-js (what Apollo runs) and
 * by graphql-jit (a compiled executor), each with a fresh request context as a real request has. Prints CPU per
 * execution for both and checks that both give the same answer. Reads come from the read cache, as they do
 * between writes.
 *
 *   npm run build -w server && npm install --no-save graphql-jit && node bench/executor.mjs [--iterations N] [--rounds N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { webDocuments } from './web-documents.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const ITERATIONS = Number(arg('iterations', 300));
const ROUNDS = Number(arg('rounds', 5));

const dir = mkdtempSync(join(os.tmpdir(), 'cg-executor-'));
Object.assign(process.env, { NODE_ENV: 'production', DATA_DIR: dir, DEMO_DATA: 'true', LEADERS_SCHEDULE_HOURS: '0', LOG_LEVEL: 'warn' });
const { createApp } = await import('../server/dist/bootstrap.js');
const { loadConfig } = await import('../server/dist/config/app-config.js');
const { GraphQLSchemaHost } = await import('@nestjs/graphql');
const { execute, parse } = await import('graphql');
let compileQuery;
try {
  ({ compileQuery } = await import('graphql-jit'));
} catch {
  console.error('graphql-jit is not installed: npm install --no-save graphql-jit');
  process.exit(1);
}

const app = await createApp(loadConfig());
await app.init();
const { schema } = app.get(GraphQLSchemaHost);

let cookie = '';
const context = () => ({
  req: { headers: { cookie }, ip: '127.0.0.1', socket: { remoteAddress: '127.0.0.1' } },
  res: { cookie: (name, value) => (cookie = `${name}=${value}`), clearCookie: () => undefined },
});
const run = async (source, variableValues) => {
  const r = await execute({ schema, document: parse(source), variableValues, contextValue: context() });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};
// The demo data loads in the background after start: wait for the leader's account.
for (let i = 0; ; i++) {
  try {
    await run(`mutation { signIn(email: "leader@demo.example.org", password: "organize-together") { id } }`);
    break;
  } catch (e) {
    if (i > 300) throw e;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const doc = webDocuments();
const { people } = await run(`{ people(first: 100) { nodes { id ties { strength } } } }`);
const person = people.nodes.reduce((a, b) => (b.ties.length > a.ties.length ? b : a));
const { organizations } = await run(`{ organizations(first: 100) { nodes { id affiliations { kind } } } }`);
const org = organizations.nodes.reduce((a, b) => (b.affiliations.length > a.affiliations.length ? b : a));
const pages = [
  { name: 'signed-in { __typename }', source: '{ __typename }', variables: {} },
  { name: 'person page (Person)', source: doc('Person'), variables: { id: person.id } },
  { name: 'people list (PeopleList)', source: doc('PeopleList'), variables: { input: { filter: {}, sortBy: 'NAME', descending: false, first: 25, offset: 0 } } },
  { name: 'organization page (Organization)', source: doc('Organization'), variables: { id: org.id } },
];

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
console.log(`Executing record pages: graphql-js (as Apollo runs it) and graphql-jit, ${ROUNDS} interleaved rounds of ${ITERATIONS} executions each, one after another`);
console.log(`data: demo coalition; person ${person.id} with ${person.ties.length} ties, organization ${org.id} with ${org.affiliations.length} people; node ${process.version}, NODE_ENV=production`);
console.log('\npage                               graphql-js ms/op  graphql-jit ms/op  jit/js  answer bytes  same answer');
for (const page of pages) {
  const document = parse(page.source);
  const compiled = compileQuery(schema, document);
  if (!('query' in compiled)) throw new Error(`graphql-jit could not compile ${page.name}: ${JSON.stringify(compiled)}`);
  const js = () => execute({ schema, document, variableValues: page.variables, contextValue: context() });
  const jit = () => compiled.query(undefined, context(), page.variables);
  const a = await js();
  const b = await jit();
  const same = JSON.stringify(a) === JSON.stringify(b);
  const spent = { js: 0, jit: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of [['js', js], ['jit', jit]]) {
      const t0 = cpuMs();
      for (let i = 0; i < ITERATIONS; i++) await fn();
      spent[name] += cpuMs() - t0;
    }
  }
  const n = ROUNDS * ITERATIONS;
  console.log(
    `${page.name.padEnd(34)} ${(spent.js / n).toFixed(3).padStart(16)}  ${(spent.jit / n).toFixed(3).padStart(17)}  ${(spent.jit / spent.js).toFixed(2).padStart(6)}  ${String(JSON.stringify(a).length).padStart(12)}  ${same ? 'yes' : 'NO'}`,
  );
}
console.log(`\nuptime: ${execSync('uptime').toString().trim()}`);
await app.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);

/**
 * How fast a newcomer gets going, and how much JavaScript a first visit downloads:
 * - the web app's first load: the entry chunk and what index.html preloads, plus the chunks of the page it opens
 *   (/people), gzip-compressed as served, from web/dist (build it first: npm run build); the largest chunks too;
 * - with --clone: a fresh clone of this checkout's HEAD in a temporary folder, `npm ci` (timed: it uses the npm
 *   cache as it is), then `npm start` timed until the server prints "Ready" (it builds), then a second `npm start`
 *   (nothing changed: no build) and `npm run schema` (server only, no build).
 * Prints the machine, the load average before and after, and each figure.
 *
 *   node bench/startup.mjs            bundle sizes of web/dist
 *   node bench/startup.mjs --clone    and the fresh-clone timings (a few minutes)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`; // kB as vite reports them

console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; load average ${load()}`,
);

/** The first visit's JavaScript: index.html's script and preloads, and the chunks of the page at `source`. */
function firstLoad(dist, source) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const seen = new Set();
  const follow = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) follow(imported);
  };
  follow(source);
  return [...files].map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
}

function bundleReport(dist) {
  if (!existsSync(join(dist, '.vite/manifest.json'))) {
    console.log(`No build in ${dist} (npm run build first).`);
    return;
  }
  const first = firstLoad(dist, 'src/people/PeopleListPage.tsx');
  const sum = (k) => first.reduce((n, f) => n + f[k], 0);
  console.log(`first load of /people: ${first.length} JavaScript files, ${kb(sum('raw'))}, ${kb(sum('gzip'))} gzip`);
  for (const f of first.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${f.file}: ${kb(f.raw)}, ${kb(f.gzip)} gzip`);
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const all = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
  const sized = all.map((file) => ({ file, raw: readFileSync(join(dist, file)).length, gzip: gzipSync(readFileSync(join(dist, file))).length }));
  console.log(`all chunks: ${sized.length}, ${kb(sized.reduce((n, f) => n + f.raw, 0))}, ${kb(sized.reduce((n, f) => n + f.gzip, 0))} gzip; largest:`);
  for (const f of sized.sort((a, b) => b.gzip - a.gzip).slice(0, 4)) console.log(`  ${f.file}: ${kb(f.raw)}, ${kb(f.gzip)} gzip`);
  const mapChunks = sized.filter((f) => /sigma|graphology|WebGL/.test(readFileSync(join(dist, f.file), 'utf8'))).map((f) => f.file);
  console.log(`chunks with sigma/graphology: ${mapChunks.join(', ') || 'none'}`);
}

const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

/** Runs `npm start` in `dir` until it prints Ready; the seconds it took and whether it built. */
async function timeStart(dir, args = ['start']) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', args, {
    cwd: dir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(dir, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  return new Promise((ok, fail) => {
    let ready = false;
    const onData = (d) => {
      output += d;
      if (!ready && /Ready at/.test(output)) {
        ready = true;
        const seconds = (performance.now() - started) / 1000;
        process.kill(-child.pid, 'SIGTERM');
        child.on('exit', () => ok({ seconds, built: /Building /.test(output) }));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      if (!/Ready at/.test(output)) fail(new Error(`npm ${args.join(' ')} ended (${code}) before Ready:\n${output.slice(-2000)}`));
    });
  });
}

const dist = join(ROOT, 'web/dist');
bundleReport(dist);

if (process.argv.includes('--clone')) {
  const dir = mkdtempSync(join(os.tmpdir(), 'cg-bench-startup-'));
  try {
    execFileSync('git', ['clone', '--quiet', ROOT, dir]);
    console.log(`fresh clone of ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim()} in ${dir}; load ${load()}`);
    const t = performance.now();
    const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
    if (ci.status !== 0) throw new Error(`npm ci failed:\n${ci.stderr.slice(-2000)}`);
    const ciSeconds = (performance.now() - t) / 1000;
    console.log(
      `npm ci: ${ciSeconds.toFixed(1)} s (npm cache as it is); EBADENGINE warnings: ${(ci.stderr.match(/EBADENGINE Unsupported engine/g) ?? []).length}; load ${load()}`,
    );
    const first = await timeStart(dir);
    console.log(`first npm start to Ready: ${first.seconds.toFixed(1)} s (${first.built ? 'built web and server' : 'no build'}); load ${load()}`);
    console.log(`npm ci + first npm start: ${(ciSeconds + first.seconds).toFixed(1)} s`);
    const second = await timeStart(dir);
    console.log(`second npm start to Ready: ${second.seconds.toFixed(1)} s (${second.built ? 'built' : 'no build'}); load ${load()}`);
    const schemaStarted = performance.now();
    const schema = spawnSync('npm', ['run', '--silent', 'schema'], { cwd: dir, encoding: 'utf8' });
    console.log(
      `npm run schema: ${((performance.now() - schemaStarted) / 1000).toFixed(1)} s (${/Building /.test(schema.stdout + schema.stderr) ? 'built' : 'no build'}, exit ${schema.status}); load ${load()}`,
    );
    console.log(`from the clone's web/dist:`);
    bundleReport(join(dir, 'web/dist'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

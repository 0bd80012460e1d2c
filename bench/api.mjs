/**
 * Runs the real server (server/dist/main.js) on a benchmark's data folder and speaks GraphQL to it over HTTP
 * with keep-alive, as the web app does. Used by bench/reach.mjs --api and bench/leaders.mjs.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../server/dist/main.js', import.meta.url));
export const BENCH_EMAIL = 'bench-admin@example.org';
export const BENCH_PASSWORD = 'bench-password-not-secret';

/** Creates the benchmark's admin account in the open store unless it is there. */
export async function ensureBenchAdmin(store, imp) {
  const { AccountsRepository } = await imp('modules/accounts/accounts.repository.js');
  const { hashPassword } = await imp('modules/accounts/password.js');
  const accounts = new AccountsRepository(store);
  if (await accounts.byEmail(BENCH_EMAIL)) return;
  await accounts.createUnique({
    id: 'bench-admin', email: BENCH_EMAIL, displayName: 'Bench admin', passwordHash: await hashPassword(BENCH_PASSWORD), role: 'ADMIN', regions: [], allRegions: true,
    disabled: false, createdAt: new Date().toISOString(),
  });
}

/**
 * Starts the server on `dir` (the store must be closed: one process opens the embedded data) and signs in as
 * `account` (the benchmark's admin unless given); `main`: another build's main.js (side-by-side benchmarks).
 */
export async function startServer(dir, env = {}, nodeArgs = [], account = { email: BENCH_EMAIL, password: BENCH_PASSWORD }, main = MAIN) {
  const port = 4700 + Math.floor(Math.random() * 200);
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: { ...process.env, DATA_DIR: dir, DEMO_DATA: 'false', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let stopping = false;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // A server that dies under a bench says how (a signal: killed, or a crash in native code such as SIGSEGV).
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`bench: the server (pid ${child.pid}) exited by itself: code ${code}, signal ${signal}`);
  });
  // A bench that fails (or is stopped) never leaves its server running on the data folder.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  child.once('exit', () => process.off('exit', orphan));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  let cookie = '';
  const post = (body) =>
    new Promise((resolve, reject) => {
      const data = JSON.stringify(body);
      const req = http.request(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), cookie } },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const setCookie = res.headers['set-cookie'];
            if (setCookie) cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            } catch (e) {
              reject(e);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  const gql = async (query, variables = {}) => {
    const res = await post({ query, variables });
    if (res.errors?.length) throw new Error(res.errors.map((e) => e.message).join('; '));
    return res.data;
  };
  const started = performance.now();
  for (;;) {
    try {
      await post({ query: '{ __typename }' });
      break;
    } catch {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.exitCode ?? child.signalCode})`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const startMs = performance.now() - started;
  try {
    await gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, { e: account.email, p: account.password });
  } catch (e) {
    stopping = true;
    child.kill('SIGTERM');
    await exited;
    throw e;
  }
  return {
    port,
    pid: child.pid,
    startMs,
    gql,
    /** The signed-in session's cookie header, for load generators that send their own requests. */
    cookie: () => cookie,
    async stop() {
      stopping = true;
      agent.destroy();
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export const REACH_QUERY = `query Reach($targetPersonId: ID, $from: ReachFrom!, $teamId: ID, $limit: Int) {
  reach(targetPersonId: $targetPersonId, from: $from, teamId: $teamId, limit: $limit) {
    target { id kind name regionName hidden }
    startingMembers
    paths { score hops messenger { id kind name regionName hidden } nodes { id kind name regionName hidden } links { kind strength lastContact context since } }
  }
}`;

export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(2);
};

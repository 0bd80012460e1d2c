import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_PASSWORD = 'organize-together';
export const DEMO = {
  admin: 'admin@demo.example.org',
  staff: 'staff@demo.example.org',
  leader: 'leader@demo.example.org',
  connector: 'connector@demo.example.org',
} as const;

const START_TIMEOUT_MS = 100_000;

export interface RunningServer {
  url: string;
  dataDir: string;
  output: () => string;
  /**
   * Resolves with the output once `ready` holds for it (rejects after `ms`). The app logs a request when its
   * answer has been sent, so a client can hold the answer before the log line reaches this process.
   */
  waitForOutput(ready: (out: string) => boolean, ms?: number): Promise<string>;
  /** SIGTERM and wait for exit; resolves to the exit code. */
  stop(): Promise<number | null>;
  kill(): Promise<void>;
  process: ChildProcess;
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

/** Starts the built app (server/dist/main.js) on a free port (or the one given) with its own data folder. */
export async function startServer(env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'cg-e2e-')), port?: number): Promise<RunningServer> {
  port ??= await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'server/dist/main.js')], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await new Promise<void>((res, rej) => {
    // Generous: the demo loads at start, and a shared machine under load can take many times its quiet start.
    const timer = setTimeout(() => {
      // Not left running behind a failed test run.
      child.kill('SIGKILL');
      rej(new Error(`server did not start in ${START_TIMEOUT_MS / 1000} s:\n${out}`));
    }, START_TIMEOUT_MS);
    const check = () => {
      if (out.includes('Ready at')) {
        clearTimeout(timer);
        res();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`server exited (${code}):\n${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => out,
    waitForOutput(ready, ms = 30_000) {
      return new Promise((res, rej) => {
        if (ready(out)) return res(out);
        const check = () => {
          if (!ready(out)) return;
          cleanup();
          res(out);
        };
        const timer = setTimeout(() => {
          cleanup();
          rej(new Error(`the expected output did not come in ${ms} ms:\n${out.slice(-4000)}`));
        }, ms);
        const cleanup = () => {
          clearTimeout(timer);
          child.stdout!.off('data', check);
          child.stderr!.off('data', check);
        };
        child.stdout!.on('data', check);
        child.stderr!.on('data', check);
      });
    },
    process: child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * Starts the app again on an ended (stopped or killed) server's data folder and port, as after a restart:
 * a browser page open on it can reload, and its session cookie still applies.
 */
export function restartServer(ended: RunningServer, env: Record<string, string> = {}): Promise<RunningServer> {
  if (ended.process.exitCode === null && ended.process.signalCode === null) throw new Error('stop or kill the server first');
  return startServer(env, ended.dataDir, Number(new URL(ended.url).port));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

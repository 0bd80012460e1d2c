import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage, signIn } from './browser.js';
import { GraphqlClient } from './graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from './server.js';

export type DemoRole = keyof typeof DEMO;
export const ROLES = Object.keys(DEMO) as DemoRole[];

/** A GraphQL client signed in as one of the demo accounts; refuses loudly when the sign-in does not succeed. */
export async function signedIn(url: string, role: DemoRole): Promise<GraphqlClient> {
  const client = new GraphqlClient(url);
  const res = await client.signIn(DEMO[role], DEMO_PASSWORD);
  if (res.errors?.length) throw new Error(`signing in as the demo ${role} failed: ${JSON.stringify(res.errors)}`);
  return client;
}

export interface Demo {
  server: RunningServer;
  /** One client per demo role, signed in (only the roles asked for). */
  as: Record<DemoRole, GraphqlClient>;
  /** Stops the server and removes its data folder. */
  stop(): Promise<void>;
}

/** Starts the app on a fresh data folder (the demo coalition loads) and signs in the demo accounts asked for. */
export async function startDemo(roles: readonly DemoRole[] = ROLES, env: Record<string, string> = {}): Promise<Demo> {
  const server = await startServer(env);
  const as = {} as Record<DemoRole, GraphqlClient>;
  try {
    for (const role of roles) as[role] = await signedIn(server.url, role);
  } catch (e) {
    await server.kill();
    removeDir(server.dataDir);
    throw e;
  }
  return {
    server,
    as,
    async stop() {
      await server.stop();
      removeDir(server.dataDir);
    },
  };
}

export interface DemoWithBrowser extends Demo {
  browser: Browser;
  /** A new browser context signed in on the web app as the demo account of `role`; close it when done. */
  openSignedIn(role: DemoRole, options?: Parameters<Browser['newContext']>[0]): Promise<{ context: BrowserContext; page: Page }>;
}

/** startDemo and a headless Chromium; stop() closes both. */
export async function startDemoWithBrowser(roles: readonly DemoRole[] = [], env: Record<string, string> = {}): Promise<DemoWithBrowser> {
  const demo = await startDemo(roles, env);
  const browser = await launchBrowser();
  return {
    ...demo,
    browser,
    async openSignedIn(role, options = DESKTOP) {
      const opened = await newPage(browser, options);
      try {
        await signIn(opened.page, demo.server.url, DEMO[role]);
      } catch (e) {
        await opened.context.close();
        throw e;
      }
      return opened;
    },
    async stop() {
      await browser.close();
      await demo.stop();
    },
  };
}

/**
 * startDemo for the enclosing describe block: started before its tests, stopped after them. The fields are
 * filled once the block's beforeAll ran.
 */
export function useDemo(roles: readonly DemoRole[] = ROLES, env: Record<string, string> = {}): Demo {
  const live = {} as Demo;
  beforeAll(async () => {
    Object.assign(live, await startDemo(roles, env));
  });
  afterAll(() => live.stop?.());
  return live;
}

/** startDemoWithBrowser for the enclosing describe block (see useDemo). */
export function useDemoWithBrowser(roles: readonly DemoRole[] = [], env: Record<string, string> = {}): DemoWithBrowser {
  const live = {} as DemoWithBrowser;
  beforeAll(async () => {
    Object.assign(live, await startDemoWithBrowser(roles, env));
  });
  afterAll(() => live.stop?.());
  return live;
}

import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { GRAPH_STORE, type GraphStore } from '../src/graph/graph-store.port.js';

/** The query the person page sends (web/src/people/queries.ts PERSON), field for field. */
const PERSON_PAGE = `query Person($id: ID!) {
  person(id: $id) {
    id name emails phones contactHidden zip region { id name } kinds tags notes version createdAt updatedAt canEdit canDelete
    ties { strength context since until lastContact interactionCount person { id name } }
    affiliations { kind title since until organization { id name } }
    assignees { id displayName email }
    history(limit: 20) { id action at byName summary changes { field from to } }
  }
}`;

/**
 * The built app in this process on the demo coalition, its store wrapped to count what reaches the engine.
 * The read cache is off (READ_CACHE_ENTRIES=0): the count is of engine round trips, not of answers from memory.
 */
describe('record pages read the graph a bounded number of times, however many ties and people they show', () => {
  let dir: string;
  let app: NestExpressApplication;
  let url: string;
  let cookie = '';
  const calls: string[] = [];

  async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    const body = (await res.json()) as { data: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cg-read-path-'));
    app = await createApp(loadConfig({ DATA_DIR: dir, DEMO_DATA: 'true', READ_CACHE_ENTRIES: '0', LEADERS_SCHEDULE_HOURS: '0', LOG_LEVEL: 'error' }));
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    const store = app.get<GraphStore>(GRAPH_STORE);
    for (const method of ['read', 'write', 'transaction'] as const) {
      const original = store[method].bind(store) as (...args: unknown[]) => Promise<unknown>;
      (store as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        calls.push(method === 'transaction' ? 'transaction' : (args[0] as { name: string }).name);
        return original(...args);
      };
    }
    await gql(`mutation { signIn(email: "leader@demo.example.org", password: "organize-together") { id } }`);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function storeCallsForPage(id: string): Promise<{ ties: number; calls: string[] }> {
    calls.length = 0;
    const { person } = await gql<{ person: { ties: unknown[] } }>(PERSON_PAGE, { id });
    return { ties: person.ties.length, calls: [...calls] };
  }

  it('reads as often for a person with 60 ties as for one with a few, and no more than a handful of times', async () => {
    const { people } = await gql<{ people: { nodes: Array<{ id: string; ties: unknown[] }> } }>(`{ people(first: 100) { nodes { id ties { strength } } } }`);
    const [few, many] = [...people.nodes].sort((a, b) => a.ties.length - b.ties.length);
    for (const other of people.nodes.filter((p) => p.id !== many.id).slice(0, 60)) {
      await gql(`mutation($input: TieInput!) { setTie(input: $input) { strength } }`, { input: { personId: many.id, otherPersonId: other.id, strength: 3 } });
    }
    const small = await storeCallsForPage(few.id);
    const large = await storeCallsForPage(many.id);
    expect(large.ties).toBeGreaterThanOrEqual(60);
    expect(small.ties).toBeLessThan(10);
    expect(large.calls.length).toBe(small.calls.length);
    expect(large.calls.length).toBeGreaterThan(0);
    // The person, ties, affiliations, history (with bulk-import entries and who made each change).
    expect(large.calls.length).toBeLessThanOrEqual(8);
    expect(large.calls).not.toContain('session.withAccount');
  }, 120_000);

  it('reads a list of people with each one’s ties and affiliations in as many store calls for 40 people as for 4', async () => {
    const LIST = `query($first: Int!) { people(first: $first) { nodes { id ties { strength person { id name } } affiliations { kind organization { id } } } } }`;
    const callsFor = async (first: number) => {
      calls.length = 0;
      const { people } = await gql<{ people: { nodes: Array<{ ties: unknown[] }> } }>(LIST, { first });
      return { people: people.nodes.length, ties: people.nodes.reduce((n, p) => n + p.ties.length, 0), calls: [...calls] };
    };
    const few = await callsFor(4);
    const many = await callsFor(40);
    expect(few.people).toBe(4);
    expect(many.people).toBe(40);
    expect(many.ties).toBeGreaterThan(few.ties);
    expect(many.calls.sort()).toEqual(few.calls.sort());
    // The page of people, their count, all their ties, all their affiliations.
    expect(many.calls.length).toBeLessThanOrEqual(4);
  }, 60_000);
});

/** The people list's first page and the organization page (web/src/people/PeopleListPage.tsx, organizations/queries.ts). */
const PEOPLE_LIST = `query PeopleList($input: PeopleListArgsInput!) {
  peopleList(input: $input) { totalCount nodes { id name emails phones contactHidden zip kinds tags createdAt region { id name } } }
}`;
const ORGANIZATION_PAGE = `query Organization($id: ID!) {
  organization(id: $id) {
    id name createdAt updatedAt canEdit canDelete
    affiliations { kind title since person { id name } }
    history(limit: 20) { id action at byName summary changes { field from to } }
  }
}`;

/**
 * With the read cache on (as the app runs on the embedded engine), a record page seen again before anything is
 * saved is answered from memory: a read a page makes that is not declared `{ cached: true }` goes to the engine
 * on every view, and shows here by name.
 */
describe('record pages seen again with nothing saved in between read nothing from the engine', () => {
  let dir: string;
  let app: NestExpressApplication;
  let url: string;
  let cookie = '';

  async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    const body = (await res.json()) as { data: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cg-read-path-'));
    app = await createApp(loadConfig({ DATA_DIR: dir, DEMO_DATA: 'true', LEADERS_SCHEDULE_HOURS: '0', LOG_LEVEL: 'error' }));
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    await gql(`mutation { signIn(email: "leader@demo.example.org", password: "organize-together") { id } }`);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the person page, the people list and the organization page, as a leader', async () => {
    const store = app.get<GraphStore & { stats?: () => { missed: number } }>(GRAPH_STORE);
    const { people } = await gql<{ people: { nodes: Array<{ id: string; ties: unknown[] }> } }>(`{ people(first: 100) { nodes { id ties { strength } } } }`);
    const person = people.nodes.reduce((a, b) => (b.ties.length > a.ties.length ? b : a));
    const { organizations } = await gql<{ organizations: { nodes: Array<{ id: string; affiliations: unknown[] }> } }>(`{ organizations(first: 100) { nodes { id affiliations { kind } } } }`);
    const organization = organizations.nodes.reduce((a, b) => (b.affiliations.length > a.affiliations.length ? b : a));
    const pages: Array<[string, string, Record<string, unknown>]> = [
      ['person page', PERSON_PAGE, { id: person.id }],
      ['people list', PEOPLE_LIST, { input: { filter: {}, sortBy: 'NAME', descending: false, first: 25, offset: 0 } }],
      ['organization page', ORGANIZATION_PAGE, { id: organization.id }],
    ];
    // The pages have something to show: ties, people, history.
    const first = await gql<{ person: { ties: unknown[]; history: unknown[] } }>(PERSON_PAGE, { id: person.id });
    expect(first.person.ties.length).toBeGreaterThan(0);
    expect(first.person.history.length).toBeGreaterThan(0);
    for (const [, query, variables] of pages) await gql(query, variables);

    // The fewest of three views: a background job's read may fall into one, a page's own uncached read is in all.
    const engineReads: Record<string, number> = {};
    for (const [name, query, variables] of pages) {
      for (let view = 0; view < 3; view++) {
        const before = store.stats!().missed;
        const again = await gql(query, variables);
        engineReads[name] = Math.min(engineReads[name] ?? Infinity, store.stats!().missed - before);
        expect(again).toEqual(await gql(query, variables));
      }
    }
    expect(engineReads).toEqual({ 'person page': 0, 'people list': 0, 'organization page': 0 });
  }, 120_000);
});

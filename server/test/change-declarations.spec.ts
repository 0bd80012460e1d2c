/**
 * Derived state (the reach index, and the maps and leader scores built on it) follows commits through the
 * change feed (src/graph/change-feed.ts), which reads what each write query declares it changes (query.ts,
 * Changes). A write query whose text touches what the index reads (people, organizations, teams, ties and
 * affiliations) must say so, `{}` when it changes none of it: a new write path cannot be forgotten.
 *
 * The read cache (src/graph/read-cache.ts) keeps record reads across a write that declares which records' pages it
 * changes (`pages`): a write declaring too few would leave a page showing what is no longer true. Checked by
 * name here, and by what organizers do: after each of their everyday writes, every kept answer must be what the
 * engine says.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { idsAt } from '../src/graph/change-feed.js';
import { GRAPH_STORE } from '../src/graph/graph-store.port.js';
import { registeredQueries, type CypherQuery } from '../src/graph/query.js';
import type { ReadCachedStore } from '../src/graph/read-cache.js';
import { declaringFiles } from './query-sources.js';

const srcDir = resolve(import.meta.dirname, '../src');
const TOUCHES_INDEX = /:(Person|Organization|Team)\b|\b(KNOWS|MEMBER_OF|WORKS_AT|LEADS)\b/;

async function everyQuery(): Promise<CypherQuery[]> {
  for (const file of declaringFiles(srcDir)) await import(file);
  return registeredQueries().filter((q) => !q.name.startsWith('test.'));
}

describe('change declarations of write queries', () => {
  let queries: CypherQuery[];
  beforeAll(async () => {
    queries = await everyQuery();
  });

  it('every write query touching people, organizations, teams, ties or affiliations declares what it changes', () => {
    const touching = queries.filter((q) => q.mode === 'write' && (TOUCHES_INDEX.test(q.embedded) || TOUCHES_INDEX.test(q.neo4j)));
    expect(touching.length).toBeGreaterThan(100);
    expect(touching.filter((q) => !q.changes).map((q) => q.name)).toEqual([]);
  });

  it('each declared path names a parameter of the query, or a column it returns', () => {
    const wrong: string[] = [];
    for (const q of queries) {
      for (const path of [...(q.changes?.people ?? []), ...(q.changes?.organizations ?? []), ...(q.changes?.teams ?? []), ...(q.changes?.pages ?? [])]) {
        const [head, field] = path.split('.');
        const ok = head === 'returned' ? new RegExp(`\\bAS ${field}\\b`).test(q.neo4j) : new RegExp(`\\$${head}\\b`).test(q.neo4j);
        if (!ok) wrong.push(`${q.name}: ${path}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a write that declares the pages it changes names there every record it declares changed for the reach index', () => {
    const missing = queries.flatMap((q) => {
      const pages = q.changes?.pages;
      if (!pages) return [];
      const reach = [...(q.changes?.people ?? []), ...(q.changes?.organizations ?? []), ...(q.changes?.teams ?? [])];
      return reach.filter((path) => !pages.includes(path)).map((path) => `${q.name}: ${path}`);
    });
    expect(missing).toEqual([]);
  });

  it('a cached read about a record names its id parameter, and starts from that record', () => {
    const wrong = queries
      .filter((q) => q.record)
      .filter((q) => !q.cached || !['id', 'ids'].includes(q.record!) || !new RegExp(`\\$${q.record}\\b`).test(q.embedded))
      .map((q) => q.name);
    expect(wrong).toEqual([]);
    // The record pages' reads are kept per record, so a write to one record leaves the others' pages in memory.
    const pageReads = ['person.byId', 'organization.byId', 'tie.knowsOf', 'affiliation.ofPerson', 'affiliation.ofOrganization', 'history.of.Person', 'history.aboutOf', 'account.byIds'];
    expect(pageReads.filter((name) => !queries.find((q) => q.name === name)?.record)).toEqual([]);
  });

  it('read queries declare no changes', () => {
    expect(queries.filter((q) => q.mode === 'read' && q.changes).map((q) => q.name)).toEqual([]);
  });

  it('ids are found at a path through lists, objects and returned rows', () => {
    const into = new Set<string>();
    idsAt('rows.personId', { rows: [{ personId: 'p1' }, { personId: 'p2' }, { personId: null }] }, [], into);
    idsAt('ids', { ids: ['p3', 'p4'] }, [], into);
    idsAt('id', { id: 'p5' }, [], into);
    idsAt('returned.a', {}, [{ a: 'p6' }, { a: 7 }], into);
    idsAt('missing', {}, [], into);
    expect([...into].sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });
});

/** The person page and the organization page, as the web app asks for them (web/src/people/queries.ts, organizations/queries.ts). */
const PERSON_PAGE = `query Person($id: ID!) {
  person(id: $id) {
    id name zip region { id name } kinds tags version
    ties { strength context lastContact interactionCount person { id name } }
    affiliations { kind title organization { id name } }
    assignees { id displayName }
    history(limit: 20) { id action byName summary }
  }
}`;
const ORGANIZATION_PAGE = `query Organization($id: ID!) {
  organization(id: $id) { id name affiliations { kind title person { id name } } history(limit: 20) { id action byName summary } }
}`;

type Page = { person: { id: string; name: string; version: number; region: { id: string }; ties: Array<{ interactionCount: number; person: { id: string; name: string } }> } };

describe('kept record reads after organizers’ everyday writes', () => {
  let dir: string;
  let app: NestExpressApplication;
  let store: ReadCachedStore;
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
    dir = mkdtempSync(join(tmpdir(), 'cg-read-cache-writes-'));
    app = await createApp(loadConfig({ DATA_DIR: dir, DEMO_DATA: 'true', LEADERS_SCHEDULE_HOURS: '0', LOG_LEVEL: 'error' }));
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    store = app.get<ReadCachedStore>(GRAPH_STORE);
    await gql(`mutation { signIn(email: "leader@demo.example.org", password: "organize-together") { id } }`);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every kept answer is what the engine says after setting a tie, editing a person, logging a meeting, an ask and an affiliation; a page no write touched stays in memory', async () => {
    const { people } = await gql<{ people: { nodes: Array<{ id: string; ties: Array<{ person: { id: string } }> }> } }>(
      `{ people(first: 100) { nodes { id ties { person { id } } } } }`,
    );
    const byTies = [...people.nodes].sort((a, b) => b.ties.length - a.ties.length);
    const person = byTies[0];
    const friend = person.ties[0].person.id;
    const near = new Set([person.id, friend, ...person.ties.map((t) => t.person.id)]);
    const stranger = byTies.find((p) => !near.has(p.id) && !p.ties.some((t) => near.has(t.person.id)))!;
    const far = byTies.find((p) => p !== stranger && !near.has(p.id) && !p.ties.some((t) => near.has(t.person.id) || t.person.id === stranger.id) && !stranger.ties.some((t) => t.person.id === p.id))!;
    const { organizations } = await gql<{ organizations: { nodes: Array<{ id: string }> } }>(`{ organizations(first: 5) { nodes { id } } }`);
    const organization = organizations.nodes[0].id;
    const view = async () => {
      for (const id of [person.id, friend, stranger.id, far.id]) await gql(PERSON_PAGE, { id });
      await gql(ORGANIZATION_PAGE, { id: organization });
    };
    const page = (id: string) => gql<Page>(PERSON_PAGE, { id });
    const farReads = async () => {
      // The fewest of three views: a background job's write may fall between two.
      let fewest = Infinity;
      for (let i = 0; i < 3; i++) {
        const before = store.stats().missed;
        await gql(PERSON_PAGE, { id: far.id });
        fewest = Math.min(fewest, store.stats().missed - before);
      }
      return fewest;
    };

    await view();
    await gql(`mutation($input: TieInput!) { setTie(input: $input) { strength } }`, { input: { personId: person.id, otherPersonId: stranger.id, strength: 4 } });
    expect(await store.stale()).toEqual([]);
    expect((await page(stranger.id)).person.ties.map((t) => t.person.id)).toContain(person.id);
    expect(await farReads()).toBe(0);

    await view();
    const before = (await page(friend)).person;
    await gql(`mutation($id: ID!, $version: Int!, $input: PersonInput!) { updatePerson(id: $id, version: $version, input: $input) { id } }`, {
      id: friend,
      version: before.version,
      input: { name: `${before.name} Renamed`, regionId: before.region.id },
    });
    expect(await store.stale()).toEqual([]);
    expect((await page(person.id)).person.ties.find((t) => t.person.id === friend)?.person.name).toBe(`${before.name} Renamed`);

    await view();
    const met = (await page(person.id)).person.ties.find((t) => t.person.id === friend)!.interactionCount;
    await gql(`mutation($input: LogInteractionInput!) { logInteraction(input: $input) { id } }`, { input: { hostPersonId: person.id, personIds: [friend] } });
    expect(await store.stale()).toEqual([]);
    expect((await page(person.id)).person.ties.find((t) => t.person.id === friend)!.interactionCount).toBe(met + 1);
    expect(await farReads()).toBe(0);

    await view();
    const { campaigns } = await gql<{ campaigns: Array<{ id: string }> }>(`{ campaigns { id } }`);
    await gql(`mutation($input: EndorsementAskInput!) { createEndorsementAsk(input: $input) { id } }`, {
      input: { organizationId: organization, askerId: person.id, campaignId: campaigns[0].id },
    });
    expect(await store.stale()).toEqual([]);

    await view();
    await gql(`mutation($input: AffiliationInput!) { addAffiliation(input: $input) { kind } }`, { input: { kind: 'MEMBER_OF', personId: stranger.id, organizationId: organization } });
    expect(await store.stale()).toEqual([]);
    const { organization: shown } = await gql<{ organization: { affiliations: Array<{ person: { id: string } }> } }>(ORGANIZATION_PAGE, { id: organization });
    expect(shown.affiliations.map((a) => a.person.id)).toContain(stranger.id);
  }, 240_000);
});

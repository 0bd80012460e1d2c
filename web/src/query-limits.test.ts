import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, type DocumentNode, Kind, print } from 'graphql';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkQuery, QUERY_LIMITS, type QueryLimits } from '../../server/src/common/query-limits';

// Every document the app builds with graphql() (web/src/gql, generated) or gql, recorded as its modules load:
// exported or not, a page's query cannot be missed.
const documents = vi.hoisted(() => [] as Array<{ module: string; document: DocumentNode }>);
const record = vi.hoisted(() => (document: DocumentNode) => {
  // The caller's file, from the stack: the module that wrote this document.
  const caller = new Error().stack?.split('\n').find((l) => l.includes('/src/') && !l.includes('query-limits.test') && !l.includes('/src/gql/'));
  documents.push({ module: caller?.match(/\/src\/[^?:)]+/)?.[0] ?? 'unknown', document });
  return document;
});
vi.mock('./gql', async (original) => {
  const generated = await original<typeof import('./gql')>();
  return { ...generated, graphql: (source: string) => record(generated.graphql(source as never) as unknown as DocumentNode) };
});
vi.mock('@apollo/client', async (original) => {
  const apollo = await original<typeof import('@apollo/client')>();
  return { ...apollo, gql: (...args: Parameters<typeof apollo.gql>) => record(apollo.gql(...args)) };
});

// Left out: tests, the entry point, and the network map's WebGL drawing (it cannot load in jsdom; it sends no query).
const modules = import.meta.glob(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./test/**', '!./gql/**', '!./main.tsx', '!./maps/MapCanvas.tsx', '!./maps/budgetedLines.ts']);
const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema/schema.graphql'), 'utf8'));

/** The operations (with the fragments they spread), as the server receives them. */
function operations(): Array<{ name: string; module: string; source: string }> {
  return documents.flatMap(({ module, document }) =>
    document.definitions
      .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((op) => {
        const single = { ...document, definitions: [op, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)] };
        return { name: op.name?.value ?? '(anonymous)', module, source: print(single) };
      }),
  );
}

const halved = Object.fromEntries(Object.entries(QUERY_LIMITS).map(([k, v]) => [k, Math.floor(v / 2)])) as unknown as QueryLimits;

describe('the server’s query limits and the web app’s own queries', () => {
  beforeAll(async () => {
    for (const load of Object.values(modules)) await load();
    // Every module of the app is transformed here: the limit is for a hung load, not a slow machine.
  }, 120_000);

  it('finds the app’s queries and mutations', () => {
    const names = operations().map((o) => o.name);
    // The people list, a person's page and signing in are among them: the recording works.
    expect(names).toEqual(expect.arrayContaining(['PeopleList', 'Person', 'SignIn', 'Me']));
    expect(names.length).toBeGreaterThan(50);
  });

  it('lets every one of them through, valid against the schema', () => {
    for (const op of operations()) {
      expect(checkQuery(schema, op.source).map((e) => e.message), `${op.name} in ${op.module}`).toEqual([]);
    }
  });

  it('leaves room: each would still pass with every limit halved', () => {
    for (const op of operations()) {
      expect(checkQuery(schema, op.source, halved).map((e) => e.message), `${op.name} in ${op.module}`).toEqual([]);
    }
  });
});

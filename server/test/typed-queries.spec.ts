import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceFiles } from './query-sources.js';

/**
 * Every query declares its parameters and its row once, `cypher<Params, Row>(name, ...)` (docs/architecture.md,
 * "Typed queries"), so the code that reads its rows needs no `row.x as Something` casts. A declaration without
 * type arguments gives plain records: this spec finds them in server/src by their text, as cypher-lint.spec.ts
 * finds the declarations. Where a query returns nothing, its row type is `never`; where its parameters are the
 * fields of a record built elsewhere, `Params`.
 */

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/**
 * Untyped declarations: `cypher(` straight followed by the name (a string, a template or a variable, then a comma).
 * Typed ones have `cypher<` there; a mention in a comment, `cypher()`, is not a call with a name.
 */
export function untypedDeclarations(text: string): number {
  return [...text.matchAll(/\bcypher\(\s*(?:['"`]|[A-Za-z_$][\w$.]*\s*,)/g)].length;
}

const found = Object.fromEntries(
  sourceFiles(srcDir)
    .map((path) => [relative(srcDir, path).split('\\').join('/'), untypedDeclarations(readFileSync(path, 'utf8'))] as const)
    .filter(([, n]) => n > 0),
);

describe('typed queries', () => {
  it('finds untyped declarations, and not typed ones or mentions', () => {
    expect(untypedDeclarations(`cypher('a.b', 'read', 'RETURN 1')`)).toBe(1);
    expect(untypedDeclarations(`cypher(\n    \`x.\${label}\`,\n 'write', text)`)).toBe(1);
    expect(untypedDeclarations(`cypher(name, 'read', { embedded, neo4j })`)).toBe(1);
    expect(untypedDeclarations(`cypher<{ id: string }, { a: AccountRecord }>('a.b', 'read', 'RETURN 1')`)).toBe(0);
    expect(untypedDeclarations(`cypher<P, R>(\n  name, 'read', text)`)).toBe(0);
    expect(untypedDeclarations('/** Every Cypher text is declared once through `cypher()`. */')).toBe(0);
  });

  it('no query is declared without its parameters and row type', () => {
    const untyped = Object.entries(found).map(([file, n]) => `${file}: ${n} untyped (declare cypher<Params, Row>(...))`);
    expect(untyped).toEqual([]);
  });
});

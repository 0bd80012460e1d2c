import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every query declares its parameters and its row once, `cypher<Params, Row>(name, ...)` (docs/architecture.md,
 * "Typed queries"), so the code that reads its rows needs no `row.x as Something` casts. A declaration without
 * type arguments gives plain records: this spec finds them in server/src by their text, as cypher-lint.spec.ts
 * finds the declarations.
 *
 * STILL_UNTYPED lists the files not converted yet, with how many untyped declarations each holds. It only
 * shrinks: a new untyped declaration anywhere fails, and so does a count that went down without this list
 * following (lower the number, or drop the file once it reaches 0).
 */
const STILL_UNTYPED: Record<string, number> = {
  'modules/lists/lists.queries.ts': 26,
  'modules/lists/organization-lists.queries.ts': 5,
};

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|test)\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Untyped declarations: `cypher(` straight followed by the name (a string, a template or a variable, then a comma).
 * Typed ones have `cypher<` there; a mention in a comment, `cypher()`, is not a call with a name.
 */
export function untypedDeclarations(text: string): number {
  return [...text.matchAll(/\bcypher\(\s*(?:['"`]|[A-Za-z_$][\w$.]*\s*,)/g)].length;
}

const found = Object.fromEntries(
  sources(srcDir)
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

  it('no query is declared without its parameters and row type, but in the files still listed', () => {
    const grown = Object.entries(found)
      .filter(([file, n]) => n > (STILL_UNTYPED[file] ?? 0))
      .map(([file, n]) => `${file}: ${n} untyped (declare cypher<Params, Row>(...))`);
    expect(grown).toEqual([]);
  });

  it('the list of files still untyped follows each conversion', () => {
    const stale = Object.entries(STILL_UNTYPED)
      .filter(([file, n]) => (found[file] ?? 0) < n)
      .map(([file, n]) => `${file}: listed ${n}, now ${found[file] ?? 0}`);
    expect(stale).toEqual([]);
  });
});

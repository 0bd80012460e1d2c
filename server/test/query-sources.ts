import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where queries are declared, for the specs that check every query (cypher-lint, change-declarations,
 * typed-queries): a declaration is `cypher(` or, typed, `cypher<Params, Row>(`, followed by the query's name
 * (a string, a template or a variable, then a comma). A mention in a comment, `cypher()`, is not one.
 */
export const DECLARATION = /\bcypher(<[^(]*>)?\(\s*(?:['"`]|[A-Za-z_$][\w$.]*\s*,)/;

/** The TypeScript sources under `dir` that are not specs, tests or type declarations. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|test)\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The sources under `dir` that declare at least one query. */
export function declaringFiles(dir: string): string[] {
  return sourceFiles(dir).filter((path) => DECLARATION.test(readFileSync(path, 'utf8')));
}

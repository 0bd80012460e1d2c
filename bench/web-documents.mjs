/**
 * The operations and fragments the web app declares with graphql(`...`) (or gql`...`) in web/src, by name, so
 * benchmarks send what the pages send. `webDocuments()(name)` is the operation with every fragment it spreads.
 * Interpolated fragments (`${PERSON_FIELDS}`) are dropped and re-attached by their spreads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('../web/src/', import.meta.url));

export function webDocuments() {
  const files = readdirSync(web, { recursive: true }).filter((f) => /\.tsx?$/.test(f) && !/(^|\/)gql\/|\.test\.tsx?$/.test(f));
  const byName = new Map();
  for (const f of files) {
    for (const [, body] of readFileSync(join(web, f), 'utf8').matchAll(/(?:graphql\(|gql)`([^`]*)`/g)) {
      const text = body.replace(/\$\{[^}]*\}/g, '');
      for (const m of text.matchAll(/(?:query|mutation|fragment)\s+(\w+)/g)) byName.set(m[1], text);
    }
  }
  return (name) => {
    const parts = [byName.get(name)];
    const seen = new Set([name]);
    for (let i = 0; i < parts.length; i++) {
      if (!parts[i]) throw new Error(`${[...seen][i]} is not declared in web/src`);
      for (const [, spread] of parts[i].matchAll(/\.\.\.(\w+)/g)) {
        if (!seen.has(spread)) seen.add(spread) && parts.push(byName.get(spread));
      }
    }
    return parts.join('\n');
  };
}

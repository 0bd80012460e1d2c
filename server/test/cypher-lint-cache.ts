/**
 * Lint results kept by hash, so a test run re-parses only the Cypher texts that changed: Neo4j's parser
 * and semantic analyser take about a second per text on a busy machine, and most texts do not change
 * between runs. The key covers everything a result depends on (the linter's version, the schema, the
 * checking code), so a change to any of them re-lints everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LintCache<T> {
  /** The stored result for this text, or the one `lint` gives (then stored). */
  get(text: string, lint: (text: string) => T): T;
  /** Writes what was linted in this run; texts no longer asked for are dropped. */
  save(): void;
}

export function lintCache<T>(dir: string, context: unknown[]): LintCache<T> {
  const contextHash = createHash('sha256').update(JSON.stringify(context)).digest('hex').slice(0, 32);
  const file = join(dir, `${contextHash}.json`);
  let stored: Record<string, T> = {};
  try {
    if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, T>;
  } catch {
    stored = {}; // an unreadable cache (a run cut short) is only a slower run
  }
  const used: Record<string, T> = {};
  return {
    get(text, lint) {
      const key = createHash('sha256').update(text).digest('hex');
      used[key] = key in stored ? stored[key] : lint(text);
      return used[key];
    },
    save() {
      mkdirSync(dir, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(used));
      renameSync(temporary, file);
      // Results for an older linter, schema or checking code are never asked for again.
      for (const old of readdirSync(dir)) if (old.endsWith('.json') && join(dir, old) !== file) rmSync(join(dir, old), { force: true });
    },
  };
}

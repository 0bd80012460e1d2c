import { storedMessageOf } from '../../i18n/said.js';

/**
 * History rows an import writes carry, beside their English summary, the catalogue message it is with its
 * values (as recordChange stores them, i18n/said.ts), so each reader gets the entry in their own language.
 * The same summaries repeat over thousands of records ("Import changed zip"): each text is matched once.
 */
const matched = new Map<string, string>();

export function summaryMessageOf(summary: string): string {
  let message = matched.get(summary);
  if (message === undefined) {
    if (matched.size >= 10_000) matched.clear();
    message = storedMessageOf(summary);
    matched.set(summary, message);
  }
  return message;
}

export function withMessages<T extends { summary: string }>(rows: readonly T[]): Array<T & { summaryMessage: string }> {
  return rows.map((r) => ({ ...r, summaryMessage: summaryMessageOf(r.summary) }));
}

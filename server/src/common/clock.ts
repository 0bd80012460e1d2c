let last = 0;

/**
 * The current time as an ISO-8601 string, strictly increasing within this process, so records
 * written one after another (a change and the next) always sort in the order they happened.
 */
export function now(): string {
  const t = Math.max(Date.now(), last + 1);
  last = t;
  return new Date(t).toISOString();
}

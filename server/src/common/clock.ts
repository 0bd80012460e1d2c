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

/**
 * The latest calendar date it is anywhere right now (UTC+14). A date the user calls "today" is never later
 * than this, whatever their time zone; a later one is in the future for everyone.
 */
export function latestTodayAnywhere(at = Date.now()): string {
  return new Date(at + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Today's date (YYYY-MM-DD) in UTC: the default date of meetings, asks, MOUs and assessments. */
export function todayUtc(at = Date.now()): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * Which backups to keep: the newest backup of each of the `daily` most recent days that have one, and the newest
 * of each of the `weekly` most recent weeks (Monday to Sunday, UTC) that have one; a backup chosen by both rules
 * counts for both (as restic's --keep-daily/--keep-weekly do). The newest backup is always kept. Counting days
 * that have a backup rather than calendar days means a pause in backups never deletes the ones before it.
 */
export function backupsToKeep<T extends { at: Date }>(backups: readonly T[], daily: number, weekly: number): Set<T> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<T>(newestFirst.slice(0, 1));
  const pick = (period: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      if (seen.size >= count) break;
      const p = period(b.at);
      if (seen.has(p)) continue;
      seen.add(p);
      keep.add(b);
    }
  };
  pick((d) => d.toISOString().slice(0, 10), daily);
  pick(isoWeekStart, weekly);
  return keep;
}

/** The Monday (UTC) that starts the week of `d`. */
function isoWeekStart(d: Date): string {
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
  return monday.toISOString().slice(0, 10);
}

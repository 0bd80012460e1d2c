import { latestTodayAnywhere, now } from './clock.js';

describe('clock', () => {
  it('gives the date in the furthest time zone ahead, so a user east of UTC can log “today” before UTC midnight', () => {
    expect(latestTodayAnywhere(Date.parse('2026-03-01T09:59:00Z'))).toBe('2026-03-01');
    expect(latestTodayAnywhere(Date.parse('2026-03-01T10:00:00Z'))).toBe('2026-03-02');
  });

  it('never returns the same timestamp twice', () => {
    const a = now();
    const b = now();
    expect(b > a).toBe(true);
  });
});

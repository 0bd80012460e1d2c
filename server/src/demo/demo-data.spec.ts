import { demoCalendar, demoData } from './demo-data.js';

describe('demo data on the day it is loaded', () => {
  it.each(['2026-12-07T10:00:00.000Z', '2031-03-01T10:00:00.000Z'])('loaded on %s: no tie starts or was last in touch after that day, and the coming race is ahead', (now) => {
    const today = now.slice(0, 10);
    const data = demoData('admin', now);
    for (const k of data.knows) {
      expect(k.since <= today).toBe(true);
      expect(k.lastContact >= k.since && k.lastContact <= today).toBe(true);
    }
    const quiet = data.knows.filter((k) => !k.until && k.lastContact < demoCalendar(now).daysAgo(90));
    expect(quiet.length).toBeGreaterThan(10);
    expect(quiet.length).toBeLessThan(data.knows.length / 10);
    for (const race of data.organizing.races) expect(String(race.electionDate) > today).toBe(true);
    expect(data.people.filter((p) => (p.tags as string[]).includes('spanish-speaking') && /[áéíóúñ]/.test(String(p.name))).length).toBeGreaterThan(10);
  });

  it('moves dates by whole years, and 29 February to the 28th in a year without it', () => {
    const cal = demoCalendar('2027-05-01T00:00:00.000Z');
    expect(cal.shift('2024-09-01')).toBe('2025-09-01');
    expect(cal.shift('2024-02-29')).toBe('2025-02-28');
    expect(cal.shift('2025-03-20T18:00:00.000Z')).toBe('2026-03-20T18:00:00.000Z');
    expect(cal.daysAgo(1)).toBe('2027-04-30');
  });
});

import { LeaderSignal, scoreLeaders, windowsEnding } from './leader-score.js';

describe('emerging-leader scoring', () => {
  it('splits time into a window ending today and the same number of days before it', () => {
    expect(windowsEnding('2026-03-31', 31)).toEqual({ from: '2026-03-01', to: '2026-03-31', previousTo: '2026-02-28', previousFrom: '2026-01-29' });
  });

  it('ranks by rise, so a steady leader falls below a newcomer with fewer points', () => {
    const w = windowsEnding('2026-03-31', 31);
    const ev = (personId: string, signal: LeaderSignal, date: string) => ({ personId, signal, date });
    const ranked = scoreLeaders([
      ev('steady', LeaderSignal.HOUSE_MEETINGS, '2026-03-10'), ev('steady', LeaderSignal.HOUSE_MEETINGS, '2026-02-10'),
      ev('steady', LeaderSignal.ONE_TO_ONES, '2026-03-11'), ev('steady', LeaderSignal.ONE_TO_ONES, '2026-02-11'),
      ev('new', LeaderSignal.ONE_TO_ONES, '2026-03-12'), ev('new', LeaderSignal.NEW_TIES, '2026-03-12'),
      ev('old', LeaderSignal.ONE_TO_ONES, '2025-01-01'),
    ], w);
    expect(ranked.map((r) => [r.personId, r.score, r.previousScore, r.rise])).toEqual([['new', 4, 0, 4], ['steady', 7, 7, 0]]);
    expect(ranked[0].parts.find((p) => p.signal === LeaderSignal.ONE_TO_ONES)).toEqual({ signal: LeaderSignal.ONE_TO_ONES, label: 'one-to-ones held', weight: 3, count: 1, previousCount: 0, points: 3 });
  });
});

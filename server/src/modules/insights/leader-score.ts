/**
 * Emerging-leader scoring: evidence of organizing work in a window, weighted, compared with the window before.
 *
 * Each signal is a count of things a person did in the window; the score is Σ weight × count:
 *
 *   signal               weight  counted when
 *   one-to-ones held        3    an ONE_TO_ONE interaction they hosted is dated in the window
 *   house meetings hosted   4    a HOUSE_MEETING they hosted is dated in the window
 *   people brought          2    someone attended an event in the window and was recorded as brought by them
 *   new ties                1    a KNOWS tie of theirs started in the window (its `since` date, else when it was recorded)
 *   roles taken             3    a role (HOLDS_ROLE) of theirs started in the window (start date, else when assigned)
 *   trainings               2    they took part in a TRAINING interaction in the window
 *   communities bridged     2    a tie started in the window reached a network community (Louvain) they had no tie into before
 *
 * Hosting weighs most because it is the organizing act the seeds ask leaders to multiply (one-to-ones, house
 * meetings); bringing people is turnout credit; a new tie is the cheapest signal, so it weighs least.
 *
 * Ranking is by the rise (score in the window − score in the window before), then by the score: organizers asked
 * for *emerging* leaders, people whose activity is growing, not the people who already carry the most work.
 * People already marked LEADER are kept in the list but flagged, so a leader who is stepping up further is not
 * hidden and an organizer can tell at a glance who is new.
 */
export enum LeaderSignal {
  ONE_TO_ONES = 'ONE_TO_ONES',
  HOUSE_MEETINGS = 'HOUSE_MEETINGS',
  PEOPLE_BROUGHT = 'PEOPLE_BROUGHT',
  NEW_TIES = 'NEW_TIES',
  ROLES_TAKEN = 'ROLES_TAKEN',
  TRAININGS = 'TRAININGS',
  COMMUNITIES_BRIDGED = 'COMMUNITIES_BRIDGED',
}

export const SIGNALS: ReadonlyArray<{ signal: LeaderSignal; weight: number; label: string }> = [
  { signal: LeaderSignal.ONE_TO_ONES, weight: 3, label: 'one-to-ones held' },
  { signal: LeaderSignal.HOUSE_MEETINGS, weight: 4, label: 'house meetings hosted' },
  { signal: LeaderSignal.PEOPLE_BROUGHT, weight: 2, label: 'people brought to events' },
  { signal: LeaderSignal.NEW_TIES, weight: 1, label: 'new ties' },
  { signal: LeaderSignal.ROLES_TAKEN, weight: 3, label: 'roles taken' },
  { signal: LeaderSignal.TRAININGS, weight: 2, label: 'trainings attended' },
  { signal: LeaderSignal.COMMUNITIES_BRIDGED, weight: 2, label: 'communities newly bridged' },
];

/** Two adjacent windows of dates (YYYY-MM-DD, both ends inclusive): the one before ends the day before the current starts. */
export interface Windows {
  previousFrom: string;
  previousTo: string;
  from: string;
  to: string;
}

const DAY = 86_400_000;
export const addDays = (date: string, n: number): string => new Date(Date.parse(date) + n * DAY).toISOString().slice(0, 10);

export function windowsEnding(today: string, windowDays: number): Windows {
  const from = addDays(today, -(windowDays - 1));
  const previousTo = addDays(from, -1);
  return { from, to: today, previousTo, previousFrom: addDays(previousTo, -(windowDays - 1)) };
}

/** One dated piece of evidence: who, which signal, on what day. */
export interface Evidence {
  personId: string;
  signal: LeaderSignal;
  date: string;
}

export interface PartScore {
  signal: LeaderSignal;
  label: string;
  weight: number;
  count: number;
  previousCount: number;
  points: number;
}

export interface LeaderScore {
  personId: string;
  score: number;
  previousScore: number;
  rise: number;
  parts: PartScore[];
}

/** Scores every person with evidence in either window, ranked by rise, then score, then id (stable). */
export function scoreLeaders(evidence: Iterable<Evidence>, w: Windows): LeaderScore[] {
  const counts = new Map<string, Map<LeaderSignal, [number, number]>>();
  for (const e of evidence) {
    const slot = e.date >= w.from && e.date <= w.to ? 0 : e.date >= w.previousFrom && e.date <= w.previousTo ? 1 : -1;
    if (slot < 0) continue;
    let mine = counts.get(e.personId);
    if (!mine) counts.set(e.personId, (mine = new Map()));
    const c: number[] = mine.get(e.signal) ?? [0, 0];
    c[slot] += 1;
    mine.set(e.signal, c as [number, number]);
  }
  const scores: LeaderScore[] = [];
  for (const [personId, mine] of counts) {
    const parts = SIGNALS.map(({ signal, weight, label }) => {
      const [count, previousCount] = mine.get(signal) ?? [0, 0];
      return { signal, label, weight, count, previousCount, points: weight * count };
    });
    const score = parts.reduce((s, p) => s + p.points, 0);
    const previousScore = parts.reduce((s, p) => s + p.weight * p.previousCount, 0);
    scores.push({ personId, score, previousScore, rise: score - previousScore, parts });
  }
  return scores.sort((a, b) => b.rise - a.rise || b.score - a.score || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
}

/**
 * Tie strength derived from logged interactions.
 *
 * Each interaction adds a weight to the tie between each pair of its participants who met:
 * the host and each participant at the kind's full weight, other participants of a small group
 * (up to 12 people) at a quarter of it. The score fades by half every 180 days without contact:
 *
 *   score(t) = Σ weight_i · 2^(−(t − date_i) / 180 days)
 *   derived strength = 1 + 4 · (1 − e^(−score(t)))          (1 to 5)
 *   strength shown   = the larger of the derived strength and any strength set by hand
 *
 * One one-to-one today gives 3.5; two give 4.5; a single one-to-one a year ago has faded to 1.9.
 * The sum is kept incrementally on the tie as (score, scoreAt), so reading it is O(1).
 */
export const HALF_LIFE_DAYS = 180;
export const GROUP_PAIR_LIMIT = 12;

export const KIND_WEIGHT = {
  ONE_TO_ONE: 1,
  HOUSE_MEETING: 0.5,
  RESEARCH_ACTION: 0.5,
  TEAM_MEETING: 0.3,
  TRAINING: 0.3,
  REGIONAL_CALL: 0.2,
} as const;

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

export interface TieScore {
  score: number;
  /** YYYY-MM-DD the score is measured at. */
  scoreAt: string;
}

export function scoreOn(s: TieScore | null, date: string): number {
  if (!s || s.score == null || !s.scoreAt) return 0;
  return s.score * Math.pow(2, -days(s.scoreAt, date) / HALF_LIFE_DAYS);
}

/** Adds one contact of the given weight on `date` (which may be earlier than the last one logged). */
export function addContact(current: TieScore | null, weight: number, date: string): TieScore {
  if (!current || current.score == null || !current.scoreAt) return { score: weight, scoreAt: date };
  if (date >= current.scoreAt) return { score: scoreOn(current, date) + weight, scoreAt: date };
  return { score: current.score + weight * Math.pow(2, -days(date, current.scoreAt) / HALF_LIFE_DAYS), scoreAt: current.scoreAt };
}

/**
 * Takes one contact of the given weight on `date` back out (a meeting corrected or deleted): its weight, faded to
 * the score's date, is subtracted, as the import roll-back does. Null when nothing is left.
 */
export function removeContact(current: TieScore | null, weight: number, date: string): TieScore | null {
  if (!current || current.score == null || !current.scoreAt) return null;
  const score = current.score - weight * Math.pow(2, -days(date, current.scoreAt) / HALF_LIFE_DAYS);
  return score < 1e-9 ? null : { score, scoreAt: current.scoreAt };
}

export function derivedStrength(s: TieScore | null, today: string): number {
  return 1 + 4 * (1 - Math.exp(-scoreOn(s, today)));
}

/** The strength shown: derived, or set by hand if higher; one decimal. */
export function shownStrength(byHand: number | null, s: TieScore | null, today: string): number {
  return Math.round(Math.max(byHand ?? 1, derivedStrength(s, today)) * 10) / 10;
}

/** Which pairs of an interaction's people met, and with what weight. */
export function contactPairs(hostId: string | null, personIds: readonly string[], weight: number): Array<{ a: string; b: string; weight: number }> {
  const ids = [...new Set(personIds)];
  const pairs = new Map<string, { a: string; b: string; weight: number }>();
  const add = (x: string, y: string, w: number) => {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}|${b}`;
    if ((pairs.get(key)?.weight ?? 0) < w) pairs.set(key, { a, b, weight: w });
  };
  if (ids.length <= GROUP_PAIR_LIMIT) for (const x of ids) for (const y of ids) add(x, y, weight / 4);
  if (hostId) for (const y of ids) add(hostId, y, weight);
  else if (ids.length === 2) add(ids[0], ids[1], weight);
  return [...pairs.values()];
}

/**
 * Rows for one UNWIND must agree on each field's type on the embedded engine, and a JavaScript number that happens
 * to be whole (a first one-to-one's score, 1) travels as an integer while 0.25 travels as a double: so score rows
 * go in two lists, whole scores and the others (nulls with the whole ones).
 */
export function byScoreType<T extends { score: number | null }>(rows: readonly T[]): T[][] {
  const whole = rows.filter((r) => r.score === null || Number.isInteger(r.score));
  const fractional = rows.filter((r) => r.score !== null && !Number.isInteger(r.score));
  return [whole, fractional].filter((list) => list.length > 0);
}

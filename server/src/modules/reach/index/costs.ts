import { HALF_LIFE_DAYS } from '../../interactions/tie-strength.js';
import { type CostTable, REF_DAY, dayNumber, linkCost } from './model.js';
import type { GraphState } from './state.js';

/** About this many CSR slots are worked out between two turns of the event loop (a few ms). */
const SLICE_SLOTS = 250_000;

/** The factor a tie's stored score fades by on `today` (scores are stored faded to REF_DAY). */
export const fadeOn = (today: string): number => Math.pow(2, -(dayNumber(today) - REF_DAY) / HALF_LIFE_DAYS);

const newTable = (g: GraphState, fade: number): CostTable => ({
  fade,
  nbr: g.nbr,
  cost: new Float64Array(g.nbr.length),
  minCost: new Float64Array(g.offsets.length - 1),
  done: 0,
});

function fill(g: GraphState, t: CostTable, until: number): void {
  const { offsets, ekind, ehand, es0 } = g;
  const { cost, minCost, fade } = t;
  for (let u = t.done; u < until; u++) {
    let m = Infinity;
    for (let k = offsets[u], end = offsets[u + 1]; k < end; k++) {
      const c = linkCost(ekind[k], ehand[k], es0[k], fade);
      cost[k] = c;
      if (c < m) m = c;
    }
    minCost[u] = m;
  }
  t.done = until;
}

function install(g: GraphState, t: CostTable): void {
  g.cost = t.cost;
  g.minCost = t.minCost;
  g.costFade = t.fade;
  if (g.costsAhead === t) g.costsAhead = null;
}

/**
 * The cost of every CSR slot on the day of `fade` (and each record's cheapest link), so a search does no exp/log
 * per link. Worked out ahead when possible (prepareCosts): a search that comes first finishes the rest itself.
 * At 1M people / 10M ties the whole pass took 2.9 s of one request under load: the tail of the first search
 * after each load and each midnight.
 */
export function slotCosts(g: GraphState, fade: number): Float64Array {
  if (g.costFade === fade && g.cost.length === g.nbr.length) return g.cost;
  let t = g.costsAhead;
  if (!t || t.fade !== fade || t.nbr !== g.nbr) t = newTable(g, fade);
  fill(g, t, g.offsets.length - 1);
  install(g, t);
  return g.cost;
}

/**
 * Works out the costs of the day of `fade` a slice at a time, between turns of the event loop, so no request
 * waits for the whole pass. `use`: put them in use when done (today's); else they wait for the first search of
 * their day (tomorrow's, worked out before midnight). Stops, leaving nothing half-used, when the CSR is rebuilt
 * or another day's costs are asked for meanwhile.
 */
export async function prepareCosts(g: GraphState, fade: number, use: boolean): Promise<void> {
  if (g.costFade === fade && g.cost.length === g.nbr.length) return;
  if (!g.costsAhead || g.costsAhead.fade !== fade || g.costsAhead.nbr !== g.nbr) g.costsAhead = newTable(g, fade);
  const t = g.costsAhead;
  const nodes = g.offsets.length - 1;
  while (t.done < nodes) {
    if (g.costsAhead !== t || t.nbr !== g.nbr) return;
    let until = t.done;
    const stop = g.offsets[t.done] + SLICE_SLOTS;
    while (until < nodes && g.offsets[until] < stop) until++;
    fill(g, t, until);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (use && g.costsAhead === t && t.nbr === g.nbr) install(g, t);
}

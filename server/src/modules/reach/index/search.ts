import { fadeOn, prepareCosts, slotCosts } from './costs.js';
import { Layer } from './layer.js';
import { type Edge, F_BANNED, F_GONE, F_LAYER0, F_OVERLAY, type FoundPath, LINK_KIND, type LinkDetail, type LinkKind, MAX_SIDE, NODE_GONE, NODE_ORG, NODE_PERSON, linkCost, quality } from './model.js';
import type { GraphState } from './state.js';

// Search: the best paths from a set of people to a target, meeting in the middle over the CSR and the overlay.

function ensureScratch(g: GraphState): void {
  const n = g.ids.length;
  if (n <= g.cap) return;
  const cap = Math.max(1024, Math.ceil(n * 1.25));
  g.cap = cap;
  const flags = new Uint16Array(cap);
  for (let i = 0; i < n; i++) if (g.nodeType[i] === NODE_GONE) flags[i] = F_GONE;
  for (const v of g.overlay.keys()) flags[v] |= F_OVERLAY;
  g.flags = flags;
  g.lastBits = new Int32Array((cap >> 5) + 1);
  g.layersF = Array.from({ length: MAX_SIDE + 1 }, (_, h) => new Layer(cap, flags, F_LAYER0 << h));
  g.layersB = Array.from({ length: MAX_SIDE + 1 }, (_, h) => new Layer(cap, flags, F_LAYER0 << (MAX_SIDE + 1 + h)));
  g.keptStart = null; // grown on the old layers (which it would keep in memory)
}

/**
 * Makes the first search of `today` as quick as the next ones: the scratch space sized to the graph and the links'
 * costs of that day worked out a slice at a time (ahead: kept for the first search of that day, such as tomorrow's
 * before midnight).
 */
export async function prepare(g: GraphState, today: string, ahead: boolean): Promise<void> {
  ensureScratch(g);
  await prepareCosts(g, fadeOn(today), !ahead);
}

/**
 * Up to `limit` distinct paths of at most `maxHops` links from any of `fromIds` to `targetId`, best first.
 * Each path is the cheapest left once the brokers (intermediate records) of the paths before it are
 * forbidden. Each search meets in the middle: the cheapest walks of exactly h links from the target
 * (h ≤ maxHops/2) and from all starting members at once (h < the rest), then every record the target side
 * reached is scored as a meeting point, with the starting side's last link taken from its neighbours. The
 * cheapest path of at most maxHops links is exact (a walk through a record twice costs more than without the loop).
 *
 * The layers are grown once per question: for each next path they are mended (see mend) rather than grown
 * again, as forbidding a path's few brokers changes the cheapest walks of few records. Growing them was most of a
 * search's time (a profile at 100k people / 1M ties: 3.7 s of 5.3 s, five searches per question).
 */
export function paths(g: GraphState, fromIds: readonly string[], targetId: string, limit: number, maxHops: number, today: string): FoundPath[] {
  ensureScratch(g);
  const target = g.idOf.get(targetId);
  if (target === undefined || g.nodeType[target] === NODE_GONE) return [];
  const sources = [...new Set(fromIds.map((id) => g.idOf.get(id)).filter((i): i is number => i !== undefined && i !== target && g.nodeType[i] === NODE_PERSON))];
  if (sources.length === 0) return [];
  const fade = fadeOn(today);
  slotCosts(g, fade);
  const hops = Math.min(maxHops, 2 * MAX_SIDE);
  const hb = Math.floor(hops / 2);
  const hf = hops - hb;
  const out: FoundPath[] = [];
  const banned: number[] = [];
  const flags = g.flags;
  try {
    grown(g, sources, target, hf, hb, fade);
    for (let k = 0; k < limit; k++) {
      const found = meet(g, target, hf, hb, fade);
      if (!found) break;
      out.push(describe(g, found.nodes, found.cost, fade));
      if (k + 1 === limit) break;
      const fresh: number[] = [];
      for (let i = 1; i < found.nodes.length - 1; i++) fresh.push(found.nodes[i]);
      // A direct tie has no broker; forbid its messenger so the next path is another one.
      if (found.nodes.length === 2) fresh.push(found.nodes[0]);
      for (const v of fresh) flags[v] |= F_BANNED;
      banned.push(...fresh);
      forget(g, g.layersF[hf], mend(g, g.layersF, hf - 1, fresh, target, fade));
      mend(g, g.layersB, hb, fresh, -1, fade);
    }
  } finally {
    for (const v of banned) flags[v] &= ~F_BANNED;
  }
  return out;
}

/**
 * The layers of both sides, grown from the starting members (hf − 1 links: the last is looked up) and from the target
 * (hb links). The starting side's are kept from the last question when it came from the same people, on the graph as
 * it is, with the same costs (a team asking about one target after another): see startSide.
 */
function grown(g: GraphState, sources: number[], target: number, hf: number, hb: number, fade: number): void {
  const F = g.layersF;
  const B = g.layersB;
  if (!startSide(g, sources, target, hf)) {
    F[0].reset();
    for (const s of sources) F[0].offer(s, 0, -1);
    for (let h = 1; h < hf; h++) grow(g, F[h - 1], F[h], target, -1, fade);
    // Grown without passing through the target (not in a layer it would be expanded from), they hold for any target.
    let general = true;
    for (let h = 0; h < hf - 1; h++) if (F[h].has(target)) general = false;
    if (general) g.keptStart = { sources, hf, generation: g.generation, cost: g.cost, layers: F, saved: F.slice(0, hf).map((l) => l.save()) };
    else if (!sameStart(g, sources, hf)) g.keptStart = null;
  }
  B[0].reset();
  B[0].offer(target, 0, -1);
  for (let h = 1; h <= hb; h++) grow(g, B[h - 1], B[h], -1, target, fade);
  // Layers of an earlier, longer search may still hold records: empty them so no bit is stale.
  for (let h = hf; h <= MAX_SIDE; h++) F[h].reset();
  for (let h = hb + 1; h <= MAX_SIDE; h++) B[h].reset();
}

/**
 * Puts back the starting side's layers kept from the last question, if they are what growing them would give:
 * the same people, the same graph (nothing written since: a write bumps the generation; a rebuilt CSR makes new
 * scratch layers), the same day's costs, and a target that is in none of the layers grown from (a walk may not
 * pass through the target, so those layers would then differ). Returns false when they must be grown.
 */
function startSide(g: GraphState, sources: readonly number[], target: number, hf: number): boolean {
  if (!sameStart(g, sources, hf)) return false;
  const k = g.keptStart!;
  const F = g.layersF;
  for (let h = 0; h < hf; h++) F[h].restore(k.saved[h]);
  for (let h = 0; h < hf - 1; h++) if (F[h].has(target)) return false;
  return true;
}

/** Whether the kept starting side was grown from these people, on the graph as it is, with today's costs. */
function sameStart(g: GraphState, sources: readonly number[], hf: number): boolean {
  const k = g.keptStart;
  if (!k || k.hf !== hf || k.generation !== g.generation || k.cost !== g.cost || k.layers !== g.layersF || k.sources.length !== sources.length) return false;
  for (let i = 0; i < sources.length; i++) if (k.sources[i] !== sources[i]) return false;
  return true;
}

/**
 * One side's layers 0..top as growing them again would leave them once `banned` are forbidden (same costs: the
 * cheapest walk of exactly h links to each record). Only a record whose cheapest walk came through one that was
 * taken out or got dearer is worked out again, from its neighbours in the layer before; its links are the same
 * both ways (a tie sits in the CSR at both ends, and a refresh puts both ends in the overlay).
 */
function mend(g: GraphState, L: Layer[], top: number, banned: readonly number[], noExpand: number, fade: number): number[] {
  const { flags, cost, nbr, offsets, baseNodes } = g;
  let dearer: number[] = [];
  for (const b of banned) {
    if (L[0].has(b)) {
      L[0].drop(b);
      dearer.push(b);
    }
  }
  const again: number[] = [];
  for (let h = 1; h <= top; h++) {
    const layer = L[h];
    const prev = L[h - 1];
    const next: number[] = [];
    for (const b of banned) {
      if (layer.has(b)) {
        layer.drop(b);
        next.push(b);
      }
    }
    const dp = layer.dp;
    again.length = 0;
    // The records of this layer reached through one of those (a predecessor of -2 marks one already listed).
    for (const x of dearer) {
      if (flags[x] & F_OVERLAY) {
        for (const e of g.overlay.get(x)!) {
          const w = e.to;
          if (layer.has(w) && dp[2 * w + 1] === x) {
            dp[2 * w + 1] = -2;
            again.push(w);
          }
        }
      } else if (x < baseNodes) {
        for (let k = offsets[x], end = offsets[x + 1]; k < end; k++) {
          const w = nbr[k];
          if (layer.has(w) && dp[2 * w + 1] === x) {
            dp[2 * w + 1] = -2;
            again.push(w);
          }
        }
      }
    }
    const pdp = prev.dp;
    for (const w of again) {
      const old = dp[2 * w];
      let best = Infinity;
      let via = -1;
      if (flags[w] & F_OVERLAY) {
        for (const e of g.overlay.get(w)!) {
          const u = e.to;
          if (u === noExpand || !prev.has(u)) continue;
          const c = pdp[2 * u] + linkCost(e.kind, e.hand, e.s0, fade);
          if (c < best) [best, via] = [c, u];
        }
      } else if (w < baseNodes) {
        for (let k = offsets[w], end = offsets[w + 1]; k < end; k++) {
          const u = nbr[k];
          if (u === noExpand || !prev.has(u)) continue;
          const c = pdp[2 * u] + cost[k];
          if (c < best) [best, via] = [c, u];
        }
      }
      if (via < 0) {
        layer.drop(w);
        next.push(w);
        continue;
      }
      dp[2 * w] = best;
      dp[2 * w + 1] = via;
      if (best > old) next.push(w);
    }
    dearer = next;
  }
  return dearer;
}

/**
 * Forgets the kept last links (in `seen`) that ran through records of the starting side's last layer that mend
 * took out or made dearer. The others are still the cheapest: mending only takes walks away.
 */
function forget(g: GraphState, seen: Layer, dearer: readonly number[]): void {
  const { flags, nbr, offsets, baseNodes } = g;
  const dp = seen.dp;
  for (const x of dearer) {
    if (flags[x] & F_OVERLAY) {
      for (const e of g.overlay.get(x)!) if (seen.has(e.to) && dp[2 * e.to + 1] === x) seen.drop(e.to);
    } else if (x < baseNodes) {
      for (let k = offsets[x], end = offsets[x + 1]; k < end; k++) {
        const v = nbr[k];
        if (seen.has(v) && dp[2 * v + 1] === x) seen.drop(v);
      }
    }
  }
}

/** Fills layer `next` with the records one link beyond those of `prev` (not from `noExpand`, not into `noEnter`, never banned or gone). */
function grow(g: GraphState, prev: Layer, next: Layer, noExpand: number, noEnter: number, fade: number): void {
  next.reset();
  const { flags, cost, nbr, offsets, baseNodes } = g;
  const { list, dp } = prev;
  for (let i = 0; i < prev.n; i++) {
    const u = list[i];
    if (u === noExpand) continue;
    const c0 = dp[2 * u];
    if (flags[u] & F_OVERLAY) {
      for (const e of g.overlay.get(u)!) {
        const v = e.to;
        if (v === noEnter || flags[v] & (F_BANNED | F_GONE)) continue;
        next.offer(v, c0 + linkCost(e.kind, e.hand, e.s0, fade), u);
      }
    } else if (u < baseNodes) {
      for (let k = offsets[u], end = offsets[u + 1]; k < end; k++) {
        const v = nbr[k];
        if (v === noEnter || flags[v] & (F_BANNED | F_GONE)) continue;
        next.offer(v, c0 + cost[k], u);
      }
    }
  }
}

/** The cheapest path over the layers as they are (the first cheapest meeting point), or null. */
function meet(g: GraphState, target: number, hf: number, hb: number, fade: number): { nodes: number[]; cost: number } | null {
  const F = g.layersF;
  const B = g.layersB;
  const { flags, cost, nbr, offsets, baseNodes } = g;
  const last = F[hf - 1];
  const lastDp = last.dp;
  /** The spare layer after the starting side's last: each meeting point's cheapest last link, once looked up. */
  const seen = F[hf];
  const lastBits = g.lastBits;
  let lastMin = Infinity;
  for (let i = 0; i < last.n; i++) {
    const u = last.list[i];
    if (!last.has(u)) continue; // taken out by mend
    lastBits[u >> 5] |= 1 << (u & 31);
    if (lastDp[2 * u] < lastMin) lastMin = lastDp[2 * u];
  }
  const minCost = g.minCost;
  // A first pass without neighbour scans: the cheapest meeting on both sides' layers bounds the answer, so a
  // record whose scan cannot beat it (by its cheapest link and the cheapest of the last layer) is not scanned.
  // Skipping a scan that cannot win strictly changes nothing: the answer is the first cheapest meeting point.
  let bound = Infinity;
  let earlier = 0; // bits of the target side's layers already gone through: a record is scored once
  for (let hbv = 0; hbv <= hb; hbv++) {
    const layer = B[hbv];
    for (let i = 0; i < layer.n; i++) {
      const v = layer.list[i];
      const fv = flags[v];
      if (fv & earlier) continue;
      let cB = Infinity;
      for (let h = hbv; h <= hb; h++) if (fv & B[h].bit && B[h].dp[2 * v] < cB) cB = B[h].dp[2 * v];
      for (let h = 0; h < hf; h++) if (fv & F[h].bit && F[h].dp[2 * v] + cB < bound) bound = F[h].dp[2 * v] + cB;
    }
    earlier |= layer.bit;
  }
  const margin = 1e-9; // above any rounding of a sum of six costs
  let best = Infinity;
  let meet = -1;
  let meetF = -1; // the forward layer of the meeting point (hf: reached through bestVia)
  let meetB = -1;
  let bestVia = -1;
  earlier = 0;
  for (let hbv = 0; hbv <= hb; hbv++) {
    const layer = B[hbv];
    for (let i = 0; i < layer.n; i++) {
      const v = layer.list[i];
      const fv = flags[v];
      if (fv & earlier) continue;
      let cB = Infinity;
      let lB = -1;
      for (let h = hbv; h <= hb; h++) {
        if (fv & B[h].bit) {
          const d = B[h].dp[2 * v];
          if (d < cB) {
            cB = d;
            lB = h;
          }
        }
      }
      if (cB >= best) continue;
      let cF = Infinity;
      let lF = -1;
      let via = -1;
      for (let h = 0; h < hf; h++) {
        if (fv & F[h].bit) {
          const d = F[h].dp[2 * v];
          if (d < cF) {
            cF = d;
            lF = h;
          }
        }
      }
      // One more link from the starting side's last layer (the target is never passed through): looked up once per
      // question and kept (see forget), as the next paths' meetings look up mostly the same records.
      let look = Infinity;
      let lookVia = -1;
      if (fv & seen.bit) {
        look = seen.dp[2 * v];
        lookVia = seen.dp[2 * v + 1];
      } else if (fv & F_OVERLAY) {
        for (const e of g.overlay.get(v)!) {
          const u = e.to;
          if (u === target || !((lastBits[u >> 5] >>> (u & 31)) & 1)) continue;
          const c = lastDp[2 * u] + linkCost(e.kind, e.hand, e.s0, fade);
          if (c < look) [look, lookVia] = [c, u];
        }
        seen.offer(v, look, lookVia);
      } else if (v < baseNodes && cB + lastMin + minCost[v] <= Math.min(best, bound) + margin) {
        for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          const u = nbr[k];
          // In the last layer means neither banned nor gone (layers never take those in).
          if (!((lastBits[u >> 5] >>> (u & 31)) & 1) || u === target) continue;
          const c = lastDp[2 * u] + cost[k];
          if (c < look) {
            look = c;
            lookVia = u;
          }
        }
        seen.offer(v, look, lookVia);
      }
      if (look < cF) {
        cF = look;
        lF = hf;
        via = lookVia;
      }
      if (cF + cB < best) {
        best = cF + cB;
        meet = v;
        meetF = lF;
        meetB = lB;
        bestVia = via;
      }
    }
    earlier |= layer.bit;
  }
  for (let i = 0; i < last.n; i++) lastBits[last.list[i] >> 5] = 0;
  if (meet < 0) return null;
  const nodes: number[] = [meet];
  let x = meet;
  let h = meetF;
  if (h === hf) {
    x = bestVia;
    h = hf - 1;
    nodes.push(x);
  }
  for (; h > 0; h--) {
    x = F[h].pred(x);
    nodes.push(x);
  }
  nodes.reverse();
  x = meet;
  for (h = meetB; h > 0; h--) {
    x = B[h].pred(x);
    nodes.push(x);
  }
  return { nodes, cost: best };
}

export function describe(g: GraphState, nodes: number[], cost: number, fade: number): FoundPath {
  const links: LinkKind[] = [];
  const details: LinkDetail[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    // The best link between two neighbours (a person may both know and work with someone: not here, KNOWS is person–person only).
    const u = nodes[i];
    const v = nodes[i + 1];
    let best: Edge | null = null;
    let bestQ = -1;
    const o = g.overlay.get(u);
    if (o) {
      for (const e of o) {
        if (e.to !== v) continue;
        const q = quality(e.kind, e.hand, e.s0, fade);
        if (q > bestQ) [best, bestQ] = [e, q];
      }
    } else if (u < g.baseNodes) {
      let slot = -1;
      for (let k = g.offsets[u]; k < g.offsets[u + 1]; k++) {
        if (g.nbr[k] !== v) continue;
        const q = quality(g.ekind[k], g.ehand[k], g.es0[k], fade);
        if (q > bestQ) [slot, bestQ] = [k, q];
      }
      if (slot >= 0) best = { to: v, kind: g.ekind[slot], hand: g.ehand[slot], s0: g.es0[slot], start: g.dStart[g.eid[slot]], d: g.baseDetail(g.eid[slot], g.ehand[slot]) };
    }
    links.push(LINK_KIND[best?.kind ?? 0]);
    details.push(best?.d ?? { strength: null, score: null, scoreAt: null, lastContact: null, context: null, since: null, until: null });
  }
  return {
    ids: nodes.map((n) => g.ids[n]),
    kinds: nodes.map((n) => (g.nodeType[n] === NODE_ORG ? 'organization' : 'person')),
    names: nodes.map((n) => g.name[n]),
    regions: nodes.map((n) => g.region[n]),
    links,
    details,
    score: Math.exp(-cost),
  };
}

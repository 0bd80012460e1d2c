import { PersonKind } from '../../src/modules/people/models/person.model.js';
import { HOP_FACTOR } from '../../src/modules/reach/reach-index.js';
import { describeEachEngine } from './engines.js';
import { admin, personInput, services, twoRegions, type Services } from '../factories/index.js';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The reach search prunes (a meeting point whose neighbour scan cannot beat the best meeting found on both
 * sides' layers is not scanned) and keeps deleted records, chosen brokers and re-read ties as bits of one flag
 * array. This checks it against brute force on a random network with many equal strengths: every path it
 * gives must be the cheapest simple path left once the brokers of the paths before it are forbidden, before
 * and after writes (ties removed, added and changed, a person deleted) that go through the overlay.
 */
describeEachEngine('reach: the search is exact', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  let seed = 7;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = (n: number) => Math.floor(rand() * n);
  const cost = (strength: number) => -Math.log(HOP_FACTOR * (strength / 5));

  /** The cheapest simple path of at most maxHops links from a start (not banned) to the target, not through it or a banned record. */
  function cheapest(adj: Map<string, Map<string, number>>, sources: string[], target: string, maxHops: number, banned: Set<string>): number {
    let best = Infinity;
    const on = new Set<string>();
    const walk = (v: string, c: number, hops: number) => {
      if (c >= best) return;
      if (v === target) {
        best = c;
        return;
      }
      if (hops === maxHops) return;
      on.add(v);
      for (const [w, st] of adj.get(v) ?? []) {
        if (on.has(w) || (banned.has(w) && w !== target)) continue;
        walk(w, c + cost(st), hops + 1);
      }
      on.delete(v);
    };
    for (const src of sources) if (!banned.has(src) && src !== target) walk(src, 0, 0);
    return best;
  }

  function check(adj: Map<string, Map<string, number>>, sources: string[], target: string, maxHops: number) {
    const found = s.reachIndex.paths(sources, target, 5, maxHops, today());
    const banned = new Set<string>();
    for (const p of found) {
      const want = cheapest(adj, sources, target, maxHops, banned);
      // The path is real, within the bounds, avoids forbidden brokers, and costs what brute force says is least.
      expect(p.ids[p.ids.length - 1]).toBe(target);
      expect(sources).toContain(p.ids[0]);
      expect(p.ids.length - 1).toBeLessThanOrEqual(maxHops);
      let c = 0;
      for (let i = 0; i + 1 < p.ids.length; i++) {
        const st = adj.get(p.ids[i])?.get(p.ids[i + 1]);
        expect(st).toBeDefined();
        c += cost(st!);
        if (i > 0) expect(banned.has(p.ids[i])).toBe(false);
      }
      expect(Math.abs(-Math.log(p.score) - c)).toBeLessThan(1e-9);
      expect(Math.abs(c - want)).toBeLessThan(1e-9);
      for (const id of p.ids.slice(1, -1)) banned.add(id);
      if (p.ids.length === 2) banned.add(p.ids[0]);
    }
    // It stops only when nothing is left.
    if (found.length < 5) expect(cheapest(adj, sources, target, maxHops, banned)).toBe(Infinity);
    return found.length;
  }

  it('gives the cheapest path left each time, before and after writes', async () => {
    const [r1] = await twoRegions(s);
    const ids: string[] = [];
    for (let i = 0; i < 36; i++) {
      const p = await s.people.create(admin(), personInput(r1, { name: `P${i}`, kinds: [i < 4 ? PersonKind.MEMBER : PersonKind.ALLY] }));
      ids.push(p.id);
    }
    const adj = new Map<string, Map<string, number>>(ids.map((id) => [id, new Map()]));
    const setTie = async (a: string, b: string, strength: number) => {
      await s.ties.setKnows(admin(), { personId: a, otherPersonId: b, strength, context: null, since: null });
      adj.get(a)!.set(b, strength);
      adj.get(b)!.set(a, strength);
    };
    // A ring with chords: long paths, many meeting points, and many equal costs (strengths 1 to 5).
    for (let i = 0; i < ids.length; i++) await setTie(ids[i], ids[(i + 1) % ids.length], 1 + pick(5));
    for (let k = 0; k < 22; k++) {
      const a = pick(ids.length);
      const b = pick(ids.length);
      if (a !== b) await setTie(ids[a], ids[b], 1 + pick(5));
    }
    const sources = ids.slice(0, 4);
    await s.reachIndex.reload();
    let paths = 0;
    for (const maxHops of [6, 4, 3, 1]) for (let t = 10; t < ids.length; t += 3) paths += check(adj, sources, ids[t], maxHops);
    expect(paths).toBeGreaterThan(40);

    // Writes after the index was built: their records are searched through the overlay.
    for (let k = 0; k < 6; k++) {
      const a = ids[4 + pick(ids.length - 4)];
      const [b] = [...adj.get(a)!.keys()];
      if (!b) continue;
      await s.ties.removeKnows(admin(), a, b);
      adj.get(a)!.delete(b);
      adj.get(b)!.delete(a);
    }
    for (let k = 0; k < 8; k++) {
      const a = pick(ids.length);
      const b = pick(ids.length);
      if (a !== b) await setTie(ids[a], ids[b], 1 + pick(5));
    }
    const gone = ids[20];
    await s.people.delete(admin(), gone);
    for (const w of adj.get(gone)!.keys()) adj.get(w)!.delete(gone);
    adj.delete(gone);
    const alive = ids.filter((id) => id !== gone);
    paths = 0;
    for (const maxHops of [6, 5, 2]) for (let t = 11; t < alive.length; t += 3) paths += check(adj, sources, alive[t], maxHops);
    expect(paths).toBeGreaterThan(30);
    expect(s.reachIndex.paths(sources, gone, 5, 6, today())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { clippedLength, crowdScale, DrawRate, fitLinks, LINE_COST, linkNote, linkOrder, PRIOR_MS_PER_UNIT, type LineBuffer } from './lod';
import type { PackedMap } from './packed';

/** sigma's matrix when graph coordinates are clip coordinates (column-major 3×3). */
const IDENTITY = [1, 0, 0, 0, 1, 0, 0, 0, 1];

/** A line buffer as sigma's line program fills it: per link two vertices of x, y, colour, id; colour 0 = hidden. */
function buffer(links: Array<[number, number, number, number] | null>): LineBuffer {
  const array = new Float32Array(links.length * 8);
  links.forEach((l, i) => {
    if (!l) return;
    array.set([l[0], l[1], 1.5, i, l[2], l[3], 1.5, i], i * 8);
  });
  return { array, stride: 4, color: 2, count: links.length };
}

function map(edges: { kind: number[]; strength: number[]; change: number[] }, compareTo: string | null = null): PackedMap {
  const m = edges.kind.length;
  return {
    compareTo,
    dict: { nodeKinds: ['PERSON'], edgeKinds: ['KNOWS', 'MEMBER_OF'], changes: ['SAME', 'ADDED', 'REMOVED'], regions: [], strings: [] },
    edges: { source: new Array(m).fill(0), target: new Array(m).fill(1), since: [], until: [], detail: [], ...edges },
  } as unknown as PackedMap;
}

describe('clippedLength', () => {
  it('is the whole length inside the view, the part inside when it crosses, 0 outside', () => {
    expect(clippedLength(10, 10, 40, 50, 100, 100)).toBeCloseTo(50);
    expect(clippedLength(-50, 50, 150, 50, 100, 100)).toBeCloseTo(100); // crosses the whole width
    expect(clippedLength(50, 50, 150, 50, 100, 100)).toBeCloseTo(50); // leaves on the right
    expect(clippedLength(-10, -10, -5, 200, 100, 100)).toBe(0); // left of the view
    expect(clippedLength(120, -30, 180, 300, 100, 100)).toBe(0);
    expect(clippedLength(0, 0, 100, 100, 100, 100)).toBeCloseTo(Math.SQRT2 * 100);
  });
});

describe('fitLinks', () => {
  // A 100 × 100 view: graph x = -1..1 maps to 0..100 pixels, so a link from -1 to 1 is 100 pixels long on screen.
  const across: [number, number, number, number] = [-1, 0, 1, 0];
  const offScreen: [number, number, number, number] = [5, 5, 6, 6];
  const perLink = LINE_COST.base + LINE_COST.onScreen + 100;

  it('draws links in buffer order until the next would exceed the budget', () => {
    const buf = buffer([across, across, across, across]);
    expect(fitLinks(buf, IDENTITY, 100, 100, perLink * 2.5)).toEqual({ drawn: 2, shown: 2, total: 4, units: perLink * 2 });
    expect(fitLinks(buf, IDENTITY, 100, 100, perLink * 10).drawn).toBe(4);
    // Always at least one link, whatever the budget.
    expect(fitLinks(buf, IDENTITY, 100, 100, 0).drawn).toBe(1);
  });

  it('counts links off screen at their vertex cost only, and the camera decides what is off screen', () => {
    const buf = buffer([offScreen, offScreen, offScreen, across]);
    expect(fitLinks(buf, IDENTITY, 100, 100, LINE_COST.base * 3 + perLink).drawn).toBe(4);
    // Panned far to the side: the links across are now off screen too, and all four fit where two did.
    const across4 = buffer([across, across, across, across]);
    expect(fitLinks(across4, IDENTITY, 100, 100, perLink * 2.5).drawn).toBe(2);
    const panned = [1, 0, 0, 0, 1, 0, 50, 0, 1];
    expect(fitLinks(across4, panned, 100, 100, perLink * 2.5)).toMatchObject({ drawn: 4, units: LINE_COST.base * 4 });
  });

  it('counts hidden links (filtered out) as drawn but not shown', () => {
    const buf = buffer([across, null, across, null]);
    expect(fitLinks(buf, IDENTITY, 100, 100, perLink * 2 + LINE_COST.base)).toEqual({ drawn: 3, shown: 2, total: 2, units: perLink * 2 + LINE_COST.base });
    expect(fitLinks(buf, IDENTITY, 100, 100, perLink + LINE_COST.base)).toMatchObject({ drawn: 2, shown: 1, total: 2 });
  });
});

describe('linkOrder', () => {
  it('puts changes first, then links that are not ties, then ties strongest first', () => {
    const edges = { kind: [0, 0, 1, 0, 0], strength: [2, 5, 0, 3, 1], change: [0, 0, 0, 0, 1] };
    expect([...linkOrder(map(edges))]).toEqual([2, 1, 3, 0, 4]);
    // With a comparison, the added link comes first.
    expect([...linkOrder(map(edges, '2024-01-01'))]).toEqual([4, 2, 1, 3, 0]);
  });

  it('is a fixed order of every link, spreading equal ones rather than keeping them in index order', () => {
    const n = 1000;
    const edges = { kind: new Array(n).fill(0), strength: new Array(n).fill(3), change: new Array(n).fill(0) };
    const order = [...linkOrder(map(edges))];
    expect(new Set(order).size).toBe(n);
    expect([...linkOrder(map(edges))]).toEqual(order);
    // The first tenth holds links from all over the index range, not the first hundred.
    const firstTenth = order.slice(0, 100);
    expect(Math.max(...firstTenth)).toBeGreaterThan(800);
    expect(Math.min(...firstTenth)).toBeLessThan(200);
  });
});

describe('DrawRate', () => {
  it('follows measured draws and turns a time into a budget', () => {
    const rate = new DrawRate(PRIOR_MS_PER_UNIT, 0.5);
    expect(rate.budget(35)).toBeCloseTo(35 / PRIOR_MS_PER_UNIT);
    rate.observe(60, 1_000_000); // 6e-5 ms a unit measured: halfway there
    expect(rate.msPerUnit).toBeCloseTo((PRIOR_MS_PER_UNIT + 6e-5) / 2);
    rate.observe(1, 100); // too small a draw to say anything
    expect(rate.msPerUnit).toBeCloseTo((PRIOR_MS_PER_UNIT + 6e-5) / 2);
    // A GPU: draws take nothing, so everything fits.
    const gpu = new DrawRate(PRIOR_MS_PER_UNIT, 1);
    gpu.observe(0, 5_000_000);
    expect(gpu.budget(35)).toBe(Number.POSITIVE_INFINITY);
    // Weight 0 (the browser tests' fixed rate): measurements never move it.
    const fixed = new DrawRate(PRIOR_MS_PER_UNIT, 0);
    fixed.observe(600, 1_000_000);
    expect(fixed.budget(35)).toBeCloseTo(35 / PRIOR_MS_PER_UNIT);
  });
});

describe('crowdScale and linkNote', () => {
  it('draws records smaller on crowded maps, never below half', () => {
    expect(crowdScale(500)).toBe(1);
    expect(crowdScale(2_500)).toBe(1);
    expect(crowdScale(5_000)).toBeCloseTo(Math.SQRT1_2);
    expect(crowdScale(10_000)).toBe(0.5);
    expect(crowdScale(25_000)).toBe(0.5);
  });

  it('says when the map draws only some of its links', () => {
    expect(linkNote(88_746, 88_746)).toBeNull();
    expect(linkNote(14_203, 88_746)).toBe(
      'At this zoom the map draws the 14,203 most important of its 88,746 links (changes, memberships, then the strongest ties); zoom in to see more.',
    );
  });
});

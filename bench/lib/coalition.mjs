/**
 * The generated coalition the benchmarks share (bench/reach.mjs, bench/map.mjs): people clustered by region and
 * zip code, ties mostly local with a few bridges, written as CSV and loaded with LadybugDB's bulk COPY FROM.
 *
 * Layouts. uniform (the first one): 90% of ties inside the zip code, 9% to any zip code of the same region,
 * 1% anywhere. local: zip codes sit in a row within their region and most ties outside one's own zip code go
 * to a neighbouring one: 80% inside the zip code, 14% to one of the 3 nearest zip codes on either side, 4%
 * anywhere in the region, 2% anywhere (bridges).
 *
 * With `dates`, ties also get a start date (since, within the last 10 years) and one in ten an end date
 * (until, after it began); the extra draws happen only then, so runs without dates are the same as before.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

export const REGIONS = 10;
export const CLUSTER = 500; // people per zip code

// A seeded generator, so runs are comparable.
let seed = 42;
export const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
export const pick = (n) => Math.floor(rand() * n);
export const pid = (i) => `p${String(i).padStart(8, '0')}`;
export const regionOf = (i) => Math.floor(i / CLUSTER) % REGIONS;
export const regionId = (r) => `r${r}`;

const csvRow = (cols, values) => cols.map((c) => values[c] ?? '').join(',') + '\n';

async function writeCsv(file, header, rows) {
  const out = createWriteStream(file);
  out.write(header.join(',') + '\n');
  for (const line of rows) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** Writes regions.csv, people.csv and knows.csv into `dir`. */
export async function writeCoalition(dir, graphModel, { people: PEOPLE, ties: TIES, layout: LAYOUT = 'local', dates = false }) {
  const model = (label) => graphModel.nodes.find((n) => n.label === label) ?? graphModel.relationships.find((r) => r.type === label);
  const cols = (label) => Object.keys(model(label).properties);
  const ZIPS = Math.ceil(PEOPLE / CLUSTER);
  /** The other end of a tie from a, by layout (may fall outside 0..PEOPLE-1: drawn again). */
  function otherEnd(a) {
    const r = rand();
    const zip = Math.floor(a / CLUSTER);
    if (LAYOUT === 'uniform') {
      if (r < 0.9) return zip * CLUSTER + pick(CLUSTER); // same zip code
      if (r < 0.99) return pick(PEOPLE / REGIONS / CLUSTER) * REGIONS * CLUSTER + regionOf(a) * CLUSTER + pick(CLUSTER); // same region
      return pick(PEOPLE); // a bridge anywhere
    }
    // Zip codes of a region are zip, zip ± REGIONS, zip ± 2·REGIONS, ...: neighbours are REGIONS apart.
    if (r < 0.8) return zip * CLUSTER + pick(CLUSTER);
    if (r < 0.94) {
      const step = (1 + pick(3)) * (rand() < 0.5 ? -1 : 1);
      const z = zip + step * REGIONS;
      return z < 0 || z >= ZIPS ? -1 : z * CLUSTER + pick(CLUSTER);
    }
    if (r < 0.98) return pick(Math.ceil(ZIPS / REGIONS)) * REGIONS * CLUSTER + regionOf(a) * CLUSTER + pick(CLUSTER);
    return pick(PEOPLE);
  }
  const day = (d) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
  await writeCsv(join(dir, 'regions.csv'), cols('Region'), (function* () {
    for (let r = 0; r < REGIONS; r++) yield csvRow(cols('Region'), { id: regionId(r), name: `Region ${r}` });
  })());
  const personCols = cols('Person');
  await writeCsv(join(dir, 'people.csv'), personCols, (function* () {
    for (let i = 0; i < PEOPLE; i++) {
      yield csvRow(personCols, { id: pid(i), name: `Person ${i}`, sortKey: `person ${i}`, region: regionId(regionOf(i)), zip: String(10000 + Math.floor(i / CLUSTER)).slice(0, 5),
        kinds: rand() < 0.6 ? '[MEMBER]' : '[ALLY]', emails: '[]', phones: '[]', tags: '[]', assignees: '[]', version: 1 });
    }
  })());
  const knowsCols = ['from', 'to', ...cols('KNOWS')];
  await writeCsv(join(dir, 'knows.csv'), knowsCols, (function* () {
    const seen = new Set();
    let n = 0;
    while (n < TIES) {
      const a = pick(PEOPLE);
      const b = otherEnd(a);
      if (b < 0 || b >= PEOPLE || a === b) continue;
      const [x, y] = a < b ? [a, b] : [b, a];
      const key = x * PEOPLE + y;
      if (seen.has(key)) continue;
      seen.add(key);
      n++;
      const handSet = rand() < 0.3;
      const last = pick(720);
      const dated = {};
      if (dates) {
        const began = pick(3650);
        dated.since = day(began);
        if (rand() < 0.1) dated.until = day(Math.max(0, began - 1 - pick(began + 1)));
      }
      yield csvRow(knowsCols, { from: pid(x), to: pid(y), strength: handSet ? 1 + pick(5) : '', score: handSet ? '' : (rand() * 3).toFixed(3), scoreAt: handSet ? '' : day(last), lastContact: handSet ? '' : day(last), interactions: handSet ? 0 : 1 + pick(5), ...dated });
    }
  })());
}

/** Bulk-loads the CSV files of writeCoalition into an open embedded store; answers the time it took (ms). */
export async function loadCoalition(store, dir) {
  const raw = store.writer.raw; // the embedded engine's one writing connection: bulk COPY FROM goes through it
  const t = performance.now();
  for (const [table, file] of [['Region', 'regions.csv'], ['Person', 'people.csv'], ['KNOWS', 'knows.csv']]) {
    const r = await raw.query(`COPY ${table} FROM '${join(dir, file)}' (HEADER=true)`);
    for (const x of Array.isArray(r) ? r : [r]) {
      await x.getAll();
      x.close();
    }
  }
  return performance.now() - t;
}

export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(2);
};

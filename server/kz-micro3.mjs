import lbug from '@ladybugdb/core';
import { ZipDirectory } from './dist/modules/geo/zip-directory.js';
const zips = new ZipDirectory().within('10001', 5).map((z) => z.zip);
const db = new lbug.Database(process.argv[2], 0, true, true);
const c = new lbug.Connection(db);
const q = async (label, s, p = {}) => {
  const st = await c.prepare(s);
  if (!st.isSuccess()) return console.log('PREP', label, st.getErrorMessage());
  const xs = []; let rows;
  for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await c.execute(st, p); rows = await r.getAll(); xs.push(performance.now() - t); }
  xs.sort((a, b) => a - b);
  console.log(`${label.padEnd(50)} ${xs[1].toFixed(0).padStart(6)} ms  rows ${rows.length} ${JSON.stringify(rows[0])}`);
};
const scope = `($allRegions OR p.region IN $regions) AND ($regionId = '' OR p.region = $regionId)`;
const base = { allRegions: true, regions: [''], regionId: '' };
await q('hash join left5 count', `UNWIND $zips AS z MATCH (p:Person) WHERE left(p.zip, 5) = z AND ${scope} RETURN count(p) AS n`, { ...base, zips });
await q('hash join left5 page', `UNWIND $zips AS z MATCH (p:Person) WHERE left(p.zip, 5) = z AND ${scope} RETURN p.id AS id ORDER BY p.sortKey LIMIT 25`, { ...base, zips });
await q('hash join + kinds count', `UNWIND $zips AS z MATCH (p:Person) WHERE p.zip = z AND ${scope} AND list_contains(p.kinds, 'LEADER') RETURN count(p) AS n`, { ...base, zips });
await q('with zip as key count', `MATCH (p:Person) WITH p, left(p.zip, 5) AS z5 UNWIND $zips AS z WITH p, z5, z WHERE z5 = z RETURN count(p) AS n`, { ...base, zips });

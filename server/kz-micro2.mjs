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
  console.log(`${label.padEnd(50)} ${xs[1].toFixed(0).padStart(6)} ms  rows ${rows.length}`);
  return rows;
};
const scope = `($allRegions OR p.region IN $regions) AND ($regionId = '' OR p.region = $regionId)`;
const base = { allRegions: true, regions: [''], regionId: '' };
const ids = (await q('hash join ids', `UNWIND $zips AS z MATCH (p:Person) WHERE p.zip = z RETURN p.id AS id`, { zips })).map((r) => r.id);
await q('zip+4 scan ids', `MATCH (p:Person) WHERE size(p.zip) > 5 AND left(p.zip, 5) IN $zips RETURN p.id AS id`, { zips });
await q('fromIds page ids', `UNWIND $ids AS pid MATCH (p:Person {id: pid}) WHERE ${scope} RETURN p.id AS id ORDER BY p.sortKey LIMIT 25`, { ...base, ids });
await q('fromIds count', `UNWIND $ids AS pid MATCH (p:Person {id: pid}) WHERE ${scope} RETURN count(p) AS n`, { ...base, ids });
await q('hash join page ids', `UNWIND $zips AS z MATCH (p:Person) WHERE p.zip = z AND ${scope} RETURN p.id AS id ORDER BY p.sortKey LIMIT 25`, { ...base, zips });
await q('hash join count', `UNWIND $zips AS z MATCH (p:Person) WHERE p.zip = z AND ${scope} RETURN count(p) AS n`, { ...base, zips });
await q('scan IN page ids', `MATCH (p:Person) WHERE ${scope} AND left(coalesce(p.zip, ''), 5) IN $zips RETURN p.id AS id ORDER BY p.sortKey LIMIT 25`, { ...base, zips });

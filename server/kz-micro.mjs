// Temporary micro-benchmark (not committed): statement shapes on a copy of the bench data.
import lbug from '@ladybugdb/core';
const db = new lbug.Database(process.argv[2], 0, true, true);
const c = new lbug.Connection(db);
const q = async (label, s, p = {}) => {
  const st = await c.prepare(s);
  if (!st.isSuccess()) return console.log('PREP', label, st.getErrorMessage());
  const xs = [];
  let rows;
  for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await c.execute(st, p); rows = await r.getAll(); r.close?.(); xs.push(performance.now() - t); }
  xs.sort((a, b) => a - b);
  console.log(`${label.padEnd(50)} ${xs[1].toFixed(0).padStart(6)} ms  rows ${rows.length} ${JSON.stringify(rows[0] ?? {}).slice(0, 60)}`);
};
const scope = `($allRegions OR p.region IN $regions) AND ($regionId = '' OR p.region = $regionId)`;
const base = { allRegions: true, regions: [''], regionId: '' };
await q('page: RETURN p ORDER BY LIMIT 25', `MATCH (p:Person) WHERE ${scope} RETURN p ORDER BY p.sortKey LIMIT 25`, base);
await q('page: RETURN p.id ORDER BY LIMIT 25', `MATCH (p:Person) WHERE ${scope} RETURN p.id AS id ORDER BY p.sortKey LIMIT 25`, base);
await q('page: WITH p ORDER BY LIMIT RETURN p', `MATCH (p:Person) WHERE ${scope} WITH p ORDER BY p.sortKey LIMIT 25 RETURN p`, base);
await q('count', `MATCH (p:Person) WHERE ${scope} RETURN count(p) AS n`, base);
await q('count no where', `MATCH (p:Person) RETURN count(*) AS n`, {});
await q('kinds any quantifier', `MATCH (p:Person) WHERE ${scope} AND any(k IN $kinds WHERE k IN p.kinds) RETURN count(p) AS n`, { ...base, kinds: ['LEADER'] });
await q('kinds list_contains', `MATCH (p:Person) WHERE ${scope} AND list_contains(p.kinds, $k) RETURN count(p) AS n`, { ...base, k: 'LEADER' });
await q('kinds distinct-union', `MATCH (p:Person) WHERE ${scope} AND size(list_distinct(list_concat(p.kinds, $kinds))) < size(p.kinds) + size($kinds) RETURN count(p) AS n`, { ...base, kinds: ['LEADER'] });
await q('kinds list_has_all', `MATCH (p:Person) WHERE ${scope} AND list_has_all(p.kinds, $kinds) RETURN count(p) AS n`, { ...base, kinds: ['LEADER'] });
const zips = JSON.parse(process.argv[3] ?? '[]');
if (zips.length) {
  await q(`zip IN list (${zips.length} zips) count`, `MATCH (p:Person) WHERE ${scope} AND left(coalesce(p.zip, ''), 5) IN $zips RETURN count(p) AS n`, { ...base, zips });
  await q('zip plain IN count', `MATCH (p:Person) WHERE ${scope} AND p.zip IN $zips RETURN count(p) AS n`, { ...base, zips });
  await q('UNWIND zips MATCH p.zip = z count', `UNWIND $zips AS z MATCH (p:Person) WHERE p.zip = z AND ${scope} RETURN count(p) AS n`, { ...base, zips });
  await q('zip IN page', `MATCH (p:Person) WHERE ${scope} AND left(coalesce(p.zip, ''), 5) IN $zips RETURN p ORDER BY p.sortKey LIMIT 25`, { ...base, zips });
}
await q('lastContact >= count', `MATCH (p:Person) WHERE ${scope} AND ($a = '' OR p.lastContact >= $a) RETURN count(p) AS n`, { ...base, a: '2026-11-08' });
await q('lastContact sort page', `MATCH (p:Person) WHERE ${scope} RETURN p ORDER BY coalesce(p.lastContact, '') DESC, p.sortKey DESC LIMIT 25`, base);
await q('lastContact sort ids', `MATCH (p:Person) WHERE ${scope} RETURN p.id AS id ORDER BY coalesce(p.lastContact, '') DESC, p.sortKey DESC LIMIT 25`, base);

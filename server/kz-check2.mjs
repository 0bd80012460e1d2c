import lbug from '@ladybugdb/core';
import { ZipDirectory } from './dist/modules/geo/zip-directory.js';
const zips = new ZipDirectory().within('10001', 10).map((z) => z.zip);
const db = new lbug.Database(process.argv[2], 0, true, true);
const c = new lbug.Connection(db);
const q = async (s, p = {}) => { const st = await c.prepare(s); if (!st.isSuccess()) return console.log('PREP', st.getErrorMessage()); const r = await c.execute(st, p); console.log(JSON.stringify(await r.getAll()).slice(0, 400)); };
console.log(zips.length, 'zips');
await q(`MATCH (p:Person)-[:PARTICIPATED]->(i:Interaction) WITH p, max(i.date) AS last WHERE last < $d AND 'youth' IN p.tags AND left(coalesce(p.zip, ''), 5) IN $zips RETURN count(*) AS n`, { d: process.argv[3], zips });
await q(`MATCH (p:Person) WHERE p.lastContact <> '' AND p.lastContact < $d AND 'youth' IN p.tags AND left(coalesce(p.zip, ''), 5) IN $zips RETURN count(*) AS n`, { d: process.argv[3], zips });

import lbug from '@ladybugdb/core';
const db = new lbug.Database(process.argv[2], 0, true, true);
const c = new lbug.Connection(db);
const q = async (s, p = {}) => { const st = await c.prepare(s); if (!st.isSuccess()) return console.log('PREP', st.getErrorMessage()); const r = await c.execute(st, p); console.log(JSON.stringify(await r.getAll()).slice(0, 400)); };
await q(`MATCH (p:Person) OPTIONAL MATCH (p)-[:PARTICIPATED]->(i:Interaction) WITH p, max(i.date) AS last WHERE coalesce(last, '') <> coalesce(p.lastContact, '') RETURN count(*) AS wrong, min(p.id) AS example`);
await q(`MATCH (p:Person)-[:PARTICIPATED]->(i:Interaction) WITH p, max(i.date) AS last WHERE last < $d AND 'youth' IN p.tags RETURN count(*) AS n`, { d: process.argv[3] });
await q(`MATCH (p:Person) WHERE p.lastContact <> '' AND p.lastContact < $d AND 'youth' IN p.tags RETURN count(*) AS n`, { d: process.argv[3] });
await q(`MATCH (p:Person) WHERE p.lastContact IS NULL RETURN count(*) AS n`);

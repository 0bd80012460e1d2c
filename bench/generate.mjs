/**
 * The benchmarks' one coalition generator, shared by bench/reach.mjs, bench/leaders.mjs and bench/map.mjs, so all
 * measure the same data: people clustered by region and zip code, KNOWS ties by layout, and organizing activity (hosted
 * one-to-ones and house meetings, trainings, events with who-brought-whom, teams with roles and members).
 * It writes CSV files and loads them with LadybugDB's bulk COPY FROM into a data folder.
 *
 * Layouts. uniform (the first one): 90% of ties inside the zip code, 9% to any zip code of the same region,
 * 1% anywhere. local (default): zip codes sit in a row within their region and most ties outside one's own
 * zip code go to a neighbouring one: 80% inside the zip code, 14% to one of the 3 nearest zip codes on either
 * side, 4% anywhere in the region, 2% anywhere (bridges).
 *
 * People and ties come from one seeded generator (the same sequence as the first reach benchmark); tie dates and
 * the activity from a second one, so adding activity did not change the network.
 *
 * Tie dates. By default ties started over the last three years, 30% with a `since` date, the others only with
 * the day they were recorded (createdAt), as the leaders benchmark needs. With `ends` (the map benchmark: maps
 * as of a date, links added and ended), every tie has a `since` within the last ten years and one in ten an end
 * date (`until`, after it began). Either way the network itself is the same.
 *
 * With `dir` holding a database made by an earlier run with the same sizes (bench-meta.json), nothing is
 * generated again (`--data DIR` in the benchmarks; 10M ties take about 2 minutes to load).
 */
import { createWriteStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';

export const REGIONS = 10;
export const CLUSTER = 500; // people per zip code
export const pid = (i) => `p${String(i).padStart(8, '0')}`;
export const regionOf = (i) => Math.floor(i / CLUSTER) % REGIONS;
export const BENCH_TEAM = 'team-bench';

/** A seeded linear congruential generator. */
export function rng(seed) {
  let s = seed >>> 0;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return { rand, pick: (n) => Math.floor(rand() * n) };
}

/** Writes `lines` (an iterable of strings, each without its line break) to `file`, 4 MB at a time; returns its size in bytes. */
export async function writeLines(file, lines) {
  const out = createWriteStream(file);
  let buf = '';
  for (const line of lines) {
    buf += line + '\n';
    if (buf.length > 1 << 22) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  return statSync(file).size;
}

const csvRow = (cols, values) => cols.map((c) => values[c] ?? '').join(',') + '\n';
async function writeCsv(file, header, rows) {
  const out = createWriteStream(file);
  out.write(header.join(',') + '\n');
  for (const line of rows) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/**
 * Generates and loads (or reuses) the data. Returns the open store, the bench team's member ids, and figures.
 * options: { dir, people, ties, layout, team, activity, ends, imp } where imp imports a module of server/dist.
 */
export async function generate({ dir, people: PEOPLE, ties: TIES, layout: LAYOUT = 'local', team: TEAM = 100, activity = true, ends = false, imp }) {
  const { loadConfig } = await imp('config/app-config.js');
  const { openGraphStore } = await imp('graph/open-store.js');
  const { cypher } = await imp('graph/query.js');
  const { graphModel } = await imp('graph/schema/graph-model.js');
  const model = (label) => graphModel.nodes.find((n) => n.label === label) ?? graphModel.relationships.find((r) => r.type === label);
  const cols = (label) => Object.keys(model(label).properties);
  const meta = { people: PEOPLE, ties: TIES, layout: LAYOUT, team: TEAM, activity, version: 3, ...(ends ? { ends } : {}) };
  const metaFile = join(dir, 'bench-meta.json');
  const t0 = performance.now();
  if (existsSync(metaFile) && existsSync(join(dir, 'graph.lbug'))) {
    const old = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (JSON.stringify(old.meta) !== JSON.stringify(meta)) throw new Error(`${dir} holds other data (${JSON.stringify(old.meta)}); use another --data folder`);
    const store = await openGraphStore(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error' }));
    return { store, members: old.members, figures: { ...old.figures, reused: true } };
  }

  const { rand, pick } = rng(42);
  const second = rng(7);
  const ZIPS = Math.ceil(PEOPLE / CLUSTER);
  const day = (d) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
  /** The other end of a tie from a, by layout (may fall outside 0..PEOPLE-1: drawn again). */
  function otherEnd(a) {
    const r = rand();
    const zip = Math.floor(a / CLUSTER);
    if (LAYOUT === 'uniform') {
      if (r < 0.9) return zip * CLUSTER + pick(CLUSTER);
      if (r < 0.99) return pick(PEOPLE / REGIONS / CLUSTER) * REGIONS * CLUSTER + regionOf(a) * CLUSTER + pick(CLUSTER);
      return pick(PEOPLE);
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
  /** Someone near a (same zip code mostly), for activity. */
  const near = (a) => {
    const r = second.rand();
    const zip = Math.floor(a / CLUSTER);
    const z = r < 0.85 ? zip : zip + (1 + second.pick(3)) * (second.rand() < 0.5 ? -1 : 1) * REGIONS;
    return z < 0 || z >= ZIPS ? a : Math.min(PEOPLE - 1, z * CLUSTER + second.pick(CLUSTER));
  };

  await writeCsv(join(dir, 'regions.csv'), cols('Region'), (function* () {
    for (let r = 0; r < REGIONS; r++) yield csvRow(cols('Region'), { id: `r${r}`, name: `Region ${r}` });
  })());
  const personCols = cols('Person');
  await writeCsv(join(dir, 'people.csv'), personCols, (function* () {
    for (let i = 0; i < PEOPLE; i++) {
      // Recorded over the last three years, without a draw from the generators (the rest of the data stays the same).
      const recorded = `${day(1 + (i % (3 * 365)))}T12:00:00.000Z`;
      const member = rand() < 0.6;
      const leader = second.rand() < 0.02;
      yield csvRow(personCols, { id: pid(i), name: `Person ${i}`, sortKey: `person ${i}`, region: `r${regionOf(i)}`, zip: String(10000 + Math.floor(i / CLUSTER)).slice(0, 5),
        kinds: member ? (leader ? '"[MEMBER,LEADER]"' : '[MEMBER]') : '[ALLY]', emails: '[]', phones: '[]', tags: '[]', assignees: '[]', version: 1, createdAt: recorded, updatedAt: recorded });
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
      if (ends) {
        // Began within ten years, one in ten ended since.
        const began = second.pick(3650);
        dated.since = day(began);
        if (second.rand() < 0.1) dated.until = day(Math.max(0, began - 1 - second.pick(began + 1)));
      } else {
        // Ties started over three years; 30% carry a `since` date, the others only when they were recorded.
        const start = second.pick(3 * 365);
        dated.since = second.rand() < 0.3 ? day(start) : '';
        dated.createdAt = dated.since ? '' : `${day(start)}T12:00:00.000Z`;
      }
      yield csvRow(knowsCols, { from: pid(x), to: pid(y), strength: handSet ? 1 + pick(5) : '', score: handSet ? '' : (rand() * 3).toFixed(3), scoreAt: handSet ? '' : day(last),
        lastContact: handSet ? '' : day(last), interactions: handSet ? 0 : 1 + pick(5), ...dated });
    }
  })());
  const files = [['Region', 'regions.csv'], ['Person', 'people.csv'], ['KNOWS', 'knows.csv']];
  const counts = {};
  if (activity) {
    // One-to-ones (30% of people), house meetings (2%), trainings (1 per 2,000), hosted, over the last 180 days.
    counts.oneToOnes = Math.round(PEOPLE * 0.3);
    counts.houseMeetings = Math.round(PEOPLE * 0.02);
    counts.trainings = Math.max(1, Math.round(PEOPLE / 2000));
    counts.events = Math.max(1, Math.round(PEOPLE / 1000));
    counts.attendances = Math.round(PEOPLE * 0.1);
    const interactionCols = cols('Interaction');
    const participatedCols = ['from', 'to', ...cols('PARTICIPATED')];
    const participated = createWriteStream(join(dir, 'participated.csv'));
    participated.write(participatedCols.join(',') + '\n');
    await writeCsv(join(dir, 'interactions.csv'), interactionCols, (function* () {
      let n = 0;
      const add = (kind, host, guests) => {
        const id = `i${n++}`;
        participated.write(csvRow(participatedCols, { from: pid(host), to: id, host: 'true' }));
        for (const g of new Set(guests)) if (g !== host) participated.write(csvRow(participatedCols, { from: pid(g), to: id, host: 'false' }));
        return csvRow(interactionCols, { id, kind, date: day(second.pick(180)), region: `r${regionOf(host)}`, version: 1 });
      };
      for (let i = 0; i < counts.oneToOnes; i++) {
        const host = second.pick(PEOPLE);
        yield add('ONE_TO_ONE', host, [near(host)]);
      }
      for (let i = 0; i < counts.houseMeetings; i++) {
        const host = second.pick(PEOPLE);
        yield add('HOUSE_MEETING', host, Array.from({ length: 5 }, () => near(host)));
      }
      for (let i = 0; i < counts.trainings; i++) {
        const host = second.pick(PEOPLE);
        yield add('TRAINING', host, Array.from({ length: 20 }, () => near(host)));
      }
    })());
    participated.end();
    await once(participated, 'finish');
    const eventCols = cols('Event');
    await writeCsv(join(dir, 'events.csv'), eventCols, (function* () {
      for (let e = 0; e < counts.events; e++) yield csvRow(eventCols, { id: `e${e}`, name: `Event ${e}`, date: day(second.pick(180)), region: `r${e % REGIONS}`, version: 1 });
    })());
    const attendedCols = ['from', 'to', ...cols('ATTENDED')];
    await writeCsv(join(dir, 'attended.csv'), attendedCols, (function* () {
      const seen = new Set();
      for (let i = 0; i < counts.attendances; i++) {
        const e = second.pick(counts.events);
        const p = second.pick(PEOPLE);
        if (seen.has(`${p}|${e}`)) continue;
        seen.add(`${p}|${e}`);
        yield csvRow(attendedCols, { from: pid(p), to: `e${e}`, broughtById: second.rand() < 0.5 ? pid(near(p)) : '' });
      }
    })());
    files.push(['Interaction', 'interactions.csv'], ['PARTICIPATED', 'participated.csv'], ['Event', 'events.csv'], ['ATTENDED', 'attended.csv']);
  }
  const generateMs = performance.now() - t0;

  const store = await openGraphStore(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error' }));
  const raw = store.writer.raw; // the embedded engine's one writing connection: bulk COPY FROM goes through it
  let t = performance.now();
  for (const [table, file] of files) {
    const r = await raw.query(`COPY ${table} FROM '${join(dir, file)}' (HEADER=true)`);
    for (const x of Array.isArray(r) ? r : [r]) {
      await x.getAll();
      x.close();
    }
  }
  const loadMs = performance.now() - t;

  // The bench team: TEAM members of one zip code's neighbourhood in region 0 (local: over 5 neighbouring zip codes).
  const pickTeam = rng(4242);
  const members = [];
  if (LAYOUT === 'uniform') {
    for (let i = 0; members.length < TEAM && i < PEOPLE; i += 1 + pickTeam.pick(3)) if (regionOf(i) === 0) members.push(pid(i));
  } else {
    const zips = Math.min(5, Math.ceil(ZIPS / REGIONS));
    while (members.length < Math.min(TEAM, zips * CLUSTER)) {
      const id = pid(pickTeam.pick(zips) * REGIONS * CLUSTER + pickTeam.pick(CLUSTER));
      if (id < pid(PEOPLE) && !members.includes(id)) members.push(id);
    }
  }
  const teams = [{ id: BENCH_TEAM, name: 'Bench team', region: 'r0', members }];
  if (activity) {
    // Two issue action teams per region, 50 members each, with a co-chair and a gatherer started in the last year.
    for (let r = 0; r < REGIONS; r++) {
      for (let k = 0; k < 2; k++) {
        const ids = new Set();
        while (ids.size < Math.min(50, Math.floor(PEOPLE / REGIONS))) {
          const z = second.pick(Math.max(1, Math.floor(ZIPS / REGIONS)));
          const i = (z * REGIONS + r) * CLUSTER + second.pick(CLUSTER);
          if (i < PEOPLE) ids.add(pid(i));
        }
        teams.push({ id: `team-${r}-${k}`, name: `Team ${r}-${k}`, region: `r${r}`, members: [...ids] });
      }
    }
  }
  await store.write(cypher('bench.teams', 'write', `UNWIND $rows AS r CREATE (t:Team {id: r.id, name: r.name, sortKey: r.name, region: r.region, kind: 'ISSUE_ACTION_TEAM', version: 1})`), { rows: teams });
  await store.write(
    cypher('bench.teamMembers', 'write', `UNWIND $rows AS r MATCH (p:Person {id: r.p}), (t:Team {id: r.t}) CREATE (p)-[:MEMBER_OF {since: ''}]->(t)`),
    { rows: teams.flatMap((x) => x.members.map((p) => ({ p, t: x.id }))) },
  );
  if (activity) {
    const roles = teams.slice(1).flatMap((x) => ['CO_CHAIR', 'GATHERER'].map((role) => ({ id: `role-${x.id}-${role}`, team: x.id, role, personId: x.members[second.pick(x.members.length)], startDate: day(second.pick(365)) })));
    await store.write(cypher('bench.roles', 'write', `UNWIND $rows AS r MATCH (p:Person {id: r.personId}), (t:Team {id: r.team}) CREATE (p)-[:HOLDS_ROLE {id: r.id, role: r.role, startDate: r.startDate}]->(t)`), { rows: roles });
    counts.roles = roles.length;
  }
  counts.teams = teams.length;
  const figures = { generateMs: Math.round(generateMs), loadMs: Math.round(loadMs), ...counts };
  writeFileSync(metaFile, JSON.stringify({ meta, members, figures }));
  return { store, members, figures };
}

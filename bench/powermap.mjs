/**
 * Power map benchmark (issue 16): the time of PowerMapService.powerMap (what the `powerMap` query resolves to) on the
 * demo coalition and on a generated one (bench/generate.mjs), for an admin (all regions) and a leader of the target's
 * region, with how much of it the warmest-path searches (ReachService.reach, one per record shown) take, measured side
 * by side in the same run. In-process, without HTTP.
 *
 *   npm run build -w server && node bench/powermap.mjs [--people 100000] [--ties 1000000] [--influencers 30] [--runs 20] [--data DIR] [--no-all-members]
 * "its reach searches alone" are at full depth (6 links): the map searches shallow first (PowerMapService.search),
 * so the two side by side show what that saves; the bench also checks both give the same paths.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate, pid, rng, regionOf } from './generate.mjs';
import { pct } from './api.mjs';

const dist = fileURLToPath(new URL('../server/dist/', import.meta.url));
const imp = (p) => import(join(dist, p));
const { cypher } = await imp('graph/query.js');
const { loadConfig } = await imp('config/app-config.js');
const { openGraphStore } = await imp('graph/open-store.js');
const { ReachIndex } = await imp('modules/reach/reach-index.js');
const { ReachService } = await imp('modules/reach/reach.service.js');
const { ReachFrom } = await imp('modules/reach/reach.model.js');
const { PeopleService } = await imp('modules/people/people.service.js');
const { PeopleRepository } = await imp('modules/people/people.repository.js');
const { OrganizationsService } = await imp('modules/organizations/organizations.service.js');
const { OrganizationsRepository } = await imp('modules/organizations/organizations.repository.js');
const { RegionsService } = await imp('modules/regions/regions.service.js');
const { RegionsRepository } = await imp('modules/regions/regions.repository.js');
const { AccountsRepository } = await imp('modules/accounts/accounts.repository.js');
const { TeamsService } = await imp('modules/teams/teams.service.js');
const { TeamsRepository } = await imp('modules/teams/teams.repository.js');
const { IssuesService } = await imp('modules/issues/issues.service.js');
const { IssuesRepository } = await imp('modules/issues/issues.repository.js');
const { CampaignsService } = await imp('modules/campaigns/campaigns.service.js');
const { CampaignsRepository } = await imp('modules/campaigns/campaigns.repository.js');
const { InteractionsService } = await imp('modules/interactions/interactions.service.js');
const { InteractionsRepository } = await imp('modules/interactions/interactions.repository.js');
const { EventsService } = await imp('modules/events/events.service.js');
const { EventsRepository } = await imp('modules/events/events.repository.js');
const { DemoService } = await imp('demo/demo.service.js');
const { PowerMapService } = await imp('modules/powermap/powermap.service.js');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const PEOPLE = arg('people', 100_000);
const TIES = arg('ties', 1_000_000);
const INFLUENCERS = arg('influencers', 30);
const RUNS = arg('runs', 20);
const DATA = (() => {
  const i = process.argv.indexOf('--data');
  return i < 0 ? null : process.argv[i + 1];
})();
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const t0 = () => performance.now();

/** The services a power map needs, wired by hand on a store as Nest would wire them. */
function wire(store, config) {
  const index = new ReachIndex(store);
  const regions = new RegionsService(new RegionsRepository(store));
  const accounts = new AccountsRepository(store);
  const people = new PeopleService(new PeopleRepository(store), regions, accounts, index);
  const organizations = new OrganizationsService(new OrganizationsRepository(store), regions, index);
  const teams = new TeamsService(new TeamsRepository(store), regions, people, index);
  const issues = new IssuesService(new IssuesRepository(store), regions);
  const campaigns = new CampaignsService(new CampaignsRepository(store), regions, issues, teams, people, organizations);
  const reach = new ReachService(store, index, people, organizations);
  const interactions = new InteractionsService(new InteractionsRepository(store), people, organizations, accounts, index);
  const events = new EventsService(new EventsRepository(store), regions, people, campaigns, accounts, config, index);
  const maps = new PowerMapService(store, campaigns, reach, index, regions, accounts);
  const fresh = () => new PowerMapService(store, campaigns, reach, index, regions, accounts);
  return { index, reach, maps, fresh, demo: new DemoService(store, accounts, config, interactions, events, index) };
}

/**
 * Times `powerMap` for a viewer: opened afresh (a new service, so every warmest path is searched: what the first
 * viewer after a change of ties waits for), and opened again (paths kept while the reach index is unchanged: what a
 * leader moving people waits for); beside them, the same records' reach searches alone, in the same run.
 */
async function measure(label, s, viewer, campaignId) {
  const first = await s.maps.powerMap(viewer, campaignId);
  const cold = [];
  const warm = [];
  const searches = [];
  const searchesAll = [];
  const differ = [];
  const equallyWarm = [];
  for (let i = 0; i < RUNS; i++) {
    let t = t0();
    await s.fresh().powerMap(viewer, campaignId);
    cold.push(performance.now() - t);
    t = t0();
    const map = await s.maps.powerMap(viewer, campaignId);
    warm.push(performance.now() - t);
    t = t0();
    const full = [];
    for (const r of map.records) {
      if (r.record.hidden) continue;
      full.push([r, await s.reach.reach(viewer, { ...(r.record.kind === 'PERSON' ? { targetPersonId: r.record.id } : { targetOrganizationId: r.record.id }), from: ReachFrom.REGION, regionId: map.campaign.row.region, limit: 1 })]);
    }
    searches.push(performance.now() - t);
    // The map's paths against the full-depth searches' (the map searches shallow first): they must be the same.
    // Two paths of the same score may come in either order: another path equally warm is not a difference.
    for (const [r, res] of full) {
      const [a, b] = [res.paths[0] ?? null, r.warmestPath ?? null];
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      if (a && b && a.score === b.score) equallyWarm.push(`${r.record.name} (run ${i})`);
      else differ.push(`${r.record.name} (run ${i})`);
    }
    if (viewer.allRegions && !process.argv.includes('--no-all-members')) {
      // Side by side: the same searches from all members of every region, as an admin's "all members" reach would.
      t = t0();
      for (const r of map.records) {
        await s.reach.reach(viewer, { ...(r.record.kind === 'PERSON' ? { targetPersonId: r.record.id } : { targetOrganizationId: r.record.id }), from: ReachFrom.ALL_MEMBERS, limit: 1 });
      }
      searchesAll.push(performance.now() - t);
    }
  }
  console.log(`  ${label}: ${first.records.length} records (${first.records.filter((r) => r.record.hidden).length} hidden, ${first.records.filter((r) => r.warmestPath).length} with a path), ${RUNS} runs:`);
  console.log(`    opened afresh p50 ${pct(cold, 50)} ms p95 ${pct(cold, 95)} ms; its reach searches alone p50 ${pct(searches, 50)} ms; opened again (paths kept) p50 ${pct(warm, 50)} ms p95 ${pct(warm, 95)} ms; load ${load()}`);
  console.log(`    warmest paths less warm than the full-depth search's: ${differ.length ? differ.join(', ') : 'none'}; another path equally warm: ${equallyWarm.length ? equallyWarm.join(', ') : 'none'}`);
  if (searchesAll.length) console.log(`    the same searches from all members of every region instead of the campaign's region: p50 ${pct(searchesAll, 50)} ms`);
}

console.log(`Power map benchmark; load average ${load()}; ${os.cpus().length} CPUs`);

// 1. The demo coalition, loaded as the server loads it.
{
  const dir = mkdtempSync(join(os.tmpdir(), 'cg-bench-powermap-demo-'));
  const config = loadConfig({ DATA_DIR: dir, DEMO_DATA: 'true' });
  const store = await openGraphStore(config);
  const s = wire(store, config);
  const counts = await s.demo.load();
  await s.index.reload();
  const campaigns = await store.read(cypher('bench.powermap.demoCampaigns', 'read', `MATCH (c:Campaign {status: 'MOBILIZING'}) RETURN c.id AS id, c.region AS region ORDER BY c.id`));
  console.log(`demo: ${counts.people} people, ${counts.organizations} organizations, ${counts.knows} ties; ${campaigns.length} mobilizing campaigns (the first measured)`);
  const c = campaigns[0];
  await measure('demo, admin (all regions)', s, { accountId: 'bench', role: 'ADMIN', regions: [], allRegions: true }, c.id);
  await measure('demo, leader of the campaign’s region', s, { accountId: 'bench-leader', role: 'LEADER', regions: [c.region], allRegions: false }, c.id);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

// 2. A generated coalition: a campaign whose target is one of its people, with recorded influencers and placements.
{
  const dir = DATA ?? mkdtempSync(join(os.tmpdir(), 'cg-bench-powermap-'));
  mkdirSync(dir, { recursive: true });
  const { store, figures } = await generate({ dir, people: PEOPLE, ties: TIES, layout: 'local', team: 100, activity: true, imp });
  console.log(figures.reused ? `generated coalition reused from ${dir}` : `generated ${PEOPLE.toLocaleString()} people, ${TIES.toLocaleString()} ties in ${figures.generateMs + figures.loadMs} ms`);
  const config = loadConfig({ DATA_DIR: dir });
  const s = wire(store, config);
  await s.index.reload();
  const { pick } = rng(7);
  const target = pid(pick(PEOPLE));
  const region = (await store.read(cypher('bench.powermap.region', 'read', `MATCH (p:Person {id: $id}) RETURN p.region AS region`), { id: target }))[0].region;
  const campaignId = `bench-campaign-${target}`;
  const now = new Date().toISOString();
  await store.transaction(async (tx) => {
    await tx.run(cypher('bench.powermap.campaign', 'write', `MERGE (c:Campaign {id: $id}) SET c.name = 'Bench campaign', c.sortKey = 'bench campaign', c.status = 'MOBILIZING', c.region = $region, c.version = 1, c.createdAt = $now, c.updatedAt = $now`), { id: campaignId, region, now });
    await tx.run(cypher('bench.powermap.target', 'write', `MATCH (c:Campaign {id: $id}), (t:Person {id: $target}) MERGE (c)-[:TARGETS]->(t)`), { id: campaignId, target });
    const others = Array.from({ length: INFLUENCERS }, () => pid(pick(PEOPLE))).filter((p) => p !== target);
    await tx.run(cypher('bench.powermap.influences', 'write', `UNWIND $rows AS r MATCH (x:Person {id: r.id}), (t:Person {id: $target}) MERGE (x)-[i:INFLUENCES]->(t) SET i.strength = r.strength, i.createdAt = $now`),
      { target, now, rows: others.map((id, i) => ({ id, strength: 1 + (i % 5) })) });
    await tx.run(cypher('bench.powermap.placed', 'write', `UNWIND $rows AS r MATCH (x:Person {id: r.id}), (c:Campaign {id: $id}) MERGE (x)-[p:PLACED_ON]->(c) SET p.stance = r.stance, p.influence = r.influence, p.placedAt = $now`),
      { id: campaignId, now, rows: others.slice(0, Math.floor(others.length / 2)).map((id, i) => ({ id, stance: (i % 5) - 2, influence: 1 + (i % 5) })) });
  });
  console.log(`generated: target ${target} (region ${region}, ${regionOf(Number(target.slice(1)))} by layout), ${INFLUENCERS} recorded influencers, half of them placed by hand`);
  await measure('generated, admin (all regions)', s, { accountId: 'bench', role: 'ADMIN', regions: [], allRegions: true }, campaignId);
  await measure('generated, leader of the target’s region', s, { accountId: 'bench-leader', role: 'LEADER', regions: [region], allRegions: false }, campaignId);
  await store.close();
  if (!DATA) rmSync(dir, { recursive: true, force: true });
}
console.log(`uptime: ${execSync('uptime').toString().trim()}`);

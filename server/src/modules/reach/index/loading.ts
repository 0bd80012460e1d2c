import { exportGraph } from '../reach-export.js';
import { type AffiliationRow, type KnowsRow, ReachExport, ReachQueries } from '../reach.queries.js';
import { Grow, buildCsr } from './arrays.js';
import { K_KNOWS, NODE_ORG, NODE_PERSON, NO_DAY, PAGE, fadedScore, kindIndex, tieStartDay } from './model.js';
import type { GraphState } from './state.js';

/** A tie as a page row gives it, or as the CSV export does (every field a string, absent when empty). */
type TieFields = { [K in keyof KnowsRow]: K extends 'a' | 'b' ? string : KnowsRow[K] | string | undefined };
type AffiliationFields = { [K in keyof AffiliationRow]: K extends 'a' | 'b' | 'kind' ? string : AffiliationRow[K] | undefined };

// Loading: every record, tie and affiliation read from the store into a new graph (the CSV export of the embedded engine, or pages of people).

/** Reads everything (once, on a new graph). */
export async function load(g: GraphState): Promise<void> {
  loaded: {
    if (g.store.capabilities.fileCopy && ReachExport.usable) {
      try {
        await read(g, true);
        break loaded;
      } catch (e) {
        g.warn(`Reach index: export failed (${(e as Error).message}); reading page by page`);
      }
    }
    await read(g, false);
  }
  g.generation++;
  g.loadedAt = new Date().toISOString();
}

/** Reads everything: from the engine's CSV export (embedded), or a page of people at a time (paged by id). */
async function read(g: GraphState, exported: boolean): Promise<void> {
  g.idOf = new Map();
  g.ids = [];
  g.nodeType = [];
  g.region = [];
  g.member = [];
  g.leader = [];
  g.name = [];
  g.strs = [''];
  g.strId = new Map();
  g.overlay = new Map();
  g.cap = 0; // the search's scratch space (flags) is made again for the new records
  for (const r of await g.store.read(ReachQueries.organizations)) {
    const i = g.node(r.id, NODE_ORG);
    g.region[i] = r.region ?? '';
    g.name[i] = r.name ?? '';
  }
  const src = new Grow(Int32Array);
  const dst = new Grow(Int32Array);
  const kind = new Grow(Int32Array);
  const hand = new Grow(Int32Array);
  const s0 = new Grow(Float32Array);
  const cols = { score: new Grow(Float64Array), scoreAt: new Grow(Int32Array), last: new Grow(Int32Array), ctx: new Grow(Int32Array), since: new Grow(Int32Array), until: new Grow(Int32Array), start: new Grow(Int32Array) };
  const person = (id: string, region: string | null, kinds: readonly string[], name: string | null) => {
    const i = g.node(id, NODE_PERSON);
    g.region[i] = region ?? '';
    g.member[i] = kinds.includes('MEMBER');
    g.leader[i] = kinds.includes('LEADER');
    g.name[i] = name ?? '';
  };
  const knows = (r: TieFields) => {
    src.push(g.node(r.a, NODE_PERSON));
    dst.push(g.node(r.b, NODE_PERSON));
    kind.push(K_KNOWS);
    hand.push(Number(r.strength ?? 0));
    s0.push(fadedScore(r));
    cols.score.push(r.score == null ? NaN : Number(r.score));
    cols.scoreAt.push(g.str(r.scoreAt));
    cols.last.push(g.str(r.lastContact));
    cols.ctx.push(g.str(r.context));
    cols.since.push(g.str(r.since));
    cols.until.push(g.str(r.until));
    cols.start.push(tieStartDay(r.since, r.createdAt));
  };
  const affiliation = (r: AffiliationFields) => {
    src.push(g.node(r.a, NODE_PERSON));
    dst.push(g.node(r.b, NODE_ORG));
    kind.push(kindIndex(r.kind));
    hand.push(0);
    s0.push(0);
    cols.score.push(NaN);
    cols.scoreAt.push(0);
    cols.last.push(0);
    cols.ctx.push(g.str(r.title));
    cols.since.push(g.str(r.since));
    cols.until.push(g.str(r.until));
    cols.start.push(NO_DAY);
  };
  if (exported) {
    await exportGraph(g.store, {
      person: (f) => person(f[0]!, f[1], (f[2] ?? '').split(/[[\],\s]+/), f[3]),
      knows: (f) => knows({ a: f[0]!, b: f[1]!, strength: f[2], score: f[3], scoreAt: f[4], lastContact: f[5], context: f[6], since: f[7], until: f[8], createdAt: f[9] }),
      affiliation: (f) => affiliation({ a: f[0]!, b: f[1]!, kind: f[2]!, title: f[3], since: f[4], until: f[5] }),
    });
  } else {
    let after = '';
    for (;;) {
      const people = await g.store.read(ReachQueries.peoplePage, { after, limit: PAGE });
      if (people.length === 0) break;
      for (const p of people) person(p.id, p.region, p.kinds ?? [], p.name);
      for (const r of await g.store.read(ReachQueries.knowsPage, { after, limit: PAGE })) knows(r);
      for (const r of await g.store.read(ReachQueries.affiliationsPage, { after, limit: PAGE })) affiliation(r);
      after = people[people.length - 1].id;
      if (people.length < PAGE) break;
    }
  }
  buildCsr(g, src.a, dst.a, kind.a, hand.a, s0.a, src.n);
  g.dScore = cols.score.cut();
  g.dScoreAt = cols.scoreAt.cut();
  g.dLast = cols.last.cut();
  g.dCtx = cols.ctx.cut();
  g.dSince = cols.since.cut();
  g.dUntil = cols.until.cut();
  g.dStart = cols.start.cut();
  await loadTeams(g);
}

/** Teams and their members (a plain read on both engines: teams are few, memberships far fewer than ties). */
async function loadTeams(g: GraphState): Promise<void> {
  const teams = new Map<string, { region: string; members: Set<number> }>();
  for (const r of await g.store.read(ReachQueries.teams)) teams.set(r.id, { region: r.region ?? '', members: new Set() });
  for (const r of await g.store.read(ReachQueries.teamMemberships)) {
    const i = g.idOf.get(r.p);
    if (i !== undefined) teams.get(r.t)?.members.add(i);
  }
  g.teams = teams;
}

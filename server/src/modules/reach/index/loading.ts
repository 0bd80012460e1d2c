import { exportGraph } from '../reach-export.js';
import { ReachExport, ReachQueries } from '../reach.queries.js';
import { Grow, buildCsr } from './arrays.js';
import { K_KNOWS, NODE_ORG, NODE_PERSON, NO_DAY, PAGE, fadedScore, kindIndex, tieStartDay } from './model.js';
import type { GraphState } from './state.js';

// Loading: every record, tie and affiliation read from the store into a new graph (the CSV export of the embedded engine, or pages of people).

/** Reads everything (once, on a new graph). */
export async function load(g: GraphState): Promise<void> {
  loaded: {
    if (g.store.engine === 'embedded' && ReachExport.usable) {
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
    const i = g.node(r.id as string, NODE_ORG);
    g.region[i] = (r.region as string) ?? '';
    g.name[i] = (r.name as string) ?? '';
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
  const knows = (a: string, b: string, strength: unknown, score: unknown, scoreAt: unknown, lastContact: unknown, context: unknown, since: unknown, until: unknown, createdAt: unknown) => {
    src.push(g.node(a, NODE_PERSON));
    dst.push(g.node(b, NODE_PERSON));
    kind.push(K_KNOWS);
    hand.push(Number(strength ?? 0));
    s0.push(fadedScore({ score, scoreAt }));
    cols.score.push(score == null ? NaN : Number(score));
    cols.scoreAt.push(g.str(scoreAt));
    cols.last.push(g.str(lastContact));
    cols.ctx.push(g.str(context));
    cols.since.push(g.str(since));
    cols.until.push(g.str(until));
    cols.start.push(tieStartDay(since, createdAt));
  };
  const affiliation = (a: string, o: string, k: string, title: unknown, since: unknown, until: unknown) => {
    src.push(g.node(a, NODE_PERSON));
    dst.push(g.node(o, NODE_ORG));
    kind.push(kindIndex(k));
    hand.push(0);
    s0.push(0);
    cols.score.push(NaN);
    cols.scoreAt.push(0);
    cols.last.push(0);
    cols.ctx.push(g.str(title));
    cols.since.push(g.str(since));
    cols.until.push(g.str(until));
    cols.start.push(NO_DAY);
  };
  if (exported) {
    await exportGraph(g.store, {
      person: (f) => person(f[0]!, f[1], (f[2] ?? '').split(/[[\],\s]+/), f[3]),
      knows: (f) => knows(f[0]!, f[1]!, f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]),
      affiliation: (f) => affiliation(f[0]!, f[1]!, f[2]!, f[3], f[4], f[5]),
    });
  } else {
    let after = '';
    for (;;) {
      const people = await g.store.read(ReachQueries.peoplePage, { after, limit: PAGE });
      if (people.length === 0) break;
      for (const p of people) person(p.id as string, p.region as string | null, (p.kinds as string[] | null) ?? [], p.name as string | null);
      for (const r of await g.store.read(ReachQueries.knowsPage, { after, limit: PAGE })) {
        knows(r.a as string, r.b as string, r.strength, r.score, r.scoreAt, r.lastContact, r.context, r.since, r.until, r.createdAt);
      }
      for (const r of await g.store.read(ReachQueries.affiliationsPage, { after, limit: PAGE })) affiliation(r.a as string, r.b as string, r.kind as string, r.title, r.since, r.until);
      after = people[people.length - 1].id as string;
      if (people.length < PAGE) break;
    }
  }
  buildCsr(g, src.a as Int32Array, dst.a as Int32Array, kind.a, hand.a, s0.a, src.n);
  const cut = <T extends Int32Array | Float32Array | Float64Array>(g: Grow): T => g.a.slice(0, g.n) as T;
  g.dScore = cut(cols.score);
  g.dScoreAt = cut(cols.scoreAt);
  g.dLast = cut(cols.last);
  g.dCtx = cut(cols.ctx);
  g.dSince = cut(cols.since);
  g.dUntil = cut(cols.until);
  g.dStart = cut(cols.start);
  await loadTeams(g);
}

/** Teams and their members (a plain read on both engines: teams are few, memberships far fewer than ties). */
async function loadTeams(g: GraphState): Promise<void> {
  const teams = new Map<string, { region: string; members: Set<number> }>();
  for (const r of await g.store.read(ReachQueries.teams)) teams.set(r.id as string, { region: (r.region as string) ?? '', members: new Set() });
  for (const r of await g.store.read(ReachQueries.teamMemberships)) {
    const i = g.idOf.get(r.p as string);
    if (i !== undefined) teams.get(r.t as string)?.members.add(i);
  }
  g.teams = teams;
}

import type { BulkKnows, BulkPerson } from '../../../graph/changes.js';
import { ReachQueries } from '../reach.queries.js';
import { buildCsr } from './arrays.js';
import { type Changed, type Edge, F_GONE, F_OVERLAY, K_KNOWS, NODE_GONE, NODE_ORG, NODE_PERSON, NO_DAY, affiliationDetail, fadedScore, kindIndex, knowsDetail, tieStartDay } from './model.js';
import type { GraphState } from './state.js';

// Updates: a committed write's records read again (apply), and bulk writes taken as described (putPeople, addKnows).

/**
 * After a write that changed these records or their ties or affiliations committed: reads their current
 * ties from the store, then changes the graph in one step. Throws when a read failed (nothing changed then).
 */
export async function apply(g: GraphState, changed: Changed): Promise<void> {
  const people = [...new Set(changed.people ?? [])];
  const orgs = [...new Set(changed.organizations ?? [])];
  const teamIds = [...new Set(changed.teams ?? [])];
  const rebuilds = g.rebuilds;
  const [pRows, oRows, knows, affP, affO, teamsOfPeople, teamRows] = await Promise.all([
    people.length ? g.store.read(ReachQueries.refreshPeople, { ids: people }) : [],
    orgs.length ? g.store.read(ReachQueries.refreshOrganizations, { ids: orgs }) : [],
    people.length ? g.store.read(ReachQueries.refreshKnows, { ids: people }) : [],
    people.length ? g.store.read(ReachQueries.refreshAffiliationsOfPeople, { ids: people }) : [],
    orgs.length ? g.store.read(ReachQueries.refreshAffiliationsOfOrganizations, { ids: orgs }) : [],
    people.length ? g.store.read(ReachQueries.refreshTeamsOfPeople, { ids: people }) : [],
    teamIds.length ? g.store.read(ReachQueries.refreshTeams, { ids: teamIds }) : [],
  ]);
  // A bulk add (addKnows) rebuilt the CSR meanwhile: what was read may predate its ties, so read again.
  if (g.rebuilds !== rebuilds) return apply(g, changed);
  const fresh = new Map<number, Edge[]>();
  const alive = new Set<string>();
  for (const r of pRows) {
    const i = g.node(r.id, NODE_PERSON);
    g.region[i] = r.region ?? '';
    g.member[i] = (r.kinds ?? []).includes('MEMBER');
    g.leader[i] = (r.kinds ?? []).includes('LEADER');
    g.name[i] = r.name ?? '';
    alive.add(r.id);
    fresh.set(i, []);
  }
  for (const r of oRows) {
    const i = g.node(r.id, NODE_ORG);
    g.region[i] = r.region ?? '';
    g.name[i] = r.name ?? '';
    alive.add(r.id);
    fresh.set(i, []);
  }
  const add = (a: number, b: number, e: Omit<Edge, 'to'>) => {
    const list = fresh.get(a);
    if (list && !list.some((x) => x.to === b && x.kind === e.kind)) list.push({ to: b, ...e });
  };
  for (const r of knows) {
    const a = g.node(r.a, NODE_PERSON);
    const b = g.node(r.b, NODE_PERSON);
    const hand = Number(r.strength ?? 0);
    add(a, b, { kind: K_KNOWS, hand, s0: Math.fround(fadedScore(r)), start: tieStartDay(r.since, r.createdAt), d: knowsDetail(r) });
  }
  for (const r of [...affP, ...affO]) {
    const a = g.node(r.a, NODE_PERSON);
    const b = g.node(r.b, NODE_ORG);
    const e = { kind: kindIndex(r.kind), hand: 0, s0: 0, start: NO_DAY, d: affiliationDetail(r) };
    add(a, b, e);
    add(b, a, e);
  }
  for (const id of [...people, ...orgs]) {
    const i = g.idOf.get(id);
    if (i !== undefined && !alive.has(id)) {
      g.nodeType[i] = NODE_GONE;
      if (i < g.cap) g.flags[i] |= F_GONE;
      fresh.set(i, []);
    }
  }
  for (const [v, edges] of fresh) {
    const before = g.edgesOf(v);
    g.overlay.set(v, edges);
    if (v < g.cap) g.flags[v] |= F_OVERLAY;
    // Keep the other side of each tie in step.
    const touched = new Set([...before.map((e) => e.to), ...edges.map((e) => e.to)]);
    for (const w of touched) {
      if (fresh.has(w)) continue;
      const theirs = g.edgesOf(w).filter((e) => e.to !== v);
      for (const e of edges) if (e.to === w) theirs.push({ to: v, kind: e.kind, hand: e.hand, s0: e.s0, start: e.start, d: e.d });
      g.overlay.set(w, theirs);
      if (w < g.cap) g.flags[w] |= F_OVERLAY;
    }
  }
  g.generation++;
  // Teams: the refreshed people's memberships as read now (a deleted person is in none), then whole teams.
  if (people.length) {
    const refreshed = new Set(people.map((id) => g.idOf.get(id)).filter((i): i is number => i !== undefined));
    for (const t of g.teams.values()) for (const i of refreshed) t.members.delete(i);
    const unknown: string[] = [];
    for (const r of teamsOfPeople) {
      const i = g.idOf.get(r.p);
      const t = g.teams.get(r.t);
      if (i === undefined) continue;
      if (t) t.members.add(i);
      else if (!teamIds.includes(r.t)) unknown.push(r.t);
    }
    if (unknown.length) return apply(g, { teams: unknown });
  }
  if (teamIds.length) {
    const fresh = new Map<string, { region: string; members: Set<number> }>();
    for (const r of teamRows) {
      const t = fresh.get(r.t) ?? { region: r.region ?? '', members: new Set<number>() };
      fresh.set(r.t, t);
      const i = r.p ? g.idOf.get(r.p) : undefined;
      if (i !== undefined) t.members.add(i);
    }
    for (const id of teamIds) {
      const t = fresh.get(id);
      if (t) g.teams.set(id, t);
      else g.teams.delete(id);
    }
  }
}

/**
 * After a bulk write committed: these people now exist with these fields (created or updated); their ties
 * are unchanged. Sets what `apply` would read for them (region, MEMBER / LEADER, name); reads nothing.
 */
export function putPeople(g: GraphState, people: ReadonlyArray<BulkPerson>): void {
  if (people.length === 0) return;
  for (const p of people) {
    const i = g.node(p.id, NODE_PERSON);
    const kinds = p.kinds ?? [];
    g.region[i] = p.region ?? '';
    g.member[i] = kinds.includes('MEMBER');
    g.leader[i] = kinds.includes('LEADER');
    g.name[i] = p.name ?? '';
  }
  g.generation++;
}

/**
 * After a bulk write committed: these KNOWS ties were created (none of them was there before). Ends are
 * indexes into `ids`; strings are indexes into `strings` (0 = null).
 *
 * Builds the base CSR once, in typed arrays: every tie the index holds now (the base CSR's ties of records
 * without overlay, and the overlay's lists, each tie once from its smaller end, all details kept, ties to
 * deleted records dropped), then the new ties as a load reads them (KNOWS, hand-set strength, no score,
 * started on `since` when it is a date, else on the day of `createdAt`); the overlay is emptied. Records
 * keep their numbers (ids unknown to the index are added as people; deleted records stay, marked gone, and
 * a new tie to one is left out: the write's MATCH found no one),
 * so teams and snapshots (knowsTies) stay valid. 10M new ties onto 1M people: a few seconds (see
 * bench/reach-bulk.mjs), against a reload that reads everything from the store again.
 *
 * When a load that ended after the write committed already read these ties (a few of them are looked up),
 * nothing is added twice. Returns false when only some of them are here (the graph must be loaded again).
 */
export function addKnows(g: GraphState, ties: BulkKnows): boolean {
  if (ties.count <= 0) return true;
  const { count, ids, strings } = ties;
  // Person ids and strings as the index numbers them, looked up once each.
  // A record the index knows was deleted stays so (-2): no tie to it was written (the write matched no one).
  // Looked up in one pass in the order of `ids` (a look-up per tie end, scattered, cost seconds at 10M ties);
  // a person the index does not know yet is added when a tie first needs them (-1 until then).
  const rec = new Int32Array(ids.length);
  for (let j = 0; j < ids.length; j++) {
    const i = g.idOf.get(ids[j]);
    rec[j] = i === undefined ? -1 : g.nodeType[i] === NODE_GONE ? -2 : i;
  }
  const end = (j: number): number => {
    const r = rec[j];
    return r !== -1 ? r : (rec[j] = g.node(ids[j], NODE_PERSON));
  };
  const strOf = new Int32Array(strings.length).fill(-1);
  const text = (j: number): number => (strOf[j] >= 0 ? strOf[j] : (strOf[j] = g.str(strings[j])));
  const startOf = new Int32Array(strings.length).fill(NO_DAY - 1);
  const recorded = tieStartDay(null, ties.createdAt);
  const start = (j: number): number => (startOf[j] !== NO_DAY - 1 ? startOf[j] : (startOf[j] = j ? tieStartDay(strings[j], ties.createdAt) : recorded));

  // A load that ended between the commit and g call read the ties already: then they are all here.
  const probe = Math.min(count, 8);
  let seen = 0;
  for (let k = 0; k < probe; k++) {
    const i = Math.floor((k * count) / probe);
    const a = g.idOf.get(ids[ties.a[i]]);
    const b = g.idOf.get(ids[ties.b[i]]);
    if (a !== undefined && b !== undefined && g.edgesOf(a).some((e) => e.to === b && e.kind === K_KNOWS)) seen++;
  }
  if (seen === probe) return true;
  // Some here and some not: not what a committed write of new ties can look like.
  if (seen > 0) return false;

  const { offsets, nbr, ekind, ehand, es0, eid, overlay, nodeType, baseNodes } = g;
  const gone = (v: number) => nodeType[v] === NODE_GONE;
  let overlaid = 0;
  for (const list of overlay.values()) overlaid += list.length;
  const cap = nbr.length / 2 + overlaid + count;
  const src = new Int32Array(cap);
  const dst = new Int32Array(cap);
  const kind = new Uint8Array(cap);
  const hand = new Uint8Array(cap);
  const s0 = new Float32Array(cap);
  const score = new Float64Array(cap);
  const scoreAt = new Int32Array(cap);
  const last = new Int32Array(cap);
  const ctx = new Int32Array(cap);
  const since = new Int32Array(cap);
  const until = new Int32Array(cap);
  const tieStart = new Int32Array(cap);
  const { dScore, dScoreAt, dLast, dCtx, dSince, dUntil, dStart } = g;
  let m = 0;
  // The base: each tie sits in the CSR twice, take it from its smaller end. A record with overlay has all its
  // ties there, and so has every neighbour of it (refresh overlays both ends), so no tie is taken twice.
  for (let u = 0; u < baseNodes; u++) {
    if (overlay.has(u) || gone(u)) continue;
    for (let k = offsets[u], endK = offsets[u + 1]; k < endK; k++) {
      const v = nbr[k];
      if (v <= u || gone(v)) continue;
      const e = eid[k];
      src[m] = u;
      dst[m] = v;
      kind[m] = ekind[k];
      hand[m] = ehand[k];
      s0[m] = es0[k];
      score[m] = dScore[e];
      scoreAt[m] = dScoreAt[e];
      last[m] = dLast[e];
      ctx[m] = dCtx[e];
      since[m] = dSince[e];
      until[m] = dUntil[e];
      tieStart[m] = dStart[e];
      m++;
    }
  }
  for (const [u, list] of overlay) {
    if (gone(u)) continue;
    for (const e of list) {
      if (e.to <= u || gone(e.to)) continue;
      src[m] = u;
      dst[m] = e.to;
      kind[m] = e.kind;
      hand[m] = e.hand;
      s0[m] = e.s0;
      score[m] = e.d.score ?? NaN;
      scoreAt[m] = g.str(e.d.scoreAt);
      last[m] = g.str(e.d.lastContact);
      ctx[m] = g.str(e.d.context);
      since[m] = g.str(e.d.since);
      until[m] = g.str(e.d.until);
      tieStart[m] = e.start;
      m++;
    }
  }
  // The new ties, as load() reads them: no score (faded score 0), no end date.
  const { a, b, strength, context, lastContact } = ties;
  for (let i = 0; i < count; i++) {
    const u = end(a[i]);
    const v = end(b[i]);
    if (u < 0 || v < 0) continue;
    src[m] = u;
    dst[m] = v;
    kind[m] = K_KNOWS;
    hand[m] = strength[i] > 0 ? strength[i] : 0;
    score[m] = NaN;
    ctx[m] = text(context[i]);
    since[m] = text(ties.since[i]);
    last[m] = text(lastContact[i]);
    tieStart[m] = start(ties.since[i]);
    m++;
  }
  buildCsr(g, src, dst, kind, hand, s0, m);
  g.dScore = score.subarray(0, m);
  g.dScoreAt = scoreAt.subarray(0, m);
  g.dLast = last.subarray(0, m);
  g.dCtx = ctx.subarray(0, m);
  g.dSince = since.subarray(0, m);
  g.dUntil = until.subarray(0, m);
  g.dStart = tieStart.subarray(0, m);
  g.overlay = new Map();
  g.cap = 0; // the search's scratch space (flags, with no overlay bits now) is made again
  g.generation++;
  return true;
}

import type { GraphStore } from '../../src/graph/graph-store.port.js';
import { PersonKind } from '../../src/modules/people/models/person.model.js';
import { ReachIndex } from '../../src/modules/reach/reach-index.js';
import { ReachQueries } from '../../src/modules/reach/reach.queries.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, personInput, services, twoRegions, type Services } from '../factories/index.js';

const today = () => new Date().toISOString().slice(0, 10);

/** A store whose reads each wait a few milliseconds, so a load spans many turns of the event loop; it counts loads. */
function slowed(store: GraphStore) {
  const seen = { loads: 0 };
  const proxy = new Proxy(store, {
    get(target, p, receiver) {
      if (p === 'read') {
        return async (q: unknown, params?: Record<string, unknown>) => {
          if (q === ReachQueries.organizations) seen.loads++;
          await new Promise((r) => setTimeout(r, 4));
          return target.read(q as never, params as never);
        };
      }
      const v = Reflect.get(target, p, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { store: proxy, seen };
}

describeEachEngine('reach: the index never answers from a partial state', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  /** A ring of people with chords, an organization two of them belong to, a team of two members. */
  async function network(size = 20) {
    const [r1] = await twoRegions(s);
    const me = admin();
    const ids: string[] = [];
    for (let i = 0; i < size; i++) ids.push((await s.people.create(me, personInput(r1, { name: `Swap ${i}`, kinds: i < 3 ? [PersonKind.MEMBER] : [PersonKind.ALLY] }))).id);
    for (let i = 0; i < size; i++) await s.ties.setKnows(me, { personId: ids[i], otherPersonId: ids[(i + 1) % size], strength: 1 + (i % 5), context: null, since: null });
    for (let i = 0; i < size; i += 4) await s.ties.setKnows(me, { personId: ids[i], otherPersonId: ids[(i + 7) % size], strength: 3, context: 'chord', since: null });
    const org = await s.organizations.create(me, organizationInput(r1, { name: 'Block Club' }));
    await s.ties.addAffiliation(me, { personId: ids[1], organizationId: org.id, kind: AffiliationKind.LEADS, title: 'Chair' });
    await s.ties.addAffiliation(me, { personId: ids[11], organizationId: org.id, kind: AffiliationKind.MEMBER_OF, title: null });
    const team = await s.teams.create(me, { name: 'Swap IAT', kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 });
    await s.teams.addMember(me, team.id, ids[0], null);
    await s.teams.addMember(me, team.id, ids[1], null);
    return { me, ids, org, team, all: [...ids, org.id] };
  }

  /** What a user sees from the index: paths from the team to everyone, members, records, the map among them. */
  function answer(index: ReachIndex, g: Awaited<ReturnType<typeof network>>): string {
    const from = index.teamMembers(g.team.id, null) ?? [];
    return JSON.stringify({
      from: [...from].sort(),
      paths: g.all.slice(3).map((t) => index.paths(from, t, 2, 6, today()).map((p) => [p.ids, Math.round(p.score * 1e9)])),
      members: index.members(null).filter((id) => g.all.includes(id)).sort(),
      info: g.all.map((id) => index.info(id)),
      map: index.linksAmong(g.all, today()).length,
      around: index.neighbourhood([g.ids[0]], 2, 1000, () => true).ids.length,
    });
  }

  /** Answers `answer` on every turn of the event loop until `until` settles; returns them all. */
  async function askAllAlong(index: ReachIndex, g: Awaited<ReturnType<typeof network>>, until: Promise<unknown>) {
    const answers: Array<{ loading: boolean; value: string }> = [];
    let done = false;
    void until.finally(() => (done = true));
    while (!done) {
      await index.ensureLoaded();
      answers.push({ loading: (index as unknown as { loading: unknown }).loading !== null, value: answer(index, g) });
      await new Promise((r) => setTimeout(r, 1));
    }
    return answers;
  }

  it('callers before the first load wait for the one load, and all get the complete answer', async () => {
    const g = await network();
    const complete = new ReachIndex(store());
    await complete.reload();
    const expected = answer(complete, g);
    expect(JSON.parse(expected).paths.flat().length).toBeGreaterThan(10);

    const { store: slow, seen } = slowed(store());
    const index = new ReachIndex(slow);
    const got = await Promise.all(Array.from({ length: 6 }, async () => {
      await index.ensureLoaded();
      return answer(index, g);
    }));
    expect(seen.loads).toBe(1);
    for (const a of got) expect(a).toBe(expected);
  });

  it('during reloads and refreshes every answer equals the complete index\'s answer', async () => {
    const g = await network();
    const complete = new ReachIndex(store());
    await complete.reload();
    const expected = answer(complete, g);

    const { store: slow, seen } = slowed(store());
    const index = new ReachIndex(slow);
    await index.ensureLoaded();
    // Three reloads asked for at once: the running one, then one more that the other two share.
    const work = Promise.all([
      index.reload(),
      index.refresh({ people: g.ids.slice(0, 5), organizations: [g.org.id], teams: [g.team.id] }),
      index.reload(),
      index.refresh({ people: g.ids.slice(5, 12) }),
      index.reload(),
    ]);
    const answers = await askAllAlong(index, g, work);
    await work;
    expect(answers.filter((a) => a.loading).length).toBeGreaterThan(5);
    for (const a of answers) expect(a.value).toBe(expected);
    expect(seen.loads).toBe(3);
  });

  it('a write committed during a load is in the graph swapped in, and answers meanwhile come from the last complete one', async () => {
    const g = await network();
    const { store: slow } = slowed(store());
    const index = new ReachIndex(slow);
    await index.ensureLoaded();
    const before = answer(index, g);
    const reloading = index.reload();
    // Half-way through the load: a new strong tie from a team member to the far side of the ring.
    await new Promise((r) => setTimeout(r, 12));
    await s.ties.setKnows(g.me, { personId: g.ids[0], otherPersonId: g.ids[10], strength: 5, context: 'new', since: null });
    const refreshing = index.refresh({ people: [g.ids[0], g.ids[10]] });
    await Promise.all([reloading, refreshing]);
    const complete = new ReachIndex(store());
    await complete.reload();
    const after = answer(complete, g);
    expect(after).not.toBe(before);
    expect(answer(index, g)).toBe(after);
    expect(index.paths([g.ids[0]], g.ids[10], 1, 6, today())[0].ids).toEqual([g.ids[0], g.ids[10]]);
  });
});

import { GraphqlClient } from '../support/graphql-client.js';
import { useDemo } from '../support/demo.js';

interface Part { signal: string; count: number; weight: number; points: number }
interface Leader { rank: number; score: number; previousScore: number; rise: number; person: { id: string; region: { name: string } }; parts: Part[] }

const LEADERS = `query($regionId: ID, $windowDays: Int!, $limit: Int) {
  emergingLeaders(regionId: $regionId, windowDays: $windowDays, limit: $limit) {
    from to peopleScored
    leaders { rank score previousScore rise alreadyLeader person { id name region { name } } parts { signal count previousCount weight points } }
  }
}`;

const GAPS = `query($regionId: ID, $coldAfterDays: Int!) {
  networkGaps(regionId: $regionId, coldAfterDays: $coldAfterDays) {
    partnersWithOneTie { organization { name region { name } } person { name } ties }
    campaigns { campaign { name } gaps }
    coldTieCount
    coldTies { importance person { region { name } } other { region { name } } }
    clusters { size members { region { name } } bridges { person { name } } }
    bridges { person { region { name } } otherClusters }
  }
}`;

/** Emerging leaders and gaps over HTTP, on the demo coalition. */
describe('API: emerging leaders and gaps', () => {
  const demo = useDemo(['leader', 'staff']);
  let leader: GraphqlClient;
  let staff: GraphqlClient;
  beforeAll(() => ({ leader, staff } = demo.as));

  it('ranks someone who just hosted two one-to-ones, shows each score’s parts, and only the leader’s region', async () => {
    const people = (await leader.ok(`{ people(first: 3) { nodes { id name } } }`)).people.nodes as Array<{ id: string; name: string }>;
    const [host, a, b] = people;
    const LOG = `mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id } }`;
    await leader.ok(LOG, { i: { kind: 'ONE_TO_ONE', hostPersonId: host.id, personIds: [a.id] } });
    await leader.ok(LOG, { i: { kind: 'ONE_TO_ONE', hostPersonId: host.id, personIds: [b.id] } });

    const result = (await leader.ok(LEADERS, { windowDays: 90, limit: 200 })).emergingLeaders;
    expect(result.to).toBe(new Date().toISOString().slice(0, 10));
    const leaders = result.leaders as Leader[];
    const mine = leaders.find((l) => l.person.id === host.id)!;
    expect(mine.parts.find((p) => p.signal === 'ONE_TO_ONES')).toMatchObject({ count: 2, weight: 3, points: 6 });
    for (const l of leaders) {
      expect(l.person.region.name).toBe('Great Lakes');
      expect(l.score).toBe(l.parts.reduce((s, p) => s + p.points, 0));
      expect(l.rise).toBe(l.score - l.previousScore);
    }
    expect(leaders.map((l) => l.rise)).toEqual([...leaders.map((l) => l.rise)].sort((x, y) => y - x));
    expect(leaders.map((l) => l.rank)).toEqual(leaders.map((_, i) => i + 1));
  });

  it('refuses a region outside the viewer’s and a window too short, with codes', async () => {
    const regions = (await staff.ok(`{ regions { id name } }`)).regions as Array<{ id: string; name: string }>;
    const gulf = regions.find((r) => r.name !== 'Great Lakes')!;
    const r = await leader.request(LEADERS, { regionId: gulf.id, windowDays: 90 });
    expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    const short = await leader.request(LEADERS, { windowDays: 3 });
    expect(short.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await leader.request(GAPS, { regionId: gulf.id, coldAfterDays: 90 })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('lists gaps in the demo network, all inside the leader’s region', async () => {
    const gaps = (await leader.ok(GAPS, { coldAfterDays: 90 })).networkGaps;
    expect(gaps.coldTieCount).toBeGreaterThan(0);
    expect(gaps.coldTies.length).toBeGreaterThan(0);
    const importance = gaps.coldTies.map((t: { importance: number }) => t.importance);
    expect(importance).toEqual([...importance].sort((x: number, y: number) => y - x));
    expect(gaps.clusters.length).toBeGreaterThan(1);
    expect(gaps.bridges.length).toBeGreaterThan(0);
    const regionNames = new Set<string>([
      ...gaps.partnersWithOneTie.map((p: { organization: { region: { name: string } } }) => p.organization.region.name),
      ...gaps.coldTies.flatMap((t: { person: { region: { name: string } }; other: { region: { name: string } } }) => [t.person.region.name, t.other.region.name]),
      ...gaps.clusters.flatMap((c: { members: Array<{ region: { name: string } }> }) => c.members.map((m) => m.region.name)),
      ...gaps.bridges.map((b: { person: { region: { name: string } } }) => b.person.region.name),
    ]);
    expect([...regionNames]).toEqual(['Great Lakes']);
    // Staff see more than one region's clusters.
    const all = (await staff.ok(GAPS, { coldAfterDays: 90 })).networkGaps;
    expect(all.coldTieCount).toBeGreaterThan(gaps.coldTieCount);
  });
});

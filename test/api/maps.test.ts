import { GraphqlClient } from '../support/graphql-client.js';
import { signedIn, useDemo } from '../support/demo.js';
import { type RunningServer } from '../support/server.js';

const MAP = `query($scope: MapScopeInput!, $asOf: String, $compareTo: String, $filters: MapFiltersInput) {
  networkMap(scope: $scope, asOf: $asOf, compareTo: $compareTo, filters: $filters) {
    scopeName hops asOf compareTo truncated betweennessComputed totalNodes totalEdges
    nodes { index id kind label hidden regionId regionName types tags roles cluster x y degree pagerank betweenness }
    edges { source target kind strength since until detail change }
  }
}`;

interface MapNode { index: number; id: string | null; kind: string; label: string; hidden: boolean; regionName: string | null; degree: number; x: number; y: number; roles: string[] }
interface MapEdge { source: number; target: number; kind: string; strength: number | null; since: string | null; until: string | null; detail: string | null; change: string }
interface NetworkMap { scopeName: string; hops: number; asOf: string; totalNodes: number; totalEdges: number; betweennessComputed: boolean; nodes: MapNode[]; edges: MapEdge[] }

/** Network maps over HTTP, on the demo coalition: the GraphQL form and the packed GET form agree. */
describe('API: network maps', () => {
  const demo = useDemo(['leader', 'staff']);
  let server: RunningServer;
  let leader: GraphqlClient;
  let staff: GraphqlClient;
  beforeAll(() => ({ server, as: { leader, staff } } = demo));

  const map = async (client: GraphqlClient, variables: Record<string, unknown>) => (await client.ok<{ networkMap: NetworkMap }>(MAP, variables)).networkMap;

  it('maps a region with positions and measures; the packed form has the same records and links', async () => {
    const m = await map(leader, { scope: { kind: 'REGION', id: 'region-great-lakes' } });
    expect(m.scopeName).toBe('Great Lakes');
    expect(m.nodes.length).toBeGreaterThan(100);
    expect(m.nodes.every((n) => n.regionName === 'Great Lakes' && !n.hidden && Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(m.betweennessComputed).toBe(true);
    // Degree is the number of distinct neighbours among today's links.
    const neighbours = new Map<number, Set<number>>();
    for (const e of m.edges.filter((x) => x.change !== 'REMOVED')) {
      neighbours.set(e.source, (neighbours.get(e.source) ?? new Set()).add(e.target));
      neighbours.set(e.target, (neighbours.get(e.target) ?? new Set()).add(e.source));
    }
    for (const n of m.nodes) expect(n.degree).toBe(neighbours.get(n.index)?.size ?? 0);
    // The demo has ties that ended in 2024: none of them is on today's map.
    expect(m.edges.some((e) => e.until && e.until < m.asOf)).toBe(false);

    const res = await leader.get('/maps/network.json?scope=REGION&id=region-great-lakes');
    expect(res.status).toBe(200);
    const etag = res.headers.get('etag');
    const packed = await res.json();
    expect(packed.nodes.id.length).toBe(m.nodes.length);
    expect(packed.edges.source.length).toBe(m.edges.length);
    expect(new Set(packed.nodes.id)).toEqual(new Set(m.nodes.map((n) => n.id)));
    // Asked again with the version it has: not sent again.
    const again = await fetch(`${server.url}/maps/network.json?scope=REGION&id=region-great-lakes`, { headers: { cookie: (leader as unknown as { cookie: string }).cookie, 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('answers the map it kept through a sign-in (304, same version), and a new one once a tie on it is set', async () => {
    const url = '/maps/network.json?scope=REGION&id=region-great-lakes';
    const first = await leader.get(url);
    const etag = first.headers.get('etag')!;
    const packed = await first.json();
    const cookie = (leader as unknown as { cookie: string }).cookie;
    const ask = () => fetch(`${server.url}${url}`, { headers: { cookie, 'if-none-match': etag } });

    await signedIn(server.url, 'staff'); // a sign-in is a write, but not one a map shows
    expect((await ask()).status).toBe(304);

    // Two people on the map with no tie between them: a tie set between them is on the next map.
    const people = packed.nodes.id.map((id: string, i: number) => ({ id, kind: packed.dict.nodeKinds[packed.nodes.kind[i]] })).filter((n: { kind: string }) => n.kind === 'PERSON');
    const tied = new Set<string>(packed.edges.source.map((a: number, i: number) => [a, packed.edges.target[i]].sort().join()));
    const index = new Map<string, number>(packed.nodes.id.map((id: string, i: number) => [id, i]));
    const [a, b] = people.flatMap((x: { id: string }) => people.filter((y: { id: string }) => x.id < y.id && !tied.has([index.get(x.id), index.get(y.id)].sort().join())).map((y: { id: string }) => [x.id, y.id])).at(0)!;
    await leader.ok(`mutation($i: TieInput!) { setTie(input: $i) { strength } }`, { i: { personId: a, otherPersonId: b, strength: 4 } });
    const after = await ask();
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const now = await after.json();
    const at = new Map<string, number>(now.nodes.id.map((id: string, i: number) => [id, i]));
    expect(now.edges.source.some((s: number, i: number) => [s, now.edges.target[i]].sort().join() === [at.get(a), at.get(b)].sort().join())).toBe(true);
  });

  it('shows the map as of an earlier date, and which ties ended or began since', async () => {
    const compare = await map(staff, { scope: { kind: 'REGION', id: 'region-great-lakes' }, compareTo: '2023-06-01' });
    const removed = compare.edges.filter((e) => e.change === 'REMOVED');
    const added = compare.edges.filter((e) => e.change === 'ADDED');
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.every((e) => e.until !== null && e.until < compare.asOf)).toBe(true);
    expect(added.every((e) => e.since !== null && e.since > '2023-06-01')).toBe(true);
    const then = await map(staff, { scope: { kind: 'REGION', id: 'region-great-lakes' }, asOf: '2023-06-01' });
    const key = (m: NetworkMap, e: MapEdge) => `${m.nodes[e.source].id}|${m.nodes[e.target].id}|${e.kind}`;
    const thenKeys = new Set(then.edges.map((e) => key(then, e)));
    for (const e of removed) expect(thenKeys.has(key(compare, e))).toBe(true);
    for (const e of added) expect(thenKeys.has(key(compare, e))).toBe(false);
  });

  it('maps a campaign’s coalition with roles and partners, and a neighbourhood with people of other regions hidden', async () => {
    const { campaigns } = await leader.ok<{ campaigns: Array<{ id: string; name: string; status: string }> }>(`{ campaigns { id name status } }`);
    const mobilizing = campaigns.find((c) => c.status === 'MOBILIZING')!;
    const c = await map(leader, { scope: { kind: 'CAMPAIGN', id: mobilizing.id, hops: 0 } });
    expect(c.nodes.find((n) => n.kind === 'CAMPAIGN')!.label).toBe(mobilizing.name);
    expect(c.edges.some((e) => e.kind === 'PARTNER')).toBe(true);
    expect(c.edges.filter((e) => e.kind === 'ROLE').map((e) => e.detail)).toEqual(expect.arrayContaining(['CONNECTOR']));

    // The demo links a few Great Lakes leaders to people of the next region: seen from Great Lakes, they are hidden.
    const { people } = await leader.ok<{ people: { nodes: Array<{ id: string }> } }>(`{ people(first: 50) { nodes { id } } }`);
    let found: NetworkMap | null = null;
    for (const p of people.nodes) {
      const n = await map(leader, { scope: { kind: 'NEIGHBOURHOOD', id: p.id, hops: 1 } });
      if (n.nodes.some((x) => x.hidden)) {
        found = n;
        break;
      }
    }
    expect(found).not.toBeNull();
    const hidden = found!.nodes.find((n) => n.hidden)!;
    expect(hidden).toMatchObject({ id: null, label: expect.stringMatching(/^Someone in /), roles: [] });
    const hiddenEdge = found!.edges.find((e) => e.source === hidden.index || e.target === hidden.index)!;
    expect(hiddenEdge).toMatchObject({ since: null, until: null });
  });

  it('refuses bad input with the field named, and scopes outside the viewer’s regions', async () => {
    const bad = await leader.request(MAP, { scope: { kind: 'REGION', id: 'region-great-lakes', hops: 7 }, asOf: '2024-13-01' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['asOf', 'scope.hops']);
    const other = await leader.request(MAP, { scope: { kind: 'REGION', id: 'region-gulf-coast' } });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const get = await leader.get('/maps/network.json?scope=REGION&id=region-great-lakes&asOf=yesterday');
    expect(get.status).toBe(400);
    expect((await get.json()).fields).toEqual([{ field: 'asOf', message: expect.stringContaining('YYYY-MM-DD') }]);
    const anonymous = await fetch(`${server.url}/maps/network.json?scope=REGION&id=region-great-lakes`);
    expect(anonymous.status).toBe(401);
  });
});

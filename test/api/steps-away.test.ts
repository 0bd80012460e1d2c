import { GraphqlClient } from '../support/graphql-client.js';
import { useDemo } from '../support/demo.js';

const STEPS_AWAY = `query($recordId: ID!, $minStrength: Float!) {
  stepsAway(recordId: $recordId, minStrength: $minStrength) {
    minStrength computedAt upToDate
    stepsAway { record { id name } people partners cutOff { id name kind hidden } }
  }
}`;
const RANKING = `query($regionId: ID, $minStrength: Float!, $limit: Int!) {
  stepsAwayRanking(regionId: $regionId, minStrength: $minStrength, limit: $limit) {
    upToDate total ranking { record { id name regionName } people partners }
  }
}`;
const CREATE = `mutation($input: PersonInput!) { createPerson(input: $input) { id } }`;
const TIE = `mutation($input: TieInput!) { setTie(input: $input) { strength } }`;

/** Asks until the background job has worked in the last changes (the answer meanwhile is the last result, marked so). */
async function current(client: GraphqlClient, query: string, variables: Record<string, unknown>, field: 'stepsAway' | 'stepsAwayRanking') {
  for (let i = 0; ; i++) {
    const answer = (await client.ok(query, variables))[field];
    if (answer.upToDate || i >= 900) return answer;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Who we lose if someone steps away, over HTTP: a leader's chain added to the demo coalition. */
describe('API: who we lose if someone steps away', () => {
  const demo = useDemo(['leader', 'staff']);
  let leader: GraphqlClient;
  let staff: GraphqlClient;
  beforeAll(() => ({ leader, staff } = demo.as));

  it('names who hangs on one person only, ranks them, and keeps current when a tie is added', async () => {
    const regions = (await leader.ok(`{ regions { id name } }`)).regions as Array<{ id: string; name: string }>;
    const mine = regions.find((r) => r.name === 'Great Lakes')!;
    const anchor = ((await leader.ok(`{ people(first: 1) { nodes { id } } }`)).people.nodes as Array<{ id: string }>)[0];
    const create = async (name: string) => (await leader.ok(CREATE, { input: { name, regionId: mine.id, kinds: ['MEMBER'] } })).createPerson.id as string;
    const ana = await create('Ana Stepsaway');
    const eve = await create('Eve Onlyana');
    const finn = await create('Finn Onlyeve');
    const tie = (a: string, b: string, strength: number) => leader.ok(TIE, { input: { personId: a, otherPersonId: b, strength } });
    await tie(anchor.id, ana, 4);
    await tie(ana, eve, 4);
    await tie(eve, finn, 4);

    const answer = await current(leader, STEPS_AWAY, { recordId: ana, minStrength: 2 }, 'stepsAway');
    expect(answer.upToDate).toBe(true);
    expect(answer.stepsAway).toMatchObject({ record: { id: ana, name: 'Ana Stepsaway' }, people: 2, partners: 0 });
    expect(answer.stepsAway.cutOff.map((c: { name: string }) => c.name)).toEqual(['Eve Onlyana', 'Finn Onlyeve']);

    const ranking = await current(leader, RANKING, { regionId: mine.id, minStrength: 2, limit: 50 }, 'stepsAwayRanking');
    const row = ranking.ranking.find((r: { record: { id: string } }) => r.record.id === ana);
    expect(row).toMatchObject({ people: 2, partners: 0, record: { regionName: 'Great Lakes' } });
    const counts = ranking.ranking.map((r: { people: number; partners: number }) => r.people + r.partners);
    expect(counts).toEqual([...counts].sort((x: number, y: number) => y - x));

    // Finn now also knows the anchor: Eve keeps a link through Finn without Ana.
    await tie(finn, anchor.id, 3);
    // The background job works the new tie in; the page asks again until the answer says it is up to date.
    expect((await current(leader, STEPS_AWAY, { recordId: ana, minStrength: 2 }, 'stepsAway')).stepsAway).toMatchObject({ people: 0, partners: 0, cutOff: [] });
    // Counting only ties of 4 or more, the new tie of 3 is not a link: Ana cuts Eve and Finn off again.
    expect((await current(leader, STEPS_AWAY, { recordId: ana, minStrength: 4 }, 'stepsAway')).stepsAway.people).toBe(2);
  });

  it('refuses a record outside the viewer’s regions, another region and a strength out of range, with codes and no internals', async () => {
    const regions = (await staff.ok(`{ regions { id name } }`)).regions as Array<{ id: string; name: string }>;
    const gulf = regions.find((r) => r.name !== 'Great Lakes')!;
    const outsider = (await staff.ok(`mutation($input: PersonInput!) { createPerson(input: $input) { id } }`, { input: { name: 'Out Side', regionId: gulf.id } })).createPerson.id;
    const notMine = await leader.request(STEPS_AWAY, { recordId: outsider, minStrength: 2 });
    expect(notMine.errors![0]).toMatchObject({ message: 'That person or organization was not found in your regions.', extensions: { code: 'BAD_USER_INPUT' } });
    const region = await leader.request(RANKING, { regionId: gulf.id, minStrength: 2, limit: 10 });
    expect(region.errors![0].extensions!.code).toBe('FORBIDDEN');
    const strength = await leader.request(STEPS_AWAY, { recordId: outsider, minStrength: 9 });
    expect(strength.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(strength.errors![0].message).toMatch(/1 to 5/);
    expect(JSON.stringify(strength.errors)).not.toMatch(/stack|at .*\.js/);
  });
});

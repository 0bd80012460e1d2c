import type { Browser } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage, screenshot, signIn } from '../support/browser.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

// Graph answers in the browser, as a regional leader, on a chain added to the demo coalition: who we lose if Ana
// steps away (her page's sentence and the Gaps page's list, kept current as a tie is added) and how Ana is
// connected to Finn (the chains with each step's strength and last contact).

const CREATE = `mutation($input: PersonInput!) { createPerson(input: $input) { id } }`;
const TIE = `mutation($input: TieInput!) { setTie(input: $input) { strength } }`;
const MEET = `mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id } }`;
const RANKING = `query($regionId: ID, $limit: Int!) { stepsAwayRanking(regionId: $regionId, minStrength: 2, limit: $limit) { upToDate ranking { record { id } people } } }`;
/** Hanging on Ana only: Eve, then Finn, then this many more in a line, so Ana ranks among the first on the Gaps page. */
const MORE = 14;

describe('Web app: steps away and how two people are connected, in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let leader: GraphqlClient;
  let region: { id: string; name: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    leader = new GraphqlClient(server.url);
    await leader.signIn(DEMO.leader, DEMO_PASSWORD);
    region = ((await leader.ok(`{ regions { id name } }`)).regions as Array<{ id: string; name: string }>).find((r) => r.name === 'Great Lakes')!;
    const anchor = ((await leader.ok(`{ people(first: 1) { nodes { id } } }`)).people.nodes as Array<{ id: string }>)[0].id;
    const create = async (name: string) => (await leader.ok(CREATE, { input: { name, regionId: region.id, kinds: ['MEMBER'] } })).createPerson.id as string;
    const tie = (a: string, b: string, strength: number) => leader.ok(TIE, { input: { personId: a, otherPersonId: b, strength } });
    ids.anchor = anchor;
    for (const name of ['Ana', 'Eve', 'Finn']) ids[name] = await create(`${name} Stepbrowser`);
    await tie(anchor, ids.Ana, 4);
    await tie(ids.Ana, ids.Eve, 4);
    await tie(ids.Eve, ids.Finn, 5);
    let last = ids.Finn;
    for (let k = 1; k <= MORE; k++) {
      const next = await create(`Line${k} Stepbrowser`);
      await tie(last, next, 4);
      last = next;
    }
    // A one-to-one between Ana and Eve: their tie gets a last contact.
    await leader.ok(MEET, { i: { kind: 'ONE_TO_ONE', date: '2026-11-02', hostPersonId: ids.Ana, personIds: [ids.Eve] } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('shows from Ana’s page how she is connected to Finn: the shortest and strongest chains with strengths and last contact', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    try {
      await signIn(page, server.url, DEMO.leader);
      await page.goto(`${server.url}/people/${ids.Ana}`);
      const section = page.getByRole('region', { name: 'How is Ana Stepbrowser connected to…' });
      await section.getByLabel('Someone else').fill('Finn Stepbrow');
      await section.getByRole('list', { name: 'Matches for someone else' }).getByRole('button', { name: /Finn Stepbrowser/ }).click();
      const shortest = section.getByTestId('shortest-chain');
      await shortest.waitFor();
      expect(await section.getByRole('heading', { name: /^Shortest: / }).innerText()).toBe('Shortest: 2 links');
      // Ana — knows 4.x, last contact Nov 2, 2026 — Eve — knows 5.0 — Finn (the one-to-one gave Ana and Eve's tie its last contact).
      expect(await shortest.innerText()).toMatch(/^Ana Stepbrowser — knows \d\.\d, last contact Nov 2, 2026 — Eve Stepbrowser — knows 5\.0 — Finn Stepbrowser$/);
      await shortest.getByRole('link', { name: 'Eve Stepbrowser' }).waitFor();
      const strongest = section.getByRole('list', { name: 'Strongest chains' }).getByTestId('strong-chain');
      expect(await strongest.count()).toBeGreaterThanOrEqual(1);
      expect(await strongest.first().innerText()).toMatch(/^Ana Stepbrowser — .* — Finn Stepbrowser$/);
      await screenshot(page, 'person-connection');
    } finally {
      await context.close();
    }
  });

  it('says on Ana’s page and on the Gaps page who would be cut off, and updates after a new tie', async () => {
    // Precondition, through the API: once worked out, Ana is among the first ten of her region.
    let ranking: { upToDate: boolean; ranking: Array<{ record: { id: string }; people: number }> };
    for (let i = 0; ; i++) {
      ranking = (await leader.ok(RANKING, { regionId: region.id, limit: 10 })).stepsAwayRanking;
      if (ranking.upToDate || i > 300) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(ranking.ranking.find((r) => r.record.id === ids.Ana)).toMatchObject({ people: MORE + 2 });

    const { context, page } = await newPage(browser, DESKTOP);
    try {
      await signIn(page, server.url, DEMO.leader);
      await page.goto(`${server.url}/people/${ids.Ana}`);
      await page.getByRole('heading', { level: 1, name: 'Ana Stepbrowser' }).waitFor();
      const section = page.getByRole('region', { name: 'If Ana Stepbrowser steps away' });
      await section.getByTestId('steps-away-summary').filter({ hasText: `If Ana Stepbrowser steps away, ${MORE + 2} people have no other link.` }).waitFor();
      await section.getByRole('link', { name: 'Eve Stepbrowser' }).waitFor();
      await section.getByRole('link', { name: 'Finn Stepbrowser' }).waitFor();

      // The demo leader has one region (Great Lakes): the list covers it.
      await page.goto(`${server.url}/gaps`);
      const list = page.getByRole('list', { name: 'Who would cut the most off' });
      // Ana's own row (she is also named in the rows of those she hangs on).
      const row = list.getByTestId('steps-away-row').filter({ hasText: /^Ana Stepbrowser:/ });
      await row.filter({ hasText: `Ana Stepbrowser: ${MORE + 2} people would have no other link` }).waitFor();
      await screenshot(page, 'gaps-steps-away');

      // Finn now also knows the anchor: Eve and the line keep a link without Ana. The page says when the background
      // job is still working the tie in and asks again by itself; then Ana cuts nobody off and leaves the list.
      await leader.ok(TIE, { input: { personId: ids.Finn, otherPersonId: ids.anchor, strength: 4 } });
      await page.reload();
      await page.getByTestId('steps-away-computed').filter({ hasText: /^Worked out for the whole network .*\.$/ }).waitFor();
      await list.getByTestId('steps-away-row').first().waitFor();
      expect(await row.count()).toBe(0);
      await page.goto(`${server.url}/people/${ids.Ana}`);
      await section.getByText('Everyone linked to Ana Stepbrowser has another link to the rest of the coalition.').waitFor();
    } finally {
      await context.close();
    }
  });
});

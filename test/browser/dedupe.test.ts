import { screenshot } from '../support/browser.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD } from '../support/server.js';
import { useDemoWithBrowser } from '../support/demo.js';

// The Duplicates page in headless Chromium: a pair is found, merged into the record kept (which then shows both
// records' ties), and the merge is undone (both records are back, each with its own tie).

describe('Web app: duplicates, merge and undo, in a browser', () => {
  const demo = useDemoWithBrowser();

  it('a leader merges a likely duplicate, sees both ties on the kept record, and undoes the merge', async () => {
    const api = new GraphqlClient(demo.server.url);
    await api.signIn(DEMO.leader, DEMO_PASSWORD);
    const create = async (name: string, zip: string) => (await api.ok<{ createPerson: { id: string } }>(
      `mutation($input: PersonInput!) { createPerson(input: $input) { id } }`,
      { input: { name, emails: ['wilhelmina.dup@example.org'], regionId: 'region-great-lakes', zip } },
    )).createPerson.id;
    const keep = await create('Wilhelmina Dupont', '60614');
    const drop = await create('Willa Dupont', '60623');
    // Two other people, one tie each: after the merge the kept record has both.
    const other = async (name: string, email: string) => (await api.ok<{ createPerson: { id: string } }>(
      `mutation($input: PersonInput!) { createPerson(input: $input) { id } }`,
      { input: { name, emails: [email], regionId: 'region-great-lakes' } },
    )).createPerson.id;
    const ada = await other('Adaeze Kinfolk', 'adaeze.k@example.org');
    const bram = await other('Bram Neighborly', 'bram.n@example.org');
    await api.ok(`mutation { setTie(input: { personId: "${keep}", otherPersonId: "${ada}", strength: 4, context: "choir" }) { strength } }`);
    await api.ok(`mutation { setTie(input: { personId: "${drop}", otherPersonId: "${bram}", strength: 3, context: "block club" }) { strength } }`);

    const { context, page } = await demo.openSignedIn('leader');
    try {
      await page.getByRole('navigation', { name: 'Main' }).getByText('More', { exact: true }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Duplicates' }).click();
      await page.getByRole('heading', { level: 1, name: 'Likely duplicates' }).waitFor();
      const pair = page.getByTestId('duplicate-pair').filter({ hasText: 'Wilhelmina Dupont' }).filter({ hasText: 'Willa Dupont' });
      await expect(pair.innerText()).resolves.toMatch(/Same email/);
      await screenshot(page, 'desktop-duplicates');

      // Side by side: keep Wilhelmina's record, with Willa's zip code.
      await pair.getByRole('button', { name: /^Compare and merge/ }).click();
      const compare = pair.getByTestId('compare');
      await compare.getByRole('radio', { name: /^Keep Wilhelmina Dupont/ }).check();
      await compare.getByRole('radio', { name: /^Use the zip code of Willa Dupont/ }).check();
      await screenshot(page, 'desktop-duplicates-compare');
      await compare.getByRole('button', { name: 'Merge these two…' }).click();
      await expect(pair.getByRole('alertdialog').innerText()).resolves.toMatch(/Keep Wilhelmina Dupont \(.*\) and merge Willa Dupont \(.*\) into it\?/);
      await pair.getByRole('button', { name: 'Keep Wilhelmina Dupont and merge' }).click();
      await page.getByText(/Merged Willa Dupont into Wilhelmina Dupont: \d+ relationships? moved/).waitFor();
      await expect(page.getByTestId('duplicate-pair').filter({ hasText: 'Willa Dupont' }).count()).resolves.toBe(0);

      // The kept record shows both records' ties.
      await page.getByTestId('recent-merge').filter({ hasText: 'Willa Dupont merged into' }).getByRole('link', { name: 'Wilhelmina Dupont' }).click();
      await page.getByRole('heading', { level: 1, name: 'Wilhelmina Dupont' }).waitFor();
      await expect(api.ok<{ person: { zip: string } }>(`query { person(id: "${keep}") { zip } }`)).resolves.toEqual({ person: { zip: '60623' } });
      const ties = page.getByRole('region', { name: 'Knows' });
      await ties.getByText('Adaeze Kinfolk').waitFor();
      await ties.getByText('Bram Neighborly').waitFor();
      await screenshot(page, 'desktop-merged-person');

      // Undo: both records are back, each with its own tie.
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Likely duplicates' }).waitFor();
      await page.getByRole('button', { name: 'Undo the merge of Willa Dupont into Wilhelmina Dupont' }).click();
      await page.getByText('Undone: Willa Dupont is back as a record of its own.').waitFor();
      await page.getByTestId('duplicate-pair').filter({ hasText: 'Willa Dupont' }).waitFor();

      await page.goto(`${demo.server.url}/people/${drop}`);
      await page.getByRole('heading', { level: 1, name: 'Willa Dupont' }).waitFor();
      await page.getByRole('region', { name: 'Knows' }).getByText('Bram Neighborly').waitFor();
      await expect(page.getByRole('region', { name: 'Knows' }).getByText('Adaeze Kinfolk').count()).resolves.toBe(0);
      await page.goto(`${demo.server.url}/people/${keep}`);
      await page.getByRole('heading', { level: 1, name: 'Wilhelmina Dupont' }).waitFor();
      await page.getByRole('region', { name: 'Knows' }).getByText('Adaeze Kinfolk').waitFor();
      await expect(page.getByRole('region', { name: 'Knows' }).getByText('Bram Neighborly').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});

import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD } from '../support/server.js';
import { useDemoWithBrowser } from '../support/demo.js';

const NAME = 'Odalys Retry-Fontaine';

describe('Web app: a save whose answer is lost, in a browser', () => {
  const demo = useDemoWithBrowser();

  it('says the person may have been saved, and pressing Save again opens the one person saved, not a second', async () => {
    const { context, page } = await demo.openSignedIn('staff');
    try {
      // The first CreatePerson reaches the server and is saved, but its answer never comes back.
      let lost = false;
      let savedFirst = '';
      await page.route('**/graphql', async (route) => {
        if (!lost && (route.request().postData() ?? '').includes('"operationName":"CreatePerson"')) {
          lost = true;
          const answer = await route.fetch();
          savedFirst = ((await answer.json()) as { data: { createPerson: { id: string } } }).data.createPerson.id;
          return route.abort('connectionreset');
        }
        return route.continue();
      });

      await page.getByRole('link', { name: 'Add person' }).click();
      await page.getByRole('heading', { name: 'Add a person' }).waitFor();
      await page.getByLabel('Name').fill(NAME);
      await page.getByLabel('Region').selectOption({ label: 'Great Lakes' });
      await page.getByRole('button', { name: 'Save person' }).click();
      const alert = page.getByRole('alert');
      await alert.filter({ hasText: 'may have been saved' }).waitFor();
      await expect(alert.innerText()).resolves.toBe('The server did not confirm this change, so it may have been saved: check before trying again.');

      await page.getByRole('button', { name: 'Save person' }).click();
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();

      const api = new GraphqlClient(demo.server.url);
      await api.signIn(DEMO.staff, DEMO_PASSWORD);
      const found = await api.ok(`query($s: String) { people(search: $s) { totalCount nodes { id } } }`, { s: NAME });
      expect(found.people.totalCount).toBe(1);
      expect(found.people.nodes[0].id).toBe(savedFirst);
      expect(page.url()).toContain(`/people/${savedFirst}`);
    } finally {
      await context.close();
    }
  });
});

import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD } from '../support/server.js';
import { useDemoWithBrowser } from '../support/demo.js';

// Correcting a meeting from the person page, deleting it after the question, and an admin reading the audit log.

describe('Web app: correcting meetings and the audit log, in a browser', () => {
  const demo = useDemoWithBrowser();

  it('a connector corrects the kind of a meeting they logged, then deletes it', async () => {
    const api = new GraphqlClient(demo.server.url);
    await api.signIn(DEMO.connector, DEMO_PASSWORD);
    const create = async (name: string) => (await api.ok(`mutation($n: String!) { createPerson(input: { name: $n, regionId: "region-great-lakes" }) { id } }`, { n: name })).createPerson.id as string;
    const host = await create('Hosting Hana');
    const guest = await create('Guest Gabe');
    await api.ok(`mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id } }`, { i: { kind: 'ONE_TO_ONE', hostPersonId: host, personIds: [guest], notes: 'First notes' } });

    const { context, page } = await demo.openSignedIn('connector');
    try {
      await page.goto(`${demo.server.url}/people/${guest}`);
      await page.getByRole('link', { name: /^Correct or delete/ }).click();
      await page.getByRole('button', { name: 'Correct this meeting' }).click();
      await page.getByLabel('House meeting').check();
      await page.getByLabel(/^Notes/).fill('Corrected notes');
      await page.getByRole('button', { name: 'Save the correction' }).click();
      await page.getByText(/Corrected\. Tie strengths and last contacts/).waitFor();
      await page.getByRole('heading', { level: 1, name: /^House meeting on / }).waitFor();

      await page.getByRole('button', { name: 'Delete this meeting' }).click();
      await page.getByRole('alertdialog').getByText(/Delete the house meeting on .* with Guest Gabe\?/).waitFor();
      await page.getByRole('button', { name: 'Delete the meeting' }).click();
      // Back on the person page it came from: no meeting, and no tie the meeting alone had made.
      await page.getByRole('heading', { level: 1, name: 'Guest Gabe' }).waitFor();
      await page.getByText('No meetings logged yet.').waitFor();
      const ties = (await api.ok(`query($id: ID!) { person(id: $id) { ties { person { id } } } }`, { id: guest })).person.ties;
      expect(ties).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an admin filters the audit log to failed sign-ins and sees the address', async () => {
    await new GraphqlClient(demo.server.url).signIn(DEMO.leader, 'not-the-password');
    const { context, page } = await demo.openSignedIn('admin');
    try {
      await page.goto(`${demo.server.url}/admin`);
      await page.getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      await page.getByLabel('What').selectOption({ label: 'Failed sign-in' });
      const row = page.getByRole('row', { name: /Failed sign-in to Demo Regional Leader's account: wrong password/ });
      await row.waitFor();
      await expect(row.textContent()).resolves.toMatch(/127\.0\.0\.1/);
      expect(page.url()).toMatch(/what=SIGN_IN_FAILED/);
    } finally {
      await context.close();
    }
  });
});

import { PHONE, newPage, screenshot, signIn } from '../support/browser.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD } from '../support/server.js';
import { useDemoWithBrowser } from '../support/demo.js';

// The public RSVP page in a browser: an organizer turns it on from the event page, a visitor without an account
// RSVPs on a phone, and the RSVP shows on the event page with who invited them.

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('Web app: a public RSVP page, in a browser', () => {
  const demo = useDemoWithBrowser();

  it('the organizer opens the page, a visitor RSVPs without signing in, and the RSVP shows on the event page', async () => {
    const api = new GraphqlClient(demo.server.url);
    await api.signIn(DEMO.leader, DEMO_PASSWORD);
    const { createEvent } = await api.ok(`mutation($input: EventInput!) { createEvent(input: $input) { id } }`, {
      input: { name: 'Block party sign-up', date: inDays(14), regionId: 'region-great-lakes', location: 'Harrison Park', zip: '60608', notes: 'Internal only' },
    });
    const { createPerson: inviter } = await api.ok(`mutation { createPerson(input: { name: "Ramona Inviter", regionId: "region-great-lakes" }) { id } }`);

    const organizer = await newPage(demo.browser);
    await signIn(organizer.page, demo.server.url, DEMO.leader);
    await organizer.page.goto(`${demo.server.url}/events/${createEvent.id}`);
    await organizer.page.getByRole('checkbox', { name: 'Anyone with the link can RSVP, without an account' }).click();
    const link = await organizer.page.getByTestId('rsvp-page-link').getAttribute('href', { timeout: 30_000 });
    expect(link).toMatch(new RegExp(`^${demo.server.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/rsvp/[A-Za-z0-9_-]{20,}$`));

    const visitor = await newPage(demo.browser, PHONE);
    await visitor.page.goto(link!);
    await visitor.page.getByRole('heading', { name: 'Block party sign-up' }).waitFor();
    expect(await visitor.page.locator('main').innerText()).not.toContain('Internal only');
    await visitor.page.getByLabel('Your name').fill('Tomás Vecino');
    await visitor.page.getByLabel('Phone').fill('(773) 555-0177');
    await visitor.page.getByLabel('ZIP code').fill('60608');
    await visitor.page.getByLabel('Who invited you?').fill('Ramona Inviter');
    await visitor.page.getByRole('button', { name: 'RSVP' }).click();
    await visitor.page.getByRole('heading', { name: 'You’re on the list' }).waitFor();
    await screenshot(visitor.page, 'rsvp-page-confirmed-phone');
    expect(await visitor.context.cookies()).toEqual([]);

    await organizer.page.reload();
    const row = organizer.page.getByRole('listitem').filter({ hasText: 'Tomás Vecino' });
    await row.getByText('Through the RSVP page · invited by Ramona Inviter').waitFor();
    expect(await row.getByRole('link', { name: 'Ramona Inviter' }).getAttribute('href')).toBe(`/people/${inviter.id}`);

    // Closed again: the same link says so, and offers no form.
    await organizer.page.getByRole('checkbox', { name: 'Anyone with the link can RSVP, without an account' }).click();
    await organizer.page.getByTestId('rsvp-page-link').waitFor({ state: 'detached' });
    await visitor.page.goto(link!);
    await visitor.page.getByText('This RSVP page is not open. Ask the organizers for the current link.').waitFor();
    expect(await visitor.page.getByRole('button', { name: 'RSVP' }).count()).toBe(0);
    await organizer.context.close();
    await visitor.context.close();
  });
});

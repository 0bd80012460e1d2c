import { screenshot } from '../support/browser.js';
import { useDemoWithBrowser } from '../support/demo.js';

// The people list as an organizer uses it: a filter held in the URL, a bulk tag on the selection, and its undo.

describe('Web app: lists and bulk actions, in a browser', () => {
  const demo = useDemoWithBrowser();

  it('filters by tags from the URL, tags the selection, finds them by the new tag, and undoes it', async () => {
    const { context, page } = await demo.openSignedIn('staff');
    try {
      await page.goto(`${demo.server.url}/people?tags=spanish-speaking,parent&sort=ZIP`);
      const count = page.getByTestId('people-count');
      await count.filter({ hasText: /^\d+ (person|people)/ }).waitFor();
      const matching = Number((await count.innerText()).match(/^(\d+)/)![1]);
      expect(matching).toBeGreaterThan(0);
      await expect(page.getByLabel('Tags (all of)').inputValue()).resolves.toBe('spanish-speaking, parent');
      await expect(page.getByRole('columnheader', { name: 'ZIP ↑' }).getAttribute('aria-sort')).resolves.toBe('ascending');

      await page.getByRole('checkbox', { name: 'Select everyone on this page' }).check();
      const onPage = Math.min(matching, 25);
      const bar = page.getByRole('region', { name: 'Bulk actions' });
      await bar.getByLabel('Tags').fill('december-phonebank');
      await bar.getByRole('button', { name: 'Add tags' }).click();
      await bar.getByText(`Added tag december-phonebank (${onPage} ${onPage === 1 ? 'person' : 'people'})`).waitFor();
      await screenshot(page, 'desktop-people-list-bulk-tagged');

      // The new tag as the only filter finds exactly the people just tagged, and the URL holds it.
      const tags = page.getByLabel('Tags (all of)');
      await tags.fill('december-phonebank');
      await tags.press('Enter');
      await count.filter({ hasText: new RegExp(`^${onPage} (person|people)`) }).waitFor();
      expect(decodeURIComponent(page.url())).toContain('tags=december-phonebank');

      await bar.getByRole('button', { name: 'Undo my last bulk action' }).click();
      await bar.getByText(/^Undid: Added tag december-phonebank/).waitFor();
      await count.filter({ hasText: /^0 people/ }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('invites a selection to an event from the people list and undoes it; export is offered to the admin only', async () => {
    const { context, page } = await demo.openSignedIn('staff');
    try {
      await page.goto(`${demo.server.url}/people?tags=spanish-speaking`);
      await page.getByTestId('people-count').filter({ hasText: /^\d+ (person|people)/ }).waitFor();
      await page.getByRole('checkbox', { name: 'Select everyone on this page' }).check();
      const bar = page.getByRole('region', { name: 'Bulk actions' });
      await bar.getByText('Connectors, invitations and turnout asks').click();
      const event = bar.getByLabel('Event', { exact: true });
      await event.locator('option', { hasText: 'School board budget hearing' }).first().waitFor({ state: 'attached' });
      const value = await event.locator('option', { hasText: 'School board budget hearing' }).first().getAttribute('value');
      await event.selectOption(value!);
      await bar.getByRole('button', { name: /^Invite \d+ (person|people)$/ }).click();
      await bar.getByText(/^Invited \d+ (person|people) to School board budget hearing/).waitFor();
      await screenshot(page, 'desktop-people-list-invited');
      await bar.getByRole('button', { name: 'Undo my last bulk action' }).click();
      await bar.getByText(/^Undid: Invited \d+ (person|people) to School board budget hearing/).waitFor();
      // By now the page has long had the staff account's permissions: no export permission, no Export button.
      await expect(bar.getByRole('button', { name: 'Export CSV' }).count()).resolves.toBe(0);
    } finally {
      await context.close();
    }

    const admin = await demo.openSignedIn('admin');
    try {
      await admin.page.goto(`${demo.server.url}/people?tags=spanish-speaking`);
      await admin.page.getByTestId('people-count').filter({ hasText: /^\d+ (person|people)/ }).waitFor();
      await admin.page.getByRole('checkbox', { name: 'Select everyone on this page' }).check();
      const bar = admin.page.getByRole('region', { name: 'Bulk actions' });
      await bar.getByRole('button', { name: 'Export CSV' }).click();
      await bar.getByRole('link', { name: /^Download \d+ (person|people) \(CSV\)$/ }).waitFor();
    } finally {
      await admin.context.close();
    }
  });
});


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
});

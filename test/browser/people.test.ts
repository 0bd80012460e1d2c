import type { Page } from 'playwright-core';
import { auditEveryPage } from '../support/axe.js';
import { PHONE, newPage, screenshot, signIn } from '../support/browser.js';
import { DEMO } from '../support/server.js';
import { useDemoWithBrowser } from '../support/demo.js';

// The web app in headless Chromium against the built server with the demo coalition.
// Staff work in every region; the demo connector only in Great Lakes, and sees contact details only of people
// they created or are assigned to (README, "Who sees what"). So the person is created in Great Lakes.

const NAME = `Zephyrine Okonkwo-Baptiste`;
const EMAIL = 'zephyrine.ob@example.org';

async function signOut(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

async function searchPeople(page: Page, text: string): Promise<void> {
  await page.getByLabel('Search people').fill(text);
  await page.getByTestId('people-count').filter({ hasText: `matching “${text}”` }).waitFor();
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

describe('Web app: people, in a browser', () => {
  const demo = useDemoWithBrowser();

  it('staff add a person after fixing the email the server refused; a connector sees them without contact details', async () => {
    const { context, page } = await demo.openSignedIn('staff');
    try {
      // The name in the bar; at 1280 px the role gives way to the links and is in the name's tooltip.
      await expect(page.getByTestId('whoami').innerText()).resolves.toMatch(/Demo National Staff/);
      await expect(page.getByTestId('whoami').getAttribute('title')).resolves.toMatch(/^Demo National Staff \(Staff\)/);
      await screenshot(page, 'desktop-people-list');
      // axe on every page the staff account reaches from here (the form, the record, the list again).
      const audit = auditEveryPage(page);

      // Create, first with an email the server refuses.
      await page.getByRole('link', { name: 'Add person' }).click();
      await page.getByRole('heading', { name: 'Add a person' }).waitFor();
      await page.getByLabel('Name').fill(NAME);
      await page.getByLabel('Email', { exact: true }).fill('zephyrine.ob@example');
      await page.getByLabel('Phone', { exact: true }).fill('(555) 010-7788');
      await page.getByLabel('ZIP code').fill('60623');
      await page.getByLabel('Region').selectOption({ label: 'Great Lakes' });
      await page.getByLabel('Leader').check();
      await page.getByLabel('Tags').fill('parent, tenant organizing');
      await page.getByRole('button', { name: 'Save person' }).click();

      const email = page.getByLabel('Email', { exact: true });
      await page.locator('input[aria-invalid="true"]').first().waitFor();
      await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
      const describedBy = (await email.getAttribute('aria-describedby'))!.split(' ')[0];
      const message = await page.locator(`#${describedBy}`).innerText();
      expect(message).toMatch(/valid email address/i);
      // Beside the email field, in its group; focus moved there; nothing else is marked.
      await expect(page.locator('fieldset', { has: email }).locator(`#${describedBy}`).count()).resolves.toBe(1);
      await expect(email.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await expect(page.getByLabel('Name').getAttribute('aria-invalid')).resolves.toBeNull();
      await expect(page.getByRole('alert').innerText()).resolves.toMatch(/correct|email/i);
      await screenshot(page, 'desktop-person-form-error');

      await email.fill(EMAIL);
      await page.getByRole('button', { name: 'Save person' }).click();
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      expect(page.url()).toMatch(/\/people\/[^/]+$/);
      const recordUrl = page.url();
      await page.getByRole('link', { name: EMAIL }).waitFor();

      // Find them on the People list by search, and open the record.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
      await searchPeople(page, 'Okonkwo');
      await expect(page.getByTestId('people-count').innerText()).resolves.toMatch(/^1 person/);
      await page.getByRole('link', { name: NAME }).click();
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      expect(page.url()).toBe(recordUrl);
      const contact = page.getByRole('region', { name: 'Contact' });
      await expect(contact.innerText()).resolves.toContain(EMAIL);
      await expect(contact.innerText()).resolves.toContain('(555) 010-7788');
      await expect(page.getByRole('region', { name: 'History' }).innerText()).resolves.toMatch(/Demo National Staff/);
      await screenshot(page, 'desktop-person-record-staff');
      await audit.expectNoFindings();
      expect(audit.checked.length).toBeGreaterThanOrEqual(3);

      // A connector of the same region sees the person, but not their contact details.
      await signOut(page);
      await signIn(page, demo.server.url, DEMO.connector);
      await expect(page.getByTestId('whoami').innerText()).resolves.toMatch(/Demo Connector/);
      await searchPeople(page, 'Zephyrine');
      await expect(page.locator('table').innerText()).resolves.not.toContain(EMAIL);
      await page.getByRole('link', { name: NAME }).click();
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      await page.getByTestId('contact-hidden').waitFor();
      await expect(page.getByRole('region', { name: 'Contact' }).innerText()).resolves.toMatch(/Contact details hidden/);
      await expect(page.locator('main').innerText()).resolves.not.toContain(EMAIL);
      await expect(page.getByRole('link', { name: EMAIL }).count()).resolves.toBe(0);
      // Searching by the hidden email finds no one for the connector.
      await screenshot(page, 'desktop-person-record-connector');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
      await searchPeople(page, EMAIL);
      await expect(page.getByTestId('people-count').innerText()).resolves.toMatch(/^0 people/);
    } finally {
      await context.close();
    }
  });

  it('works on a phone: sign-in, people list and a record page fit the screen', async () => {
    const { context, page } = await newPage(demo.browser, PHONE);
    const audit = auditEveryPage(page);
    try {
      await page.goto(demo.server.url);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await noHorizontalOverflow(page);
      await screenshot(page, 'phone-sign-in');

      await signIn(page, demo.server.url, DEMO.staff);
      await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
      await page.getByTestId('people-count').waitFor();
      // The navigation is behind the menu button.
      await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
      await noHorizontalOverflow(page);
      await screenshot(page, 'phone-people-list');

      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);
      await noHorizontalOverflow(page);
      await screenshot(page, 'phone-menu-open');
      await page.getByRole('button', { name: 'Close' }).click();

      await searchPeople(page, 'Okonkwo');
      await page.getByRole('link', { name: NAME }).click();
      await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
      await page.getByRole('link', { name: EMAIL }).waitFor();
      await noHorizontalOverflow(page);
      await screenshot(page, 'phone-person-record');

      // Tap targets: the record's buttons are at least 40px tall.
      for (const name of ['Edit', 'Delete', 'Add a tie']) {
        const box = await page.getByRole(name === 'Edit' ? 'link' : 'button', { name, exact: true }).boundingBox();
        expect(box!.height).toBeGreaterThanOrEqual(40);
      }

      await page.getByRole('link', { name: 'Edit', exact: true }).click();
      await page.getByRole('heading', { name: `Edit ${NAME}` }).waitFor();
      await noHorizontalOverflow(page);
      await screenshot(page, 'phone-person-edit');
      await audit.expectNoFindings();
    } finally {
      await context.close();
    }
  });
});

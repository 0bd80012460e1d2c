import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REGIONS_RESULT, gqlError, renderPage } from '../test/render';
import { OrganizationNewPage } from './OrganizationFormPage';

describe('organization form', () => {
  it('asks for a type before sending, then shows the server’s field errors beside ZIP and website', async () => {
    const { requests } = renderPage(<OrganizationNewPage />, {
      path: '/organizations/new',
      route: '/organizations/new',
      handlers: {
        Regions: () => REGIONS_RESULT,
        CreateOrganization: () =>
          gqlError('Please correct 2 fields: zip, website.', 'BAD_USER_INPUT', {
            fields: [
              { field: 'zip', message: 'Enter a 5-digit ZIP code.' },
              { field: 'website', message: 'Enter a website address, like example.org.' },
            ],
          }),
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Eastside Tenants');
    await user.click(screen.getByRole('button', { name: 'Save organization' }));
    const type = screen.getByLabelText(/^Type/);
    await waitFor(() => expect(type).toHaveAttribute('aria-invalid', 'true'));
    expect(type).toHaveAccessibleDescription('Choose the type of organization.');
    expect(type).toHaveFocus();
    expect(requests.some((r) => r.operationName === 'CreateOrganization')).toBe(false);

    await user.selectOptions(type, 'AFFILIATE_GROUP');
    await user.selectOptions(screen.getByLabelText(/^Region/), 'Great Lakes');
    await user.click(screen.getByLabelText('POC-led'));
    await user.type(screen.getByLabelText('Issue areas'), 'housing, transit');
    await user.type(screen.getByLabelText('ZIP code'), '1');
    await user.type(screen.getByLabelText('Website'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Save organization' }));

    const zip = screen.getByLabelText('ZIP code');
    await waitFor(() => expect(zip).toHaveAttribute('aria-invalid', 'true'));
    expect(zip).toHaveAccessibleDescription('Enter a 5-digit ZIP code.');
    expect(screen.getByLabelText('Website')).toHaveAccessibleDescription('Enter a website address, like example.org.');
    expect(type).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(zip).toHaveFocus());
    expect(requests.find((r) => r.operationName === 'CreateOrganization')?.variables).toEqual({
      input: {
        name: 'Eastside Tenants',
        type: 'AFFILIATE_GROUP',
        issueAreas: ['housing', 'transit'],
        ledBy: ['POC_LED'],
        zip: '1',
        regionId: 'region-a',
        website: 'nope',
        notes: null,
        address: { line: null, city: null, state: null },
        customFields: [],
      },
      idempotencyKey: expect.any(String),
    });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REGIONS_RESULT, STAFF, gqlError, renderPage } from '../test/render';
import type { Me } from '../types';
import { AdminPage } from './AdminPage';

const ADMIN = { ...STAFF, id: 'acct-admin', role: 'ADMIN', displayName: 'Ada Admin' } as unknown as Me;
const connector = {
  __typename: 'Account', id: 'acct-c', email: 'carla@example.org', displayName: 'Carla Connector', role: 'CONNECTOR', allRegions: false, disabled: false, canExport: false,
  createdAt: '2025-01-01T00:00:00.000Z', regions: [{ __typename: 'Region', id: 'region-a', name: 'Great Lakes' }],
};

describe('admin page: editing an account', () => {
  it('shows a password problem beside the field, then disables the account', async () => {
    let calls = 0;
    const { requests } = renderPage(<AdminPage />, {
      me: ADMIN,
      handlers: {
        AdminAccounts: () => ({ data: { accounts: [connector] } }),
        Regions: () => REGIONS_RESULT,
        UpdateAccount: (v) => {
          calls += 1;
          if (calls === 1) return gqlError('Please correct 1 field: password.', 'BAD_USER_INPUT', { fields: [{ field: 'password', message: 'A password needs at least 12 characters.' }] });
          return { data: { updateAccount: { ...connector, disabled: (v.input as { disabled: boolean }).disabled } } };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Carla Connector' }));
    const form = screen.getByRole('form', { name: 'Edit Carla Connector' });
    await user.type(within(form).getByLabelText('New password'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Save account' }));
    const password = within(form).getByLabelText('New password');
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription(expect.stringContaining('A password needs at least 12 characters.'));

    await user.clear(password);
    await user.click(within(form).getByLabelText(/^Disabled/));
    await user.click(within(form).getByRole('button', { name: 'Save account' }));
    expect(await screen.findByText(/Saved Carla Connector \(disabled: they are signed out everywhere\)/)).toBeInTheDocument();
    expect(requests.filter((r) => r.operationName === 'UpdateAccount').at(-1)!.variables).toEqual({
      id: 'acct-c', input: { displayName: 'Carla Connector', role: 'CONNECTOR', allRegions: false, regionIds: ['region-a'], disabled: true, canExport: false, password: null },
    });
  });
});

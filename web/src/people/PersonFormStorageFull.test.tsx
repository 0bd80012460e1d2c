import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REGIONS_RESULT, gqlError, renderPage } from '../test/render';
import { PersonNewPage } from './PersonFormPage';

const FULL = "The server's disk is almost full: nothing was saved. Tell your administrator.";

describe('person form on a full server disk', () => {
  it('shows the server’s STORAGE_FULL message as it is and keeps what was typed', async () => {
    renderPage(<PersonNewPage />, {
      path: '/people/new',
      route: '/people/new',
      handlers: { Regions: () => REGIONS_RESULT, CreatePerson: () => gqlError(FULL, 'STORAGE_FULL') },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText(/^Name/));
    await user.paste('Yolanda Reyes');
    await user.selectOptions(screen.getByLabelText(/^Region/), 'Gulf Coast');
    await user.click(screen.getByLabelText('Notes'));
    await user.paste('Met at the hearing.');
    await user.click(screen.getByRole('button', { name: 'Save person' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Yolanda Reyes');
    expect(screen.getByLabelText('Notes')).toHaveValue('Met at the hearing.');
  }, 20_000);
});

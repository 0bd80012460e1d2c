import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { personDetail } from '../test/fixtures';
import { REGIONS_RESULT, gqlError, renderPage } from '../test/render';
import { PersonEditPage, PersonNewPage } from './PersonFormPage';

const EMAIL_MESSAGE = 'Enter a valid email address, like name@example.org.';
const ZIP_MESSAGE = 'Enter a 5-digit ZIP code, like 60614 (or ZIP+4, like 60614-1234).';

describe('person form', () => {
  it('shows each field error from BAD_USER_INPUT beside its field, marks it invalid and focuses the first', async () => {
    const { requests } = renderPage(<PersonNewPage />, {
      path: '/people/new',
      route: '/people/new',
      handlers: {
        Regions: () => REGIONS_RESULT,
        CreatePerson: () =>
          gqlError('Please correct 2 fields: emails, zip.', 'BAD_USER_INPUT', {
            fields: [
              { field: 'emails', message: EMAIL_MESSAGE },
              { field: 'zip', message: ZIP_MESSAGE },
            ],
          }),
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Yolanda Reyes');
    await user.type(screen.getByLabelText('Email'), 'yolanda@example');
    await user.type(screen.getByLabelText('ZIP code'), '606');
    await user.selectOptions(screen.getByLabelText(/^Region/), 'Gulf Coast');
    await user.click(screen.getByLabelText('Leader'));
    await user.type(screen.getByLabelText('Tags'), 'parent,  faith ,');
    await user.click(screen.getByRole('button', { name: 'Save person' }));

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    // The message is the one tied to the email input, right beside it.
    const emailError = document.getElementById(email.getAttribute('aria-describedby')!.split(' ')[0])!;
    expect(emailError).toHaveTextContent(EMAIL_MESSAGE);
    expect(emailError.closest('fieldset')).toContainElement(email);
    expect(email).toHaveAccessibleDescription(EMAIL_MESSAGE);

    const zip = screen.getByLabelText('ZIP code');
    expect(zip).toHaveAttribute('aria-invalid', 'true');
    expect(zip).toHaveAccessibleDescription(ZIP_MESSAGE);
    expect(within(zip.closest('.field') as HTMLElement).getByText(ZIP_MESSAGE)).toBeInTheDocument();

    // Fields the server did not name stay valid, and keep what was typed.
    expect(screen.getByLabelText(/^Name/)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Yolanda Reyes');
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct 2 fields: emails, zip.');
    await waitFor(() => expect(email).toHaveFocus());

    expect(requests.find((r) => r.operationName === 'CreatePerson')?.variables).toEqual({
      input: {
        name: 'Yolanda Reyes',
        emails: ['yolanda@example'],
        phones: [],
        zip: '606',
        regionId: 'region-b',
        kinds: ['LEADER'],
        tags: ['parent', 'faith'],
        notes: null,
        address: { line: null, city: null, state: null },
        customFields: [],
      },
      idempotencyKey: expect.any(String),
    });
  });

  it('on CONFLICT keeps the typed values, says someone else changed it, and saves against their version after reload', async () => {
    let version = 3;
    const { requests } = renderPage(<PersonEditPage />, {
      path: '/people/p1/edit',
      route: '/people/:id/edit',
      handlers: {
        Regions: () => REGIONS_RESULT,
        PersonForEdit: () => ({ data: { person: personDetail({ version, name: version === 3 ? 'Yolanda Reyes' : 'Yolanda M. Reyes' }) } }),
        UpdatePerson: (v) => {
          if (v.version !== version) return gqlError('Someone else changed this record.', 'CONFLICT');
          return { data: { updatePerson: personDetail({ version: version + 1, name: (v.input as { name: string }).name }) } };
        },
      },
    });
    const user = userEvent.setup();
    const name = await screen.findByLabelText(/^Name/);
    expect(name).toHaveValue('Yolanda Reyes');
    version = 4; // someone else saves meanwhile
    await user.clear(name);
    await user.type(name, 'Yolanda R.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this person while you were editing');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Yolanda R.');

    await user.click(screen.getByRole('button', { name: 'Load their latest version' }));
    const theirs = await screen.findByRole('region', { name: 'Their latest version' });
    expect(theirs).toHaveTextContent('Yolanda M. Reyes');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Yolanda R.');

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Elsewhere'); // navigated to the record page
    const updates = requests.filter((r) => r.operationName === 'UpdatePerson');
    expect(updates.map((u) => u.variables.version)).toEqual([3, 4]);
    expect((updates[1].variables.input as { name: string }).name).toBe('Yolanda R.');
  });

  it('leaves contact details out of the form and the update when they are hidden', async () => {
    const { requests } = renderPage(<PersonEditPage />, {
      path: '/people/p1/edit',
      route: '/people/:id/edit',
      handlers: {
        Regions: () => REGIONS_RESULT,
        PersonForEdit: () => ({ data: { person: personDetail({ emails: null, phones: null, contactHidden: true }) } }),
        UpdatePerson: () => ({ data: { updatePerson: personDetail({ emails: null, phones: null, contactHidden: true, version: 4 }) } }),
      },
    });
    const user = userEvent.setup();
    await screen.findByLabelText(/^Name/);
    expect(screen.queryByLabelText('Email')).not.toBeInTheDocument();
    expect(screen.getByText(/Contact details hidden/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Elsewhere');
    const input = requests.find((r) => r.operationName === 'UpdatePerson')!.variables.input as Record<string, unknown>;
    expect(input).not.toHaveProperty('emails');
    expect(input).not.toHaveProperty('phones');
  });
});

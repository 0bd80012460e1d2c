import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PersonNewPage } from '../people/PersonFormPage';
import { personDetail } from '../test/fixtures';
import { REGIONS_RESULT, gqlError, renderPage, type Handler } from '../test/render';

const UNCONFIRMED = 'The server did not confirm this change, so it may have been saved: check before trying again.';

/** Answers CreatePerson in turn with each of `answers` (a thrown error is a lost connection). */
function newPersonPage(...answers: Array<() => ReturnType<Handler>>) {
  let call = 0;
  const page = renderPage(<PersonNewPage />, {
    path: '/people/new',
    route: '/people/new',
    handlers: {
      Regions: () => REGIONS_RESULT,
      CreatePerson: () => answers[call++](),
    },
  });
  const keys = () => page.requests.filter((r) => r.operationName === 'CreatePerson').map((r) => r.variables.idempotencyKey);
  return { ...page, keys };
}

const lostConnection = () => Promise.reject(new TypeError('Failed to fetch'));
const created = () => ({ data: { createPerson: personDetail({ id: 'p-new', name: 'Yolanda Reyes' }) } });

describe('saving a new record when the answer is lost', () => {
  it('says the person may have been saved, and sends the same key when Save is pressed again, so the server answers the first save', async () => {
    const page = newPersonPage(lostConnection, created);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Yolanda Reyes');
    await user.click(screen.getByRole('button', { name: 'Save person' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(UNCONFIRMED);
    expect(screen.getByRole('alert')).not.toHaveTextContent(/please try again|check your connection and try again/i);
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Yolanda Reyes');

    await user.click(screen.getByRole('button', { name: 'Save person' }));
    await screen.findByText('Elsewhere');
    const [first, second] = page.keys();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
  });

  it('sends a new key once the values change after a lost answer, and after a refusal (nothing was saved)', async () => {
    const page = newPersonPage(lostConnection, () => gqlError('Enter a 5-digit ZIP code.', 'BAD_USER_INPUT', { fields: [{ field: 'zip', message: 'Enter a 5-digit ZIP code.' }] }), created);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Yolanda Reyes');
    await user.click(screen.getByRole('button', { name: 'Save person' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(UNCONFIRMED);

    await user.type(screen.getByLabelText('ZIP code'), '606');
    await user.click(screen.getByRole('button', { name: 'Save person' }));
    await waitFor(() => expect(screen.getByLabelText('ZIP code')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByRole('alert')).not.toHaveTextContent(UNCONFIRMED);

    await user.click(screen.getByRole('button', { name: 'Save person' }));
    await screen.findByText('Elsewhere');
    const [lost, changed, afterRefusal] = page.keys();
    expect(new Set([lost, changed, afterRefusal]).size).toBe(3);
  });

  it('treats a server error (5xx, or the server’s own internal error) as unknown too, showing the reference for the administrator', async () => {
    newPersonPage(() => gqlError('Something went wrong on our side (reference 3f2a9c1e). If it keeps happening, tell your administrator.', 'INTERNAL_SERVER_ERROR', { requestId: '3f2a9c1e' }));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Name/), 'Yolanda Reyes');
    await user.click(screen.getByRole('button', { name: 'Save person' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(UNCONFIRMED);
    expect(alert).toHaveTextContent('reference 3f2a9c1e');
  });
});

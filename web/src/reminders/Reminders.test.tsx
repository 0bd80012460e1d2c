import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../test/render';
import { DigestToggle } from './DigestToggle';
import { DueCount } from './DueCount';

const reminders = (over: Partial<{ due: number; overdue: number; digestEmails: boolean; digestAvailable: boolean }> = {}) => ({
  __typename: 'MyReminders',
  due: 3,
  overdue: 1,
  digestEmails: true,
  digestAvailable: true,
  ...over,
});

describe('reminders', () => {
  it('shows how many follow-ups are due, saying how many are overdue', async () => {
    renderPage(<DueCount />, { handlers: { MyReminders: () => ({ data: { myReminders: reminders() } }) } });
    const count = await screen.findByTestId('due-count');
    expect(count).toHaveTextContent('3 (3 due, 1 overdue)');
    expect(count).toHaveClass('nav-count-overdue');
  });

  it('in Spanish, says how many are due and overdue in Spanish', async () => {
    renderPage(<DueCount />, { locale: 'es', handlers: { MyReminders: () => ({ data: { myReminders: reminders({ due: 1, overdue: 1 }) } }) } });
    const count = await screen.findByTestId('due-count');
    expect(count).toHaveTextContent('1 (1 pendiente, 1 atrasado)');
    expect(count).toHaveAttribute('title', '1 pendiente, 1 atrasado');
  });

  it('shows no count when nothing is due', async () => {
    const { requests } = renderPage(<DueCount />, { handlers: { MyReminders: () => ({ data: { myReminders: reminders({ due: 0, overdue: 0 }) } }) } });
    await waitFor(() => expect(requests.map((r) => r.operationName)).toEqual(['MyReminders']));
    expect(screen.queryByTestId('due-count')).not.toBeInTheDocument();
  });

  it('turns my daily email off and on again', async () => {
    let on = true;
    const { requests } = renderPage(<DigestToggle />, {
      handlers: {
        MyReminders: () => ({ data: { myReminders: reminders({ digestEmails: on }) } }),
        SetDigestEmails: (v) => {
          on = Boolean(v.on);
          return { data: { setDigestEmails: reminders({ digestEmails: on }) } };
        },
      },
    });
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: 'Email me my due and overdue follow-ups each day' });
    expect(box).toBeChecked();
    expect(screen.getByText('One email a day, only on days something is due.')).toBeInTheDocument();
    await user.click(box);
    await waitFor(() => expect(box).not.toBeChecked());
    expect(requests.find((r) => r.operationName === 'SetDigestEmails')?.variables).toEqual({ on: false });
    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
  });

  it('says the server sends no email when SMTP is not set up, and offers no toggle to use', async () => {
    renderPage(<DigestToggle />, { handlers: { MyReminders: () => ({ data: { myReminders: reminders({ digestAvailable: false }) } }) } });
    expect(await screen.findByRole('checkbox', { name: 'Email me my due and overdue follow-ups each day' })).toBeDisabled();
    expect(screen.getByText('This server does not send email yet: an administrator sets it up (SMTP settings).')).toBeInTheDocument();
  });
});

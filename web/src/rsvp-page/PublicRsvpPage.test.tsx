import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../apollo';
import { App } from '../App';
import { fakeLink } from '../test/render';
import { PublicRsvpPage } from './PublicRsvpPage';

const EVENT = { name: 'Tenant assembly', date: '2026-03-12', location: 'Union Hall', zip: '60614', past: false };

/** The server's /public/rsvp/<token>, answering from `answer`; every call is recorded. */
function fakeServer(answer: (method: string, body: Record<string, unknown>) => { status: number; body: unknown }) {
  const calls: Array<{ url: string; method: string; body: Record<string, unknown> }> = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ url, method, body });
    const a = answer(method, body);
    return new Response(JSON.stringify(a.body), { status: a.status, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('public RSVP page', () => {
  it('shows the event, takes an RSVP with who invited me, and confirms it', async () => {
    const calls = fakeServer(() => ({ status: 200, body: { event: EVENT } }));
    render(<PublicRsvpPage token="tok_123456789012" />);
    expect(await screen.findByRole('heading', { name: 'Tenant assembly' })).toBeInTheDocument();
    expect(screen.getByText(/Mar 12, 2026 · Union Hall 60614/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Your name/), 'Nina Newcomer');
    await user.type(screen.getByLabelText('Phone'), '(312) 555-0199');
    await user.type(screen.getByLabelText(/ZIP code/), '60608');
    await user.type(screen.getByLabelText('Who invited you?'), 'Rosa');
    await user.click(screen.getByRole('button', { name: 'RSVP' }));
    expect(await screen.findByRole('heading', { name: 'You’re on the list' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Thank you, Nina Newcomer. Your RSVP for Tenant assembly is saved.');
    expect(calls.map((c) => [c.url, c.method])).toEqual([
      ['/public/rsvp/tok_123456789012', 'GET'],
      ['/public/rsvp/tok_123456789012', 'POST'],
    ]);
    // The honeypot is left out when empty, as a person leaves it.
    expect(calls[1].body).toEqual({ name: 'Nina Newcomer', email: null, phone: '(312) 555-0199', zip: '60608', invitedBy: 'Rosa' });
  });

  it('keeps the honeypot away from people: hidden from screen readers and out of the tab order', async () => {
    fakeServer(() => ({ status: 200, body: { event: EVENT } }));
    render(<PublicRsvpPage token="tok_123456789012" />);
    await screen.findByRole('heading', { name: 'Tenant assembly' });
    expect(screen.queryByRole('textbox', { name: 'Website' })).not.toBeInTheDocument();
    expect(document.getElementById('rsvp-website')).toHaveAttribute('tabindex', '-1');
  });

  it('shows the server’s message beside each field it names, and keeps what was typed', async () => {
    fakeServer((method) =>
      method === 'GET'
        ? { status: 200, body: { event: EVENT } }
        : { status: 400, body: { code: 'BAD_USER_INPUT', message: 'Please correct the marked fields.', fields: [{ field: 'email', message: 'Enter an email address or a phone number, so the organizers can reach you.' }, { field: 'zip', message: 'Enter a 5-digit ZIP code, like 60614.' }] } },
    );
    render(<PublicRsvpPage token="tok_123456789012" />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Your name/), 'Al');
    await user.type(screen.getByLabelText(/ZIP code/), '606');
    await user.click(screen.getByRole('button', { name: 'RSVP' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(screen.getByLabelText(/ZIP code/)).toHaveAccessibleDescription('Enter a 5-digit ZIP code, like 60614.');
    expect(screen.getByLabelText(/ZIP code/)).toHaveValue('606');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says so when the page is closed, and when too many RSVPs came from this connection', async () => {
    fakeServer(() => ({ status: 404, body: { code: 'NOT_FOUND', message: 'This RSVP page is not open. Ask the organizers for the current link.' } }));
    render(<PublicRsvpPage token="tok_closed_00000" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This RSVP page is not open. Ask the organizers for the current link.');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('says when the rate limit refused the RSVP', async () => {
    fakeServer((method) => (method === 'GET' ? { status: 200, body: { event: EVENT } } : { status: 429, body: { code: 'TOO_MANY_REQUESTS', message: 'Too many RSVPs from this connection. Try again in 40 minutes.' } }));
    render(<PublicRsvpPage token="tok_123456789012" />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Your name/), 'Al');
    await user.click(screen.getByRole('button', { name: 'RSVP' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many RSVPs from this connection. Try again in 40 minutes.');
  });

  it('opens at /rsvp/<token> without signing in, and asks the GraphQL API nothing', async () => {
    fakeServer(() => ({ status: 200, body: { event: EVENT } }));
    const { link, requests } = fakeLink({});
    render(
      <ApolloProvider client={createClient(link)}>
        <MemoryRouter initialEntries={['/rsvp/tok_123456789012']}>
          <App />
        </MemoryRouter>
      </ApolloProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Tenant assembly' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sign in' })).not.toBeInTheDocument();
    await waitFor(() => expect(requests).toEqual([]));
  });
});

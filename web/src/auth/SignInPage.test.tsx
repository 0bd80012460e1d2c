import { HttpLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { createClient } from '../apollo';
import { I18nProvider } from '../i18n/I18nProvider';
import { STAFF, gqlError, renderPage } from '../test/render';
import { MeContext } from './MeContext';
import { SignInPage } from './SignInPage';

describe('sign-in', () => {
  it('shows the server’s message on a wrong password, clears the password and keeps the email', async () => {
    const { requests } = renderPage(<App />, {
      me: null,
      handlers: {
        Me: () => ({ data: { me: null } }),
        SignIn: () => gqlError('That email and password do not match an account.', 'UNAUTHENTICATED'),
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Email/), 'staff@example.org');
    await user.type(screen.getByLabelText(/^Password/), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('That email and password do not match an account.');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
    expect(screen.getByLabelText(/^Email/)).toHaveValue('staff@example.org');
    expect(requests.find((r) => r.operationName === 'SignIn')?.variables).toEqual({ email: 'staff@example.org', password: 'wrong password' });
    // Still signed out.
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('shows the server’s message when sign-in is rate limited', async () => {
    renderPage(<App />, {
      me: null,
      handlers: {
        Me: () => ({ data: { me: null } }),
        SignIn: () => gqlError('Too many failed sign-in attempts. Try again in 15 minutes.', 'TOO_MANY_REQUESTS'),
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Email/), 'staff@example.org');
    await user.type(screen.getByLabelText(/^Password/), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed sign-in attempts. Try again in 15 minutes.');
  });

  it('opens the app with the user’s name and role after a good sign-in', async () => {
    let signedIn = false;
    renderPage(<App />, {
      me: null,
      path: '/admin',
      handlers: {
        Me: () => ({ data: { me: signedIn ? STAFF : null } }),
        SignIn: () => {
          signedIn = true;
          return { data: { signIn: STAFF } };
        },
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Email/), 'staff@example.org');
    await user.type(screen.getByLabelText(/^Password/), 'organize-together');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByTestId('whoami')).toHaveTextContent('Sam Staff');
    expect(screen.getByTestId('whoami')).toHaveTextContent('Staff');
    // Staff are not admins: no Admin link, and the admin page says so.
    expect(screen.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Only admins manage accounts and regions.'));
  });

  it('goes back to the sign-in page when the session has ended', async () => {
    renderPage(<App />, {
      me: null,
      path: '/people',
      handlers: {
        Me: () => ({ data: { me: STAFF } }),
        Regions: () => gqlError('Please sign in.', 'UNAUTHENTICATED'),
        People: () => gqlError('Please sign in.', 'UNAUTHENTICATED'),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it.each(['application/graphql-response+json; charset=utf-8', 'application/json; charset=utf-8'])(
    'shows “try again in N minutes” when the server answers HTTP 429 (%s), as it does to a limited sign-in',
    async (contentType) => {
      const tooMany = {
        errors: [{ message: 'Too many failed sign-in attempts. Try again in 14 minutes.', path: ['signIn'], extensions: { code: 'TOO_MANY_REQUESTS' } }],
        data: null,
      };
      const fetch429 = async () => new Response(JSON.stringify(tooMany), { status: 429, headers: { 'content-type': contentType, 'retry-after': '840' } });
      const client = createClient(new HttpLink({ uri: '/graphql', fetch: fetch429 }));
      render(
        <I18nProvider initial="en">
          <ApolloProvider client={client}>
            <MemoryRouter>
              <MeContext.Provider value={null}>
                <SignInPage />
              </MeContext.Provider>
            </MemoryRouter>
          </ApolloProvider>
        </I18nProvider>,
      );
      const user = userEvent.setup();
      await user.type(screen.getByLabelText(/^Email/), 'staff@example.org');
      await user.type(screen.getByLabelText(/^Password/), 'wrong');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed sign-in attempts. Try again in 14 minutes.');
      expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    },
  );
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { STAFF, renderPage, type Handler } from '../test/render';
import { browserLocale } from './locale';

function browserSpeaks(...languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

const signedIn = (locale: string | null, extra: Record<string, Handler> = {}): Record<string, Handler> => ({
  Me: () => ({ data: { me: { ...STAFF, locale } } }),
  ...extra,
});

describe('language', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.lang = 'en';
  });

  it('follows the first of the browser’s languages the app speaks', () => {
    expect(browserLocale(['es-MX', 'en-US'])).toBe('es');
    expect(browserLocale(['fr-FR', 'en-GB', 'es'])).toBe('en');
    expect(browserLocale(['de', 'ES'])).toBe('es');
    expect(browserLocale([])).toBe('en');
  });

  it('signs in in Spanish when the browser speaks Spanish, with <html lang="es">', async () => {
    browserSpeaks('es-ES', 'es');
    renderPage(<App />, { me: null, locale: null, handlers: { Me: () => ({ data: { me: null } }) } });
    expect(await screen.findByRole('heading', { name: 'Iniciar sesión' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Correo electrónico/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Entrar' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
  });

  it('a language picked on the sign-in page shows at once and is remembered by this browser', async () => {
    browserSpeaks('es-ES');
    const first = renderPage(<App />, { me: null, locale: null, handlers: { Me: () => ({ data: { me: null } }) } });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Idioma'), 'English');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    first.unmount();

    renderPage(<App />, { me: null, locale: null, handlers: { Me: () => ({ data: { me: null } }) } });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('speaks the account’s saved language over the browser’s, and saves a new pick to the account', async () => {
    browserSpeaks('en-US');
    const saved: unknown[] = [];
    renderPage(<App />, {
      path: '/nowhere',
      me: null,
      locale: null,
      handlers: signedIn('es', {
        SetMyLocale: (v) => {
          saved.push(v.locale);
          return { data: { setMyLocale: { __typename: 'Account', id: STAFF.id, locale: v.locale } } };
        },
      }),
    });
    const nav = await screen.findByRole('navigation', { name: 'Principal' });
    expect(within(nav).getByRole('link', { name: 'Personas' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');

    await userEvent.setup().selectOptions(screen.getByLabelText('Idioma'), 'English');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await waitFor(() => expect(saved).toEqual(['en']));
  });
});

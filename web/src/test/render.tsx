import { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render, type RenderResult } from '@testing-library/react';
import { print } from 'graphql';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Observable } from 'rxjs';
import { createClient } from '../apollo';
import { MeContext } from '../auth/MeContext';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import type { Me } from '../types';

export interface Request {
  operationName: string;
  variables: Record<string, unknown>;
  query: string;
}

/** What the fake server answers: a result body ({ data } or { errors }), per operation. */
export type Handler = (variables: Record<string, unknown>) => { data?: unknown; errors?: unknown[] } | Promise<{ data?: unknown; errors?: unknown[] }>;

/** A link that answers from handlers by operation name, and records every request. */
export function fakeLink(handlers: Record<string, Handler>): { link: ApolloLink; requests: Request[] } {
  const requests: Request[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const name = operation.operationName ?? '';
        requests.push({ operationName: name, variables: { ...operation.variables }, query: print(operation.query) });
        const handler = handlers[name];
        if (!handler) {
          observer.error(new Error(`No fake handler for operation ${name}`));
          return;
        }
        Promise.resolve(handler(operation.variables))
          .then((result) => {
            observer.next(result as ApolloLink.Result);
            observer.complete();
          })
          .catch((e: unknown) => observer.error(e));
      }),
  );
  return { link, requests };
}

export const STAFF: Me = {
  __typename: 'Account',
  id: 'acct-staff',
  email: 'staff@example.org',
  displayName: 'Sam Staff',
  role: 'STAFF',
  allRegions: true,
  regions: [
    { __typename: 'Region', id: 'region-a', name: 'Great Lakes' },
    { __typename: 'Region', id: 'region-b', name: 'Gulf Coast' },
  ],
  person: null,
} as unknown as Me;

export const REGIONS_RESULT = { data: { regions: STAFF.regions } };

/** Renders `ui` at `path` (matched by `route`) with a client whose server is `handlers`, in English (locale null: as the browser and this browser's pick say). */
export function renderPage(
  ui: ReactElement,
  {
    handlers,
    path = '/',
    route = '*',
    me = STAFF,
    locale = 'en',
  }: { handlers: Record<string, Handler>; path?: string; route?: string; me?: Me | null; locale?: Locale | null },
): RenderResult & { requests: Request[] } {
  const { link, requests } = fakeLink(handlers);
  const client = createClient(link);
  const result = render(
    <I18nProvider initial={locale ?? undefined}>
      <ApolloProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <MeContext.Provider value={me}>
            <Routes>
              <Route path={route} element={ui} />
              <Route path="*" element={<p>Elsewhere</p>} />
            </Routes>
          </MeContext.Provider>
        </MemoryRouter>
      </ApolloProvider>
    </I18nProvider>,
  );
  return Object.assign(result, { requests });
}

/** A GraphQL error body as the server sends it. */
export function gqlError(message: string, code: string, extra: Record<string, unknown> = {}) {
  return { data: null, errors: [{ message, path: [], extensions: { code, ...extra } }] };
}

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import type { FieldPolicy } from '@apollo/client/cache';
import { ME } from './auth/session';
import { getRequestLocale } from './i18n/locale';

/** Cursor lists: one cache entry per filter, pages appended when `after` is given. */
function cursorList(keyArgs: string[]): FieldPolicy {
  return {
    keyArgs,
    merge(existing: { nodes: unknown[] } | undefined, incoming: { nodes: unknown[] }, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

/**
 * Fields of records (types with an id) whose values have no id of their own, so they live inside the record in
 * the cache: lists are replaced whole by the newer answer, single objects merged into the one held. Without a
 * policy Apollo warns and may drop data when a second query reads the same record. apollo.test.ts checks this
 * list against schema/schema.graphql, so a new such field cannot be missed.
 */
export const EMBEDDED_FIELDS: Record<string, { lists: string[]; objects: string[] }> = {
  AuditEntry: { lists: ['changes'], objects: [] },
  Campaign: { lists: [], objects: ['mobilizationGate', 'roleBoard'] },
  Change: { lists: ['changes'], objects: [] },
  Event: { lists: ['attendance', 'rsvps'], objects: ['rsvpPage'] },
  Issue: { lists: ['decisions'], objects: [] },
  IssueAssembly: { lists: ['decisions'], objects: [] },
  Organization: { lists: ['affiliations', 'customFields'], objects: ['address', 'mou', 'place'] },
  Person: { lists: ['affiliations', 'customFields', 'leadership', 'mentees', 'mentors', 'ties'], objects: ['address', 'askLoad'] },
  Race: { lists: [], objects: ['endorsements'] },
  Team: { lists: ['members', 'progress'], objects: [] },
};

/**
 * Lists of records (of ids) that a write answers with whole, as they are after the change (a partner, role or
 * turnout ask added or removed answers with the campaign, team or event): the newer answer replaces the list.
 * Without a policy Apollo warns that data may be lost whenever such a list gets shorter.
 */
export const REPLACED_RECORD_LISTS: Record<string, string[]> = {
  Campaign: ['partners', 'roles'],
  Event: ['turnoutAsks'],
  Team: ['roles'],
};

function embeddedFieldPolicies() {
  const types = new Set([...Object.keys(EMBEDDED_FIELDS), ...Object.keys(REPLACED_RECORD_LISTS)]);
  return Object.fromEntries(
    [...types].map((type) => {
      const { lists, objects } = EMBEDDED_FIELDS[type] ?? { lists: [], objects: [] };
      return [
        type,
        {
          fields: {
            ...Object.fromEntries([...lists, ...(REPLACED_RECORD_LISTS[type] ?? [])].map((f) => [f, { merge: false }])),
            ...Object.fromEntries(objects.map((f) => [f, { merge: true }])),
          },
        },
      ];
    }),
  );
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          people: cursorList(['search', 'regionId']),
          organizations: cursorList(['search', 'regionId', 'type']),
        },
      },
      ...embeddedFieldPolicies(),
    },
  });
}

/**
 * The app's client: same-origin /graphql with the session cookie. When the session has ended (an
 * UNAUTHENTICATED error on anything but signIn), `me` becomes null so the sign-in page shows.
 */
export function createClient(link?: ApolloLink): ApolloClient {
  const cache = createCache();
  const signedOut = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'SignIn') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: ME, data: { me: null } });
    }
  });
  // The server answers (error messages) in the language on screen, which may not be the browser's.
  const language = new SetContextLink((prev) => ({ headers: { ...prev.headers, 'Accept-Language': getRequestLocale() } }));
  const http = link ?? new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  return new ApolloClient({ cache, link: ApolloLink.from([signedOut, language, http]) });
}

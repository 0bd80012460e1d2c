import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import type { FieldPolicy } from '@apollo/client/cache';
import { ME } from './auth/session';

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

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          people: cursorList(['search', 'regionId']),
          organizations: cursorList(['search', 'regionId', 'type']),
        },
      },
      // Lists without ids are embedded in their parent and replaced whole.
      Person: {
        fields: {
          ties: { merge: false },
          affiliations: { merge: false },
          assignees: { merge: false },
          history: { merge: false },
          emails: { merge: false },
          phones: { merge: false },
        },
      },
      Organization: { fields: { affiliations: { merge: false }, history: { merge: false } } },
      Account: { fields: { regions: { merge: false } } },
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
  const http = link ?? new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  return new ApolloClient({ cache, link: ApolloLink.from([signedOut, http]) });
}

import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { BREAK, type DocumentNode, visit } from 'graphql';
import { AppHttpError } from '../../common/http-error.js';
import type { RequestContext } from '../../common/viewer.js';
import { AppConfig } from '../../config/app-config.js';
import { AuthService, readCookie, SESSION_COOKIE } from './auth.service.js';

/** Apollo hands the same parsed document to every request that sends the same text: each is walked once. */
const walked = new WeakMap<DocumentNode, boolean>();

/** Whether the document reads the schema (`__schema`, `__type`); `__typename` is ordinary and allowed. */
export function readsSchema(document: DocumentNode): boolean {
  let found = walked.get(document);
  if (found === undefined) walked.set(document, (found = walk(document)));
  return found;
}

function walk(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

type Context = RequestContext & { viewerResolved?: Promise<void> };

/**
 * Introspection for signed-in accounts only, or for none when GRAPHQL_INTROSPECTION=false. Checked once the
 * operation is known and before it runs, on every request: Apollo keeps validated documents, so a validation
 * rule would not see whether this request is signed in.
 */
@Plugin()
export class IntrospectionPlugin implements ApolloServerPlugin<Context> {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    const { auth, config } = this;
    return {
      async didResolveOperation({ document, contextValue: ctx }) {
        if (!readsSchema(document)) return;
        if (!config.GRAPHQL_INTROSPECTION) {
          throw new AppHttpError('FORBIDDEN', 'Reading the API’s schema (introspection) is turned off on this server (GRAPHQL_INTROSPECTION=false).', 403);
        }
        // The same once-per-request lookup as AuthGuard's.
        ctx.viewerResolved ??= auth.viewerFor(readCookie(ctx.req.headers.cookie, SESSION_COOKIE)).then((v) => {
          ctx.viewer = v;
        });
        await ctx.viewerResolved;
        if (!ctx.viewer) throw new AppHttpError('UNAUTHENTICATED', 'Please sign in to read the API’s schema (introspection).', 401);
      },
    };
  }
}

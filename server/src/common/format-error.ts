import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphError } from '../graph/errors.js';
import { AppError, type ErrorCode } from './app-error.js';
import { currentRequestId, framesOf } from './logging.js';
import { t } from '../i18n/i18n.js';
import { requestLocale } from '../i18n/request-locale.js';
import { translate } from '../i18n/translate.js';

const logger = new Logger('GraphQL');


/** Codes graphql-js and Apollo give to malformed requests; their messages describe the request, not our internals. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
  // The edge's limits (common/query-limits.ts, request-deadline.ts): expected refusals, logged at debug like the others.
  'QUERY_TOO_DEEP', 'QUERY_TOO_MANY_ALIASES', 'QUERY_TOO_MANY_DIRECTIVES', 'QUERY_TOO_LARGE', 'QUERY_TOO_COMPLEX', 'REQUEST_TIMEOUT', 'TOO_MANY_REQUESTS',
]);

/**
 * The one place where errors become responses: a code and a readable message, never a stack trace,
 * engine message or value from the database, whatever NODE_ENV is.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const path = formatted.path;

  if (original instanceof AppError) {
    // Expected (not signed in, not found, refused input...): no stack, and the message stays out as it may quote input.
    logger.debug(`${original.code} at ${pathOf(path)}`);
    // Said in the account's language (else the browser's); the code and the field names stay as they are.
    const locale = requestLocale();
    const fields = original.fields.map((f) => ({ field: f.field, message: translate(locale, f.message) }));
    return shape(original.code, translate(locale, original.message), path, { ...original.extra, ...(fields.length ? { fields } : {}) });
  }
  if (original instanceof GraphError) {
    if (original.kind === 'unique-violation') {
      logger.debug(`CONFLICT (unique ${original.queryName}) at ${pathOf(path)}`);
      return shape('CONFLICT', t(requestLocale(), 'errors.recordAlreadyExists'), path);
    }
    // The query's name and the kind are safe to log; the engine's own message can quote stored values, so it is not logged.
    logger.error(`Graph store error (${original.kind}) in ${original.queryName} at ${pathOf(path)}`);
    return internal(path);
  }
  const code = String(formatted.extensions?.code ?? '');
  if (REQUEST_CODES.has(code)) {
    logger.debug(`${code} (request refused before it ran)`);
    return shape(code === 'BAD_REQUEST' ? 'BAD_USER_INPUT' : (code as ErrorCode), formatted.message, path);
  }
  // The name and the stack frames locate the fault; the message is left out, as it may quote user data.
  if (original instanceof Error) logger.error(`Unexpected error: ${original.name} at ${pathOf(path)}`, `${original.name}\n${framesOf(original)}`);
  else logger.error(`Unexpected error: ${typeof original} thrown at ${pathOf(path)}`);
  return internal(path);
}

/** Unexpected: the user's message and extensions carry the request id, which is on the error's log line too. */
function internal(path: GraphQLFormattedError['path']): GraphQLFormattedError {
  const requestId = currentRequestId();
  if (!requestId) return shape('INTERNAL_SERVER_ERROR', t(requestLocale(), 'errors.internal'), path);
  // The reference is the request id: it is on the one log line about the fault, so an administrator finds it.
  return shape('INTERNAL_SERVER_ERROR', t(requestLocale(), 'errors.internalWithReference', { reference: requestId }), path, { requestId });
}

function pathOf(path: GraphQLFormattedError['path']): string {
  return path?.length ? path.join('.') : 'the request';
}

function shape(code: string, message: string, path: GraphQLFormattedError['path'], extra: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message, ...(path ? { path } : {}), extensions: { code, ...extra } };
}

function unwrap(error: unknown): unknown {
  let e = error as { originalError?: unknown } | undefined;
  while (e && typeof e === 'object' && 'originalError' in e && e.originalError) e = e.originalError as typeof e;
  return e;
}

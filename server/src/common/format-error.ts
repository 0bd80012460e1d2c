import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphError } from '../graph/errors.js';
import { AppError, type ErrorCode } from './app-error.js';

const logger = new Logger('GraphQL');

const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again; if it keeps happening, tell your administrator.';

/** Codes graphql-js and Apollo give to malformed requests; their messages describe the request, not our internals. */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * The one place where errors become responses: a code and a readable message, never a stack trace,
 * engine message or value from the database, whatever NODE_ENV is.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const path = formatted.path;

  if (original instanceof AppError) {
    return shape(original.code, original.message, path, { ...original.extra, ...(original.fields.length ? { fields: original.fields } : {}) });
  }
  if (original instanceof GraphError) {
    if (original.kind === 'unique-violation') {
      return shape('CONFLICT', 'That record already exists.', path);
    }
    // The query's name and the kind are safe to log; the engine's own message can quote stored values, so it is not logged.
    logger.error(`Graph store error (${original.kind}) in ${original.queryName}`);
    return shape('INTERNAL_SERVER_ERROR', INTERNAL_MESSAGE, path);
  }
  const code = String(formatted.extensions?.code ?? '');
  if (REQUEST_CODES.has(code)) {
    return shape(code === 'BAD_REQUEST' ? 'BAD_USER_INPUT' : (code as ErrorCode), formatted.message, path);
  }
  // The name and the stack frames locate the fault; the message is left out, as it may quote user data.
  const frames = original instanceof Error ? (original.stack ?? '').split('\n').slice(1).join('\n') : '';
  logger.error(`Unexpected error: ${original instanceof Error ? original.name : typeof original}\n${frames}`);
  return shape('INTERNAL_SERVER_ERROR', INTERNAL_MESSAGE, path);
}

function shape(code: string, message: string, path: GraphQLFormattedError['path'], extra: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message, ...(path ? { path } : {}), extensions: { code, ...extra } };
}

function unwrap(error: unknown): unknown {
  let e = error as { originalError?: unknown } | undefined;
  while (e && typeof e === 'object' && 'originalError' in e && e.originalError) e = e.originalError as typeof e;
  return e;
}

// Reading the API's errors (schema/api-contract.md, "Errors"): every GraphQL error has extensions.code and a
// message a person understands; BAD_USER_INPUT from a mutation input lists { field, message } per input field.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { t } from '../i18n/intl';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'FAILED_PRECONDITION'
  | 'STORAGE_FULL'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

interface ApiError {
  message: string;
  extensions?: { code?: unknown; fields?: unknown } & Record<string, unknown>;
}

// Functions, not constants: each call gives the text in the language on screen. The server's own messages come
// in that language too (the client sends it as Accept-Language).
export const networkMessage = () => t('error.network');
const unknownMessage = () => t('error.unknown');

/** The GraphQL errors inside whatever Apollo Client gave us (empty for network errors). */
export function apiErrors(error: unknown): readonly ApiError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors as readonly ApiError[];
  // A non-2xx response whose body still carries GraphQL errors.
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: ApiError[] };
      if (Array.isArray(body.errors)) return body.errors;
    } catch {
      /* not JSON */
    }
  }
  return [];
}

/** The first error code, e.g. 'CONFLICT', or undefined for network errors. */
export function errorCode(error: unknown): ErrorCode | undefined {
  for (const e of apiErrors(error)) {
    if (typeof e.extensions?.code === 'string') return e.extensions.code;
  }
  return undefined;
}

/** Field name → message, from BAD_USER_INPUT errors with extensions.fields. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of apiErrors(error)) {
    if (e.extensions?.code !== 'BAD_USER_INPUT' || !Array.isArray(e.extensions.fields)) continue;
    for (const f of e.extensions.fields as unknown[]) {
      if (f && typeof f === 'object' && 'field' in f && 'message' in f) {
        const { field, message } = f as { field: unknown; message: unknown };
        if (typeof field === 'string' && typeof message === 'string' && !(field in out)) out[field] = message;
      }
    }
  }
  return out;
}

/** One sentence for the top of a form or page. */
export function errorMessage(error: unknown): string {
  if (!error) return '';
  const errors = apiErrors(error);
  if (errors.length) {
    const messages = [...new Set(errors.map((e) => e.message).filter(Boolean))];
    return messages.join(' ') || unknownMessage();
  }
  if (ServerError.is(error) || ServerParseError.is(error)) return networkMessage();
  if (error instanceof TypeError) return networkMessage(); // fetch failed
  if (error instanceof Error && error.message) return error.message;
  return unknownMessage();
}

/**
 * Whether a write that failed this way may still have been saved: no answer (network, timeout), an answer we
 * could not read, a 5xx, or the server's own INTERNAL_SERVER_ERROR. A refusal with a code (bad input, conflict,
 * forbidden, 4xx) means nothing was saved.
 */
export function outcomeUnknown(error: unknown): boolean {
  if (!error) return false;
  const errors = apiErrors(error);
  if (errors.length) return errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
  if (ServerError.is(error)) return error.statusCode >= 500;
  if (ServerParseError.is(error)) return true;
  if (error instanceof TypeError) return true; // fetch failed
  // DOMException (abort, timeout) is not an Error everywhere.
  const name = typeof error === 'object' && 'name' in error ? (error as { name: unknown }).name : undefined;
  return name === 'AbortError' || name === 'TimeoutError';
}

/** The reference (request id) the server gave an unexpected error, for the administrator. */
export function errorReference(error: unknown): string | undefined {
  for (const e of apiErrors(error)) {
    if (typeof e.extensions?.requestId === 'string') return e.extensions.requestId;
  }
  return undefined;
}

/** One sentence for a failed write: that it may have been saved when the outcome is unknown, else the refusal. */
export function saveErrorMessage(error: unknown): string {
  if (!outcomeUnknown(error)) return errorMessage(error);
  const reference = errorReference(error);
  // A write that got no clear answer: the server may have saved it before the answer was lost.
  return reference ? t('error.saveUnconfirmedWithReference', { reference }) : t('error.saveUnconfirmed');
}

/**
 * Errors a user can meet. Each carries a code and a message a person understands; the GraphQL layer
 * maps them in one place (format-error.ts). Engine details never travel in them.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** The request is valid, but the record's state does not allow it yet (e.g. the mobilization gate). */
  | 'FAILED_PRECONDITION'
  | 'TOO_MANY_REQUESTS'
  /** The request ran past REQUEST_TIMEOUT_MS and was stopped. */
  | 'REQUEST_TIMEOUT'
  /** A query over one of the limits in query-limits.ts. */
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_MANY_ALIASES'
  | 'QUERY_TOO_MANY_DIRECTIVES'
  | 'QUERY_TOO_LARGE'
  | 'QUERY_TOO_COMPLEX'
  /** The data folder's disk is (almost) full, or the store stopped writing after a disk error: reads go on. */
  | 'STORAGE_FULL'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  /** The input field's name, as in the GraphQL input (e.g. `emails`). */
  readonly field: string;
  readonly message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
    /** Further machine-readable detail for clients (e.g. which gate conditions are missing). */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', message, [{ field, message }]);

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found, or you do not have access to it.`);

export const forbidden = (message: string) => new AppError('FORBIDDEN', message);

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Please sign in.');

export const conflict = (message: string) => new AppError('CONFLICT', message);

export const STORAGE_FULL_MESSAGE = "The server's disk is almost full: nothing was saved. Tell your administrator.";
export const storageFull = (message = STORAGE_FULL_MESSAGE) => new AppError('STORAGE_FULL', message);
export const isStorageFull = (e: unknown): boolean => e instanceof AppError && e.code === 'STORAGE_FULL';

/** A linked record the viewer may not see (another region) resolves to null rather than failing the page. */
export const orNull = <T>(p: Promise<T>): Promise<T | null> => p.catch(() => null);

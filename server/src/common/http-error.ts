import { HeaderMap } from '@apollo/server';
import { AppError, type ErrorCode } from './app-error.js';

/**
 * An AppError that also sets the HTTP status (and headers) of the response: graphql-js copies an error's
 * `extensions` onto the GraphQL error, and Apollo takes `extensions.http` from it before formatError runs.
 */
export class AppHttpError extends AppError {
  readonly extensions: { http: { status: number; headers: HeaderMap } };

  constructor(code: ErrorCode, message: string, status: number, headers: Record<string, string> = {}) {
    super(code, message);
    this.extensions = { http: { status, headers: new HeaderMap(Object.entries(headers)) } };
  }
}

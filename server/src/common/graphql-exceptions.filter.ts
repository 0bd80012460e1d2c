import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Nest logs every exception a resolver or guard throws at ERROR with its stack (ExternalExceptionFilter),
 * "Please sign in" and "not found" included. In GraphQL, errors are handed on untouched to format-error.ts,
 * which decides: expected ones at debug without a stack, unexpected ones once at error with the request id.
 * HTTP routes (exports, imports, maps) keep Nest's usual handling.
 */
@Catch()
export class GraphqlExceptionsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}

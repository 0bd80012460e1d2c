import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { GraphError } from '../graph/errors.js';
import { AppError } from './app-error.js';
import { formatError } from './format-error.js';
import { inRequest } from './logging.js';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['person'] });

describe('formatError', () => {
  it('keeps an app error’s code, message and fields', () => {
    const e = new AppError('BAD_USER_INPUT', 'Enter a name.', [{ field: 'name', message: 'Enter a name.' }]);
    expect(formatError(wrap(e).toJSON(), wrap(e))).toEqual({
      message: 'Enter a name.',
      path: ['person'],
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name', message: 'Enter a name.' }] },
    });
  });

  it('never passes on an engine message or a stack trace, in the response or the log', () => {
    const logged: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((m: unknown) => void logged.push(String(m)));
    const secret = 'Runtime exception: value rosa@example.org at /var/lib/data';
    for (const e of [new GraphError('internal', 'person.byId', secret), new TypeError(secret)]) {
      const out = formatError(wrap(e).toJSON(), wrap(e));
      expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(out)).not.toContain('rosa@example.org');
      expect(JSON.stringify(out)).not.toMatch(/stack|Runtime exception/);
    }
    spy.mockRestore();
    expect(logged.length).toBe(2);
    expect(logged.join('\n')).not.toContain('rosa@example.org');
  });

  it('turns a duplicate key into a conflict', () => {
    const e = new GraphError('unique-violation', 'account.create', 'duplicated primary key value x');
    expect(formatError(wrap(e).toJSON(), wrap(e)).extensions?.code).toBe('CONFLICT');
  });
});

describe('formatError inside a request', () => {
  it('gives an unexpected error the request id as a reference, in the message, the extensions and the one log line', () => {
    const logged: unknown[][] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    const out = inRequest('3f2a9c1e-request', () => formatError(wrap(new TypeError('x is undefined')).toJSON(), wrap(new TypeError('x is undefined'))));
    spy.mockRestore();
    expect(out.message).toMatch(/^Something went wrong on our side \(reference 3f2a9c1e-request\)\./);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: '3f2a9c1e-request' });
    expect(logged).toHaveLength(1);
  });

  it('does not log expected errors at error level', () => {
    const spy = jest.spyOn(Logger.prototype, 'error');
    for (const e of [
      new AppError('UNAUTHENTICATED', 'Please sign in.'),
      new AppError('NOT_FOUND', 'That person was not found.'),
      new AppError('BAD_USER_INPUT', 'Enter a name.', [{ field: 'name', message: 'Enter a name.' }]),
    ]) {
      const out = inRequest('r-expected-1', () => formatError(wrap(e).toJSON(), wrap(e)));
      expect(out.extensions?.requestId).toBeUndefined();
    }
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});

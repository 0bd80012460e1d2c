import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorCode, errorMessage, errorReference, fieldErrors, networkMessage, outcomeUnknown } from './errors';

const badInput = new CombinedGraphQLErrors({
  data: null,
  errors: [
    {
      message: 'Please correct 2 fields: emails, zip.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'emails', message: 'Enter a valid email address, like name@example.org.' },
          { field: 'zip', message: 'Enter a 5-digit ZIP code.' },
          { field: 'zip', message: 'A second message for the same field is not shown.' },
          { nonsense: true },
        ],
      },
    },
  ],
});

describe('fieldErrors', () => {
  it('maps each field of a BAD_USER_INPUT error to its message', () => {
    expect(fieldErrors(badInput)).toEqual({
      emails: 'Enter a valid email address, like name@example.org.',
      zip: 'Enter a 5-digit ZIP code.',
    });
  });

  it('is empty for other codes, network errors and nothing', () => {
    const conflict = new CombinedGraphQLErrors({ errors: [{ message: 'Changed by someone else.', extensions: { code: 'CONFLICT', fields: [{ field: 'name', message: 'x' }] } }] });
    expect(fieldErrors(conflict)).toEqual({});
    expect(fieldErrors(new TypeError('Failed to fetch'))).toEqual({});
    expect(fieldErrors(null)).toEqual({});
  });

  it('reads GraphQL errors from a non-2xx response body too', () => {
    const body = JSON.stringify({ errors: [{ message: 'Too many.', extensions: { code: 'TOO_MANY_REQUESTS' } }] });
    const error = new ServerError('Response not successful', { response: new Response(body, { status: 429 }), bodyText: body });
    expect(errorCode(error)).toBe('TOO_MANY_REQUESTS');
    expect(errorMessage(error)).toBe('Too many.');
  });
});

describe('errorMessage and errorCode', () => {
  it('gives the server’s message and code', () => {
    expect(errorMessage(badInput)).toBe('Please correct 2 fields: emails, zip.');
    expect(errorCode(badInput)).toBe('BAD_USER_INPUT');
  });

  it('says the server could not be reached on a network failure', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(networkMessage());
    expect(errorCode(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});

describe('outcomeUnknown: whether a failed save may still have been saved', () => {
  const server = (status: number, body = 'Bad gateway') => new ServerError('Response not successful', { response: new Response(body, { status }), bodyText: body });
  const graphql = (code: string, extensions: Record<string, unknown> = {}) =>
    new CombinedGraphQLErrors({ data: null, errors: [{ message: 'x', extensions: { code, ...extensions } }] });

  it('is unknown without an answer, with a 5xx, or with the server’s own internal error (with its reference)', () => {
    expect(outcomeUnknown(new TypeError('Failed to fetch'))).toBe(true);
    expect(outcomeUnknown(new DOMException('The operation timed out.', 'TimeoutError'))).toBe(true);
    expect(outcomeUnknown(server(502))).toBe(true);
    const internal = graphql('INTERNAL_SERVER_ERROR', { requestId: 'ref-1234' });
    expect(outcomeUnknown(internal)).toBe(true);
    expect(errorReference(internal)).toBe('ref-1234');
  });

  it('is known (nothing saved) for refusals with a code and for 4xx answers', () => {
    for (const code of ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND']) expect(outcomeUnknown(graphql(code))).toBe(false);
    expect(outcomeUnknown(server(429, JSON.stringify({ errors: [{ message: 'Too many', extensions: { code: 'TOO_MANY_REQUESTS' } }] })))).toBe(false);
    expect(outcomeUnknown(server(400))).toBe(false);
  });
});

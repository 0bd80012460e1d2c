import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { NETWORK_MESSAGE, errorCode, errorMessage, fieldErrors } from './errors';

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
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(NETWORK_MESSAGE);
    expect(errorCode(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});

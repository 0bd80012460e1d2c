import { PersonInput } from '../modules/people/dto/person.input.js';
import { OrganizationInput } from '../modules/organizations/dto/organization.input.js';
import { AppError } from './app-error.js';
import { createValidationPipe } from './validation.js';

const pipe = createValidationPipe();
const validate = (metatype: new () => object, value: object) => pipe.transform(value, { type: 'body', metatype });

async function problems(metatype: new () => object, value: object): Promise<Record<string, string>> {
  try {
    await validate(metatype, value);
    return {};
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('BAD_USER_INPUT');
    return Object.fromEntries((e as AppError).fields.map((f) => [f.field, f.message]));
  }
}

describe('input validation', () => {
  it('names each bad field of a person with a message a person understands', async () => {
    const p = await problems(PersonInput, { name: '   ', emails: ['ok@example.org', 'not-an-email'], phones: ['12'], zip: '6061', regionId: '' });
    expect(p).toEqual({
      name: 'Enter a name.',
      emails: 'Enter a valid email address, like name@example.org.',
      phones: 'Enter a phone number with 7 to 15 digits, like (555) 123-4567 or +1 555 123 4567.',
      zip: 'Enter a 5-digit ZIP code, like 60614 (or ZIP+4, like 60614-1234).',
      regionId: 'Choose a region.',
    });
  });

  it('trims input and drops blank list entries', async () => {
    const out = (await validate(PersonInput, { name: '  Ana Flores ', emails: [' ana@example.org ', ''], phones: ['+1 (555) 010-1234'], zip: ' ', regionId: 'r' })) as PersonInput;
    expect(out).toMatchObject({ name: 'Ana Flores', emails: ['ana@example.org'], phones: ['+1 (555) 010-1234'], zip: null });
  });

  it('accepts a website without a scheme and refuses one that is not a web address', async () => {
    const ok = (await validate(OrganizationInput, { name: 'X', type: 'PARTNER', regionId: 'r', website: 'example.org' })) as OrganizationInput;
    expect(ok.website).toBe('https://example.org');
    expect(await problems(OrganizationInput, { name: 'X', type: 'PARTNER', regionId: 'r', website: 'javascript:alert(1)' })).toHaveProperty('website');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { intlFor, setCurrentIntl } from '../i18n/intl';
import { distinguishing } from './ComparePair';

type Record = Parameters<typeof distinguishing>[0];
const record = (o: Partial<Record>) =>
  ({ contactHidden: false, emails: ['maria@example.org'], website: null, zip: '60614', region: { __typename: 'Region', id: 'r1', name: 'Great Lakes' }, ...o }) as Record;

describe('what tells two records apart', () => {
  afterEach(() => setCurrentIntl(intlFor('en')));

  it('names the zip code in the language on screen', () => {
    setCurrentIntl(intlFor('es'));
    expect(distinguishing(record({}))).toBe('maria@example.org, C.P. 60614, Great Lakes');
    setCurrentIntl(intlFor('en'));
    expect(distinguishing(record({}))).toBe('maria@example.org, zip 60614, Great Lakes');
  });

  it('leaves out the email of a record whose contact details the viewer may not see', () => {
    setCurrentIntl(intlFor('es'));
    expect(distinguishing(record({ contactHidden: true }))).toBe('C.P. 60614, Great Lakes');
  });
});

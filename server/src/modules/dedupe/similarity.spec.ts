import { editDistance, normalizeName, normalizeOrganizationName, phoneKey, similarNames, websiteHost } from './similarity.js';

describe('duplicate similarity', () => {
  it('ignores accents, case, punctuation and word order in names', () => {
    expect(normalizeName('  José  García-López ')).toBe('garcia jose lopez');
    expect(normalizeName('Garcia, Jose Lopez')).toBe('garcia jose lopez');
    expect(normalizeOrganizationName('The Tenants Union of Chicago, Inc.')).toBe(normalizeOrganizationName('Chicago Tenants Union'));
  });

  it('tolerates a typo or two, more for longer names, and not for different people', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(similarNames(normalizeName('Maria Garcia'), normalizeName('Maria Garcai'))).toBe(true);
    expect(similarNames(normalizeName('Ana Lee'), normalizeName('Ana Li'))).toBe(false);
    expect(similarNames(normalizeName('Ana Lee'), normalizeName('Ann Lee'))).toBe(true);
    expect(similarNames(normalizeName('Rosa Johnson'), normalizeName('Omar Hassan'))).toBe(false);
  });

  it('compares phones by their last ten digits and websites by host', () => {
    expect(phoneKey('+1 (312) 555-0142')).toBe(phoneKey('312.555.0142'));
    expect(websiteHost('https://www.Example.org/about')).toBe('example.org');
    expect(websiteHost('not a url')).toBe('');
  });
});

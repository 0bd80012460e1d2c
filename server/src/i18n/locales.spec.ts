import { fromAcceptLanguage } from './locales.js';

describe('fromAcceptLanguage', () => {
  it('takes the first of our languages by weight, a regional variant counting as its language', () => {
    expect(fromAcceptLanguage('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(fromAcceptLanguage('fr-FR,fr;q=0.9,en-US;q=0.5,es;q=0.7')).toBe('es');
    expect(fromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
  });

  it('gives null when the browser names none of them, or refuses them (q=0)', () => {
    expect(fromAcceptLanguage('fr, de;q=0.5')).toBeNull();
    expect(fromAcceptLanguage('es;q=0')).toBeNull();
    expect(fromAcceptLanguage(undefined)).toBeNull();
    expect(fromAcceptLanguage('')).toBeNull();
  });
});

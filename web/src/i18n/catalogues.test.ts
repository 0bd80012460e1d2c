import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { checkCatalogues } from './catalogues';
import en from './en.json';
import es from './es.json';

describe('message catalogues', () => {
  it('English and Spanish have the same ids, each valid ICU with the same placeholders', () => {
    expect(checkCatalogues({ en, es })).toEqual([]);
  });

  it('catch a message missing in one language', () => {
    expect(checkCatalogues({ en: { 'a.b': 'Hello', 'a.c': 'Bye' }, es: { 'a.b': 'Hola' } })).toEqual(['"a.c" is in en but not in es']);
  });

  it('catch invalid ICU and placeholders that differ', () => {
    const problems = checkCatalogues({
      en: { broken: '{count, plural, one {# person} other {# people}', renamed: 'Hello {name}', kind: '{n, plural, one {#} other {#}}' },
      es: { broken: '{count, plural, one {# persona} other {# personas}}', renamed: 'Hola {nombre}', kind: '{n}' },
    });
    expect(problems).toEqual([
      expect.stringMatching(/^"broken" in en is not valid ICU/),
      '"kind": es has placeholders {n} where en has {n:plural}',
      '"renamed": es has placeholders {nombre} where en has {name}',
    ]);
  });

  it('catch a plural without its "other" case', () => {
    expect(checkCatalogues({ en: { p: '{n, plural, one {# tie}}' }, es: { p: '{n, plural, one {# vínculo} other {# vínculos}}' } })).toEqual([
      expect.stringMatching(/^"p" in en is not valid ICU/),
    ]);
  });

  it('every plural in Spanish has the forms Spanish needs (one, other)', () => {
    const missing: string[] = [];
    const visit = (id: string, elements: MessageFormatElement[]) => {
      for (const el of elements) {
        if (el.type === TYPE.plural) {
          if (!('one' in el.options || '=1' in el.options) || !('other' in el.options)) missing.push(id);
          Object.values(el.options).forEach((o) => visit(id, o.value));
        } else if (el.type === TYPE.select) Object.values(el.options).forEach((o) => visit(id, o.value));
        else if (el.type === TYPE.tag) visit(id, el.children);
      }
    };
    for (const [id, message] of Object.entries(es)) visit(id, parse(message, { requiresOtherClause: true }));
    expect(missing).toEqual([]);
  });
});

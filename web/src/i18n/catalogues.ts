import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** "name" or "count:plural": each argument a message takes, with its kind when it is not plain text. */
function placeholders(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        out.add(el.value);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        out.add(`${el.value}:${TYPE[el.type]}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        out.add(`${el.value}:${TYPE[el.type]}`);
        for (const option of Object.values(el.options)) placeholders(option.value, out);
        break;
      case TYPE.tag:
        out.add(`<${el.value}>`);
        placeholders(el.children, out);
        break;
      default:
        break;
    }
  }
  return out;
}

const list = (s: Set<string>) =>
  [...s]
    .sort()
    .map((p) => (p.startsWith('<') ? p : `{${p}}`))
    .join(' ') || 'none';

/**
 * What is wrong with a set of catalogues (locale → id → ICU message), one sentence per problem: an id in one
 * language and not another, a message that does not parse (a plural needs its "other" case), or arguments that
 * differ between languages (a translation that drops {count} or renames it would show the wrong text).
 */
export function checkCatalogues(catalogues: Record<string, Record<string, string>>): string[] {
  const problems: string[] = [];
  const locales = Object.keys(catalogues);
  const [first] = locales;
  const ids = [...new Set(locales.flatMap((l) => Object.keys(catalogues[l])))].sort();
  for (const id of ids) {
    const parsed = new Map<string, Set<string>>();
    for (const locale of locales) {
      const message = catalogues[locale][id];
      if (message === undefined) {
        const has = locales.find((l) => catalogues[l][id] !== undefined);
        problems.push(`"${id}" is in ${has} but not in ${locale}`);
        continue;
      }
      if (!message.trim()) {
        problems.push(`"${id}" is empty in ${locale}`);
        continue;
      }
      try {
        parsed.set(locale, placeholders(parse(message, { requiresOtherClause: true })));
      } catch (e) {
        problems.push(`"${id}" in ${locale} is not valid ICU: ${(e as Error).message}`);
      }
    }
    const reference = parsed.get(first);
    if (!reference) continue;
    for (const [locale, args] of parsed) {
      if (locale !== first && list(args) !== list(reference)) {
        problems.push(`"${id}": ${locale} has placeholders ${list(args)} where ${first} has ${list(reference)}`);
      }
    }
  }
  return problems;
}

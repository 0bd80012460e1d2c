import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import { DEFAULT_LOCALE, type Locale } from './locales.js';

/** The server's message catalogues (ICU message format), one per language, with the same ids. */
export const catalogues: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en, es };

export type MessageId = keyof typeof en;
export type MessageValues = Record<string, string | number | Date>;

const cache = createIntlCache();
const intls = new Map<Locale, IntlShape>();

function intlFor(locale: Locale): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl(
      {
        locale,
        defaultLocale: DEFAULT_LOCALE,
        messages: catalogues[locale],
        // A message missing in one language is a failing test (test/i18n-catalogues.spec.ts), not a log line per request.
        onError: () => undefined,
      },
      cache,
    );
    intls.set(locale, intl);
  }
  return intl;
}

/** The message `id` in `locale` with its placeholders filled; English when that language lacks it. */
export function t(locale: Locale, id: MessageId, values?: MessageValues): string {
  return intlFor(locale).formatMessage({ id, defaultMessage: catalogues[DEFAULT_LOCALE][id] }, values);
}

/** A calendar day (YYYY-MM-DD) as people of that language write it, e.g. "Dec 7, 2026" / "7 dic 2026". */
export function formatDay(locale: Locale, day: string): string {
  const at = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? day : intlFor(locale).formatDate(at, { dateStyle: 'medium', timeZone: 'UTC' });
}

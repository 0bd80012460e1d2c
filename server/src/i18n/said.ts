import type { FieldMiddleware } from '@nestjs/graphql';
import { catalogues, type MessageId } from './i18n.js';
import { DEFAULT_LOCALE, type Locale } from './locales.js';
import { requestLocale } from './request-locale.js';
import { match, sayMessage, translate } from './translate.js';

/**
 * Text the server makes and keeps (history and audit summaries, bulk actions): stored as its English words, for
 * old readers and exports, and beside them as the catalogue message they are with its values, so each reader gets
 * it in their own language, whatever the words of the English catalogue become later.
 */
export interface SaidMessage {
  readonly id: MessageId;
  readonly values: Record<string, string | number>;
}

/** The message an English summary is (matched against the English catalogue), as stored beside it; '' when none. */
export function storedMessageOf(text: string): string {
  const found = match(text);
  return found ? JSON.stringify({ id: found.id, values: found.values } satisfies SaidMessage) : '';
}

/**
 * A stored summary in `locale` (English: as stored): from its message when one was stored (and the catalogue still has that id), else
 * its English words said in the language (rows written before messages were kept), else the words as stored.
 */
export function sayStored(locale: Locale, message: string | null | undefined, text: string): string {
  // The stored words are the English source: English readers get them as written.
  if (locale === DEFAULT_LOCALE && text) return text;
  if (message) {
    try {
      const said = JSON.parse(message) as SaidMessage;
      if (said && typeof said.id === 'string' && said.id in catalogues[DEFAULT_LOCALE]) return sayMessage(locale, said.id, said.values ?? {});
    } catch {
      // A damaged message column: the stored words still read.
    }
  }
  return translate(locale, text);
}

/**
 * For fields whose text the server makes in English at read time (duplicate reasons, gate conditions, leaders'
 * reasons, map and power map labels): said in the request's language (the account's, else the browser's) as the
 * field is resolved. Strings and lists of strings; anything not in the catalogue goes out as it is.
 */
export const inReadersLanguage: FieldMiddleware = async (_ctx, next) => {
  const value: unknown = await next();
  const locale = requestLocale();
  if (locale === DEFAULT_LOCALE) return value;
  if (typeof value === 'string') return translate(locale, value);
  if (Array.isArray(value)) return value.map((v: unknown) => (typeof v === 'string' ? translate(locale, v) : v));
  return value;
};

import type { ReactNode } from 'react';
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import en from './en.json';
import es from './es.json';
import { DEFAULT_LOCALE, type Locale } from './locale';

/** Every message id the app may show: the English catalogue is the list (tsc rejects an id not in it). */
export type MessageId = keyof typeof en;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

export const CATALOGUES: Record<Locale, Record<MessageId, string>> = { en, es };

const cache = createIntlCache();

export function intlFor(locale: Locale): IntlShape {
  return createIntl(
    {
      locale,
      defaultLocale: DEFAULT_LOCALE,
      messages: CATALOGUES[locale],
      // A message missing from a catalogue fails the catalogue test; at run time English shows instead, quietly.
      onError: (err) => {
        if (err.code !== 'MISSING_TRANSLATION') console.error(err);
      },
    },
    cache,
  );
}

/**
 * The app's current language for code outside React's context (option lists, lib/format.ts, page titles).
 * I18nProvider sets it before its children render and remounts them when the language changes, so every render
 * reads the language on screen.
 */
let current: IntlShape = intlFor(DEFAULT_LOCALE);

export function setCurrentIntl(intl: IntlShape): void {
  current = intl;
}

export function currentIntl(): IntlShape {
  return current;
}

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** Values of a message with markup: a tag (`<link>…</link>`) is a function of its words. */
export type RichValues = Record<string, string | number | boolean | Date | null | undefined | ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

/**
 * A message in the current language, e.g. t('people.count', { count: 3 }). With markup values it gives React
 * nodes: t('issues.noDecisionYet', { link: (words) => <Link to="/issues/assemblies">{words}</Link> }), so a sentence
 * holding a link is one message and each language puts the link where its word order wants it.
 */
export function t(id: MessageId, values?: MessageValues): string;
export function t(id: MessageId, values: RichValues): ReactNode;
export function t(id: MessageId, values?: RichValues): ReactNode {
  return current.formatMessage({ id }, values as Record<string, string>);
}

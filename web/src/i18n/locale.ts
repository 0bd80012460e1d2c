/** The languages the app speaks; catalogues web/src/i18n/<locale>.json. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Where this browser keeps the pick before (and besides) the account: the sign-in page has no account. */
const STORAGE_KEY = 'coalition-graph.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's languages the app speaks ("es-MX" → "es"), else English. */
export function browserLocale(languages: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])): Locale {
  for (const tag of languages) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage blocked (private mode): follow the browser
  }
}

export function storeLocale(locale: Locale | null): void {
  try {
    if (locale) localStorage.setItem(STORAGE_KEY, locale);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* storage blocked: the pick lasts this page only */
  }
}

/**
 * The language the API is asked to answer in (its error messages): set by the provider, read by the client's
 * link as the Accept-Language header, so the server follows the pick and not only the browser's settings.
 */
let requestLocale: Locale = DEFAULT_LOCALE;
export function setRequestLocale(locale: Locale): void {
  requestLocale = locale;
}
export function getRequestLocale(): Locale {
  return requestLocale;
}

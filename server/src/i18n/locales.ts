/** The languages the app speaks; the first is the fallback when neither the account nor the browser names one. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** A stored value that is not (or no longer) a known language counts as unset. */
export const storedLocale = (value: unknown): Locale | null => (isLocale(value) ? value : null);

/**
 * The best of our languages for an Accept-Language header (`es-MX,es;q=0.9,en;q=0.8`): highest q first, a
 * region variant matching its language; null when the header names none of them.
 */
export function fromAcceptLanguage(header: string | string[] | undefined): Locale | null {
  const raw = Array.isArray(header) ? header.join(',') : header;
  if (!raw) return null;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of raw.slice(0, 500).split(',')) {
    const [tag, ...params] = part.trim().split(';');
    const language = tag.trim().toLowerCase().split('-')[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!isLocale(language) || !(q > 0)) continue;
    if (!best || q > best.q) best = { locale: language, q };
  }
  return best?.locale ?? null;
}

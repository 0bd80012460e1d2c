import type { NextFunction, Request, Response } from 'express';
import type { Locale } from './locales.js';
import { requestLocale } from './request-locale.js';
import { translate } from './translate.js';

/** The keys under which the JSON routes (imports, network maps, the public RSVP page) put words for a person. */
const SAID = new Set(['message', 'error', 'note']);

/**
 * An import report or an error of the JSON routes, its messages said in `locale`: row problems, notes, the
 * job's error and field problems. Names, cells and everything else are left as they are.
 */
export function localizeReport<T>(value: T, locale: Locale, depth = 0): T {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => localizeReport(v, locale, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out[key] = typeof v === 'string' && SAID.has(key) ? translate(locale, v) : localizeReport(v, locale, depth + 1);
  }
  return out as T;
}

/**
 * For the JSON routes outside GraphQL: their answers are said in the account's language (noted when the route
 * reads the session), else the browser's. Those routes write their messages in English, like the services.
 */
export function localizedJson(_req: Request, res: Response, next: NextFunction): void {
  const json = res.json.bind(res);
  res.json = (body?: unknown) => {
    const locale = requestLocale();
    return json(locale === 'en' ? body : localizeReport(body, locale));
  };
  next();
}

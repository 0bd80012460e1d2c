import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { DEFAULT_LOCALE, fromAcceptLanguage, type Locale } from './locales.js';

interface RequestLanguage {
  readonly acceptLanguage: string | string[] | undefined;
  /** The signed-in account's choice, once the session is read (AuthGuard); null: it follows the browser. */
  account: Locale | null;
}

const requestLanguage = new AsyncLocalStorage<RequestLanguage>();

/** Keeps the request's Accept-Language for what is said to the person while serving it (errors above all). */
export function requestLocaleMiddleware(req: Request, _res: Response, next: NextFunction): void {
  requestLanguage.run({ acceptLanguage: req.headers['accept-language'], account: null }, next);
}

/** The signed-in account's language, when it chose one, wins over the browser's for the rest of the request. */
export function noteAccountLocale(locale: Locale | null | undefined): void {
  const current = requestLanguage.getStore();
  if (current) current.account = locale ?? null;
}

/** The account's language, else the browser's (Accept-Language), else English. */
export function requestLocale(): Locale {
  const current = requestLanguage.getStore();
  return current?.account ?? fromAcceptLanguage(current?.acceptLanguage) ?? DEFAULT_LOCALE;
}

/** For routes that read the session themselves (imports, exports): the same rule, from the viewer and the request. */
export function localeFor(viewer: { locale?: Locale | null } | undefined, acceptLanguage: string | string[] | undefined): Locale {
  return viewer?.locale ?? fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

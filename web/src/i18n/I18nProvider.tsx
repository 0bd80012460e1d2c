import { createContext, Fragment, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { intlFor, setCurrentIntl } from './intl';
import { browserLocale, setRequestLocale, storedLocale, storeLocale, type Locale } from './locale';

export interface LocaleChoice {
  /** The language on screen. */
  locale: Locale;
  /** What the user picked; null = follow the browser. */
  picked: Locale | null;
  /** Changes the language on screen and remembers the pick in this browser (the account is told by useAccountLocale). */
  pick(locale: Locale | null): void;
}

const LocaleContext = createContext<LocaleChoice | null>(null);

export function useLocaleChoice(): LocaleChoice {
  const choice = useContext(LocaleContext);
  if (!choice) throw new Error('useLocaleChoice outside I18nProvider');
  return choice;
}

/** The app's language: the user's pick (this browser's, then the account's), else the browser's languages. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [picked, setPicked] = useState<Locale | null>(() => initial ?? storedLocale());
  const locale = picked ?? browserLocale();
  const intl = useMemo(() => intlFor(locale), [locale]);
  // Set during render so the children below read this language in the same pass.
  setCurrentIntl(intl);
  setRequestLocale(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const pick = useCallback((next: Locale | null) => {
    storeLocale(next);
    setPicked(next);
  }, []);
  const choice = useMemo(() => ({ locale, picked, pick }), [locale, picked, pick]);

  return (
    <LocaleContext.Provider value={choice}>
      <RawIntlProvider value={intl}>
        {/* A new language remounts the pages, so text computed outside React's context (t()) is redrawn too. */}
        <Fragment key={locale}>{children}</Fragment>
      </RawIntlProvider>
    </LocaleContext.Provider>
  );
}

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { intlFor, setCurrentIntl } from '../i18n/intl';
import { DEFAULT_LOCALE, setRequestLocale, storeLocale } from '../i18n/locale';

// findBy*/waitFor give up after 1 s by default: on a busy CI machine a lazily loaded page took longer to appear
// (locale.test.tsx saw the loading line still there). The tests' own limit (vite.config.ts) still bounds a hang.
configure({ asyncUtilTimeout: 10_000 });

/**
 * Every test starts in English with no language picked: a test that renders in Spanish (or picks it with the
 * language menu) leaves the shared language of t(), the API's Accept-Language, this browser's pick and
 * <html lang> in Spanish, and a later test in the same file could then pass or fail by that chance alone.
 */
export function resetLanguage(): void {
  setCurrentIntl(intlFor(DEFAULT_LOCALE));
  setRequestLocale(DEFAULT_LOCALE);
  storeLocale(null);
  document.documentElement.removeAttribute('lang');
}

beforeEach(resetLanguage);

afterEach(() => {
  cleanup();
  resetLanguage();
});

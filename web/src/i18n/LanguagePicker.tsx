import { useId } from 'react';
import { useLocaleChoice } from './I18nProvider';
import { t } from './intl';
import { isLocale, type Locale } from './locale';
import './i18n.css';

/** The language menu of the shell and the sign-in page; each language is named in itself. */
export function LanguagePicker({ onPick }: { onPick?: (locale: Locale | null) => void }) {
  const { picked, pick } = useLocaleChoice();
  const id = useId();
  return (
    <span className="language-picker">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select id={id} title={t('language.label')} value={picked ?? ''} onChange={(e) => (onPick ?? pick)(isLocale(e.target.value) ? e.target.value : null)}>
        <option value="">{t('language.browser')}</option>
        <option value="en" lang="en">
          {t('language.en')}
        </option>
        <option value="es" lang="es">
          {t('language.es')}
        </option>
      </select>
    </span>
  );
}

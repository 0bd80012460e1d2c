import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { t } from '../i18n/intl';
import { getRequestLocale, storedLocale } from '../i18n/locale';
import { renderPage } from './render';

function Heading() {
  return <h1>{t('events.rsvps')}</h1>;
}

// The two tests run in this order in one file (one module state): the second must not see the first's Spanish.
describe('the test set-up gives each test English, whatever the test before it did', () => {
  it('a test picks Spanish with the language menu', async () => {
    renderPage(
      <>
        <LanguagePicker />
        <Heading />
      </>,
      { handlers: {}, locale: null },
    );
    await userEvent.setup().selectOptions(screen.getByRole('combobox'), 'es');
    expect(await screen.findByRole('heading', { name: 'Confirmaciones' })).toBeInTheDocument();
    expect(storedLocale()).toBe('es');
    expect(getRequestLocale()).toBe('es');
    expect(document.documentElement.lang).toBe('es');
  });

  it('the next test, which sets no language, reads English everywhere', () => {
    expect(t('events.rsvps')).toBe('RSVPs');
    expect(getRequestLocale()).toBe('en');
    expect(storedLocale()).toBeNull();
    expect(document.documentElement.lang).not.toBe('es');
    renderPage(<Heading />, { handlers: {}, locale: null });
    expect(screen.getByRole('heading', { name: 'RSVPs' })).toBeInTheDocument();
  });
});

import type { I18nProvider, TranslationMessages } from 'react-admin';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import kk from './kk';

export const DEFAULT_LOCALE = 'kk';

/** Shown by react-admin's LocalesMenuButton in the app bar (and on our login page). */
export const LOCALES = [
  { locale: 'kk', name: 'Қазақша' },
  { locale: 'ru', name: 'Русский' },
  { locale: 'en', name: 'English' },
];

// Kazakh, the default, ships in the main bundle; the others load when chosen.
const getMessages = (locale: string): TranslationMessages | Promise<TranslationMessages> => {
  switch (locale) {
    case 'ru':
      return import('./ru').then((module) => module.ru);
    case 'en':
      return import('./en').then((module) => module.en);
    default:
      return kk;
  }
};

const polyglotProvider = polyglotI18nProvider(getMessages, DEFAULT_LOCALE, LOCALES, { allowMissing: true });

/** Keeps <html lang> and the document title in step with the chosen language (screen readers use both). */
const reflectLocale = (locale: string): void => {
  document.documentElement.lang = locale;
  document.title = polyglotProvider.translate('qorgau.app.document_title');
};

/**
 * react-admin remembers the chosen locale in its store (localStorage key `RaStore.locale`)
 * and calls changeLocale with it on start.
 */
export const i18nProvider: I18nProvider = {
  ...polyglotProvider,
  changeLocale: async (locale, options) => {
    await polyglotProvider.changeLocale(locale, options);
    reflectLocale(locale);
  },
};

reflectLocale(DEFAULT_LOCALE);

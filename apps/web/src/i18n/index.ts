import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import it from './it.json';

export const LOCALE_KEY = 'cantiere.locale';

function initialLanguage(): 'it' | 'en' {
  try {
    return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'it';
  } catch {
    return 'it';
  }
}

void i18n.use(initReactI18next).init({
  resources: { it: { translation: it }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'it',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export default i18n;

import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import it from './it.json';

export const LOCALE_KEY = 'cantiere.locale';

function initialLanguage(): 'it' | 'en' {
  try {
    return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'it';
  } catch {
    return 'it';
  }
}

// Italian comes with the page; English, which fewer people read, is fetched the first time it is chosen (or at
// start, when it was chosen before): every page no longer carries and parses both languages.
const englishOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, language === 'it' ? it : false);
    import('./en.json').then(
      (m) => callback(null, m.default),
      (err: Error) => callback(err, false),
    );
  },
};

void i18n
  .use(englishOnDemand)
  .use(initReactI18next)
  .init({
    resources: { it: { translation: it } },
    partialBundledLanguages: true,
    lng: initialLanguage(),
    fallbackLng: 'it',
    interpolation: { escapeValue: false },
  });

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export default i18n;

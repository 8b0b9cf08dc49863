import i18n, { type BackendModule, type CustomTypeOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './it/common';

export const LOCALE_KEY = 'cantiere.locale';

type Resources = CustomTypeOptions['resources'];
export type TextNamespace = keyof Resources;

function initialLanguage(): 'it' | 'en' {
  try {
    return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'it';
  } catch {
    return 'it';
  }
}

const english = import.meta.glob<{ default: object }>('./en/*.ts');

// Italian comes with the code that shows it: the frame's texts (common) with the page, those of each area with its
// pages and modules (see namespaces/). English, which fewer people read, is fetched
// one namespace at a time the first time it is needed: every page no longer carries and parses both languages.
const englishOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = language === 'en' ? english[`./en/${namespace}.ts`] : undefined;
    if (!load) return callback(new Error(`No ${language} texts for the namespace ${namespace}: import it from i18n/namespaces`), false);
    load().then(
      (m) => callback(null, m.default as Record<string, unknown>),
      (err: Error) => callback(err, false),
    );
  },
};

void i18n
  .use(englishOnDemand)
  .use(initReactI18next)
  .init({
    resources: { it: { common } },
    ns: ['common'],
    defaultNS: 'common',
    fallbackNS: 'common',
    partialBundledLanguages: true,
    lng: initialLanguage(),
    fallbackLng: 'it',
    interpolation: { escapeValue: false },
  });

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

/** Adds the Italian texts of a namespace that comes with a module's code; returns the namespace, for `useTranslation`. */
export function bundleItalian<N extends TextNamespace>(namespace: N, texts: Resources[N]): N {
  i18n.addResourceBundle('it', namespace, texts);
  // Someone reading English gets the namespace as soon as the module's code runs, not after its first render asks.
  if (i18n.language !== 'it') void i18n.loadNamespaces(namespace);
  return namespace;
}

/** The keys of a namespace's texts that take no variable, at its top level (not its groups): those a code may name. */
type TextKey<N extends TextNamespace> = {
  [K in keyof Resources[N]]: Resources[N][K] extends `${string}{{${string}` ? never : Resources[N][K] extends string ? K : never;
}[keyof Resources[N]] &
  string;

/** Whether `key` (say an error code from the server) has a text in the namespace, so that `t(key)` may be called. */
export function isTextKey<N extends TextNamespace>(namespace: N, key: string): key is TextKey<N> {
  const text: unknown = i18n.getResource('it', namespace, key);
  return typeof text === 'string' && !text.includes('{{');
}

/** The locale dates and numbers are written in for the language the interface speaks. */
export function dateLocale(language: string | undefined): 'en-GB' | 'it-IT' {
  return language?.startsWith('en') ? 'en-GB' : 'it-IT';
}

export default i18n;

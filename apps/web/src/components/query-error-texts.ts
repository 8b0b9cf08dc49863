import { useTranslation } from 'react-i18next';

/** Texts of the alert shown when data could not be loaded; the type makes English carry every key. */
const it = {
  failed: 'Impossibile caricare i dati: {{message}}',
  retry: 'Riprova',
};

const en: Record<keyof typeof it, string> = {
  failed: 'The data could not be loaded: {{message}}',
  retry: 'Try again',
};

export function useQueryErrorText() {
  const { i18n } = useTranslation();
  const dict = i18n.language?.startsWith('en') ? en : it;
  return (key: keyof typeof it, vars: Record<string, string> = {}) => dict[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}

import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { LOCALE_KEY } from '../i18n';

/** IT/EN switch: remembered in the browser and, when logged in, on the account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { user, setUser } = useAuth();
  const next = i18n.language === 'en' ? 'it' : 'en';
  const change = async () => {
    localStorage.setItem(LOCALE_KEY, next);
    await i18n.changeLanguage(next);
    if (user) {
      const updated = await api<{ user: typeof user }>('PATCH', '/api/account', { locale: next }).catch(() => null);
      if (updated) setUser(updated.user);
    }
  };
  return (
    <button type="button" className="btn btn-sm btn-outline-light" onClick={() => void change()} data-testid="language-switch">
      {next.toUpperCase()}
      <span className="visually-hidden">
        {' '}
        ({t('nav.language')}: <span lang={next}>{t('nav.switchTo')}</span>)
      </span>
    </button>
  );
}

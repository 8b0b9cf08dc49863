import { useTranslation } from 'react-i18next';
import type { accountRoutes } from '@cantiere/domain';
import { call, type RouteRef } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { LOCALE_KEY } from '../i18n';

// By method and path: the header is in the entry chunk, which does not load the route tables (see RouteRef in api/client.ts).
const UPDATE_ACCOUNT: RouteRef<typeof accountRoutes.update> = { method: 'PATCH', path: '/api/account' };

/** IT/EN switch: remembered in the browser and, when logged in, on the account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { user, setUser } = useAuth();
  const next = i18n.language === 'en' ? 'it' : 'en';
  const change = async () => {
    localStorage.setItem(LOCALE_KEY, next);
    await i18n.changeLanguage(next);
    if (user) {
      const updated = await call(UPDATE_ACCOUNT, { body: { locale: next } }).catch(() => null);
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

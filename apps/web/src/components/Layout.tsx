import { lazy, ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { isPublicPath } from '../routing/public-paths';
import { LanguageSwitch } from './LanguageSwitch';

// The bell brings the live socket client and the notification routes: loaded after the page, not with every first paint.
const NotificationBell = lazy(() => import('../modules/notifications/NotificationBell').then((m) => ({ default: m.NotificationBell })));
/** The bell's place while it loads, the same size, so that the header does not shift. */
const bellPlaceholder = (
  <span className="btn btn-sm btn-light invisible" aria-hidden="true">
    <svg width="16" height="16" viewBox="0 0 16 16" />
  </span>
);

/** The page frame in the style of Italian public-administration services (Designers Italia). */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, loading, logout } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // While the session is checked on a page that needs one, the menu is drawn already: arriving a moment later, it
  // pushed the whole page down (the largest layout shift of the home, space and meeting pages).
  const showNav = user !== null || (loading && !isPublicPath(pathname));
  const link = (to: string, label: string) => (
    <li className="nav-item">
      <NavLink className="nav-link" to={to} end={to === '/'}>
        {label}
      </NavLink>
    </li>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header>
        <div className="it-header-slim-wrapper bg-primary-dark py-2" style={{ background: '#004080' }}>
          {/* The owner's name wraps beside the buttons; on the narrowest phones (320 px) the buttons go under it
              rather than past the screen's edge. Its small basis keeps them on one row wherever they fit. */}
          <div className="container d-flex flex-wrap justify-content-between align-items-center gap-2">
            <span className="text-white small" style={{ flex: '1 1 6rem' }}>
              {t('app.owner')}
            </span>
            <div className="d-flex gap-2 align-items-center ms-auto">
              <LanguageSwitch />
              {user && (
                <Suspense fallback={bellPlaceholder}>
                  <NotificationBell />
                </Suspense>
              )}
              {user ? (
                <button type="button" className="btn btn-sm btn-light" onClick={() => void logout().then(() => navigate('/accesso'))}>
                  {t('nav.logout')}
                </button>
              ) : (
                <Link className="btn btn-sm btn-light" to="/accesso">
                  {t('nav.login')}
                </Link>
              )}
            </div>
          </div>
        </div>
        <div className="py-3 text-white" style={{ background: '#0066cc' }}>
          <div className="container">
            <Link to="/" className="text-white text-decoration-none">
              <span className="h3 d-block mb-0 fw-bold">{t('app.name')}</span>
              <span className="small">{t('app.tagline')}</span>
            </Link>
          </div>
        </div>
        {showNav && (
          <nav aria-label={t('nav.main')} className="border-bottom bg-white">
            <div className="container">
              <ul className="nav">
                {link('/', t('nav.home'))}
                {link('/spazi', t('nav.spaces'))}
                {link('/organizzazioni', t('nav.organisations'))}
                {link('/persone', t('nav.people'))}
                {user?.role === 'admin' && link('/amministrazione/utenti', t('nav.users'))}
                {user?.role === 'admin' && link('/amministrazione/importa', t('nav.import'))}
                {user?.role === 'admin' && link('/amministrazione/elenchi', t('nav.lists'))}
                {link('/account', t('nav.account'))}
              </ul>
            </div>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="container py-4">
        {children}
      </main>
      <footer className="py-4 mt-4 text-white" style={{ background: '#17324d' }}>
        <div className="container small">{t('app.footer')}</div>
      </footer>
    </>
  );
}

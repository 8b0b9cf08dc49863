import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { ForbiddenPage } from '../pages/ForbiddenPage';

/** Anonymous visitors go to the login page and come back afterwards; admin-only pages say so to others. */
export function RequireAuth({ children, admin = false }: { children: ReactNode; admin?: boolean }) {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  const location = useLocation();
  if (!loading && !user) return <Navigate to="/accesso" replace state={{ from: location.pathname + location.search }} />;
  if (!loading && admin && user?.role !== 'admin') return <ForbiddenPage />;
  // The page is already rendered, hidden, while the session is checked: it asks for its code and data meanwhile
  // instead of one round trip later. The same element stays when it is shown, so nothing is fetched twice.
  return (
    <>
      {loading && <p role="status">{t('app.loading')}</p>}
      <div hidden={loading}>{children}</div>
    </>
  );
}

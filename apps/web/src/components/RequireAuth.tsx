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
  if (loading) return <p role="status">{t('app.loading')}</p>;
  if (!user) return <Navigate to="/accesso" replace state={{ from: location.pathname + location.search }} />;
  if (admin && user.role !== 'admin') return <ForbiddenPage />;
  return <>{children}</>;
}

import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { User } from '@cantiere/domain';
import { api, ApiError } from '../api/client';
import i18n, { LOCALE_KEY } from '../i18n';

interface AuthState {
  user: User | null;
  loading: boolean;
  setUser: (user: User | null) => void;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/** Knows who is logged in (asks /api/auth/me once), and applies the account's language. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUserState] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);

  const setUser = useCallback((next: User | null) => {
    setUserState(next);
    if (next && next.locale !== i18n.language) {
      void i18n.changeLanguage(next.locale);
      localStorage.setItem(LOCALE_KEY, next.locale);
    }
  }, []);

  useEffect(() => {
    api<{ user: User }>('GET', '/api/auth/me')
      .then((r) => setUser(r.user))
      .catch((e: unknown) => {
        if (!(e instanceof ApiError) || e.status !== 401) console.warn('session check failed', e);
      })
      .finally(() => setLoading(false));
  }, [setUser]);

  const logout = useCallback(async () => {
    await api('POST', '/api/auth/logout').catch(() => undefined);
    setUserState(null);
  }, []);

  const value = useMemo(() => ({ user, loading, setUser, logout }), [user, loading, setUser, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

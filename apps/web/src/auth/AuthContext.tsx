import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { MeResponse, User } from '@cantiere/domain';
import { api, ApiError } from '../api/client';
import i18n, { LOCALE_KEY } from '../i18n';

interface AuthState {
  user: User | null;
  /** The user's organisation, shown beside their name to the others in a shared document. */
  organisation: string | null;
  loading: boolean;
  setUser: (user: User | null, organisation?: string | null) => void;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/** Knows who is logged in (asks /api/auth/me once), and applies the account's language. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUserState] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  const [organisation, setOrganisation] = useState<string | null>(null);

  const currentId = useRef<string | null>(null);
  const setUser = useCallback((next: User | null, knownOrganisation?: string | null) => {
    // A different person (after login or an accepted invitation): learn their organisation once.
    if (next && next.id !== currentId.current) {
      if (knownOrganisation !== undefined) setOrganisation(knownOrganisation);
      else
        api<MeResponse>('GET', '/api/auth/me').then(
          (r) => setOrganisation(r.organisation),
          () => setOrganisation(null),
        );
    }
    currentId.current = next?.id ?? null;
    setUserState(next);
    if (next && next.locale !== i18n.language) {
      void i18n.changeLanguage(next.locale);
      localStorage.setItem(LOCALE_KEY, next.locale);
    }
  }, []);

  useEffect(() => {
    api<MeResponse>('GET', '/api/auth/me')
      .then((r) => setUser(r.user, r.organisation))
      .catch((e: unknown) => {
        if (!(e instanceof ApiError) || e.status !== 401) console.warn('session check failed', e);
      })
      .finally(() => setLoading(false));
  }, [setUser]);

  const logout = useCallback(async () => {
    await api('POST', '/api/auth/logout').catch(() => undefined);
    currentId.current = null;
    setOrganisation(null);
    setUserState(null);
  }, []);

  const value = useMemo(() => ({ user, organisation, loading, setUser, logout }), [user, organisation, loading, setUser, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import type { authRoutes, MeResponse, User } from '@cantiere/domain';
import { ApiError, call, type RouteRef } from '../api/client';
import { dropPageAnswers } from '../api/page-answers';
import { isTransient } from '../api/query-client';
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

/** The session as the cache holds it: who is logged in and their organisation, or nobody. */
type Session = { user: User; organisation: string | null } | null;
const authKeys = { me: () => ['auth', 'me'] as const };
// By method and path: this file is in the entry chunk, which does not load the route tables (see RouteRef in api/client.ts).
const ME: RouteRef<typeof authRoutes.me> = { method: 'GET', path: '/api/auth/me' };
const LOGOUT: RouteRef<typeof authRoutes.logout> = { method: 'POST', path: '/api/auth/logout' };

/**
 * Puts in the cache who is logged in when that is already known (the server writes it into the page), so that the
 * first render shows the page for them instead of waiting for `/api/auth/me`. Undefined leaves the question open.
 */
export function seedSession(client: QueryClient, me: MeResponse | null | undefined): void {
  if (me === undefined) return;
  const session: Session = me ? { user: me.user, organisation: me.organisation } : null;
  client.setQueryData<Session>(authKeys.me(), session);
}

/** Who is logged in, or null when nobody is (401); other failures are errors. */
async function fetchSession(): Promise<Session> {
  try {
    const r = await call(ME);
    return { user: r.user, organisation: r.organisation };
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

/** Knows who is logged in (asks /api/auth/me once), and applies the account's language. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const session = useQuery({
    queryKey: authKeys.me(),
    queryFn: fetchSession,
    staleTime: Infinity,
    // A server that cannot be reached is asked again once; after that the visitor is treated as logged out.
    retry: (failures, error) => isTransient(error) && failures < 1,
  });
  useEffect(() => {
    if (session.error) console.warn('session check failed', session.error);
  }, [session.error]);
  const user = session.data?.user ?? null;
  const organisation = session.data?.organisation ?? null;

  useEffect(() => {
    if (user && user.locale !== i18n.language) {
      void i18n.changeLanguage(user.locale);
      localStorage.setItem(LOCALE_KEY, user.locale);
    }
  }, [user]);

  const setUser = useCallback(
    (next: User | null, knownOrganisation?: string | null) => {
      const current = client.getQueryData<Session>(authKeys.me());
      const samePerson = !!next && current?.user.id === next.id;
      // Another person's data must not be shown from the cache of the previous one.
      if (!samePerson) {
        client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
        dropPageAnswers();
      }
      const session: Session = next ? { user: next, organisation: samePerson ? (current?.organisation ?? null) : (knownOrganisation ?? null) } : null;
      client.setQueryData<Session>(authKeys.me(), session);
      // A different person (after login or an accepted invitation): learn their organisation once.
      if (next && !samePerson && knownOrganisation === undefined) void client.invalidateQueries({ queryKey: authKeys.me() });
    },
    [client],
  );

  const logout = useCallback(async () => {
    await call(LOGOUT).catch(() => undefined);
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    dropPageAnswers();
    client.setQueryData<Session>(authKeys.me(), null);
  }, [client]);

  const loading = session.isPending;
  const value = useMemo(() => ({ user, organisation, loading, setUser, logout }), [user, organisation, loading, setUser, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

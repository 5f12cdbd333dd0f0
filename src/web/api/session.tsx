/**
 * Who is signed in. Loaded once from GET /api/auth/me (which also hands out the CSRF token);
 * sign-in and sign-out update it. Anonymous visitors can still browse public records.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setCsrfToken } from './client';
import type { UserInfo } from './endpoints';
import * as endpoints from './endpoints';

interface Session {
  /** null when anonymous; undefined while the first check is in flight. */
  user: UserInfo | null | undefined;
  signIn: (email: string, password: string) => Promise<UserInfo | null>;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * The first check starts as soon as this code loads, not after the first render: pages wait for
 * it before asking for their data, so it runs beside the download of the page's own code.
 */
let firstCheck: Promise<endpoints.MeInfo> | null = typeof window === 'undefined' ? null : endpoints.getMe();
// its failure is handled where it is awaited; this keeps it from being reported as unhandled first
firstCheck?.catch(() => undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<UserInfo | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const pending = firstCheck;
      firstCheck = null;
      const me = await (pending ?? endpoints.getMe());
      setCsrfToken(me.csrfToken);
      setUser(me.user);
    } catch {
      // the server is unreachable: browse as anonymous; pages show their own errors
      setUser(null);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signIn = useCallback(async (email: string, password: string) => {
    const me = await endpoints.signIn({ email, password });
    setCsrfToken(me.csrfToken);
    setUser(me.user);
    return me.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await endpoints.signOut();
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, signIn, signOut, refresh }), [user, signIn, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/**
 * Who may register commitments at all (a delegation only for its own party). The API has no
 * answer for this yet (GET /api/auth/me does not say), so it mirrors core/access/policy.ts;
 * whether one record may be edited comes from the record's own `permissions`.
 */
export function canCreate(user: UserInfo | null | undefined): boolean {
  return (
    !!user &&
    !user.disabled &&
    (user.role === 'secretariat' || (user.role === 'delegation' && !!user.partyCode))
  );
}

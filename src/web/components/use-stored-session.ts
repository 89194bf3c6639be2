import { useEffect, useState } from 'preact/hooks';
import { whoIs } from '../api/client';
import { clearSession, readStoredKey, type Session } from '../session';

/**
 * The signed-in session. A key kept from earlier in this tab is asked who it is again (GET /me):
 * its role or region may have changed; `checking` while that is asked, and `notice` says why a
 * kept key was refused.
 */
export function useStoredSession() {
  const [session, setSession] = useState<Session | null>(null);
  const [checking, setChecking] = useState(() => readStoredKey() !== null);
  const [notice, setNotice] = useState<Error | null>(null);
  useEffect(() => {
    const key = readStoredKey();
    if (!key) return;
    whoIs(key)
      .then((me) => setSession({ key, me }))
      .catch((error: Error) => {
        clearSession();
        setNotice(error);
      })
      .finally(() => setChecking(false));
  }, []);
  const signOut = () => {
    clearSession();
    setNotice(null);
    setSession(null);
  };
  return { session, setSession, checking, notice, signOut };
}

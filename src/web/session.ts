/**
 * The API key and the role the user chose, kept for the browser tab only (sessionStorage): a
 * key entered once serves every page until the tab closes, and is never written to disk.
 */
export type Role = 'admin' | 'secretary' | 'university' | 'investment' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'secretary', 'university', 'investment', 'viewer'];

export interface Session {
  key: string;
  /**
   * The role the key was issued for, as the user states it: the API has no "who am I" call, so
   * the page uses it only to choose which actions to offer; the API still decides (403).
   */
  role: Role;
}

const KEY = 'redchain.session';

export function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.key !== 'string' || !ROLES.includes(parsed.role as Role)) return null;
    return { key: parsed.key, role: parsed.role as Role };
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

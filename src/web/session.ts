/**
 * The API key, kept for the browser tab only (sessionStorage): a key entered once serves every
 * page until the tab closes, and is never written to disk. Who the key is — its role, region and
 * what the role may do — is asked of the API (GET /me), never of the user.
 */
export type Role = 'admin' | 'secretary' | 'university' | 'investment' | 'viewer' | 'responder';

/** GET /me: the key's holder, role and region, and what its role may do. */
export interface Me {
  keyId: string;
  name: string;
  role: Role;
  region: { id: string; name: string } | null;
  /** Every operation the role may call, as `method /path` (`post /requests/:id/transitions`). */
  operations: string[];
  /** The tackling steps the role may take: each status it may move a problem to, from which. */
  problemSteps: Record<string, string[]>;
  /** The service-loop steps the role may take: each status it may move a request to, from which. */
  requestSteps: Record<string, string[]>;
  /** The person a responder key acts as. */
  personId?: string;
  /** The department a responder key acts for (部门接单). */
  departmentId?: string;
}

export interface Session {
  key: string;
  me: Me;
}

const KEY = 'redchain.session';

export function readStoredKey(): string | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as { key?: unknown }) : null;
    return typeof parsed?.key === 'string' ? parsed.key : null;
  } catch {
    return null;
  }
}

export function storeKey(key: string): void {
  sessionStorage.setItem(KEY, JSON.stringify({ key }));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

/** May the session's role call this operation (`post /chains/:id/what-if`)? The API still decides. */
export function may(session: Session, operation: string): boolean {
  return session.me.operations.includes(operation);
}

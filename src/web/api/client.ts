import { readStoredKey, type Me } from '../session';

/** An answer the API refused, with the problem+json it sent (RFC 9457). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    /** The fields it names and why (`body.dueAt`, `must not be …`), when it names any. */
    readonly errors: readonly { field: string; reason: string }[] = [],
  ) {
    super(`${status} ${title}: ${detail}`);
  }
}

/** What a call answered: the body, and whether it was a 202 (a job is computing it). */
export interface Answer<T> {
  status: number;
  body: T;
}

/** The API's base: the page is served by the API itself, so it is the page's own origin. */
const BASE = new URL('api/v1/', document.baseURI);

export function apiUrl(path: string, query: Record<string, string | number | undefined> = {}): URL {
  const url = new URL(path.replace(/^\//, ''), BASE);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
  return url;
}

export function authHeaders(): Record<string, string> {
  const key = readStoredKey();
  return key ? { Authorization: `Bearer ${key}` } : {};
}

/**
 * One call of /api/v1 with the session's key. A refusal throws ApiError carrying the API's own
 * explanation, which the pages show as it is (it names the field and the reason).
 */
export async function call<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  { query, body }: { query?: Record<string, string | number | undefined>; body?: unknown } = {},
): Promise<Answer<T>> {
  const response = await fetch(apiUrl(path, query), {
    method,
    headers: { ...authHeaders(), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw await apiErrorOf(response);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export async function apiErrorOf(response: Response): Promise<ApiError> {
  let title = response.statusText;
  let detail = '';
  let errors: { field: string; reason: string }[] = [];
  try {
    const problem = (await response.json()) as { title?: string; detail?: string; errors?: unknown };
    title = problem.title ?? title;
    detail = problem.detail ?? '';
    if (Array.isArray(problem.errors))
      errors = problem.errors.filter(
        (e): e is { field: string; reason: string } =>
          typeof e === 'object' && e !== null && typeof e.field === 'string' && typeof e.reason === 'string',
      );
  } catch {
    // not problem+json (a proxy's error page): the status says enough
  }
  return new ApiError(response.status, title, detail, errors);
}

export const get = <T>(path: string, query?: Record<string, string | number | undefined>) =>
  call<T>('GET', path, query ? { query } : {});
export const post = <T>(path: string, body: unknown) => call<T>('POST', path, { body });

/** GET /me with a key not kept yet: who it is and what its role may do, or the API's refusal. */
export async function whoIs(key: string): Promise<Me> {
  const response = await fetch(apiUrl('me'), { headers: { Authorization: `Bearer ${key}` } });
  if (!response.ok) throw await apiErrorOf(response);
  return (await response.json()) as Me;
}

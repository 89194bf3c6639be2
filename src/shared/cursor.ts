import { AppError } from './app-error';

/**
 * Cursor pagination by id: the cursor is the last id of the previous page, opaque to clients
 * (base64url) so that its form can change without breaking them.
 */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId }), 'utf8').toString('base64url');
}

/** Why a cursor is refused, the same words whichever layer refuses it. */
export const NOT_A_CURSOR = 'is not a cursor returned by this API';

/** The id a cursor names, or undefined when it is not one of ours: for callers with their own error. */
export function cursorAfter(cursor: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && typeof (parsed as { after?: unknown }).after === 'string') {
      return (parsed as { after: string }).after;
    }
  } catch {
    // not base64url JSON: not a cursor
  }
  return undefined;
}

export function decodeCursor(cursor: string): string {
  const after = cursorAfter(cursor);
  if (after === undefined) throw AppError.badInput('cursor', NOT_A_CURSOR);
  return after;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw AppError.badInput('limit', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  return limit;
}

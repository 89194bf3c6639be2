import { EngineError } from '../engine-error';
import { cursorAfter, encodeCursor, NOT_A_CURSOR } from '../../shared/cursor';

/**
 * A page of a ranking ordered by score (higher first), then id: the whole ranking is read page
 * by page, not only its head. The cursor names the last entry's place (its score and id), not a
 * position, so a page after a change in the ranking neither repeats nor skips what has not moved.
 */
export function rankingPage<T extends { score: number }>(
  ranking: readonly T[],
  idOf: (entry: T) => string,
  { limit, cursor }: { limit: number; cursor?: string | undefined },
): { items: T[]; nextCursor: string | null } {
  let start = 0;
  if (cursor !== undefined) {
    const after = placeOf(cursorOf(cursor));
    const isAfter = (e: T) => e.score < after.score || (e.score === after.score && idOf(e) > after.id);
    start = ranking.findIndex(isAfter);
    if (start < 0) start = ranking.length;
  }
  const items = ranking.slice(start, start + limit);
  const last = items[items.length - 1];
  const more = start + limit < ranking.length && last !== undefined;
  return { items, nextCursor: more ? encodeCursor(JSON.stringify([last.score, idOf(last)])) : null };
}

/** The text a cursor wraps; an engine refuses a foreign one with its own error, in the store's words. */
function cursorOf(cursor: string): string {
  const text = cursorAfter(cursor);
  if (text === undefined) throw EngineError.badArgument('cursor', NOT_A_CURSOR);
  return text;
}

function placeOf(text: string): { score: number; id: string } {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && typeof parsed[0] === 'number' && typeof parsed[1] === 'string')
      return { score: parsed[0], id: parsed[1] };
  } catch {
    // fall through to the error below
  }
  throw EngineError.badArgument('cursor', 'is not a cursor of this ranking');
}

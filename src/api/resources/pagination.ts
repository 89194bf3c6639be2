import { z } from 'zod';
import { MAX_PAGE_SIZE } from '../../store/cursor';

/** The query of every list: page size and the cursor from the previous page. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50).describe(`Page size, 1–${MAX_PAGE_SIZE}`),
  cursor: z.string().min(1).max(500).optional().describe('nextCursor of the previous page'),
});

/** A page of items and the cursor of the next page (null on the last). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

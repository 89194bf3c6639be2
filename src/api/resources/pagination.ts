import { z } from 'zod';
import { MAX_PAGE_SIZE } from '../../shared/cursor';
import type { GraphNode } from '../../store/graph-store';

/** The query of every list: page size and the cursor from the previous page. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50).describe(`Page size, 1–${MAX_PAGE_SIZE}`),
  cursor: z.string().min(1).max(500).optional().describe('nextCursor of the previous page'),
});

/** A page of items and the cursor of the next page (null on the last). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** A record as the store answers it: the fields of its domain schema, and the store's stamps. */
export function storedForm<S extends z.ZodObject>(record: S) {
  return record.extend({ createdAt: z.string(), updatedAt: z.string() });
}

/**
 * A node's properties read as the answer's schema describes them. The store holds only what the
 * record's domain schema let in (write-record.ts, the import) with its stamps, so the properties
 * are of that shape; this is the one place the API takes the store's word for it.
 */
export function propsAs<S extends z.ZodType>(_schema: S): (node: GraphNode) => z.infer<S> {
  return (node) => node.props as z.infer<S>;
}

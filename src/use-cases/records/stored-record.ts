import type { z } from 'zod';
import { StoredStamps, type NodeKind, type NodeOf } from '../../domain';
import { AppError } from '../../shared/app-error';
import type { GraphStore, ListQuery, Page } from '../../store/graph-store';

/** A record as the store holds it: its kind's properties, stamped with when it was created and last changed. */
export type StoredRecord<K extends NodeKind> = NodeOf<K> & StoredStamps;

/** The schema of a stored record: its kind's schema with the store's stamps. */
export function storedSchema<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  return schema.extend(StoredStamps.shape);
}

/** A record by id; 404 naming it (`Problem 'p1'`) when there is none. */
export async function readRecord<K extends NodeKind>(store: GraphStore, kind: K, id: string): Promise<StoredRecord<K>> {
  const node = await store.getNode(kind, id);
  if (!node) throw AppError.notFound(`${kind} '${id}'`);
  return node.props as StoredRecord<K>;
}

/** One page of records of a kind, in id order, filtered as the store's lists are. */
export async function recordPage<K extends NodeKind>(
  store: GraphStore,
  kind: K,
  query: { limit: number; cursor?: string | undefined },
  filter: Pick<ListQuery, 'where' | 'related'> = {},
): Promise<Page<StoredRecord<K>>> {
  const page = await store.listNodes(kind, {
    limit: query.limit,
    ...(query.cursor ? { cursor: query.cursor } : {}),
    ...filter,
  });
  return { items: page.items.map((node) => node.props as StoredRecord<K>), nextCursor: page.nextCursor };
}

import type { GraphStore } from '../store/graph-store';
import { nameEntryOf, type NameEntry } from '../text/name-resolver';

/** Every enterprise's id, name, aliases and USCC, page by page, for a NameResolver. */
export async function loadEnterpriseNames(store: GraphStore): Promise<NameEntry[]> {
  const entries: NameEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listNodes('Enterprise', { limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const node of page.items) entries.push(nameEntryOf(node));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

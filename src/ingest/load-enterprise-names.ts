import type { GraphStore } from '../store/graph-store';
import type { NameEntry } from '../text/name-resolver';

/** Every enterprise's id, name, aliases and USCC, page by page, for a NameResolver. */
export async function loadEnterpriseNames(store: GraphStore): Promise<NameEntry[]> {
  const entries: NameEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listNodes('Enterprise', { limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const node of page.items) {
      const uscc = node.props['uscc'];
      entries.push({
        id: node.id,
        name: String(node.props['name']),
        aliases: (node.props['aliases'] as string[] | undefined) ?? [],
        ...(typeof uscc === 'string' ? { uscc } : {}),
      });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

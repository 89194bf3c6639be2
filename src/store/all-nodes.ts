import type { NodeKind } from '../domain';
import type { GraphNode, GraphStore, ListQuery } from './graph-store';

/** The largest page a store serves (ListQuery.limit's bound). */
const PAGE = 1000;

/**
 * Every node of a kind matching `where`, page by page, for the callers that need the whole list
 * (a catalogue, a name index, an outcome tally): one place that follows the cursor, so none of
 * them can stop after the first page.
 */
export async function* eachNode(
  store: Pick<GraphStore, 'listNodes'>,
  kind: NodeKind,
  where?: ListQuery['where'],
): AsyncGenerator<GraphNode> {
  let cursor: string | undefined;
  do {
    const page = await store.listNodes(kind, {
      limit: PAGE,
      ...(where ? { where } : {}),
      ...(cursor ? { cursor } : {}),
    });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** `eachNode` gathered into one array. */
export async function allNodes(
  store: Pick<GraphStore, 'listNodes'>,
  kind: NodeKind,
  where?: ListQuery['where'],
): Promise<GraphNode[]> {
  const nodes: GraphNode[] = [];
  for await (const node of eachNode(store, kind, where)) nodes.push(node);
  return nodes;
}

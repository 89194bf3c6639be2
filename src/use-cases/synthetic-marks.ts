import { LRUCache } from 'lru-cache';
import type { NodeKind, NodeRef } from '../domain';
import type { GraphStore } from '../store/graph-store';

/**
 * Whether a node is generated, remembered per store for a minute: a list read names 20–40 nodes,
 * and asking the store for each on every read cost Neo4j a round trip per candidate (40 a read
 * at 500 reads/s). A node's mark changes only when it is re-imported, so a minute late is fine.
 */
const MARK_MS = 60_000;
const marks = new WeakMap<GraphStore, LRUCache<string, { synthetic: boolean }>>();

function marksOf(store: GraphStore): LRUCache<string, { synthetic: boolean }> {
  let cache = marks.get(store);
  if (!cache) marks.set(store, (cache = new LRUCache({ max: 200_000, ttl: MARK_MS })));
  return cache;
}

/**
 * Which of these nodes were made up by a generator (`synthetic: true`): lists name their
 * candidates, leads and hits by id, and the page shows a 合成 badge beside a generated one. Read
 * when answered (the engines store ids and names, not provenance); a list is short, so one read
 * per node, all at once.
 */
export async function syntheticKeys(store: GraphStore, refs: readonly NodeRef[]): Promise<Set<string>> {
  const cache = marksOf(store);
  const unique = [...new Map(refs.map((r) => [keyOf(r.kind, r.id), r])).values()];
  const unknown = unique.filter((r) => !cache.has(keyOf(r.kind, r.id)));
  const nodes = await Promise.all(unknown.map((r) => store.getNode(r.kind, r.id)));
  unknown.forEach((r, i) => {
    // a node not (yet) there is not remembered: it may be written the next moment
    if (nodes[i]) cache.set(keyOf(r.kind, r.id), { synthetic: nodes[i].props['synthetic'] === true });
  });
  return new Set(
    unique.filter((r) => cache.get(keyOf(r.kind, r.id))?.synthetic === true).map((r) => keyOf(r.kind, r.id)),
  );
}

/** Each item, with `synthetic: true` added where its node is generated (absent where real). */
export async function markSynthetic<T>(
  store: GraphStore,
  items: readonly T[],
  refOf: (item: T) => NodeRef,
): Promise<(T & { synthetic?: true })[]> {
  const marked = await syntheticKeys(store, items.map(refOf));
  return items.map((item): T & { synthetic?: true } => {
    const ref = refOf(item);
    return marked.has(keyOf(ref.kind, ref.id))
      ? { ...item, synthetic: true as const }
      : (item as T & { synthetic?: true });
  });
}

const keyOf = (kind: NodeKind, id: string) => `${kind}:${id}`;

import type { NodeKind, NodeRef } from '../domain';
import type { GraphStore } from '../store/graph-store';

/**
 * Which of these nodes were made up by a generator (`synthetic: true`): lists name their
 * candidates, leads and hits by id, and the page shows a 合成 badge beside a generated one. Read
 * when answered (the engines store ids and names, not provenance); a list is short, so one read
 * per node, all at once.
 */
export async function syntheticKeys(store: GraphStore, refs: readonly NodeRef[]): Promise<Set<string>> {
  const unique = [...new Map(refs.map((r) => [keyOf(r.kind, r.id), r])).values()];
  const nodes = await Promise.all(unique.map((r) => store.getNode(r.kind, r.id)));
  return new Set(unique.filter((_, i) => nodes[i]?.props['synthetic'] === true).map((r) => keyOf(r.kind, r.id)));
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

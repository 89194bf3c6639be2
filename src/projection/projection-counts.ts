import { NODE_KINDS, type NodeKind, type RelType } from '../domain';
import type { GraphStore } from '../store/graph-store';
import { canReadWholeGraph } from '../store/whole-graph-reader';
import type { ProjectedGraph } from './projected-graph';

/**
 * Where a whole-graph projection and the store disagree on how many nodes of a kind (and, when
 * the store can count them cheaply, relationships of a type) there are; null when they agree.
 * It catches a snapshot that the change log cannot vouch for: the graph written to without the
 * log (a database restored or imported by hand), or a snapshot of another state. Counting is
 * cheap in Neo4j (its count store). A write landing during the check reads as a difference too:
 * the caller reloads, which is slower but never wrong.
 */
export async function countDifference(store: GraphStore, graph: ProjectedGraph): Promise<string | null> {
  const nodes = new Map<NodeKind, number>();
  graph.forEachNode((_key, node) => nodes.set(node.kind, (nodes.get(node.kind) ?? 0) + 1));
  // all at once: each count is a round trip, and a start waits for every one of them
  const stored = await Promise.all(NODE_KINDS.map((kind) => store.countNodes(kind)));
  for (const [i, kind] of NODE_KINDS.entries()) {
    if (stored[i] !== (nodes.get(kind) ?? 0)) return `${kind}: ${stored[i]} stored, ${nodes.get(kind) ?? 0} projected`;
  }
  if (!canReadWholeGraph(store)) return null;
  const edges = new Map<RelType, number>();
  graph.forEachEdge((_key, edge) => edges.set(edge.type, (edges.get(edge.type) ?? 0) + 1));
  for (const [type, count] of await store.countRelationships()) {
    if (count !== (edges.get(type) ?? 0)) return `${type}: ${count} stored, ${edges.get(type) ?? 0} projected`;
  }
  return null;
}

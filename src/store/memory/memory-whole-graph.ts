import { NODE_KINDS, REL_TYPES, type RelType } from '../../domain';
import { nodeKey } from '../../domain/node-key';
import type { WholeGraphSink } from '../whole-graph-reader';
import type { MemoryNodeList } from './memory-node-list';
import type { MemoryGraph } from './memory-types';

/**
 * Every node and every relationship of the memory store into a sink, in the order the port's
 * paged reads give them (kind by kind in id order, then type by type), so a projection is the
 * one those reads build, node for node and edge for edge. The edges are sorted by type in one
 * pass over the graph: reading them type by type (`allRelationships`) walked all million of a
 * province's edges once per type. Properties are copied, as the port's reads copy them: the
 * projection is patched apart from the store.
 */
export function readMemoryGraph(graph: MemoryGraph, listing: MemoryNodeList, sink: WholeGraphSink): void {
  for (const kind of NODE_KINDS) {
    for (const id of listing.sortedIds(kind)) {
      sink.node(kind, id, { ...graph.getNodeAttributes(nodeKey(kind, id)).props });
    }
  }
  // per type its edges' source, target and properties, one after the other; a type this release
  // does not know (a snapshot written by another) is left out, as the reads type by type left it
  const byType = new Map<RelType, unknown[]>(REL_TYPES.map((type) => [type, []]));
  graph.forEachEdge((_edge, attributes, source, target) =>
    byType.get(attributes.type)?.push(source, target, attributes.props),
  );
  for (const [type, edges] of byType) {
    for (let i = 0; i < edges.length; i += 3) {
      sink.edge(type, edges[i] as string, edges[i + 1] as string, { ...(edges[i + 2] as Record<string, unknown>) });
    }
  }
}

/** How many relationships of each type the memory store holds (of the types a projection holds): one pass. */
export function countMemoryRelationships(graph: MemoryGraph): Map<RelType, number> {
  const counts = new Map<RelType, number>(REL_TYPES.map((type) => [type, 0]));
  graph.forEachEdge((_edge, { type }) => {
    const count = counts.get(type);
    if (count !== undefined) counts.set(type, count + 1);
  });
  return counts;
}

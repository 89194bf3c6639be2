import type { NodeKind, RelType } from '../domain';
import type { ProjectedEdge, ProjectedGraph, ProjectedNode } from '../projection/projected-graph';
import { nodeKey } from '../domain/node-key';

/** Small, allocation-light readers over a projection, shared by the engines. */

export function keyOf(kind: NodeKind, id: string): string {
  return nodeKey(kind, id);
}

export function nodeAt(graph: ProjectedGraph, key: string): ProjectedNode | null {
  return graph.hasNode(key) ? graph.getNodeAttributes(key) : null;
}

/** Keys of the nodes this one points to along `type`. */
export function outOf(graph: ProjectedGraph, key: string, type: RelType): string[] {
  const out: string[] = [];
  if (!graph.hasNode(key)) return out;
  graph.forEachOutEdge(key, (_e, attributes: ProjectedEdge, _s, target) => {
    if (attributes.type === type) out.push(target);
  });
  return out;
}

/** Keys of the nodes pointing to this one along `type`. */
export function intoOf(graph: ProjectedGraph, key: string, type: RelType): string[] {
  const out: string[] = [];
  if (!graph.hasNode(key)) return out;
  graph.forEachInEdge(key, (_e, attributes: ProjectedEdge, source) => {
    if (attributes.type === type) out.push(source);
  });
  return out;
}

/** The edge's properties, for the first edge of `type` from one node to another. */
export function edgeProps(
  graph: ProjectedGraph,
  from: string,
  to: string,
  type: RelType,
): Record<string, unknown> | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  for (const edge of graph.outEdges(from, to)) {
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.type === type) return attributes.props;
  }
  return null;
}

export function nameOf(graph: ProjectedGraph, key: string): string {
  const node = nodeAt(graph, key);
  if (!node) return key;
  const name = node.props['name'] ?? node.props['title'] ?? node.id;
  return String(name);
}

/** A region and its ancestors, nearest first (park, district, city, province). */
export function regionChain(graph: ProjectedGraph, regionKey: string | null): string[] {
  const chain: string[] = [];
  for (let key = regionKey; key && !chain.includes(key); key = outOf(graph, key, 'PART_OF')[0] ?? null) chain.push(key);
  return chain;
}

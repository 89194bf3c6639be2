import { MultiDirectedGraph } from 'graphology';
import type { NodeKind, RelType } from '../domain';

/** A node of a projection: its kind, id and stored properties. Keyed `Kind:id` (see nodeKey). */
export interface ProjectedNode {
  kind: NodeKind;
  id: string;
  props: Record<string, unknown>;
}

export interface ProjectedEdge {
  type: RelType;
  props: Record<string, unknown>;
}

/**
 * The only graph the engines ever see (docs/architecture.md, Design rules that hold across the
 * layers): typed, scoped, in memory.
 */
export type ProjectedGraph = MultiDirectedGraph<ProjectedNode, ProjectedEdge>;

export function emptyProjection(): ProjectedGraph {
  return new MultiDirectedGraph<ProjectedNode, ProjectedEdge>();
}

/** The ids of every node of one kind in a projection. */
export function idsOfKind(graph: ProjectedGraph, kind: NodeKind): string[] {
  return graph.filterNodes((_key, node) => node.kind === kind).map((key) => graph.getNodeAttribute(key, 'id'));
}

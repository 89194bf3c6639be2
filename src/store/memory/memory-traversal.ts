import type { NodeRef, RelType } from '../../domain';
import type { FollowStep, GraphEdge, GraphNode, Subgraph } from '../graph-store';
import { isUndirected } from '../../domain';
import { nodeKey, parseNodeKey, refKey } from '../node-key';
import type { MemoryGraph, MemoryNodeAttributes } from './memory-types';

export function toGraphNode(attributes: MemoryNodeAttributes): GraphNode {
  return { kind: attributes.kind, id: attributes.id, props: { ...attributes.props } };
}

export function toGraphEdge(graph: MemoryGraph, edge: string): GraphEdge {
  const attributes = graph.getEdgeAttributes(edge);
  return {
    type: attributes.type,
    from: parseNodeKey(graph.source(edge)),
    to: parseNodeKey(graph.target(edge)),
    props: { ...attributes.props },
  };
}

/** FollowStep over the in-memory graph; undirected types are followed both ways. */
export function followInGraph(graph: MemoryGraph, step: FollowStep): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const both = isUndirected(step.type);
  for (const id of new Set(step.ids)) {
    const key = nodeKey(step.fromKind, id);
    if (!graph.hasNode(key)) continue;
    const visit = (edge: string, far: string) => {
      const attributes = graph.getEdgeAttributes(edge);
      const farNode = graph.getNodeAttributes(far);
      if (attributes.type !== step.type || farNode.kind !== step.toKind) return;
      edges.push(toGraphEdge(graph, edge));
      nodes.set(far, toGraphNode(farNode));
    };
    if (both || step.direction === 'out') graph.forEachOutEdge(key, (edge, _a, _s, target) => visit(edge, target));
    if (both || step.direction === 'in') graph.forEachInEdge(key, (edge, _a, source) => visit(edge, source));
  }
  return { nodes: [...nodes.values()], edges };
}

/** Every edge of the given types touching the given nodes, with the nodes at both ends. */
export function incidentInGraph(graph: MemoryGraph, refs: NodeRef[], types: readonly RelType[]): Subgraph {
  const allowed = new Set<string>(types);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const ref of refs) {
    const key = refKey(ref);
    if (!graph.hasNode(key)) continue;
    graph.forEachEdge(key, (edge, attributes, source, target) => {
      if (!allowed.has(attributes.type) || edges.has(edge)) return;
      edges.set(edge, toGraphEdge(graph, edge));
      nodes.set(source, toGraphNode(graph.getNodeAttributes(source)));
      nodes.set(target, toGraphNode(graph.getNodeAttributes(target)));
    });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

import type { NodeRef, RelType } from '../../domain';
import type { FollowStep, GraphEdge, GraphNode, Subgraph } from '../graph-store';
import { isUndirected } from '../../domain';
import { nodeKey, parseNodeKey, refKey } from '../../domain/node-key';
import type { MemoryEdgeAttributes, MemoryGraph, MemoryNodeAttributes } from './memory-types';

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
    // graphology hands each edge's and node's attributes to the callback: checking the type
    // on them first, before any lookup, matters because every follow scans all of a node's edges
    const visit = (
      attributes: MemoryEdgeAttributes,
      near: string,
      far: string,
      farNode: MemoryNodeAttributes,
      reversed: boolean,
    ) => {
      if (attributes.type !== step.type || farNode.kind !== step.toKind) return;
      edges.push({
        type: attributes.type,
        from: parseNodeKey(reversed ? far : near),
        to: parseNodeKey(reversed ? near : far),
        props: { ...attributes.props },
      });
      if (!nodes.has(far)) nodes.set(far, toGraphNode(farNode));
    };
    if (both || step.direction === 'out')
      graph.forEachOutEdge(key, (_edge, attributes, source, target, _s, targetNode) =>
        visit(attributes, source, target, targetNode, false),
      );
    if (both || step.direction === 'in')
      graph.forEachInEdge(key, (_edge, attributes, source, target, sourceNode) =>
        visit(attributes, target, source, sourceNode, true),
      );
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

import type Graph from 'graphology';
import { layoutExpansion } from '../../graph/explorer-layout';
import type { Expansion } from '../../graph/neighbourhood';
import {
  kindColour,
  nodeKey,
  type EdgeAttributes,
  type GraphNodeRef,
  type NodeAttributes,
} from '../../graph/node-kinds';

/** The graph the explorer draws: the nodes opened so far and their neighbourhoods. */
export type ExploredGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Draws a node at (x, y) unless it is drawn already; its key either way. */
export function placeNode(graph: ExploredGraph, node: GraphNodeRef, x: number, y: number, size = 8): string {
  const key = nodeKey(node.kind, node.id);
  if (!graph.hasNode(key))
    graph.addNode(key, {
      x,
      y,
      size,
      label: node.label,
      color: kindColour(node.kind),
      kind: node.kind,
      id: node.id,
      expanded: false,
      ...(node.synthetic ? { synthetic: true } : {}),
    });
  return key;
}

/**
 * Adds a node's neighbourhood around it: the neighbours not drawn yet, laid out around the node
 * clear of every other node and label (explorer-layout), its relationships (worded by
 * `relationName`), and the node marked expanded. The node's name as
 * the API gives it, when the answer carries it.
 */
export function addNeighbourhood(
  graph: ExploredGraph,
  centre: string,
  around: Expansion,
  relationName: (type: string) => string,
): GraphNodeRef | undefined {
  const { x, y } = graph.getNodeAttributes(centre);
  // new neighbours start on the node; the layout then gives each its place and its label room
  const fresh = around.nodes.filter((n) => !graph.hasNode(nodeKey(n.kind, n.id))).map((n) => placeNode(graph, n, x, y));
  for (const e of around.edges)
    if (!graph.hasEdge(e.from, e.to))
      graph.addEdge(e.from, e.to, {
        label: relationName(e.type),
        rel: e.type,
        size: 1.5,
        color: '#b3b6b7',
        type: e.undirected ? 'line' : 'arrow',
      });
  // the API names the node (a link to the explorer knows only its id)
  const named = around.nodes.find((n) => nodeKey(n.kind, n.id) === centre);
  if (named) graph.setNodeAttribute(centre, 'label', named.label);
  graph.mergeNodeAttributes(centre, { expanded: true, truncated: around.truncated, hidden: around.hidden });
  layoutExpansion(graph, centre, fresh);
  return named;
}

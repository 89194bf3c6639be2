import { relationshipSpecs, REL_TYPES, type NodeKind } from '../domain';
import type { GraphEdge, GraphNode, GraphStore } from '../store/graph-store';
import { nodeKey, refKey } from '../domain/node-key';
import { patchDerived } from './derived';
import { derivedChange, type ChangedEdge, type ChangedNode } from './derived-change';
import type { ProjectedGraph } from './projected-graph';

/** Nodes written or deleted since a projection was read, by kind (what the change feed reports). */
export interface ChangedNodes {
  kind: NodeKind;
  ids: readonly string[];
}

/** Node reads in flight at once: Neo4j answers one lookup per round trip, so they are overlapped. */
const READS_IN_FLIGHT = 64;

/**
 * Brings a whole-graph projection (projectScope with no scope) up to date with the store for the
 * given changed nodes, in place: each is re-read with every relationship it has, so a deleted
 * node, a deleted or added relationship at either end, and changed properties all arrive. The
 * result equals a fresh whole projection of the store (the unit tests check it after random
 * writes), at the cost of the changed nodes only. The structures compiled from the projection are
 * then offered what changed (derived.ts: each updates itself in place or is dropped and rebuilt on
 * its next use); callers must not patch a projection while an engine is reading it.
 */
export async function patchProjection(
  store: GraphStore,
  graph: ProjectedGraph,
  changes: readonly ChangedNodes[],
): Promise<{ nodes: number; relationships: number; kept: string[]; dropped: string[] }> {
  if (changes.every((change) => change.ids.length === 0)) return { nodes: 0, relationships: 0, kept: [], dropped: [] };
  const byKind = new Map<NodeKind, Set<string>>();
  for (const { kind, ids } of changes) {
    const set = byKind.get(kind) ?? new Set<string>();
    ids.forEach((id) => set.add(id));
    byKind.set(kind, set);
  }
  // read every changed node first: nothing is touched until the store has answered
  const present = new Map<NodeKind, GraphNode[]>();
  const absent: string[] = [];
  for (const [kind, idSet] of byKind) {
    const ids = [...idSet];
    const found = await readNodes(store, kind, ids);
    present.set(
      kind,
      found.filter((node): node is GraphNode => node !== null),
    );
    found.forEach((node, i) => node === null && absent.push(nodeKey(kind, ids[i]!)));
  }
  const edges: GraphEdge[] = [];
  const farNodes: GraphNode[] = [];
  for (const [kind, nodes] of present) {
    const ids = nodes.map((node) => node.id);
    if (ids.length === 0) continue;
    for (const step of stepsFrom(kind)) {
      const found = await store.follow({ fromKind: kind, ids, ...step });
      edges.push(...found.edges);
      farNodes.push(...found.nodes);
    }
  }

  const changedNodes = new Map<string, ChangedNode>();
  const touched = [...absent, ...[...present.values()].flat().map((node) => refKey(node))];
  const edgesBefore = edgesAt(graph, touched);
  for (const key of absent) {
    if (!graph.hasNode(key)) continue;
    changedNodes.set(key, { kind: graph.getNodeAttribute(key, 'kind'), before: true, after: false });
    graph.dropNode(key);
  }
  for (const nodes of present.values()) {
    for (const node of nodes) {
      const key = refKey(node);
      const attributes = { kind: node.kind, id: node.id, props: node.props };
      changedNodes.set(key, { kind: node.kind, before: graph.hasNode(key), after: true });
      if (!graph.hasNode(key)) {
        graph.addNode(key, attributes);
        continue;
      }
      graph.replaceNodeAttributes(key, attributes);
      // its relationships are re-read below: what is no longer in the store must go
      for (const edge of graph.edges(key)) graph.dropEdge(edge);
    }
  }
  // a far node missing here was written without its change reaching this projection: take it
  for (const node of farNodes) {
    const key = refKey(node);
    if (graph.hasNode(key)) continue;
    graph.addNode(key, { kind: node.kind, id: node.id, props: node.props });
    changedNodes.set(key, { kind: node.kind, before: false, after: true });
  }
  let relationships = 0;
  for (const edge of edges) {
    const [from, to] = [refKey(edge.from), refKey(edge.to)];
    // the key projectScope gives it, so a patched projection and a fresh one hold the same edges
    const key = `${edge.type}|${from}|${to}`;
    if (graph.hasEdge(key)) continue;
    graph.addDirectedEdgeWithKey(key, from, to, { type: edge.type, props: edge.props });
    relationships++;
  }
  const { kept, dropped } = patchDerived(
    graph,
    derivedChange(changedNodes, edgeDifference(edgesBefore, edgesAt(graph, touched))),
  );
  const nodes = absent.length + [...present.values()].reduce((n, list) => n + list.length, 0);
  return { nodes, relationships, kept, dropped };
}

/** Every relationship at these nodes, by key, with its properties as JSON (to tell a re-read one from a changed one). */
function edgesAt(graph: ProjectedGraph, keys: readonly string[]): Map<string, { edge: ChangedEdge; props: string }> {
  const found = new Map<string, { edge: ChangedEdge; props: string }>();
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    graph.forEachEdge(key, (edge, attributes, from, to) => {
      if (!found.has(edge))
        found.set(edge, { edge: { type: attributes.type, from, to }, props: JSON.stringify(attributes.props) });
    });
  }
  return found;
}

/** The relationships added, removed or with other properties. */
function edgeDifference(
  before: Map<string, { edge: ChangedEdge; props: string }>,
  after: Map<string, { edge: ChangedEdge; props: string }>,
): ChangedEdge[] {
  const changed: ChangedEdge[] = [];
  for (const [key, was] of before) if (after.get(key)?.props !== was.props) changed.push(was.edge);
  for (const [key, now] of after) if (!before.has(key)) changed.push(now.edge);
  return changed;
}

/** Every relationship a node of this kind can have, as follow steps from it. */
function stepsFrom(kind: NodeKind): { type: (typeof REL_TYPES)[number]; direction: 'out' | 'in'; toKind: NodeKind }[] {
  const steps: { type: (typeof REL_TYPES)[number]; direction: 'out' | 'in'; toKind: NodeKind }[] = [];
  for (const type of REL_TYPES) {
    const spec = relationshipSpecs[type] as { from: readonly NodeKind[]; to: readonly NodeKind[] };
    if (spec.from.includes(kind)) spec.to.forEach((toKind) => steps.push({ type, direction: 'out', toKind }));
    if (spec.to.includes(kind)) spec.from.forEach((toKind) => steps.push({ type, direction: 'in', toKind }));
  }
  return steps;
}

async function readNodes(store: GraphStore, kind: NodeKind, ids: string[]): Promise<(GraphNode | null)[]> {
  const nodes: (GraphNode | null)[] = [];
  for (let at = 0; at < ids.length; at += READS_IN_FLIGHT)
    nodes.push(...(await Promise.all(ids.slice(at, at + READS_IN_FLIGHT).map((id) => store.getNode(kind, id)))));
  return nodes;
}

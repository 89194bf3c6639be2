import { REL_TYPES, type NodeRef, type RelType } from '../domain';
import { AppError } from '../shared/app-error';
import type { GraphEdge, GraphNode, NeighbourhoodQuery, Subgraph } from './graph-store';
import { refKey } from '../domain/node-key';

export const NEIGHBOURHOOD_DEFAULTS = { depth: 1, limit: 200, maxDepth: 3, maxLimit: 2000 } as const;

export interface NeighbourhoodSource {
  node(ref: NodeRef): Promise<GraphNode | null>;
  incident(refs: NodeRef[], types: readonly RelType[]): Promise<Subgraph>;
}

/**
 * Breadth-first neighbourhood, shared by both stores so that they answer alike: level by
 * level, new nodes in key order, cut at `limit` (nearest first); the edges returned are every
 * edge of the followed types between returned nodes. Null when the centre does not exist.
 */
export async function expandNeighbourhood(
  centre: NodeRef,
  { depth = NEIGHBOURHOOD_DEFAULTS.depth, limit = NEIGHBOURHOOD_DEFAULTS.limit, types = REL_TYPES }: NeighbourhoodQuery,
  source: NeighbourhoodSource,
): Promise<Subgraph> {
  if (!Number.isInteger(depth) || depth < 1 || depth > NEIGHBOURHOOD_DEFAULTS.maxDepth)
    throw AppError.badInput('depth', `must be a whole number from 1 to ${NEIGHBOURHOOD_DEFAULTS.maxDepth}`);
  if (!Number.isInteger(limit) || limit < 1 || limit > NEIGHBOURHOOD_DEFAULTS.maxLimit)
    throw AppError.badInput('limit', `must be a whole number from 1 to ${NEIGHBOURHOOD_DEFAULTS.maxLimit}`);
  const start = await source.node(centre);
  if (!start) throw AppError.notFound(`${centre.kind} '${centre.id}'`);

  const kept = new Map<string, GraphNode>([[refKey(start), start]]);
  const edges = new Map<string, GraphEdge>();
  let frontier: NodeRef[] = [start];
  for (let level = 0; level <= depth && frontier.length > 0; level++) {
    const found = await source.incident(frontier, types);
    for (const edge of found.edges) edges.set(`${edge.type}|${refKey(edge.from)}|${refKey(edge.to)}`, edge);
    if (level === depth) break;
    const fresh = found.nodes
      .filter((node) => !kept.has(refKey(node)))
      .sort((a, b) => compareKeys(refKey(a), refKey(b)))
      .slice(0, limit - kept.size);
    for (const node of fresh) kept.set(refKey(node), node);
    frontier = fresh;
  }
  const inside = (edge: GraphEdge) => kept.has(refKey(edge.from)) && kept.has(refKey(edge.to));
  return {
    nodes: [...kept.values()],
    edges: [...edges.values()]
      .filter(inside)
      .sort((a, b) =>
        compareKeys(`${a.type}|${refKey(a.from)}|${refKey(a.to)}`, `${b.type}|${refKey(b.from)}|${refKey(b.to)}`),
      ),
  };
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

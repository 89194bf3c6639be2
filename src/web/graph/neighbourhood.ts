import { get } from '../api/client';
import type { Neighbourhood } from '../api/types';
import { nodeKey, type GraphEdgeRef, type GraphNodeRef } from './node-kinds';

export interface Expansion {
  nodes: GraphNodeRef[];
  edges: GraphEdgeRef[];
  /** More neighbours than were asked for. */
  truncated: boolean;
  /** Neighbours the key may not see (outside its region, or known only through masked ties). */
  hidden: number;
}

/** Most neighbours one click adds: enough to read, few enough to draw legibly. */
export const NEIGHBOURS_SHOWN = 60;

/**
 * A node's neighbours as the API gives them (GET /graph/neighbourhood): every kind of node, its
 * stored relationships with their type and direction, as the key may see them.
 */
export async function neighbourhood(kind: string, id: string): Promise<Expansion> {
  const { body } = await get<Neighbourhood>('graph/neighbourhood', { kind, id, limit: NEIGHBOURS_SHOWN });
  return {
    nodes: [body.centre, ...body.nodes].map((n) => ({
      kind: n.kind,
      id: n.id,
      label: n.name,
      ...(n.props['synthetic'] === true ? { synthetic: true } : {}),
    })),
    edges: body.relationships.map((r) => ({
      from: nodeKey(r.from.kind, r.from.id),
      to: nodeKey(r.to.kind, r.to.id),
      type: r.type,
      undirected: r.undirected,
    })),
    truncated: body.truncated,
    hidden: body.hidden,
  };
}

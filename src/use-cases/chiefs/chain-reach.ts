import { displayName, type NodeKind } from '../../domain';
import type { GraphEdge, GraphNode, GraphStore } from '../../store/graph-store';

/** The nodes one step away, and the ties that reach them (none for no ids). */
export async function step(
  store: GraphStore,
  fromKind: NodeKind,
  ids: readonly string[],
  type: GraphEdge['type'],
  direction: 'in' | 'out',
  toKind: NodeKind,
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  if (ids.length === 0) return { nodes: [], edges: [] };
  return store.follow({ fromKind, ids: [...ids], type, direction, toKind });
}

/** The far end's id of a tie, seen from `id`. */
export const otherEnd = (edge: GraphEdge, id: string): string => (edge.from.id === id ? edge.to.id : edge.from.id);

export interface ChainReach {
  /** The chain's enterprises (IN_SEGMENT one of its segments), by id. */
  enterprises: Map<string, GraphNode>;
  /** Where each of them is located. */
  regionsOf: Map<string, string[]>;
  /** The chain's problems (ABOUT one of its segments) with their poster's name and regions. */
  problems: { node: GraphNode; postedBy: string | null; regions: string[] }[];
  /** The requests the chain's enterprises raised, with the enterprise's id. */
  requests: { node: GraphNode; raisedBy: string }[];
}

/**
 * What a chain reaches through its segments, read from the store once for every region of a
 * chief's view: its enterprises and where they are, the problems posted about its segments, the
 * requests its enterprises raised.
 */
export async function chainReach(store: GraphStore, chainId: string): Promise<ChainReach> {
  const segments = (await step(store, 'Chain', [chainId], 'PART_OF', 'in', 'Segment')).nodes.map((s) => s.id);
  const makers = await step(store, 'Segment', segments, 'IN_SEGMENT', 'in', 'Enterprise');
  const enterprises = new Map(makers.nodes.map((n) => [n.id, n]));
  const ids = [...enterprises.keys()];
  const regionsOf = new Map<string, string[]>();
  const placed = async (kind: NodeKind, of: string[]) => {
    for (const edge of (await step(store, kind, of, 'LOCATED_IN', 'out', 'Region')).edges)
      regionsOf.set(edge.from.id, [...(regionsOf.get(edge.from.id) ?? []), edge.to.id]);
  };
  await placed('Enterprise', ids);

  const about = await step(store, 'Segment', segments, 'ABOUT', 'in', 'Problem');
  const problemIds = [...new Set(about.nodes.map((p) => p.id))];
  const posters = new Map<string, GraphNode>();
  const posterOf = new Map<string, string>();
  for (const kind of ['Enterprise', 'Institution'] as const) {
    const posted = await step(store, 'Problem', problemIds, 'POSTED', 'in', kind);
    for (const n of posted.nodes) posters.set(n.id, n);
    for (const e of posted.edges) posterOf.set(e.to.id, e.from.id);
    await placed(
      kind,
      [...new Set(posted.nodes.map((n) => n.id))].filter((id) => !regionsOf.has(id)),
    );
  }
  const problems = [...new Map(about.nodes.map((p) => [p.id, p])).values()].map((node) => {
    const poster = posterOf.get(node.id);
    return {
      node,
      postedBy: poster ? displayName(posters.get(poster)!.props) : null,
      regions: poster ? (regionsOf.get(poster) ?? []) : [],
    };
  });

  const raised = await step(store, 'Enterprise', ids, 'RAISED_BY', 'in', 'Request');
  const byId = new Map(raised.nodes.map((n) => [n.id, n]));
  const requests = raised.edges.map((e) => ({ node: byId.get(e.from.id)!, raisedBy: e.to.id }));
  return { enterprises, regionsOf, problems, requests };
}

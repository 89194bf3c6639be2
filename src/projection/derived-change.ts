import type { NodeKind, RelType } from '../domain';

/** A node a patch wrote, added or dropped: whether it was in the projection before and is after. */
export interface ChangedNode {
  kind: NodeKind;
  before: boolean;
  after: boolean;
}

/** A relationship a patch added, removed, or re-read with other properties. */
export interface ChangedEdge {
  type: RelType;
  from: string;
  to: string;
}

/**
 * What one patch did to a projection, as the derived structures need it to decide whether they
 * can absorb it (src/projection/derived.ts): the nodes re-read (by projection key) and the
 * relationships that differ from before. A relationship re-read unchanged is not listed, so an
 * edit of one enterprise's description is one changed node and no changed relationship.
 */
export interface DerivedChange {
  nodes: ReadonlyMap<string, ChangedNode>;
  edges: readonly ChangedEdge[];
  /** The kinds of the changed nodes and the types of the changed relationships. */
  kinds: ReadonlySet<NodeKind>;
  types: ReadonlySet<RelType>;
}

export function derivedChange(nodes: ReadonlyMap<string, ChangedNode>, edges: readonly ChangedEdge[]): DerivedChange {
  return {
    nodes,
    edges,
    kinds: new Set([...nodes.values()].map((node) => node.kind)),
    types: new Set(edges.map((edge) => edge.type)),
  };
}

/** Whether the change touches none of these kinds and relationship types (what a structure reads). */
export function touchesNone(change: DerivedChange, kinds: readonly NodeKind[], types: readonly RelType[]): boolean {
  return kinds.every((kind) => !change.kinds.has(kind)) && types.every((type) => !change.types.has(type));
}

/** Whether a node of this kind was added or dropped (its numbering in a structure moves). */
export function addsOrDrops(change: DerivedChange, kind: NodeKind): boolean {
  for (const node of change.nodes.values()) if (node.kind === kind && node.before !== node.after) return true;
  return false;
}

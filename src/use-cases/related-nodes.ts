import type { FollowStep, GraphNode, GraphStore } from '../store/graph-store';

/**
 * The nodes at the far end of one step from each of `step.ids`, by id: a page of records reads
 * what they are tied to in one query per relationship type, not one per record.
 *
 * @example await farEnds(store, { fromKind: 'Request', ids, type: 'RAISED_BY', direction: 'out', toKind: 'Enterprise' })
 */
export async function farEnds(store: GraphStore, step: FollowStep): Promise<Map<string, GraphNode[]>> {
  const ends = new Map<string, GraphNode[]>();
  if (step.ids.length === 0) return ends;
  const found = await store.follow(step);
  const nodes = new Map(found.nodes.map((n) => [n.id, n]));
  for (const edge of found.edges) {
    const [near, far] = step.direction === 'out' ? [edge.from.id, edge.to.id] : [edge.to.id, edge.from.id];
    const node = nodes.get(far);
    if (node) ends.set(near, [...(ends.get(near) ?? []), node]);
  }
  return ends;
}

/** The regions each of these enterprises is located in, by id (what a region-scoped key is checked against). */
export async function regionsOfEnterprises(store: GraphStore, ids: string[]): Promise<Map<string, string[]>> {
  const located = await farEnds(store, {
    fromKind: 'Enterprise',
    ids,
    type: 'LOCATED_IN',
    direction: 'out',
    toKind: 'Region',
  });
  return new Map([...located].map(([id, regions]) => [id, regions.map((r) => r.id)]));
}

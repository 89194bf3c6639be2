import { maskPerson } from '../../access/masking';
import { SEES_PARTY_MEMBERSHIP } from '../../access/roles';
import {
  displayName,
  isUndirected,
  REL_TYPES,
  type GraphNodeOut,
  type Neighbourhood,
  type NodeRef,
  type Properties,
  type RelType,
} from '../../domain';
import type { GraphEdge, GraphNode } from '../../store/graph-store';
import { refKey } from '../../domain/node-key';
import { farEnds, regionsOfEnterprises } from '../related-nodes';
import type { UseCaseContext } from '../use-case-context';

/** What reading a neighbourhood takes: the graph, the caller and the regions its key may touch. */
type NeighbourhoodReader = Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>;

/**
 * Relationship types not followed for roles that may not see party membership: MEMBER_OF tells it,
 * and so do a member's co-managing organisation (MANAGED_BY) and moves (MOVE_OF).
 */
const MASKED_TIES: readonly RelType[] = ['MEMBER_OF', 'MANAGED_BY', 'MOVE_OF'];

export const NEIGHBOURS_DEFAULTS = { limit: 50, maxLimit: 200 } as const;

/**
 * A stored node's or relationship's properties as answered. The store keeps Neo4j property
 * values (scalars and lists of scalars), and masking only blanks some of them.
 */
const properties = (props: Record<string, unknown>) => props as Properties;

/**
 * Enterprises, requests and talent needs lie in a region (a request or a need where its
 * enterprise does): the kinds whose reads are region-scoped.
 */
async function regionsOfPlaced(
  store: NeighbourhoodReader['store'],
  nodes: GraphNode[],
): Promise<Map<string, string[]>> {
  const raisedBy = await farEnds(store, {
    fromKind: 'Request',
    ids: nodes.filter((n) => n.kind === 'Request').map((n) => n.id),
    type: 'RAISED_BY',
    direction: 'out',
    toKind: 'Enterprise',
  });
  const neededBy = await farEnds(store, {
    fromKind: 'TalentNeed',
    ids: nodes.filter((n) => n.kind === 'TalentNeed').map((n) => n.id),
    type: 'NEEDED_BY',
    direction: 'out',
    toKind: 'Enterprise',
  });
  const enterpriseOf = (n: GraphNode) =>
    n.kind === 'Request'
      ? raisedBy.get(n.id)?.[0]?.id
      : n.kind === 'TalentNeed'
        ? neededBy.get(n.id)?.[0]?.id
        : n.kind === 'Enterprise'
          ? n.id
          : undefined;
  const enterprises = [...new Set(nodes.flatMap((n) => enterpriseOf(n) ?? []))];
  const located = await regionsOfEnterprises(store, enterprises);
  const regions = new Map<string, string[]>();
  for (const node of nodes)
    if (node.kind === 'Enterprise' || node.kind === 'Request' || node.kind === 'TalentNeed')
      regions.set(refKey(node), located.get(enterpriseOf(node) ?? '') ?? []);
  return regions;
}

/**
 * A node and its neighbours for the graph explorer, from the store's neighbourhood (one hop),
 * as the caller may see them: an enterprise or request outside a region-scoped key's region is
 * refused as the centre (403, as GET /enterprises/:id is) and left out as a neighbour; people's
 * party membership and contacts are masked as GET /people/:id masks them, and MEMBER_OF ties
 * (which would tell party membership) are left out for the roles that may not see it.
 *
 * @example neighbourhoodFor(ctx, { kind: 'Institution', id: 'inst-just' }, 50)
 */
export async function neighbourhoodFor(
  ctx: NeighbourhoodReader,
  centre: NodeRef,
  limit: number = NEIGHBOURS_DEFAULTS.limit,
): Promise<Neighbourhood> {
  // masked ties are not even followed: a neighbour reached only through one must not take a
  // place under the limit, move another, set `truncated` or count in `hidden` — each of those
  // told a viewer which people are party members (hidden: 1 for a member, 0 for anyone else)
  const { store, scopes, caller } = ctx;
  const masked = SEES_PARTY_MEMBERSHIP.has(caller.role) ? [] : MASKED_TIES;
  const types = masked.length > 0 ? REL_TYPES.filter((type) => !masked.includes(type)) : undefined;
  // one more than asked tells whether there are more
  const found = await store.neighbourhood(centre, { depth: 1, limit: limit + 2, ...(types ? { types } : {}) });
  const centreKey = refKey(centre);
  const middle = found.nodes.find((n) => refKey(n) === centreKey)!;
  const around = found.nodes.filter((n) => refKey(n) !== centreKey);
  const truncated = around.length > limit;
  let neighbours = around.slice(0, limit);

  const scope = await scopes.of(caller);
  if (scope !== null) {
    const regions = await regionsOfPlaced(store, [middle, ...neighbours]);
    const placed = regions.get(centreKey);
    if (placed) await scopes.check(caller, placed, `${centre.kind} '${centre.id}'`);
    neighbours = neighbours.filter((n) => regions.get(refKey(n))?.some((id) => scope.has(id)) ?? true);
  }
  const kept = new Set([centreKey, ...neighbours.map(refKey)]);
  const visible = (e: GraphEdge) =>
    !(masked as string[]).includes(e.type) && kept.has(refKey(e.from)) && kept.has(refKey(e.to));
  let edges = found.edges.filter(visible);
  // a neighbour joined to the centre only by a masked tie is left out with it
  const joined = new Set(
    edges
      .filter((e) => refKey(e.from) === centreKey || refKey(e.to) === centreKey)
      .flatMap((e) => [refKey(e.from), refKey(e.to)]),
  );
  const shown = neighbours.filter((n) => joined.has(refKey(n)));
  const shownKeys = new Set([centreKey, ...shown.map(refKey)]);
  edges = edges.filter((e) => shownKeys.has(refKey(e.from)) && shownKeys.has(refKey(e.to)));

  const out = (node: GraphNode): GraphNodeOut => ({
    kind: node.kind,
    id: node.id,
    name: displayName(node.props),
    props: properties(node.kind === 'Person' ? maskPerson(node.props, caller.role) : node.props),
  });
  return {
    centre: out(middle),
    nodes: shown.map(out),
    relationships: edges.map((e) => ({
      type: e.type,
      from: { kind: e.from.kind, id: e.from.id },
      to: { kind: e.to.kind, id: e.to.id },
      undirected: isUndirected(e.type),
      props: properties(e.props),
    })),
    truncated,
    hidden: Math.min(around.length, limit) - shown.length,
    masked: [...masked],
  };
}

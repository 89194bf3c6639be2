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
} from '../../domain';
import { AppError } from '../../shared/app-error';
import type { GraphEdge, GraphNode } from '../../store/graph-store';
import { refKey } from '../../domain/node-key';
import type { UseCaseContext } from '../use-case-context';
import { MEMBERSHIP_KINDS, MEMBERSHIP_REVEALING } from './membership-ties';
import { outOfScope } from './read-scope';

/** What reading a neighbourhood takes: the graph, the caller and the regions its key may touch. */
type NeighbourhoodReader = Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>;

export const NEIGHBOURS_DEFAULTS = { limit: 50, maxLimit: 200 } as const;

/**
 * A stored node's or relationship's properties as answered. The store keeps Neo4j property
 * values (scalars and lists of scalars), and masking only blanks some of them.
 */
const properties = (props: Record<string, unknown>) => props as Properties;

/**
 * The centre as the caller may read it: 404 when there is none; 403 for a record only members'
 * readers may see (a member's move) or one outside a region-limited key's region, as the kind's
 * own route refuses it.
 */
async function readableCentre(ctx: NeighbourhoodReader, centre: NodeRef, membership: boolean): Promise<GraphNode> {
  const what = `${centre.kind} '${centre.id}'`;
  // refused before it is looked up: a 404 would tell which moves exist
  if (!membership && MEMBERSHIP_KINDS.includes(centre.kind))
    throw new AppError('forbidden', `${what} is a party member's record: the key's role may not read it`);
  const node = await ctx.store.getNode(centre.kind, centre.id);
  if (!node) throw AppError.notFound(what);
  if ((await outOfScope(ctx, [node])).size > 0)
    throw new AppError('forbidden', `${what} is outside the key's region (${ctx.caller.regionId})`);
  return node;
}

/**
 * A node and its neighbours for the graph explorer, from the store's neighbourhood (one hop),
 * as the caller may see them: a node of any kind that the kind's own route would refuse a
 * region-scoped key (an enterprise, a department, a squad, an outcome…: read-scope.ts) is refused
 * as the centre (403) and left out as a neighbour; people's party membership and contacts are
 * masked as GET /people/:id masks them, and the ties and records that tell party membership
 * (membership-ties.ts: MEMBER_OF, squads' members and leaders, visits' companions, a member's
 * co-management and moves) are not followed for the roles that may not see it.
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
  const { store, caller } = ctx;
  const membership = SEES_PARTY_MEMBERSHIP.has(caller.role);
  const masked = membership ? [] : MEMBERSHIP_REVEALING;
  const types = masked.length > 0 ? REL_TYPES.filter((type) => !masked.includes(type)) : undefined;
  const middle = await readableCentre(ctx, centre, membership);
  // one more than asked tells whether there are more
  const found = await store.neighbourhood(centre, { depth: 1, limit: limit + 2, ...(types ? { types } : {}) });
  const centreKey = refKey(centre);
  const around = found.nodes.filter((n) => refKey(n) !== centreKey);
  const truncated = around.length > limit;
  // every kind is left out where its own route would refuse it (a department, a squad, an outcome…)
  const refused = await outOfScope(ctx, around.slice(0, limit));
  const neighbours = around.slice(0, limit).filter((n) => !refused.has(refKey(n)));
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

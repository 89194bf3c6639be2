import type { NodeRef } from '../../domain';
import { recordedOutcome } from '../../match/outcomes/recorded-outcomes';
import type { GraphNode } from '../../store/graph-store';
import { regionsOfOutcomes } from '../recorded-outcomes';
import type { UseCaseContext } from '../use-case-context';

/** Scoping reads the ends an outcome recorded, not its ties: no outcome's tie is looked up. */
const NO_TIES: ReadonlyMap<string, NodeRef> = new Map();

/**
 * The outcomes of a page a caller may read: a region-scoped key sees those whose advice was for
 * its region (the subject enterprise, the leads' region, the request's or the problem's
 * enterprise, as GET /stats/outcomes counts them); an outcome placed nowhere is for keys without
 * a region. Notes say who was called and what was said: they are another region's business.
 */
export async function outcomesInScope(
  ctx: Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>,
  nodes: GraphNode[],
): Promise<GraphNode[]> {
  const scope = await ctx.scopes.of(ctx.caller);
  if (scope === null || nodes.length === 0) return nodes;
  const outcomes = nodes.map((node) => recordedOutcome(node, NO_TIES, NO_TIES));
  const regions = await regionsOfOutcomes(ctx.store, outcomes);
  return nodes.filter((node) => (regions.get(node.id) ?? []).some((region) => scope.has(region)));
}

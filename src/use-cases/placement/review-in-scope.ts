import type { UseCaseContext } from '../use-case-context';
import { listPlacementReview, type PlacementReviewItem } from './placement-review';

export interface ReviewPageQuery {
  regionId?: string;
  chainId?: string;
  limit: number;
  cursor?: string;
}

/**
 * A page of the 挂链 review queue as far as the caller's key reaches. A region asked for is
 * checked against the key (asking for another region is refused, not answered empty) and read
 * with the regions below it (a city's parks), as a key's own scope is. Items are held to the
 * key's region once more after the store's filter: an enterprise with no region is no
 * region-limited key's.
 */
export async function reviewPageInScope(
  ctx: Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>,
  query: ReviewPageQuery,
): Promise<{ items: PlacementReviewItem[]; nextCursor?: string }> {
  if (query.regionId) await ctx.scopes.check(ctx.caller, [query.regionId], `region '${query.regionId}'`);
  const scope = await ctx.scopes.of(ctx.caller);
  const regions = query.regionId ? await ctx.scopes.within(query.regionId) : scope;
  const page = await listPlacementReview(ctx.store, {
    limit: query.limit,
    ...(regions ? { regionIds: [...regions] } : {}),
    ...(query.chainId ? { chainId: query.chainId } : {}),
    ...(query.cursor ? { cursor: query.cursor } : {}),
  });
  const items = scope
    ? page.items.filter((item) => item.regionId !== undefined && scope.has(item.regionId))
    : page.items;
  return { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}

import { NODE_KINDS } from '../domain';
import type { UseCaseContext } from './use-case-context';

/**
 * The dashboard's figures: how many nodes of each kind the graph holds, then the tallies `tally`
 * computes (problems and requests by status, overdue requests), stamped with when.
 */
export async function graphFigures<Tallies extends object>(
  ctx: Pick<UseCaseContext, 'store' | 'now'>,
  tally: () => Promise<Tallies>,
): Promise<{ counts: Record<string, number> } & Tallies & { computedAt: string }> {
  const counts: Record<string, number> = {};
  for (const kind of NODE_KINDS) counts[kind] = await ctx.store.countNodes(kind);
  const tallies = await tally();
  return { counts, ...tallies, computedAt: ctx.now().toISOString() };
}

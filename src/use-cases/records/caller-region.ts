import { AppError } from '../../shared/app-error';
import type { UseCaseContext } from '../use-case-context';

/**
 * A region-limited key places what it writes in its own region (403 naming the region); where
 * `required`, it must also say where (400 naming body.regionId).
 */
export async function refuseOtherRegion(
  ctx: UseCaseContext,
  regionId: string | undefined,
  { required }: { required: boolean },
): Promise<void> {
  if (regionId) await ctx.scopes.check(ctx.caller, [regionId], `region '${regionId}'`);
  else if (required && ctx.caller.regionId)
    throw AppError.badInput('body.regionId', 'is required for a region-scoped key');
}

import { SEES_PARTY_MEMBERSHIP } from '../../access/roles';
import type { JobFairPlan, TalentCandidates, TalentCatalogue } from '../../domain/answers/talent.schema';
import { AppError } from '../../shared/app-error';
import type { UseCaseContext } from '../use-case-context';
import { talentNeedInScope } from './talent-need-records';

type Reader = Pick<UseCaseContext, 'store' | 'scopes' | 'caller' | 'now'>;

/** What a talent answer is computed for once checked: the day it is counted to, and whether membership may be said. */
export interface TalentAsk {
  asOf: string;
  membership: boolean;
}

function askOf(ctx: Reader): TalentAsk {
  return { asOf: ctx.now().toISOString().slice(0, 10), membership: SEES_PARTY_MEMBERSHIP.has(ctx.caller.role) };
}

/**
 * The chain and the region a talent answer is for: the region asked, else the key's own, else the
 * whole chain; 403 for a region outside the key's, then 404 naming what is not there.
 */
async function chainAndRegion(ctx: Reader, chainId: string, asked: string | undefined): Promise<string | null> {
  const region = asked ?? ctx.caller.regionId ?? null;
  if (region) await ctx.scopes.check(ctx.caller, [region], `region '${region}'`);
  if (!(await ctx.store.getNode('Chain', chainId))) throw AppError.notFound(`Chain '${chainId}'`);
  if (region && !(await ctx.store.getNode('Region', region))) throw AppError.notFound(`Region '${region}'`);
  return region;
}

/** 急需紧缺人才目录 of a chain (in a region), computed by `ask` on the whole graph. */
export async function chainTalentCatalogue(
  ctx: Reader,
  chainId: string,
  regionAsked: string | undefined,
  ask: (regionId: string | null, how: TalentAsk) => Promise<TalentCatalogue>,
): Promise<TalentCatalogue> {
  return ask(await chainAndRegion(ctx, chainId, regionAsked), askOf(ctx));
}

/** 链上专场招聘会 of a chain (in a region), planned by `ask` on the whole graph. */
export async function chainJobFair(
  ctx: Reader,
  chainId: string,
  regionAsked: string | undefined,
  ask: (regionId: string | null, how: TalentAsk) => Promise<JobFairPlan>,
): Promise<JobFairPlan> {
  return ask(await chainAndRegion(ctx, chainId, regionAsked), askOf(ctx));
}

/** A need's candidates, once the caller may read the need. */
export async function talentCandidatesFor(
  ctx: Reader,
  needId: string,
  ask: (how: TalentAsk) => Promise<TalentCandidates>,
): Promise<TalentCandidates> {
  await talentNeedInScope(ctx, needId);
  return ask(askOf(ctx));
}

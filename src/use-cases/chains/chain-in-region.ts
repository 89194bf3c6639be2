import type { ChainExtension, GapMap, MeetingPlan, WhatIf } from '../../domain/answers';
import { gapKey } from '../../domain/result-keys';
import type { JobQueue } from '../../jobs/job-queue';
import { AppError } from '../../shared/app-error';
import { reportOrJob, type ReportOrJob } from '../stored-report';
import type { UseCaseContext } from '../use-case-context';

/*
 * A chain as one region sees it: its gap map and leads (stored by the gaps job), what attracting
 * some leads would change, and a meeting plan. The what-if and the plan are computed on the whole
 * graph in memory: the caller hands in the query that computes them.
 */

type RegionReader = Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>;

/**
 * The chain and region of a map, checked: 403 when the region lies outside the caller's scope,
 * then 404 naming what is not there (the chain, or the region).
 */
export async function chainInRegion(ctx: RegionReader, chainId: string, regionId: string): Promise<void> {
  await ctx.scopes.check(ctx.caller, [regionId], `region '${regionId}'`);
  if (!(await ctx.store.getNode('Chain', chainId))) throw AppError.notFound(`Chain '${chainId}'`);
  if (!(await ctx.store.getNode('Region', regionId))) throw AppError.notFound(`Region '${regionId}'`);
}

/** The latest stored gap map of a region's chain (map and ranked leads), or the job computing it. */
export async function chainGapMap(
  ctx: RegionReader & { jobs: JobQueue },
  chainId: string,
  regionId: string,
): Promise<ReportOrJob<GapMap>> {
  await chainInRegion(ctx, chainId, regionId);
  // the payload the gaps job stored: findLeads's answer
  return reportOrJob<GapMap>(ctx, 'gap_map', gapKey(chainId, regionId), {
    name: 'gaps.map',
    payload: { chainId, regionId },
  });
}

/** What a what-if is asked about: a region's chain and the enterprises it would attract. */
export interface WhatIfQuestion {
  chainId: string;
  regionId: string;
  leadIds: string[];
}

/**
 * What attracting these leads would change, computed by `ask`; nothing is written but the audit
 * entry. Every lead must name an enterprise: an unknown id would be left out without a word, and
 * the answer would look like a lead that changes nothing.
 */
export async function chainWhatIf(
  ctx: RegionReader & Pick<UseCaseContext, 'audit'>,
  question: WhatIfQuestion,
  ask: (question: WhatIfQuestion) => Promise<WhatIf>,
): Promise<WhatIf> {
  const { chainId, regionId, leadIds } = question;
  await chainInRegion(ctx, chainId, regionId);
  const found = await ctx.store.existingIds('Enterprise', leadIds);
  const unknown = [...new Set(leadIds.filter((id) => !found.has(id)))];
  if (unknown.length > 0)
    throw AppError.badInput('body.leadIds', `name no enterprise: ${unknown.map((id) => `'${id}'`).join(', ')}`);
  const result = await ask({ chainId, regionId, leadIds });
  await ctx.audit('chain.what-if', { kind: 'Chain', id: chainId }, null, {
    region: regionId,
    leadIds,
    closed: result.closed.length,
  });
  return result;
}

/** A supply-demand meeting plan for a region's chain, computed by `plan` once the chain and region are checked. */
export async function chainMeetingPlan(
  ctx: RegionReader,
  chainId: string,
  regionId: string,
  plan: () => Promise<MeetingPlan>,
): Promise<MeetingPlan> {
  await chainInRegion(ctx, chainId, regionId);
  return plan();
}

/** 延链 of a region's chain, once the caller may read that region: computed on the whole graph by `extend`. */
export async function chainExtensionIn(
  ctx: RegionReader,
  chainId: string,
  regionId: string,
  extend: () => Promise<ChainExtension>,
): Promise<ChainExtension> {
  await chainInRegion(ctx, chainId, regionId);
  return extend();
}

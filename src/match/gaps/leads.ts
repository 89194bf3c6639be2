import { idsOfKind, type ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { trustGraphOf } from '../algorithms/trust-graph';
import { enterpriseSpaceOf, type EnterpriseSpace } from '../enterprise-space';
import { keyOf, nodeAt, regionChain } from '../graph-access';
import { localMarks, mapWithMarks, type ChainMap, LocalMarks, type SegmentGap } from './chain-map';
import { explainLead } from './explain-lead';
import { gapProducers } from './gap-producers';
import { LEADS_DEFAULTS, type Lead } from './lead';
import { leadComponents, leadScore, type LeadSetting } from './lead-score';
import { leadTiesOf, localOrgMarks } from './lead-ties';

export { LEADS_DEFAULTS, type Lead } from './lead';
export { whatIf, type WhatIf } from './what-if';
export { chainExtension } from './chain-extension';

/**
 * 招商图谱, part two: whom to attract (招商线索) for the missing and weak segments of chain C in
 * region R, a what-if of attracting some, and where the chain could extend (延链).
 * A lead is an enterprise outside R producing such a segment, ranked by the local demand it
 * would serve, its existing ties to local firms (already supplying one is the strongest sign),
 * its quality, its distance and its organisational ties.
 *
 * A lead's score is lead-score.ts, its words explain-lead.ts; the what-if is what-if.ts and the
 * extension chain-extension.ts.
 */

export function findLeads(
  graph: ProjectedGraph,
  chainId: string,
  regionId: string,
  { limit = LEADS_DEFAULTS.limit as number }: { limit?: number } = {},
): { map: ChainMap; leads: Lead[] } {
  const chainKey = keyOf('Chain', chainId);
  const regionKey = keyOf('Region', regionId);
  if (!nodeAt(graph, chainKey)) throw EngineError.notFound(`Chain '${chainId}'`);
  if (!nodeAt(graph, regionKey)) throw EngineError.notFound(`Region '${regionId}'`);
  if (!(Number.isInteger(limit) && limit >= 1)) throw EngineError.badArgument('limit', 'must be a whole number ≥ 1');
  const local = localMarks(graph);
  local.mark(graph, regionKey, new Set());
  try {
    return leadsWithMarks(graph, chainKey, regionLeadContext(graph, regionKey, local), limit);
  } finally {
    local.release();
  }
}

/**
 * The map and leads of every chain in every region (or the given ones), one at a time: what a
 * full recompute of the investment maps runs. Regions outer loop, so each region's local
 * enterprises are marked once for all its chains.
 */
export function* gapMapsForAll(
  graph: ProjectedGraph,
  {
    chainIds,
    regionIds,
    limit = LEADS_DEFAULTS.limit as number,
  }: { chainIds?: string[]; regionIds?: string[]; limit?: number } = {},
): Generator<{ map: ChainMap; leads: Lead[] }> {
  const chains = (chainIds ?? idsOfKind(graph, 'Chain')).map((id) => keyOf('Chain', id));
  const regions = (regionIds ?? idsOfKind(graph, 'Region')).map((id) => keyOf('Region', id));
  for (const key of [...chains, ...regions])
    if (!graph.hasNode(key))
      throw EngineError.notFound(
        `${key.startsWith('Chain') ? 'Chain' : 'Region'} '${key.slice(key.indexOf(':') + 1)}'`,
      );
  // marks of its own: the shared ones (localMarks) would be overwritten by a findLeads called
  // between two of this generator's answers
  const local = new LocalMarks(enterpriseSpaceOf(graph));
  for (const regionKey of regions) {
    local.mark(graph, regionKey, new Set());
    try {
      const region = regionLeadContext(graph, regionKey, local);
      for (const chainKey of chains) yield leadsWithMarks(graph, chainKey, region, limit);
    } finally {
      local.release();
    }
  }
}

/** Rank key: score in thousandths, then id order among equal scores. */
function rankOf(space: EnterpriseSpace, e: number, score: number): number {
  return Math.round(score * 1000) * 2 ** 32 + (2 ** 32 - 1 - space.idRank[e]!);
}

/**
 * What the leads of every chain in one region share: its enterprises (marked), its path up the
 * regions, its enterprises' organisations and the distances met so far. Made once per region, not
 * per map: the organisations' marks alone walked every local enterprise and allocated an array
 * over the trust graph for each of a region's 40 chains.
 */
interface RegionLeadContext {
  regionKey: string;
  local: LocalMarks;
  regionPath: string[];
  localOrgs: Uint8Array;
  /** Filled as leads are scored: a distance depends only on where the lead is and on the region. */
  distanceFrom: LeadSetting['distanceFrom'];
}

function regionLeadContext(graph: ProjectedGraph, regionKey: string, local: LocalMarks): RegionLeadContext {
  return {
    regionKey,
    local,
    regionPath: regionChain(graph, regionKey),
    localOrgs: localOrgMarks(local.space, trustGraphOf(graph).keys.length, local),
    distanceFrom: new Map(),
  };
}

function leadsWithMarks(
  graph: ProjectedGraph,
  chainKey: string,
  region: RegionLeadContext,
  limit: number,
): { map: ChainMap; leads: Lead[] } {
  const { local } = region;
  const map = mapWithMarks(graph, chainKey, region.regionKey, local);
  const space = local.space;
  const trust = trustGraphOf(graph);
  const gaps = map.segments.filter((s) => s.status === 'missing' || s.status === 'weak');
  const setting: LeadSetting = {
    graph,
    space,
    local,
    gaps,
    maxDemand: Math.max(1, ...gaps.map((g) => g.demand.length)),
    regionPath: region.regionPath,
    chainNode: trust.index.get(chainKey) ?? -1,
    localOrgs: region.localOrgs,
    ties: leadTiesOf(graph, space, trust),
    distanceFrom: region.distanceFrom,
  };
  const leads = bestLeads(setting, limit).map(({ e, orgTies, segments }) =>
    explainLead(graph, space, local, e, leadComponents(setting, e, orgTies, segments), segments, setting.regionPath),
  );
  return { map, leads };
}

/** A lead kept for the list, with the gaps it fills. */
interface KeptLead {
  e: number;
  rank: number;
  score: number;
  orgTies: number;
  segments: SegmentGap[];
}

/** The best `limit` producers of the gaps outside the region, best first, each with the gaps it fills. */
function bestLeads(setting: LeadSetting, limit: number): KeptLead[] {
  const { space, gaps } = setting;
  const met = gapProducers(space, gaps, setting.local);
  const { first: firstGap, second: secondGap, more: moreGaps } = met;
  const top: KeptLead[] = [];
  for (const e of met.producers) {
    const first = gaps[firstGap[e]!]!;
    const second = secondGap[e]! >= 0 ? gaps[secondGap[e]!]! : null;
    firstGap[e] = -1;
    secondGap[e] = -1;
    const more = moreGaps.size > 0 ? moreGaps.get(e) : undefined;
    let demandCount = first.demand.length;
    if (second && second.demand.length > demandCount) demandCount = second.demand.length;
    if (more) for (const s of more) if (s.demand.length > demandCount) demandCount = s.demand.length;
    const { score, orgTies } = leadScore(setting, e, demandCount);
    const rank = rankOf(space, e, score);
    if (top.length === limit && rank <= top[top.length - 1]!.rank) continue;
    // a short list kept best first: most leads fall below its last entry and cost one comparison
    let at = top.length === limit ? top.length - 1 : top.length;
    while (at > 0 && top[at - 1]!.rank < rank) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = { e, rank, score, orgTies, segments: [first, ...(second ? [second] : []), ...(more ?? [])] };
  }
  return top;
}

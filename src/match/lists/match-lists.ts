import { EngineError } from '../engine-error';
import type { Reasons } from '../reasons';
import { eligible, judgeFit, totalScore } from './lists-fit';
import { listsReasons } from './lists-reasons';
import { LISTS_DEFAULTS, type ListNeed, type ListResource, type ListsComponents } from './lists-inputs';

/** One proposed pair: a need and a resource, scored, with the components and the reasons. */
export interface ListsMatch {
  needId: string;
  resourceId: string;
  score: number;
  rank: number;
  components: ListsComponents;
  reasons: Reasons;
}

export interface ListsOptions {
  limit?: number;
  /** The day validity is judged on (YYYY-MM-DD); resources valid until before it are left out. */
  asOf: string;
  chainName?: (id: string) => string;
  regionName?: (id: string) => string;
}

/**
 * The resources for one need, best first (需求清单 → 资源清单); ties by id so the same inputs
 * always give the same order.
 * @example resourcesForNeed(need, resources, { asOf: '2025-06-01' })[0].reasons.zh // ['用地用房正对用地用房', …]
 */
export function resourcesForNeed(
  need: ListNeed,
  resources: readonly ListResource[],
  { limit = LISTS_DEFAULTS.limit, asOf, chainName, regionName }: ListsOptions,
): ListsMatch[] {
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw EngineError.badArgument('limit', 'must be a whole number from 1 to 1000');
  const pairs: Omit<ListsMatch, 'rank'>[] = [];
  for (const resource of resources) {
    const { components, facts } = judgeFit(need, resource);
    if (!eligible(components, resource, asOf)) continue;
    pairs.push({
      needId: need.id,
      resourceId: resource.id,
      score: totalScore(components),
      components,
      reasons: listsReasons(need, resource, components, facts, {
        ...(chainName ? { chain: chainName } : {}),
        ...(regionName ? { region: regionName } : {}),
      }),
    });
  }
  return pairs
    .sort((a, b) => b.score - a.score || a.resourceId.localeCompare(b.resourceId))
    .slice(0, limit)
    .map((p, i) => ({ ...p, rank: i + 1 }));
}

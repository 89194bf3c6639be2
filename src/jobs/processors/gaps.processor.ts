import type { Report } from '../../domain';
import { gapKey } from '../../domain/result-keys';
import { enterpriseSpaceOf } from '../../match/enterprise-space';
import { findLeads, gapMapsForAll } from '../../match/gaps/leads';
import { keyOf, outOf } from '../../match/graph-access';
import type { Processor } from './processor';
import { WRITE_BATCH, writeReports } from './write-results';

/** Gap maps (补链): what a chain lacks in a region, with the leads that could fill it. */

export const gapMap: Processor<'gaps.map'> = async ({ chainId, regionId }, ctx) => {
  const result = await ctx.projection.read((graph) => findLeads(graph, chainId, regionId));
  await writeReports(ctx, [{ kind: 'gap_map', key: gapKey(chainId, regionId), payload: result }]);
  return { chainId, regionId, leads: result.leads.length };
};

/** The maps of an enterprise's chains in each region it is in. */
export const gapsOfEnterprise: Processor<'gaps.enterprise'> = async ({ enterpriseId }, ctx) => {
  const computedAt = new Date().toISOString();
  const reports = await ctx.projection.read((graph) => {
    const space = enterpriseSpaceOf(graph);
    const e = space.index.get(keyOf('Enterprise', enterpriseId));
    if (e === undefined) return [];
    const chains = new Set(space.segmentsOf[e]!.flatMap((s) => outOf(graph, space.segmentKeys[s]!, 'PART_OF')));
    const reports: Report[] = [];
    for (const chainKey of chains) {
      for (const regionKey of space.regions[e]!) {
        const [chainId, regionId] = [graph.getNodeAttribute(chainKey, 'id'), graph.getNodeAttribute(regionKey, 'id')];
        reports.push({
          kind: 'gap_map',
          key: gapKey(chainId, regionId),
          payload: findLeads(graph, chainId, regionId),
        });
      }
    }
    return reports;
  });
  if (reports.length === 0) return { enterpriseId, maps: 0 };
  await writeReports(ctx, reports, { computedAt });
  return { enterpriseId, maps: reports.length };
};

/**
 * Every chain's map in every region. The maps are written while they are made (a province's are
 * too many to hold): the projection stays read for the whole job, and patches wait for it.
 */
export const gapsOfAll: Processor<'gaps.all'> = async ({ runId }, ctx) =>
  ctx.projection.read(async (graph) => {
    const computedAt = new Date().toISOString();
    let reports: Report[] = [];
    let maps = 0;
    for (const result of gapMapsForAll(graph)) {
      reports.push({ kind: 'gap_map', key: gapKey(result.map.chain.id, result.map.region.id), payload: result });
      maps++;
      if (reports.length === WRITE_BATCH) {
        await writeReports(ctx, reports, { runId, computedAt });
        reports = [];
        await ctx.progress(Math.min(99, maps / 100));
      }
    }
    if (reports.length > 0) await writeReports(ctx, reports, { runId, computedAt });
    return { runId, maps };
  });

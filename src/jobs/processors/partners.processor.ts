import type { CandidateSet } from '../../domain';
import { partnerReach, partnersForAll, segmentReach } from '../../match/partners/find-partners';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { eachNode } from '../../store/all-nodes';
import type { GraphStore } from '../../store/graph-store';
import type { JobRequest } from '../job-definitions';
import { partnerSet } from '../result-sets';
import { gone, inGraph, type JobContext, type Processor } from './processor';
import { writeSets } from './write-results';

/** The partner lists (upstream and downstream) of one enterprise, of those around it, or of all. */

export const partnersOfEnterprise: Processor<'partners.enterprise'> = async ({ enterpriseId }, ctx) => {
  const sets = await ctx.projection.read((graph) =>
    inGraph(graph, 'Enterprise', enterpriseId) ? [...generateLists(graph, [enterpriseId])] : [],
  );
  if (sets.length === 0) return gone('Enterprise', enterpriseId);
  await writeSets(ctx, sets);
  return { enterpriseId, lists: sets.length };
};

export const partnersAffected: Processor<'partners.affected'> = async ({ enterpriseId }, ctx) => {
  const { ids, sets } = await ctx.projection.read(async (graph) => {
    if (!inGraph(graph, 'Enterprise', enterpriseId)) return { ids: [], sets: [] };
    const ids = partnerReach(graph, enterpriseId);
    return { ids, sets: await listsOf(graph, ids, ctx) };
  });
  // the lists it may appear in: most come out as they were, and are not written again
  await writeSets(ctx, sets, undefined, { keepUnchanged: true });
  return { enterpriseId, enterprises: ids.length, lists: sets.length };
};

export const partnersOfSegment: Processor<'partners.segment'> = async ({ segmentId }, ctx) => {
  const found = await ctx.projection.read(async (graph) => {
    if (!inGraph(graph, 'Segment', segmentId)) return null;
    const ids = segmentReach(graph, segmentId);
    return { ids, sets: await listsOf(graph, ids, ctx) };
  });
  if (!found) return gone('Segment', segmentId);
  await writeSets(ctx, found.sets, undefined, { keepUnchanged: true });
  return { segmentId, enterprises: found.ids.length, lists: found.sets.length };
};

export const partnersOfChunk: Processor<'partners.chunk'> = async ({ runId, enterpriseIds }, ctx) => {
  const sets = await ctx.projection.read((graph) => listsOf(graph, enterpriseIds, ctx));
  await writeSets(ctx, sets, runId);
  return { runId, enterprises: enterpriseIds.length, lists: sets.length };
};

/** Splits every enterprise into chunks any worker can take. */
export const partnersOfAll: Processor<'partners.all'> = async ({ runId, chunkSize }, ctx) => {
  const ids = await allEnterpriseIds(ctx.store);
  const requests: JobRequest<'partners.chunk'>[] = [];
  for (let at = 0, chunk = 0; at < ids.length; at += chunkSize, chunk++)
    requests.push({
      name: 'partners.chunk',
      payload: { runId, chunk, enterpriseIds: ids.slice(at, at + chunkSize) },
    });
  await ctx.enqueue(requests);
  return { runId, enterprises: ids.length, chunks: requests.length };
};

function* generateLists(graph: ProjectedGraph, ids: string[]): Generator<CandidateSet> {
  for (const result of partnersForAll(graph, { enterpriseIds: ids })) yield partnerSet(result, graph);
}

/** Both lists of each enterprise, computing up to 80% of the job's progress (writing them is the rest). */
async function listsOf(graph: ProjectedGraph, ids: string[], ctx: JobContext): Promise<CandidateSet[]> {
  const sets: CandidateSet[] = [];
  for (const set of generateLists(graph, ids)) {
    sets.push(set);
    if (sets.length % 400 === 0) await ctx.progress(Math.floor((80 * sets.length) / (2 * ids.length)));
  }
  return sets;
}

async function allEnterpriseIds(store: GraphStore): Promise<string[]> {
  const ids: string[] = [];
  for await (const node of eachNode(store, 'Enterprise')) ids.push(node.id);
  return ids;
}

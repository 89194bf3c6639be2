import { candidateSetKey, type CandidateSet } from '../../domain';
import {
  listsMovedBy,
  partnerLists,
  partnerReach,
  partnersForAll,
  segmentReach,
  type ListRef,
} from '../../match/partners/find-partners';
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

/**
 * The lists an edited enterprise may appear in (partnerReach): those its change can move
 * (listsMovedBy, from what each stored list says of itself) are computed again; of those, the
 * ones that come out as they were are not written again.
 */
export const partnersAffected: Processor<'partners.affected'> = async ({ enterpriseId }, ctx) => {
  const { ids, sets } = await ctx.projection.read(async (graph) => {
    if (!inGraph(graph, 'Enterprise', enterpriseId)) return { ids: [], sets: [] };
    const ids = partnerReach(graph, enterpriseId);
    const around = ids.flatMap((id) => DIRECTIONS.map((qualifier) => ({ from: enterpriseRef(id), qualifier })));
    const standings = await ctx.store.readListStandings('PARTNER_CANDIDATE', around, enterpriseRef(enterpriseId));
    const moved = listsMovedBy(graph, enterpriseId, ids, ({ enterpriseId: id, direction }) =>
      standings.get(candidateSetKey({ type: 'PARTNER_CANDIDATE', from: enterpriseRef(id), qualifier: direction })),
    );
    return { ids, sets: await listsOf(graph, moved, ctx) };
  });
  await writeSets(ctx, sets, undefined, { keepUnchanged: true });
  return { enterpriseId, enterprises: ids.length, lists: sets.length };
};

const DIRECTIONS = ['upstream', 'downstream'] as const;
const enterpriseRef = (id: string) => ({ kind: 'Enterprise' as const, id });

export const partnersOfSegment: Processor<'partners.segment'> = async ({ segmentId }, ctx) => {
  const found = await ctx.projection.read(async (graph) => {
    if (!inGraph(graph, 'Segment', segmentId)) return null;
    const ids = segmentReach(graph, segmentId);
    return { ids, sets: await listsOf(graph, bothLists(ids), ctx) };
  });
  if (!found) return gone('Segment', segmentId);
  await writeSets(ctx, found.sets, undefined, { keepUnchanged: true });
  return { segmentId, enterprises: found.ids.length, lists: found.sets.length };
};

export const partnersOfChunk: Processor<'partners.chunk'> = async ({ runId, enterpriseIds }, ctx) => {
  const sets = await ctx.projection.read((graph) => listsOf(graph, bothLists(enterpriseIds), ctx));
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

const bothLists = (ids: readonly string[]): ListRef[] =>
  ids.flatMap((enterpriseId) => DIRECTIONS.map((direction) => ({ enterpriseId, direction })));

/** The lists asked for, computing up to 80% of the job's progress (writing them is the rest). */
async function listsOf(graph: ProjectedGraph, lists: readonly ListRef[], ctx: JobContext): Promise<CandidateSet[]> {
  const sets: CandidateSet[] = [];
  for (const result of partnerLists(graph, lists)) {
    sets.push(partnerSet(result, graph));
    if (sets.length % 400 === 0) await ctx.progress(Math.floor((80 * sets.length) / lists.length));
  }
  return sets;
}

async function allEnterpriseIds(store: GraphStore): Promise<string[]> {
  const ids: string[] = [];
  for await (const node of eachNode(store, 'Enterprise')) ids.push(node.id);
  return ids;
}

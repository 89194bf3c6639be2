import { randomUUID } from 'node:crypto';
import { intoOf, keyOf, outOf } from '../../match/graph-access';
import { countDifference } from '../../projection/projection-counts';
import { gone, inGraph, type Processor } from './processor';

/** Jobs that compute nothing themselves: they queue the recomputes of others. */

/** The scheduled full recompute: every full run, under one run id. */
export const recomputeFull: Processor<'recompute.full'> = async (_payload, ctx) => {
  const runId = randomUUID();
  // on the graph as the store holds it, not as the projections were told: a write whose change
  // could not be logged (Redis away when it was answered, and its process gone before Redis came
  // back: unlogged-writes.ts) left every projection without it. When this worker's projection does
  // not count what the store holds, every projection reloads first. Reloading always cost a
  // province's full run a minute of each worker's CPU (2026-12-07); counting costs a round trip.
  const difference = await ctx.projection.read((graph) => countDifference(ctx.store, graph));
  if (difference) await ctx.reloadProjections();
  await ctx.enqueue([
    { name: 'partners.all', payload: { runId } },
    { name: 'tackling.all', payload: { runId } },
    { name: 'gaps.all', payload: { runId } },
    { name: 'assignment', payload: {} },
    // and the overdue requests' escalations, which data written past the change reports never queued
    { name: 'sla.sweep', payload: { upcoming: false } },
  ]);
  return { runId, ...(difference ? { reloaded: difference } : {}) };
};

/** What an enterprise has asked for, after it changed: its problems' candidates and its requests' responders. */
export const enterpriseAsks: Processor<'enterprise.asks'> = async ({ enterpriseId }, ctx) => {
  const asks = await ctx.projection.read((graph) => {
    const key = keyOf('Enterprise', enterpriseId);
    if (!inGraph(graph, 'Enterprise', enterpriseId)) return null;
    const idOf = (k: string) => graph.getNodeAttribute(k, 'id');
    return {
      problems: outOf(graph, key, 'POSTED').map(idOf).sort(),
      requests: intoOf(graph, key, 'RAISED_BY').map(idOf).sort(),
    };
  });
  if (!asks) return gone('Enterprise', enterpriseId);
  await ctx.enqueue([
    ...asks.problems.map((problemId) => ({ name: 'tackling.problem' as const, payload: { problemId } })),
    ...asks.requests.map((requestId) => ({ name: 'dispatch.request' as const, payload: { requestId } })),
  ]);
  return { enterpriseId, problems: asks.problems.length, requests: asks.requests.length };
};

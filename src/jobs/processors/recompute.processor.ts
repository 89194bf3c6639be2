import { randomUUID } from 'node:crypto';
import { intoOf, keyOf, outOf } from '../../match/graph-access';
import { gone, inGraph, type Processor } from './processor';

/** Jobs that compute nothing themselves: they queue the recomputes of others. */

/** The scheduled full recompute: every full run, under one run id. */
export const recomputeFull: Processor<'recompute.full'> = async (_payload, ctx) => {
  const runId = randomUUID();
  // on the graph as Neo4j holds it, not as the projections were told: a change that could not be
  // logged (Redis away when its write was answered) is caught up here, as the full run promises
  await ctx.reloadProjections();
  await ctx.enqueue([
    { name: 'partners.all', payload: { runId } },
    { name: 'tackling.all', payload: { runId } },
    { name: 'gaps.all', payload: { runId } },
    { name: 'assignment', payload: {} },
    // and the overdue requests' escalations, which data written past the change reports never queued
    { name: 'sla.sweep', payload: { upcoming: false } },
  ]);
  return { runId };
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

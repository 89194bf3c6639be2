import { rankResponders } from '../../match/dispatch/rank-responders';
import type { GraphStore } from '../../store/graph-store';
import { gone, inGraph, type Processor } from './processor';
import { writeReports } from './write-results';

/** 派单: a request's ranked responders, and its escalation when its due date passes while open. */

/** The request statuses an escalation still concerns. */
const OPEN_REQUEST = new Set(['raised', 'dispatched', 'accepted']);

export const dispatchRequest: Processor<'dispatch.request'> = async ({ requestId }, ctx) => {
  const ranked = await ctx.projection.read((graph) =>
    inGraph(graph, 'Request', requestId) ? rankResponders(graph, requestId) : null,
  );
  if (!ranked) return gone('Request', requestId);
  await writeReports(ctx, [{ kind: 'responders', key: requestId, payload: ranked }]);
  const due = await dueIn(ctx.store, requestId);
  if (due !== null) await ctx.enqueue([{ name: 'sla.escalate', payload: { requestId }, delayMs: due }]);
  return { requestId, responders: ranked.responders.length, escalationIn: due };
};

export const escalateRequest: Processor<'sla.escalate'> = async ({ requestId }, ctx) => {
  const request = await ctx.store.getNode('Request', requestId);
  if (!request) return { requestId, escalated: false, why: 'no such request' };
  const { status, dueAt, escalatedAt, escalations } = request.props as {
    status: string;
    dueAt?: string;
    escalatedAt?: string;
    escalations?: number;
  };
  if (!OPEN_REQUEST.has(status) || !dueAt) return { requestId, escalated: false, why: `status ${status}` };
  const left = Date.parse(dueAt) - Date.now();
  if (left > 0) {
    // the due date moved later since this was queued: wait for the new one
    await ctx.enqueue([{ name: 'sla.escalate', payload: { requestId }, delayMs: left }]);
    return { requestId, escalated: false, why: 'not due yet' };
  }
  // once per due date, so a retried or repeated job escalates once
  if (escalatedAt && escalatedAt >= dueAt) return { requestId, escalated: false, why: 'already escalated' };
  await ctx.store.upsertNodes('Request', [
    { ...request.props, escalations: (escalations ?? 0) + 1, escalatedAt: new Date().toISOString() },
  ]);
  return { requestId, escalated: true };
};

/** Milliseconds until an open request is due (0 when overdue); null when it is closed or has no due date. */
async function dueIn(store: GraphStore, requestId: string): Promise<number | null> {
  const request = await store.getNode('Request', requestId);
  const { status, dueAt } = (request?.props ?? {}) as { status?: string; dueAt?: string };
  if (!status || !OPEN_REQUEST.has(status) || !dueAt) return null;
  return Math.max(0, Date.parse(dueAt) - Date.now());
}

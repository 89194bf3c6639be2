import { rankResponders } from '../../match/dispatch/rank-responders';
import type { GraphStore } from '../../store/graph-store';
import type { EscalationEvent } from '../escalation-notifier';
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
  let escalated = request.props;
  if (!escalatedAt || Date.parse(escalatedAt) < Date.parse(dueAt)) {
    escalated = { ...request.props, escalations: (escalations ?? 0) + 1, escalatedAt: new Date().toISOString() };
    await ctx.store.upsertNodes('Request', [escalated]);
  } else if (!ctx.notifier || notifiedFor(escalated)) return { requestId, escalated: false, why: 'already escalated' };
  // told after it is stored: a failed delivery fails the job, whose retry finds it escalated but
  // not yet told, and tells it (the inbox shows it meanwhile)
  if (ctx.notifier) {
    await ctx.notifier.notify(escalationEvent(escalated));
    await ctx.store.upsertNodes('Request', [{ ...escalated, escalationNotifiedAt: escalated['escalatedAt'] }]);
  }
  return { requestId, escalated: true, notified: Boolean(ctx.notifier) };
};

/**
 * The open requests past their due date get their escalation queued now, and with `upcoming` the
 * others theirs for their due date: a request's own dispatch job queues it when the request is
 * written, but a seed writes past the change reports and the embedded default's delayed jobs do
 * not survive a restart. Escalating is once per due date, so a request queued twice is escalated
 * once. Upcoming ones only when asked: BullMQ keeps its delayed jobs, and a sweep that delayed
 * thousands of them again at every full recompute would hold the queue's delayed set for weeks.
 */
export const sweepEscalations: Processor<'sla.sweep'> = async ({ upcoming }, ctx) => {
  const now = Date.now();
  const queued: { name: 'sla.escalate'; payload: { requestId: string }; delayMs: number }[] = [];
  let cursor: string | undefined;
  do {
    const page = await ctx.store.listNodes('Request', { limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const { id, props } of page.items) {
      const { status, dueAt } = props as { status?: string; dueAt?: string };
      if (!status || !OPEN_REQUEST.has(status) || typeof dueAt !== 'string') continue;
      const due = Date.parse(dueAt);
      if (Number.isNaN(due) || (due > now && !upcoming)) continue;
      queued.push({ name: 'sla.escalate', payload: { requestId: id }, delayMs: Math.max(0, due - now) });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  if (queued.length > 0) await ctx.enqueue(queued);
  return { queued: queued.length, overdue: queued.filter((job) => job.delayMs === 0).length };
};

/** Whether the escalation it carries now was delivered already. */
function notifiedFor(props: Record<string, unknown>): boolean {
  return props['escalationNotifiedAt'] !== undefined && props['escalationNotifiedAt'] === props['escalatedAt'];
}

function escalationEvent(props: Record<string, unknown>): EscalationEvent {
  return {
    event: 'request.escalated',
    request: {
      id: String(props['id']),
      title: String(props['title'] ?? ''),
      kind: String(props['kind'] ?? ''),
      status: String(props['status']),
      dueAt: String(props['dueAt']),
      escalatedAt: String(props['escalatedAt']),
      escalations: Number(props['escalations'] ?? 1),
    },
  };
}

/** Milliseconds until an open request is due (0 when overdue); null when it is closed or has no due date. */
async function dueIn(store: GraphStore, requestId: string): Promise<number | null> {
  const request = await store.getNode('Request', requestId);
  const { status, dueAt } = (request?.props ?? {}) as { status?: string; dueAt?: string };
  if (!status || !OPEN_REQUEST.has(status) || !dueAt) return null;
  return Math.max(0, Date.parse(dueAt) - Date.now());
}

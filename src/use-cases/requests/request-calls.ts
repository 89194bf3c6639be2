import { z } from 'zod';
import { CallStatus, displayName, hasReported, IsoDateTime, type CallStatus as CallStatusType } from '../../domain';
import type { GraphStore } from '../../store/graph-store';

/** One department called to a request (派单到部门 / 吹哨) and how far its part has come (接单 → 报到 → 销号). */
export const CallView = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  status: CallStatus,
  calledAt: IsoDateTime.optional(),
  acceptedAt: IsoDateTime.optional(),
  reportedAt: IsoDateTime.optional(),
  closedAt: IsoDateTime.optional(),
  note: z.string().optional(),
});
export type CallView = z.infer<typeof CallView>;

/** 吹哨报到 at a glance: how many were called, how many have reported, and whether all have. */
export const WhistleView = z.object({
  called: z.number().int(),
  reported: z.number().int(),
  complete: z.boolean().describe('Every called department has reported (报到): the request may then be resolved'),
  waitingFor: z.array(z.string()).describe('The names of the departments that have not reported yet'),
});
export type WhistleView = z.infer<typeof WhistleView>;

/** The departments each request called, by request id, in the order they were called. */
export async function callsOf(store: GraphStore, requestIds: string[]): Promise<Map<string, CallView[]>> {
  const calls = new Map<string, CallView[]>();
  if (requestIds.length === 0) return calls;
  const found = await store.follow({
    fromKind: 'Request',
    ids: requestIds,
    type: 'CALLS',
    direction: 'out',
    toKind: 'Department',
  });
  const names = new Map(found.nodes.map((n) => [n.id, displayName(n.props)]));
  for (const edge of found.edges) {
    const props = edge.props as Omit<CallView, 'departmentId' | 'departmentName'>;
    const view: CallView = {
      ...props,
      departmentId: edge.to.id,
      departmentName: names.get(edge.to.id) ?? edge.to.id,
    };
    calls.set(edge.from.id, [...(calls.get(edge.from.id) ?? []), view]);
  }
  for (const list of calls.values())
    list.sort(
      (a, b) => (a.calledAt ?? '').localeCompare(b.calledAt ?? '') || a.departmentId.localeCompare(b.departmentId),
    );
  return calls;
}

/** The whistle's state; null when no department was called. */
export function whistleOf(calls: readonly CallView[]): WhistleView | null {
  if (calls.length === 0) return null;
  const waiting = calls.filter((c) => !hasReported(c.status as CallStatusType));
  return {
    called: calls.length,
    reported: calls.length - waiting.length,
    complete: waiting.length === 0,
    waitingFor: waiting.map((c) => c.departmentName),
  };
}

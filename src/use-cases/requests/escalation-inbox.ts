import { z } from 'zod';
import { eachNode } from '../../store/all-nodes';
import type { GraphNode } from '../../store/graph-store';
import type { UseCaseContext } from '../use-case-context';
import { OPEN_REQUEST_STATUSES } from '../workflow/request-workflow';
import { RequestView, requestsInScope, withParties } from './request-view';

/** How many escalations one inbox read shows at most: the newest; the total says how many more wait. */
export const INBOX_LIMIT = 200;

export const EscalationInbox = z.object({
  total: z.number().int().describe('Open requests escalated past their due date, in the caller’s region'),
  items: z.array(RequestView).describe('The newest escalations first, at most 200'),
});
export type EscalationInbox = z.infer<typeof EscalationInbox>;

/**
 * 督办: the requests whose due date passed while they were still open, and were escalated by the
 * SLA job — what a park's service staff must chase today. A request leaves the inbox when it is
 * resolved or closed, or when its due date is moved later and it has not come due again. Only
 * those raised in the caller's region, as every request read.
 */
export async function escalationInbox(ctx: UseCaseContext): Promise<EscalationInbox> {
  const escalated: GraphNode[] = [];
  for (const status of OPEN_REQUEST_STATUSES)
    for await (const node of eachNode(ctx.store, 'Request', { status }))
      if (stillEscalated(node.props)) escalated.push(node);
  const visible = await requestsInScope(ctx, await withParties(ctx, escalated));
  visible.sort((a, b) => Date.parse(b.escalatedAt!) - Date.parse(a.escalatedAt!) || a.id.localeCompare(b.id));
  return { total: visible.length, items: visible.slice(0, INBOX_LIMIT) };
}

/** Escalated for its current due date: a due date moved past the escalation starts the clock again. */
function stillEscalated(props: Record<string, unknown>): boolean {
  const { escalatedAt, dueAt } = props as { escalatedAt?: string; dueAt?: string };
  if (typeof escalatedAt !== 'string') return false;
  // compared as instants: a due date may be written with an offset (+08:00), escalatedAt in UTC
  return typeof dueAt !== 'string' || Date.parse(escalatedAt) >= Date.parse(dueAt);
}

import type { RequestStatus, ServiceRequest } from '../../api/types';

export const REQUEST_STATUSES: readonly RequestStatus[] = ['raised', 'dispatched', 'accepted', 'resolved', 'closed'];
export const REQUEST_KINDS = [
  'policy',
  'financing',
  'talent',
  'technology',
  'market',
  'land',
  'approval',
  'other',
] as const;

/** Park staff and secretaries run the loop (the API's rule); other roles see it. */
export const SERVICE_ROLES = ['admin', 'secretary'];

/** Open and past its due date: what the list highlights. */
export function isOverdue(request: ServiceRequest, now = Date.now()): boolean {
  if (request.overdue !== undefined) return request.overdue;
  const open = request.status === 'raised' || request.status === 'dispatched' || request.status === 'accepted';
  return Boolean(open && request.dueAt && Date.parse(request.dueAt) < now);
}

/** A new request's id: readable, sortable by time, and unique enough for one park's staff. */
export function newRequestId(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 14);
  return `req-${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}

import type { RequestStatus } from '../../api/types';

export const REQUEST_STATUSES: readonly RequestStatus[] = ['raised', 'dispatched', 'accepted', 'resolved', 'closed'];
export const REQUEST_KINDS = [
  'policy',
  'financing',
  'talent',
  'technology',
  'market',
  'land',
  'approval',
  'safety',
  'other',
] as const;

/** The operations of the loop (GET /me says whether the key's role may call them). */
export const RAISE = 'post /requests';
export const MOVE = 'post /requests/:id/transitions';
export const INBOX = 'get /requests/escalated';
export const WHISTLE = 'post /requests/:id/whistle';
export const CALL_STEP = 'post /requests/:id/departments/:departmentId';

/** A new request's id: readable, sortable by time, and unique enough for one park's staff. */
export function newRequestId(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 14);
  return `req-${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}

import type { RequestStatus } from '../../domain/enums';
import type { RequestStepTo } from '../../domain/request.schema';
import type { Role } from '../../domain/roles';
import type { Step, Workflow } from './state-machine';

/**
 * The service loop (点单 → 派单 → 接单 → 办结 → 反馈): raised → dispatched (to a responder) →
 * accepted → resolved → closed (with the enterprise's feedback). Park staff and secretaries run it,
 * each step held to the region of the enterprise that raised it; a responder's own key accepts and
 * resolves what was dispatched to them (requests.ts holds them to their own). A dispatched request
 * may be dispatched again, to another responder; any step may move its due date.
 */
const STAFF: readonly Role[] = ['admin', 'secretary'];
const STAFF_OR_RESPONDER: readonly Role[] = [...STAFF, 'responder'];

export const REQUEST_STEPS: Readonly<Record<RequestStepTo, Step<RequestStatus> & { by: readonly Role[] }>> = {
  dispatched: {
    from: ['raised', 'dispatched'],
    by: STAFF,
    scoped: true,
    link: {
      field: 'assignee',
      kind: 'Person',
      type: 'ASSIGNED_TO',
      direction: 'out',
      replaces: true,
      required: 'is required to dispatch a request',
      noun: 'person',
    },
  },
  accepted: { from: ['dispatched'], by: STAFF_OR_RESPONDER, scoped: true },
  resolved: { from: ['accepted'], by: STAFF_OR_RESPONDER, scoped: true },
  closed: {
    from: ['resolved'],
    by: STAFF,
    scoped: true,
    requires: { rating: 'is required to close a request (the enterprise’s feedback)' },
    records: { note: 'feedbackNote' },
  },
};

export const REQUEST_WORKFLOW: Workflow<RequestStatus, RequestStepTo> = {
  kind: 'Request',
  noun: 'request',
  steps: REQUEST_STEPS,
  records: { dueAt: 'dueAt', rating: 'feedbackRating' },
  audits: ['note'],
};

/** The service loop's statuses in which a request is still open (overdue once past its due date). */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['raised', 'dispatched', 'accepted'];

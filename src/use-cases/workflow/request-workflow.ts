import type { RequestStatus } from '../../domain/enums';
import type { RequestStepTo } from '../../domain/request.schema';
import type { Workflow } from './state-machine';

/**
 * The service loop (点单 → 派单 → 接单 → 办结 → 反馈): raised → dispatched (to a responder) →
 * accepted → resolved → closed (with the enterprise's feedback). Park staff and secretaries run it
 * (the route lets only them in), each step held to the region of the enterprise that raised it.
 * A dispatched request may be dispatched again, to another responder; any step may move its due date.
 */
export const REQUEST_WORKFLOW: Workflow<RequestStatus, RequestStepTo> = {
  kind: 'Request',
  noun: 'request',
  steps: {
    dispatched: {
      from: ['raised', 'dispatched'],
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
    accepted: { from: ['dispatched'], scoped: true },
    resolved: { from: ['accepted'], scoped: true },
    closed: {
      from: ['resolved'],
      scoped: true,
      requires: { rating: 'is required to close a request (the enterprise’s feedback)' },
      records: { note: 'feedbackNote' },
    },
  },
  records: { dueAt: 'dueAt', rating: 'feedbackRating' },
  audits: ['note'],
};

/** The service loop's statuses in which a request is still open (overdue once past its due date). */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['raised', 'dispatched', 'accepted'];

import { z } from 'zod';
import { NodeBase, Name, Text, IsoDateTime } from './common.schema';
import { RequestKind, RequestStatus } from './enums';

/**
 * 企业点单 / 吹哨: one request in the service loop. raisedAt is the business time the enterprise
 * raised it (the store's createdAt is when redchain learnt of it, which may be later on import).
 */
export const Request = NodeBase.extend({
  kind: RequestKind,
  title: Name,
  description: Text.default(''),
  status: RequestStatus.default('raised'),
  /** Absent on historical records the sources give no date for. */
  raisedAt: IsoDateTime.optional(),
  dueAt: IsoDateTime.optional(),
  escalations: z.number().int().min(0).default(0),
  /** When it was last escalated for being overdue: an escalation is made once per due date. */
  escalatedAt: IsoDateTime.optional(),
  /** The escalation (its escalatedAt) last delivered to the escalation webhook, when one is set. */
  escalationNotifiedAt: IsoDateTime.optional(),
  /** The enterprise's feedback when it is closed (反馈): satisfaction 1–5, and what it said. */
  feedbackRating: z.number().int().min(1).max(5).optional(),
  feedbackNote: Text.optional(),
  /** How many enterprises a park-wide action reached (组团服务; 001's joint inspection: 340). */
  enterprisesReached: z.number().int().min(0).max(10_000_000).optional(),
});
export type Request = z.infer<typeof Request>;

/** The statuses a request is moved to along the service loop (raised is where it starts). */
export const RequestStepTo = z.enum(['dispatched', 'accepted', 'resolved', 'closed']);
export type RequestStepTo = z.infer<typeof RequestStepTo>;

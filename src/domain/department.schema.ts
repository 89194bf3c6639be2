import { z } from 'zod';
import { NodeBase, Name, Text, ShortList, IsoDateTime } from './common.schema';
import { RequestKind } from './enums';
import { labelled } from './labelled';

/**
 * 职能部门: a government department that takes dispatched requests (部门接单, 004) and answers a
 * whistle (吹哨报到, 001): 应急管理局, 消防救援大队, 经发局, 住建局… Its remit is the kinds of request
 * it handles and the topics it names (words a request's title or description may show); its staff
 * WORK_AT it; it sits IN_REGION of the place it serves.
 */
export const Department = NodeBase.extend({
  name: Name,
  aliases: z.array(Name).max(50).default([]),
  /** The kinds of request it handles. */
  remit: z.array(RequestKind).max(20).default([]),
  /** Topics of its remit, as words a request may show (安全生产, 消防, 危化品…). */
  topics: ShortList.default([]),
  description: Text.default(''),
  /** How many open requests it can carry at once before it is counted as full. */
  maxLoad: z.number().int().min(1).max(10_000).default(20),
});
export type Department = z.infer<typeof Department>;

/**
 * A called department's part of one request (接单 → 报到 → 销号): called by the dispatch or the
 * whistle, accepted when it takes it, reported when it has turned up and said what it did
 * (报到; reported again for progress), closed when its part is done (销号).
 */
export const CallStatuses = labelled(
  ['called', 'accepted', 'reported', 'closed'],
  { called: '已吹哨', accepted: '已接单', reported: '已报到', closed: '已销号' },
  { called: 'called', accepted: 'accepted', reported: 'reported', closed: 'closed' },
);
export const CallStatus = CallStatuses.schema;
export type CallStatus = z.infer<typeof CallStatus>;

/** The steps a department takes on its own part. */
export const CallStepTo = z.enum(['accepted', 'reported', 'closed']);
export type CallStepTo = z.infer<typeof CallStepTo>;

/** A department's part counts as reported (报到) once it reported or closed. */
export function hasReported(status: CallStatus): boolean {
  return status === 'reported' || status === 'closed';
}

/** The CALLS relationship's properties: when the department was called, and its part so far. */
export const CallProps = z
  .object({
    status: CallStatus.default('called'),
    /** Absent on historical records the sources give no date for. */
    calledAt: IsoDateTime.optional(),
    acceptedAt: IsoDateTime.optional(),
    reportedAt: IsoDateTime.optional(),
    closedAt: IsoDateTime.optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type CallProps = z.infer<typeof CallProps>;

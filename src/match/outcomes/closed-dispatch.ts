/**
 * The enterprise's rating (Request.feedbackRating, satisfaction 1–5) from which a closed request
 * counts its dispatch a success: 4 (满意) and 5 (非常满意). 3 is neither, 1–2 a complaint; both
 * judge the responder as not a success.
 */
export const GOOD_RATING = 4;

/**
 * A dispatched request the enterprise has closed with its rating: the service loop's own verdict
 * on the responder it went to, counted by the dispatch figures as an outcome would be.
 */
export interface ClosedDispatch {
  requestId: string;
  /** The person it was dispatched to (its ASSIGNED_TO tie). */
  assigneeId: string;
  rating: number;
  /** When it was closed (the request's last write), to order it among recorded outcomes. */
  date: string;
  /** The assignee's rank in the request's latest stored responders; absent when not proposed. */
  rank?: number | undefined;
}

/** Whether a closed request's rating makes its dispatch a success. */
export function closedWell(closed: Pick<ClosedDispatch, 'rating'>): boolean {
  return closed.rating >= GOOD_RATING;
}

/**
 * A closed request placed as an outcome is (its subject the request), for region scoping: the
 * shape of recorded-outcomes.ts's OutcomeEnds, written out here so that the two files import
 * each other neither way.
 */
export function closedDispatchEnds(closed: ClosedDispatch): {
  id: string;
  subject: { kind: 'Request'; id: string };
  qualifier: string;
} {
  return { id: closedDispatchId(closed), subject: { kind: 'Request', id: closed.requestId }, qualifier: '' };
}

export function closedDispatchId(closed: Pick<ClosedDispatch, 'requestId'>): string {
  return `closed-request:${closed.requestId}`;
}

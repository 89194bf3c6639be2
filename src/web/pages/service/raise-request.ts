import { post } from '../../api/client';
import type { ServiceRequest } from '../../api/types';
import { newRequestId } from './request-steps';

/** A request as the form has it: the enterprise that raises it by id, its due date a day (YYYY-MM-DD). */
export interface RequestDraft {
  kind: string;
  title: string;
  description: string;
  raisedBy: string;
  due: string;
}

/** A week from now, as a date input holds it: the due date a new request starts with. */
export const aWeekFromNow = (): string => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/** The draft raised (POST /requests) under a new id: the request as the API stored it. */
export async function raiseRequest(draft: RequestDraft): Promise<ServiceRequest> {
  const answer = await post<ServiceRequest>('requests', {
    id: newRequestId(),
    kind: draft.kind,
    title: draft.title.trim(),
    description: draft.description.trim(),
    raisedBy: draft.raisedBy,
    // the end of the chosen day, in the user's time zone
    dueAt: new Date(`${draft.due}T23:59:59`).toISOString(),
  });
  return answer.body;
}

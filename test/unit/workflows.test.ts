import { ProblemStatuses, RequestStatuses } from '../../src/domain/enums';
import { ProblemStepTo, RequestStepTo } from '../../src/domain';
import { AppError } from '../../src/shared/app-error';
import { PROBLEM_WORKFLOW } from '../../src/use-cases/workflow/problem-workflow';
import { REQUEST_WORKFLOW } from '../../src/use-cases/workflow/request-workflow';
import {
  auditedFields,
  recordedProps,
  refuseMissing,
  refuseRole,
  refuseStatus,
} from '../../src/use-cases/workflow/state-machine';

/** The tackling workflow and the service loop are data: their steps say from where, who, what they need and keep. */
describe('workflows as data', () => {
  const refusal = (act: () => void): Pick<AppError, 'code' | 'message' | 'fields'> | null => {
    try {
      act();
      return null;
    } catch (error) {
      const { code, message, fields } = error as AppError;
      return { code, message, fields };
    }
  };

  test('when the steps are read, then each moves to a status its schema names, from statuses it has, and every status but the first is reached', () => {
    for (const [workflow, statuses, targets] of [
      [PROBLEM_WORKFLOW, ProblemStatuses.values, ProblemStepTo.options],
      [REQUEST_WORKFLOW, RequestStatuses.values, RequestStepTo.options],
    ] as const) {
      expect(Object.keys(workflow.steps).sort()).toEqual([...targets].sort());
      const froms = Object.values(workflow.steps).flatMap((step) => step.from);
      expect(froms.filter((from) => !(statuses as readonly string[]).includes(from))).toEqual([]);
      expect(statuses.slice(1).filter((status) => !(status in workflow.steps))).toEqual([]);
    }
  });

  test('when a problem is moved from the wrong status or by the wrong role, then 409 names the allowed ones and 403 the role', () => {
    expect(refusal(() => refuseStatus(PROBLEM_WORKFLOW, 'claimed', 'draft'))).toEqual({
      code: 'conflict',
      message: 'a draft problem cannot become claimed (only from published)',
      fields: [{ field: 'body.to', reason: 'not allowed from draft' }],
    });
    expect(refusal(() => refuseRole(PROBLEM_WORKFLOW, 'claimed', 'secretary'))).toMatchObject({
      code: 'forbidden',
      message: 'the secretary role may not move a problem to claimed',
    });
    expect(refusal(() => refuseRole(PROBLEM_WORKFLOW, 'claimed', 'university'))).toBeNull();
    // the service loop's steps name theirs: a responder accepts and resolves, staff dispatch and close
    expect(refusal(() => refuseRole(REQUEST_WORKFLOW, 'accepted', 'responder'))).toBeNull();
    expect(refusal(() => refuseRole(REQUEST_WORKFLOW, 'closed', 'responder'))).toMatchObject({ code: 'forbidden' });
    expect(refusal(() => refuseRole(REQUEST_WORKFLOW, 'dispatched', 'responder'))).toMatchObject({ code: 'forbidden' });
    expect(refusal(() => refuseRole(REQUEST_WORKFLOW, 'closed', 'secretary'))).toBeNull();
  });

  test('when a request is closed, then the rating is required, and the rating, the note and a new due date are recorded', () => {
    expect(refusal(() => refuseMissing(REQUEST_WORKFLOW.steps.closed, { note: 'fine' }))).toMatchObject({
      code: 'bad_input',
      fields: [{ field: 'body.rating', reason: 'is required to close a request (the enterprise’s feedback)' }],
    });
    const dueAt = '2026-12-31T00:00:00Z';
    expect(recordedProps(REQUEST_WORKFLOW, { to: 'closed', rating: 4, note: 'fine', dueAt })).toEqual({
      status: 'closed',
      dueAt,
      feedbackRating: 4,
      feedbackNote: 'fine',
    });
    // a note on another step is the audit's, not the request's feedback
    expect(recordedProps(REQUEST_WORKFLOW, { to: 'accepted', note: 'on my way' })).toEqual({ status: 'accepted' });
    expect(auditedFields(REQUEST_WORKFLOW, { to: 'accepted', note: 'on my way' })).toEqual({ note: 'on my way' });
    expect(auditedFields(PROBLEM_WORKFLOW, { to: 'claimed', teamId: 't1', note: '' })).toEqual({ teamId: 't1' });
  });
});

import type { z } from 'zod';
import type { RequestStatus, RequestStepTo } from '../../domain';
import type { RankedResponders } from '../../domain/answers';
import type { BundleRequest } from '../../ingest/bundle.schema';
import type { JobQueue } from '../../jobs/job-queue';
import { AppError } from '../../shared/app-error';
import { createRecord } from '../records/create-record';
import { reportOrJob, type ReportOrJob } from '../stored-report';
import type { UseCaseContext } from '../use-case-context';
import type { Move } from '../workflow/state-machine';
import { REQUEST_WORKFLOW } from '../workflow/request-workflow';
import { transition, type WorkflowSubject } from '../workflow/transition';
import {
  inCallersQueue,
  raiserRegions,
  readRequest,
  refuseOthersRequest,
  requestInScope,
  requestsInScope,
  withParties,
  type RequestView,
} from './request-view';

/** What an enterprise's request is raised with: the record, without what the service loop sets. */
export type NewRequest = Omit<
  z.infer<typeof BundleRequest>,
  'status' | 'escalations' | 'escalatedAt' | 'assignedTo' | 'departments' | 'regionId' | 'raisedBy'
> & { raisedBy: string };

/**
 * A request due before it was raised would be overdue — and escalated — the moment it exists:
 * refused, naming dueAt (raisedAt is now when the caller leaves it out).
 */
function dueAfterRaised(dueAt: unknown, raisedAt: unknown): void {
  if (typeof dueAt === 'string' && typeof raisedAt === 'string' && Date.parse(dueAt) < Date.parse(raisedAt))
    throw AppError.badInput('body.dueAt', `must not be before the request was raised (${raisedAt})`);
}

/** Raises a request for an enterprise (企业点单) of the caller's region; raised now unless the record says when. */
export function raiseRequest(ctx: UseCaseContext, request: NewRequest): Promise<RequestView> {
  return createRecord(
    ctx,
    {
      kind: 'Request',
      section: 'requests',
      action: 'request.raise',
      prepare: (ctx, record) => ({
        ...record,
        status: 'raised',
        raisedAt: request.raisedAt ?? ctx.now().toISOString(),
      }),
      admit: async (ctx, record) => {
        const enterprise = await ctx.scopes.regionsOf('Enterprise', request.raisedBy);
        await ctx.scopes.check(ctx.caller, enterprise, `Enterprise '${request.raisedBy}'`);
        dueAfterRaised(record['dueAt'], record['raisedAt']);
      },
      read: readRequest,
    },
    request,
  );
}

const REQUEST_SUBJECT: WorkflowSubject<RequestView> = {
  read: readRequest,
  regions: (ctx, _id, request) => raiserRegions(ctx, request),
  check: (request, move) => {
    dueAfterRaised(move['dueAt'], request.raisedAt);
    refuseUnreportedWhistle(request, move.to as RequestStepTo);
  },
};

/** 吹哨报到: a request that called departments is resolved only once every one of them has reported. */
function refuseUnreportedWhistle(request: RequestView, to: RequestStepTo): void {
  if (to !== 'resolved' || !request.whistle || request.whistle.complete) return;
  throw new AppError(
    'conflict',
    `Request '${request.id}' waits for ${request.whistle.waitingFor.join(', ')} to report (报到) before it is resolved`,
  );
}

/**
 * What a responder's own key may not do, checked before the workflow's own rules: move a request
 * not dispatched to them, or move a due date (theirs would be the escalation it put off).
 */
async function refuseResponderMove(ctx: UseCaseContext, id: string, move: Move<RequestStepTo>): Promise<void> {
  if (ctx.caller.role !== 'responder') return;
  refuseOthersRequest(ctx, await readRequest(ctx, id));
  if (move['dueAt'] !== undefined)
    throw new AppError('forbidden', 'a responder may not move a request’s due date', [
      { field: 'body.dueAt', reason: 'park staff move due dates' },
    ]);
}

/** Moves a request one step along the service loop (REQUEST_WORKFLOW). */
export async function moveRequest(ctx: UseCaseContext, id: string, move: Move<RequestStepTo>): Promise<RequestView> {
  await refuseResponderMove(ctx, id, move);
  return transition(ctx, REQUEST_WORKFLOW, REQUEST_SUBJECT, id, move);
}

/** A page of requests with their parties, those of the caller's region only (a page may then hold fewer); a responder's own. */
export async function listRequests(
  ctx: UseCaseContext,
  query: { limit: number; cursor?: string | undefined; status?: RequestStatus | undefined },
): Promise<{ items: RequestView[]; nextCursor: string | null }> {
  const page = await ctx.store.listNodes('Request', {
    limit: query.limit,
    ...(query.cursor ? { cursor: query.cursor } : {}),
    ...(query.status ? { where: { status: query.status } } : {}),
  });
  const visible = await requestsInScope(ctx, await withParties(ctx, page.items));
  // a responder's list is their queue: what was dispatched to them or called their department
  // (they read any other by its id)
  const items = ctx.caller.role === 'responder' ? visible.filter((r) => inCallersQueue(ctx, r)) : visible;
  return { items, nextCursor: page.nextCursor };
}

/** A request of the caller's region's ranked responders (派单建议): the latest stored run, or the job computing it. */
export async function respondersOf(
  ctx: UseCaseContext & { jobs: JobQueue },
  id: string,
): Promise<ReportOrJob<RankedResponders>> {
  await requestInScope(ctx, id);
  return reportOrJob(ctx, 'responders', id, { name: 'dispatch.request', payload: { requestId: id } });
}

import { z } from 'zod';
import type { Role } from '../../domain/roles';
import { RankedResponders } from '../../domain/answers';
import { Id } from '../../domain/common.schema';
import { RequestStatus } from '../../domain/enums';
import { RequestStepTo } from '../../domain/request.schema';
import { BundleRequest } from '../../ingest/bundle.schema';
import { EscalationInbox, escalationInbox } from '../../use-cases/requests/escalation-inbox';
import { RequestView, requestInScope } from '../../use-cases/requests/request-view';
import { listRequests, moveRequest, raiseRequest, respondersOf } from '../../use-cases/requests/requests';
import { EVERYONE, route } from '../routing/route';
import { reportAnswer, shapeReport } from './report-answer';
import { createRoute } from './create-route';
import { PageQuery, pageOf } from './pagination';
import { useCaseContext } from './use-case-context';

const ById = z.object({ id: Id });
/** Park staff and secretaries run the service loop (点单 → 派单 → 接单 → 办结 → 反馈). */
const SERVICE: readonly Role[] = ['admin', 'secretary'];

export const requestRoutes = [
  route({
    method: 'get',
    path: '/requests',
    tag: 'requests',
    summary: 'List requests of the service loop',
    description:
      'Each with who raised it, who has it and whether it is overdue. A region-scoped key sees the requests of enterprises in its region (a page may then hold fewer than limit: follow nextCursor).',
    allow: EVERYONE,
    query: PageQuery.extend({ status: RequestStatus.optional() }),
    response: pageOf(RequestView),
    handle: async (input) => listRequests(useCaseContext(input), input.query),
  }),

  route({
    method: 'get',
    path: '/requests/escalated',
    tag: 'requests',
    summary: 'The 督办 inbox: open requests escalated past their due date',
    description:
      'Newest escalation first (at most 200, with the total). A request leaves it when resolved or closed, or when its due date is moved later. A region-scoped key sees those raised in its region.',
    allow: SERVICE,
    response: EscalationInbox,
    handle: async (input) => escalationInbox(useCaseContext(input)),
  }),

  route({
    method: 'get',
    path: '/requests/:id',
    tag: 'requests',
    summary: 'Read a request, with who raised it, who has it, and whether it is overdue',
    allow: EVERYONE,
    params: ById,
    response: RequestView,
    handle: async (input) => requestInScope(useCaseContext(input), input.params.id),
  }),

  createRoute({
    path: '/requests',
    tag: 'requests',
    summary: 'Raise a request for an enterprise (企业点单)',
    description: 'Its ranked responders are computed in the background, and its escalation queued for its due date.',
    allow: SERVICE,
    body: BundleRequest.omit({ status: true, escalations: true, escalatedAt: true, assignedTo: true }),
    response: RequestView,
    create: raiseRequest,
  }),

  route({
    method: 'post',
    path: '/requests/:id/transitions',
    tag: 'requests',
    summary: 'Move a request along the service loop',
    description:
      'dispatched (派单, to a responder: assignee required), accepted (接单), resolved (办结), closed (反馈, with the rating). A step from the wrong status is a 409.',
    allow: SERVICE,
    params: ById,
    body: z.object({
      to: RequestStepTo,
      assignee: Id.optional().describe('The responder (a person); required for dispatched'),
      dueAt: z.iso.datetime({ offset: true }).optional().describe('A new due date'),
      rating: z.number().int().min(1).max(5).optional().describe('The enterprise’s satisfaction, 1–5; for closed'),
      note: z.string().max(2000).optional(),
    }),
    response: RequestView,
    handle: async (input) => moveRequest(useCaseContext(input), input.params.id, input.body),
  }),

  route({
    method: 'get',
    path: '/requests/:id/responders',
    tag: 'requests',
    summary: 'Ranked responders for a request (派单建议)',
    description: 'Instructors and staff whose skills, place and load fit it; the latest stored run.',
    allow: EVERYONE,
    params: ById,
    response: reportAnswer(RankedResponders),
    handle: async (input) =>
      shapeReport(await respondersOf({ ...useCaseContext(input), jobs: input.app.jobs }, input.params.id), input.res),
  }),
];

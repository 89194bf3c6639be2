import { z } from 'zod';
import type { Role } from '../../domain/roles';
import { RankedResponders } from '../../domain/answers';
import { Id } from '../../domain/common.schema';
import { RequestStatus } from '../../domain/enums';
import { RequestStepTo } from '../../domain/request.schema';
import { CallStepTo } from '../../domain/department.schema';
import { blowWhistle, stepCall } from '../../use-cases/requests/department-calls';
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
const ByDepartment = z.object({ id: Id, departmentId: Id });
/** Park staff and secretaries run the service loop (点单 → 派单 → 接单 → 办结 → 反馈). */
const SERVICE: readonly Role[] = ['admin', 'secretary'];
/** Responders move the requests dispatched to them (接单, 办结) with their own key. */
const SERVICE_OR_RESPONDER: readonly Role[] = [...SERVICE, 'responder'];

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
    body: BundleRequest.omit({
      status: true,
      escalations: true,
      escalatedAt: true,
      assignedTo: true,
      departments: true,
      regionId: true,
    }).extend({ raisedBy: Id }),
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
    allow: SERVICE_OR_RESPONDER,
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
    method: 'post',
    path: '/requests/:id/whistle',
    tag: 'requests',
    summary: 'Call departments to a request (派单到部门; several at once: 吹哨)',
    description:
      'Each department is called now unless it was already; a raised request becomes dispatched. The request is resolved only once every called department has reported (报到); until then resolving it is a 409 naming those it waits for.',
    allow: SERVICE,
    params: ById,
    body: z.object({
      departments: z.array(Id).min(1).max(20).describe('The departments called'),
      note: z.string().max(2000).optional().describe('What they are called for'),
    }),
    response: RequestView,
    handle: async (input) => blowWhistle(useCaseContext(input), input.params.id, input.body),
  }),

  route({
    method: 'post',
    path: '/requests/:id/departments/:departmentId',
    tag: 'requests',
    summary: 'A called department’s own step: accepted (接单), reported (报到, again for progress), closed (销号)',
    description:
      'By park staff, or by the department’s own key (a responder key acting for it) for that department only. 404 when the department was not called to the request; 409 from the wrong status.',
    allow: SERVICE_OR_RESPONDER,
    params: ByDepartment,
    body: z.object({ to: CallStepTo, note: z.string().max(2000).optional().describe('What it did') }),
    response: RequestView,
    handle: async (input) => stepCall(useCaseContext(input), input.params.id, input.params.departmentId, input.body),
  }),

  route({
    method: 'get',
    path: '/requests/:id/responders',
    tag: 'requests',
    summary: 'Ranked responders for a request (派单建议)',
    description:
      'Instructors, enterprise secretaries (企业秘书) and staff whose skills, place and load fit it, and departments by remit and load; the latest stored run.',
    allow: EVERYONE,
    params: ById,
    response: reportAnswer(RankedResponders),
    handle: async (input) =>
      shapeReport(await respondersOf({ ...useCaseContext(input), jobs: input.app.jobs }, input.params.id), input.res),
  }),
];

import { z } from 'zod';
import type { Caller } from '../../access/caller';
import type { Role } from '../../domain/roles';
import { Id } from '../../domain/common.schema';
import { displayName } from '../../domain';
import { RequestStatus } from '../../domain/enums';
import { BundleRequest } from '../../ingest/bundle.schema';
import { AppError } from '../../shared/app-error';
import type { GraphNode, GraphStore } from '../../store/graph-store';
import type { ApiContext } from '../api-context';
import { EVERYONE, route } from '../routing/route';
import { audit } from './audit';
import { PageQuery, pageOf } from './pagination';
import { farEnds, regionsOfEnterprises } from './related';
import { writeRecord } from './write-record';

const Node = z.record(z.string(), z.unknown());
const ById = z.object({ id: Id });
const SERVICE: readonly Role[] = ['admin', 'secretary'];

/**
 * The service loop (点单 → 派单 → 接单 → 办结 → 反馈): raised → dispatched (to a responder) →
 * accepted → resolved → closed (with the enterprise's feedback). Park staff and secretaries run it.
 */
const REQUEST_STEPS: Record<string, readonly string[]> = {
  dispatched: ['raised', 'dispatched'],
  accepted: ['dispatched'],
  resolved: ['accepted'],
  closed: ['resolved'],
};

/** The service loop's statuses in which a request is still open (overdue once past its due date). */
const OPEN = ['raised', 'dispatched', 'accepted'];

/** A request as the API shows it: its properties, who raised it, who has it, and whether it is overdue. */
const RequestOut = z.looseObject({
  id: z.string(),
  title: z.string(),
  status: RequestStatus,
  dueAt: z.string().optional(),
  raisedBy: z.string().nullable().describe('The enterprise that raised it'),
  raisedByName: z.string().nullable(),
  assignedTo: z.string().nullable().describe('The responder it is dispatched to (a person)'),
  assignedToName: z.string().nullable(),
  overdue: z.boolean().describe('Still open (raised, dispatched or accepted) and past its due date'),
});
type RequestOut = z.infer<typeof RequestOut>;

/** Requests with the enterprise that raised them and their responder, read for a page at once. */
async function withParties(store: GraphStore, nodes: GraphNode[], now = Date.now()): Promise<RequestOut[]> {
  const ids = nodes.map((n) => n.id);
  const raised = await farEnds(store, {
    fromKind: 'Request',
    ids,
    type: 'RAISED_BY',
    direction: 'out',
    toKind: 'Enterprise',
  });
  const assigned = await farEnds(store, {
    fromKind: 'Request',
    ids,
    type: 'ASSIGNED_TO',
    direction: 'out',
    toKind: 'Person',
  });
  const end = (found: Map<string, GraphNode[]>, id: string) => {
    const node = found.get(id)?.[0];
    return { id: node?.id ?? null, name: node ? displayName(node.props) : null };
  };
  return nodes.map((node) => {
    const dueAt = node.props['dueAt'] as string | undefined;
    return {
      ...(node.props as Pick<RequestOut, 'id' | 'title' | 'status'>),
      raisedBy: end(raised, node.id).id,
      raisedByName: end(raised, node.id).name,
      assignedTo: end(assigned, node.id).id,
      assignedToName: end(assigned, node.id).name,
      overdue: Boolean(OPEN.includes(String(node.props['status'])) && dueAt && Date.parse(dueAt) < now),
    };
  });
}

async function readRequest(app: ApiContext, id: string): Promise<RequestOut> {
  const node = await app.store.getNode('Request', id);
  if (!node) throw AppError.notFound(`Request '${id}'`);
  return (await withParties(app.store, [node]))[0]!;
}

/** The request, refused (403) when the enterprise that raised it lies outside the caller's region. */
async function requestInScope(
  input: { app: ApiContext; caller: Parameters<ApiContext['scopes']['check']>[0] },
  id: string,
): Promise<RequestOut> {
  const request = await readRequest(input.app, id);
  const regions = request.raisedBy ? await input.app.scopes.regionsOf('Enterprise', request.raisedBy) : [];
  await input.app.scopes.check(input.caller, regions, `Request '${id}'`);
  return request;
}

/** The requests a region-scoped key may see: those raised by an enterprise in its region (as GET /requests/:id). */
async function inScope(app: ApiContext, caller: Caller, requests: RequestOut[]): Promise<RequestOut[]> {
  const scope = await app.scopes.of(caller);
  if (scope === null) return requests;
  const enterprises = [...new Set(requests.flatMap((r) => (r.raisedBy ? [r.raisedBy] : [])))];
  const located = await regionsOfEnterprises(app.store, enterprises);
  const seen = new Set(enterprises.filter((id) => located.get(id)?.some((region) => scope.has(region))));
  return requests.filter((r) => r.raisedBy !== null && seen.has(r.raisedBy));
}

/**
 * A request due before it was raised would be overdue — and escalated — the moment it exists:
 * refused, naming dueAt (raisedAt is now when the caller leaves it out).
 */
function dueAfterRaised(dueAt: string | undefined, raisedAt: string | undefined): void {
  if (dueAt && raisedAt && Date.parse(dueAt) < Date.parse(raisedAt))
    throw AppError.badInput('body.dueAt', `must not be before the request was raised (${raisedAt})`);
}

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
    response: pageOf(RequestOut),
    handle: async ({ query, app, caller }) => {
      const page = await app.store.listNodes('Request', {
        limit: query.limit,
        ...(query.cursor ? { cursor: query.cursor } : {}),
        ...(query.status ? { where: { status: query.status } } : {}),
      });
      const items = await inScope(app, caller, await withParties(app.store, page.items));
      return { items, nextCursor: page.nextCursor };
    },
  }),

  route({
    method: 'get',
    path: '/requests/:id',
    tag: 'requests',
    summary: 'Read a request, with who raised it, who has it, and whether it is overdue',
    allow: EVERYONE,
    params: ById,
    response: RequestOut,
    handle: async (input) => requestInScope(input, input.params.id),
  }),

  route({
    method: 'post',
    path: '/requests',
    tag: 'requests',
    summary: 'Raise a request for an enterprise (企业点单)',
    description: 'Its ranked responders are computed in the background, and its escalation queued for its due date.',
    allow: SERVICE,
    body: BundleRequest.omit({ status: true, escalations: true, escalatedAt: true, assignedTo: true }),
    status: 201,
    response: RequestOut,
    handle: async (input) => {
      const { body, app, caller } = input;
      if (await app.store.getNode('Request', body.id)) throw new AppError('conflict', `Request '${body.id}' exists`);
      await app.scopes.check(
        caller,
        await app.scopes.regionsOf('Enterprise', body.raisedBy),
        `Enterprise '${body.raisedBy}'`,
      );
      const raisedAt = body.raisedAt ?? new Date().toISOString();
      dueAfterRaised(body.dueAt, raisedAt);
      await writeRecord(app.store, 'requests', { ...body, status: 'raised', raisedAt }, { creating: true });
      const created = await readRequest(app, body.id);
      await audit(app, input, 'request.raise', { kind: 'Request', id: body.id }, null, created);
      input.res.location(`/api/v1/requests/${encodeURIComponent(body.id)}`);
      return created;
    },
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
      to: z.enum(['dispatched', 'accepted', 'resolved', 'closed']),
      assignee: Id.optional().describe('The responder (a person); required for dispatched'),
      dueAt: z.iso.datetime({ offset: true }).optional().describe('A new due date'),
      rating: z.number().int().min(1).max(5).optional().describe('The enterprise’s satisfaction, 1–5; for closed'),
      note: z.string().max(2000).optional(),
    }),
    response: RequestOut,
    handle: async (input) => {
      const { params, body, app } = input;
      const before = await requestInScope(input, params.id);
      const status = String(before['status']);
      const from = REQUEST_STEPS[body.to]!;
      if (!from.includes(status))
        throw new AppError('conflict', `a ${status} request cannot become ${body.to} (only from ${from.join(', ')})`, [
          { field: 'body.to', reason: `not allowed from ${status}` },
        ]);
      if (body.to === 'dispatched') {
        if (!body.assignee) throw AppError.badInput('body.assignee', 'is required to dispatch a request');
        if (!(await app.store.getNode('Person', body.assignee)))
          throw AppError.badInput('body.assignee', `no person '${body.assignee}'`);
        const previous = before['assignedTo'] as string | null;
        if (previous && previous !== body.assignee)
          await app.store.deleteRelationships([
            { type: 'ASSIGNED_TO', from: { kind: 'Request', id: params.id }, to: { kind: 'Person', id: previous } },
          ]);
        await app.store.upsertRelationships([
          { type: 'ASSIGNED_TO', from: { kind: 'Request', id: params.id }, to: { kind: 'Person', id: body.assignee } },
        ]);
      }
      if (body.dueAt) dueAfterRaised(body.dueAt, before['raisedAt'] as string | undefined);
      if (body.to === 'closed' && body.rating === undefined)
        throw AppError.badInput('body.rating', 'is required to close a request (the enterprise’s feedback)');
      const node = (await app.store.getNode('Request', params.id))!;
      const { createdAt: _c, updatedAt: _u, ...props } = node.props;
      await app.store.upsertNodes('Request', [
        {
          ...props,
          status: body.to,
          ...(body.dueAt ? { dueAt: body.dueAt } : {}),
          ...(body.rating !== undefined ? { feedbackRating: body.rating } : {}),
          ...(body.to === 'closed' && body.note ? { feedbackNote: body.note } : {}),
        },
      ]);
      const after = await readRequest(app, params.id);
      await audit(app, input, `request.${body.to}`, { kind: 'Request', id: params.id }, before, {
        ...after,
        ...(body.note ? { note: body.note } : {}),
      });
      return after;
    },
  }),

  route({
    method: 'get',
    path: '/requests/:id/responders',
    tag: 'requests',
    summary: 'Ranked responders for a request (派单建议)',
    description: 'Instructors and staff whose skills, place and load fit it; the latest stored run.',
    allow: EVERYONE,
    params: ById,
    response: Node,
    handle: async (input) => {
      await requestInScope(input, input.params.id);
      const stored = await input.app.store.readReport('responders', input.params.id);
      if (!stored) {
        const [jobId] = await input.app.jobs.add([
          { name: 'dispatch.request', payload: { requestId: input.params.id } },
        ]);
        input.res.status(202);
        return { status: 'computing', jobId };
      }
      return { status: 'ready', computedAt: stored.computedAt, runId: stored.runId, ...(stored.payload as object) };
    },
  }),
];

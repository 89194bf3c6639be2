import { z } from 'zod';
import { displayName, Request } from '../../domain';
import { AppError } from '../../shared/app-error';
import type { GraphNode } from '../../store/graph-store';
import { farEnds, regionsOfEnterprises } from '../related-nodes';
import { storedSchema } from '../records/stored-record';
import type { UseCaseContext } from '../use-case-context';
import { OPEN_REQUEST_STATUSES } from '../workflow/request-workflow';
import { CallView, callsOf, WhistleView, whistleOf } from './request-calls';

/** A request as the API shows it: its properties, who raised it, who has it, and whether it is overdue. */
export const RequestView = storedSchema(Request).extend({
  raisedBy: z.string().nullable().describe('The enterprise that raised it'),
  raisedByName: z.string().nullable(),
  assignedTo: z.string().nullable().describe('The responder it is dispatched to (a person)'),
  assignedToName: z.string().nullable(),
  regionId: z.string().nullable().describe('For a park-wide action no one enterprise raised: the region it lies in'),
  regionName: z.string().nullable(),
  overdue: z.boolean().describe('Still open (raised, dispatched or accepted) and past its due date'),
  departments: z.array(CallView).describe('The departments called to it (派单到部门, 吹哨) and their parts'),
  whistle: WhistleView.nullable().describe(
    '吹哨报到: who has reported and who has not; null when no department was called',
  ),
});
export type RequestView = z.infer<typeof RequestView>;
type StoredRequest = Omit<
  RequestView,
  | 'raisedBy'
  | 'raisedByName'
  | 'assignedTo'
  | 'assignedToName'
  | 'regionId'
  | 'regionName'
  | 'overdue'
  | 'departments'
  | 'whistle'
>;

/** Requests with the enterprise that raised them and their responder, read for a page at once. */
export async function withParties(
  ctx: Pick<UseCaseContext, 'store' | 'now'>,
  nodes: GraphNode[],
): Promise<RequestView[]> {
  const ids = nodes.map((n) => n.id);
  const from = { fromKind: 'Request', ids, direction: 'out' } as const;
  const raised = await farEnds(ctx.store, { ...from, type: 'RAISED_BY', toKind: 'Enterprise' });
  const assigned = await farEnds(ctx.store, { ...from, type: 'ASSIGNED_TO', toKind: 'Person' });
  const called = await callsOf(ctx.store, ids);
  const placed = await farEnds(ctx.store, { ...from, type: 'IN_REGION', toKind: 'Region' });
  const end = (found: Map<string, GraphNode[]>, id: string) => {
    const node = found.get(id)?.[0];
    return { id: node?.id ?? null, name: node ? displayName(node.props) : null };
  };
  const now = ctx.now().getTime();
  return nodes.map((node) => {
    const request = node.props as StoredRequest;
    const departments = called.get(node.id) ?? [];
    return {
      ...request,
      raisedBy: end(raised, node.id).id,
      raisedByName: end(raised, node.id).name,
      assignedTo: end(assigned, node.id).id,
      assignedToName: end(assigned, node.id).name,
      regionId: end(placed, node.id).id,
      regionName: end(placed, node.id).name,
      overdue: Boolean(
        OPEN_REQUEST_STATUSES.includes(request.status) && request.dueAt && Date.parse(request.dueAt) < now,
      ),
      departments,
      whistle: whistleOf(departments),
    };
  });
}

/** A request with its parties; 404 when there is none. */
export async function readRequest(ctx: Pick<UseCaseContext, 'store' | 'now'>, id: string): Promise<RequestView> {
  const node = await ctx.store.getNode('Request', id);
  if (!node) throw AppError.notFound(`Request '${id}'`);
  return (await withParties(ctx, [node]))[0]!;
}

/**
 * The regions of the enterprise that raised a request (or, for a park-wide action, the region it
 * names): a region-scoped key reaches its requests only.
 */
export async function raiserRegions(ctx: UseCaseContext, request: RequestView): Promise<string[]> {
  if (request.raisedBy) return ctx.scopes.regionsOf('Enterprise', request.raisedBy);
  return request.regionId ? [request.regionId] : [];
}

/** The request, refused (403) when the enterprise that raised it lies outside the caller's region. */
export async function requestInScope(ctx: UseCaseContext, id: string): Promise<RequestView> {
  const request = await readRequest(ctx, id);
  await ctx.scopes.check(ctx.caller, await raiserRegions(ctx, request), `Request '${id}'`);
  return request;
}

/**
 * A responder's key moves the requests dispatched to its person only (it reads others as a viewer
 * does); a department's key moves its own part of a request (department-calls.ts), never the request.
 */
export function refuseOthersRequest(ctx: Pick<UseCaseContext, 'caller'>, request: RequestView): void {
  if (ctx.caller.role === 'responder' && (!ctx.caller.personId || request.assignedTo !== ctx.caller.personId))
    throw new AppError('forbidden', `Request '${request.id}' is not dispatched to this responder`);
}

/** Whether a request is in the caller's queue: dispatched to its person, or calling its department. */
export function inCallersQueue(ctx: Pick<UseCaseContext, 'caller'>, request: RequestView): boolean {
  const { personId, departmentId } = ctx.caller;
  if (departmentId) return request.departments.some((c) => c.departmentId === departmentId);
  return personId !== undefined && request.assignedTo === personId;
}

/** The requests a region-scoped key may see: those raised by an enterprise in its region, or park-wide actions there. */
export async function requestsInScope(ctx: UseCaseContext, requests: RequestView[]): Promise<RequestView[]> {
  const scope = await ctx.scopes.of(ctx.caller);
  if (scope === null) return requests;
  const enterprises = [...new Set(requests.flatMap((r) => (r.raisedBy ? [r.raisedBy] : [])))];
  const located = await regionsOfEnterprises(ctx.store, enterprises);
  const seen = new Set(enterprises.filter((id) => located.get(id)?.some((region) => scope.has(region))));
  return requests.filter((r) =>
    r.raisedBy !== null ? seen.has(r.raisedBy) : r.regionId !== null && scope.has(r.regionId),
  );
}

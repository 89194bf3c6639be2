import type { CallProps, CallStatus, CallStepTo } from '../../domain';
import { AppError } from '../../shared/app-error';
import type { UseCaseContext } from '../use-case-context';
import { OPEN_REQUEST_STATUSES } from '../workflow/request-workflow';
import type { CallView } from './request-calls';
import { readRequest, requestInScope, type RequestView } from './request-view';

/** A whistle (吹哨): the departments called to one request at once, with what they are asked. */
export interface Whistle {
  departments: string[];
  note?: string | undefined;
}

/** Where each of a department's steps may start (报到 may be repeated, as progress). */
const CALL_STEPS: Record<CallStepTo, readonly CallStatus[]> = {
  accepted: ['called'],
  reported: ['called', 'accepted', 'reported'],
  closed: ['reported'],
};

/** 409 unless the request is still open: departments are called to, and work on, open requests only. */
function refuseClosedRequest(request: RequestView): void {
  if (!OPEN_REQUEST_STATUSES.includes(request.status))
    throw new AppError('conflict', `Request '${request.id}' is ${request.status}: its departments' parts are done`);
}

/**
 * 派单到部门 / 吹哨报到: calls departments to a request of the caller's region (one is a dispatch to a
 * department; several are a whistle), each called now unless it was called already. A raised request
 * becomes dispatched. Each department named must exist (400, naming it) and serve a place in the
 * caller's region (403).
 */
export async function blowWhistle(ctx: UseCaseContext, id: string, whistle: Whistle): Promise<RequestView> {
  const before = await requestInScope(ctx, id);
  refuseClosedRequest(before);
  const wanted = [...new Set(whistle.departments)];
  for (const [i, departmentId] of wanted.entries()) {
    if (!(await ctx.store.getNode('Department', departmentId)))
      throw AppError.badInput(`body.departments[${i}]`, `no department '${departmentId}'`);
    const regions = await ctx.scopes.regionsOf('Department', departmentId);
    if (regions.length > 0) await ctx.scopes.check(ctx.caller, regions, `Department '${departmentId}'`);
  }
  const calledAt = ctx.now().toISOString();
  const fresh = wanted.filter((d) => !before.departments.some((c) => c.departmentId === d));
  const props: CallProps = { status: 'called', calledAt, ...(whistle.note ? { note: whistle.note } : {}) };
  await ctx.store.upsertRelationships(
    fresh.map((departmentId) => ({
      type: 'CALLS',
      from: { kind: 'Request', id },
      to: { kind: 'Department', id: departmentId },
      props,
    })),
  );
  if (before.status === 'raised') await setStatus(ctx, id, 'dispatched');
  const after = await readRequest(ctx, id);
  await ctx.audit('request.whistle', { kind: 'Request', id }, before, { ...after, note: whistle.note });
  return after;
}

/**
 * A called department's own step on a request (接单, 报到, 销号): by park staff, or by the department's
 * own key (a responder key acting for it) and no other's. 404 when the department was not called to
 * it; 409 from the wrong status or on a request no longer open.
 */
export async function stepCall(
  ctx: UseCaseContext,
  id: string,
  departmentId: string,
  step: { to: CallStepTo; note?: string | undefined },
): Promise<RequestView> {
  if (ctx.caller.role === 'responder' && ctx.caller.departmentId !== departmentId)
    throw new AppError('forbidden', `this key does not act for department '${departmentId}'`);
  const before = await requestInScope(ctx, id);
  const call = before.departments.find((c) => c.departmentId === departmentId);
  if (!call) throw AppError.notFound(`Department '${departmentId}' called to request '${id}'`);
  refuseClosedRequest(before);
  if (!CALL_STEPS[step.to].includes(call.status))
    throw new AppError(
      'conflict',
      `${call.departmentName} cannot be ${step.to} from ${call.status} (from ${CALL_STEPS[step.to].join(' or ')})`,
    );
  const at = ctx.now().toISOString();
  await ctx.store.upsertRelationships([
    {
      type: 'CALLS',
      from: { kind: 'Request', id },
      to: { kind: 'Department', id: departmentId },
      props: { ...storedCall(call), status: step.to, [`${step.to}At`]: at, ...(step.note ? { note: step.note } : {}) },
    },
  ]);
  const after = await readRequest(ctx, id);
  await ctx.audit(`request.department.${step.to}`, { kind: 'Request', id }, before, {
    ...after,
    departmentId,
    note: step.note,
  });
  return after;
}

/** A call's relationship properties, as stored. */
function storedCall({ departmentId: _d, departmentName: _n, ...props }: CallView): CallProps {
  return props;
}

async function setStatus(ctx: UseCaseContext, id: string, status: string): Promise<void> {
  const node = (await ctx.store.getNode('Request', id))!;
  const { createdAt: _c, updatedAt: _u, ...props } = node.props;
  await ctx.store.upsertNodes('Request', [{ ...props, status }]);
}

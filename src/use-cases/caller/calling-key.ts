import { PROBLEM_STEPS } from '../workflow/problem-workflow';
import { REQUEST_STEPS } from '../workflow/request-workflow';
import type { UseCaseContext } from '../use-case-context';

/**
 * Who the calling key is and what its role may do, so that a client offers only those actions
 * (the API still decides each call). `operations` are those of the API the role may call, named
 * by the caller (it knows its route table); the region's name is read from the graph (its id
 * when the region is not there).
 */
export async function callingKey(ctx: Pick<UseCaseContext, 'store' | 'caller'>, operations: string[]) {
  const { caller } = ctx;
  const region = caller.regionId ? await ctx.store.getNode('Region', caller.regionId) : null;
  const steps = Object.entries(PROBLEM_STEPS).filter(([, step]) => step.by.includes(caller.role));
  const requestSteps = Object.entries(REQUEST_STEPS).filter(([, step]) => step.by.includes(caller.role));
  return {
    keyId: caller.keyId,
    name: caller.name,
    role: caller.role,
    region: caller.regionId ? { id: caller.regionId, name: String(region?.props['name'] ?? caller.regionId) } : null,
    operations,
    problemSteps: Object.fromEntries(steps.map(([to, step]) => [to, [...step.from]])),
    requestSteps: Object.fromEntries(requestSteps.map(([to, step]) => [to, [...step.from]])),
    ...(caller.personId ? { personId: caller.personId } : {}),
    ...(caller.departmentId ? { departmentId: caller.departmentId } : {}),
  };
}

import { RequestKinds, RequestStatus, RequestStatuses } from '../domain';
import { rankResponders } from '../match/dispatch/rank-responders';
import { projectScope } from '../projection/project-scope';
import { REQUEST_STEPS } from '../use-cases/workflow/request-workflow';
import type { CommandContext } from './command-context';
import { noRespondersBecause } from './empty-lists';
import { toldBy } from './match.commands';
import { idFor } from './name-lookup';

/**
 * `redchain dispatch <request>`: the ranked responders for a request (派单建议), as
 * GET /requests/{id}/responders answers them, computed here from the configured store. A request
 * the service loop no longer dispatches (accepted, resolved, closed) says so in the heading: the
 * ranking still shows who fits it, but nobody should be sent.
 */
export async function dispatchCommand(
  ctx: CommandContext,
  request: string,
  options: { limit: number; json: boolean },
): Promise<void> {
  const requestId = await idFor(ctx.store, 'Request', request, toldBy(ctx, options));
  const graph = await projectScope(ctx.store, {});
  const result = rankResponders(graph, requestId, { limit: options.limit });
  if (options.json) return ctx.out(JSON.stringify(result, null, 2));
  const status = RequestStatus.safeParse((await ctx.store.getNode('Request', requestId))?.props['status']);
  const done =
    status.success && !REQUEST_STEPS.dispatched.from.includes(status.data)
      ? `，${RequestStatuses.zh[status.data]}，不再派单`
      : '';
  const heading = `诉求「${result.request.title}」（${RequestKinds.zh[result.request.kind]}${done}）的派单建议：`;
  ctx.out(result.responders.length === 0 ? `${heading}无（${noRespondersBecause(graph)}）` : heading);
  result.responders.forEach((r, i) =>
    ctx.out(`${i + 1}. ${r.name}  ${r.score.toFixed(3)}  ${r.reasons.zh.join('；')}`),
  );
  if (result.departments.length === 0) return;
  ctx.out('部门接单建议：');
  result.departments.forEach((d, i) =>
    ctx.out(`${i + 1}. ${d.name}  ${d.score.toFixed(3)}  ${d.reasons.zh.join('；')}`),
  );
}

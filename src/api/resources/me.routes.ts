import { z } from 'zod';
import { ROLES } from '../../domain/roles';
import { EVERYONE, route, type RouteSpec } from '../routing/route';
import { callingKey } from '../../use-cases/caller/calling-key';

/** A route as /me names it: `post /requests/:id/transitions`. */
export const operationName = (spec: Pick<RouteSpec, 'method' | 'path'>) => `${spec.method} ${spec.path}`;

const Me = z.object({
  keyId: z.string().describe('The key’s public id (never the key)'),
  name: z.string().describe('Who holds it'),
  role: z.enum(ROLES),
  region: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .describe('The region the key is limited to (with the regions below it); null: everywhere'),
  operations: z.array(z.string()).describe('Every operation of /api/v1 the role may call, as `method /path`'),
  problemSteps: z
    .record(z.string(), z.array(z.string()))
    .describe('The tackling-workflow steps the role may take: each status it may move a problem to, from which'),
  requestSteps: z
    .record(z.string(), z.array(z.string()))
    .describe('The service-loop steps the role may take: each status it may move a request to, from which'),
  personId: z.string().optional().describe('The person a responder key acts as'),
  departmentId: z.string().optional().describe('The department a responder key acts for (部门接单)'),
});

/**
 * GET /me: who the calling key is, and what its role may do, so that a client offers only
 * those actions (the API still decides each call). `routes` is read when called: the route
 * table includes this route.
 */
export function meRoute(routes: () => readonly RouteSpec[]): RouteSpec {
  return route({
    method: 'get',
    path: '/me',
    tag: 'access',
    summary: 'The calling key: its holder, role, region, and what the role may do',
    allow: EVERYONE,
    response: Me,
    handle: ({ caller, app }) =>
      callingKey(
        { store: app.store, caller },
        routes()
          .filter((spec) => spec.allow.includes(caller.role))
          .map(operationName),
      ),
  });
}

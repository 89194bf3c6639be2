import { z } from 'zod';
import { Id } from '../../domain/common.schema';
import { Neighbourhood } from '../../domain/answers';
import { NodeKindSchema } from '../../domain/node-kinds';
import { EVERYONE, route } from '../routing/route';
import { NEIGHBOURS_DEFAULTS, neighbourhoodFor } from '../../use-cases/neighbourhood/neighbourhood';

export const graphRoutes = [
  route({
    method: 'get',
    path: '/graph/neighbourhood',
    tag: 'graph',
    summary: 'A node and its neighbours, with the relationships between them (图谱浏览)',
    description:
      'One hop around any node (an enterprise, institution, party organisation, person, problem, region…), at most limit neighbours. A region-scoped key is refused (403) a node its kind’s own route would refuse it (an enterprise, request, department, squad, need, outcome, resource, project, pledge, meeting… of another region) and does not see those among the neighbours; people are masked as GET /people/:id masks them, and the ties that tell party membership (MEMBER_OF, MANAGED_BY, SQUAD_MEMBER, LEADS_SQUAD, VISITED_WITH, and a member’s moves) are left out for roles that may not see party membership, a move refused as a centre.',
    allow: EVERYONE,
    query: z.object({
      kind: NodeKindSchema.describe('The node’s kind: Enterprise, Institution, PartyOrg, Person, Problem, Region…'),
      id: Id,
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(NEIGHBOURS_DEFAULTS.maxLimit)
        .default(NEIGHBOURS_DEFAULTS.limit)
        .describe(`Most neighbours returned, 1–${NEIGHBOURS_DEFAULTS.maxLimit}`),
    }),
    response: Neighbourhood,
    handle: ({ query, app, caller }) =>
      neighbourhoodFor(
        { store: app.store, scopes: app.scopes, caller },
        { kind: query.kind, id: query.id },
        query.limit,
      ),
  }),
];

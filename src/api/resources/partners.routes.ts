import { z } from 'zod';
import { Id } from '../../domain/common.schema';
import { JsonText } from '../routing/json-text';
import { EVERYONE, route } from '../routing/route';
import { ListAnswer, storedLists } from './match-answers';

export const partnerRoutes = [
  route({
    method: 'get',
    path: '/enterprises/:id/partners',
    tag: 'partners',
    summary: 'Upstream or downstream partner candidates of an enterprise (上下游配套)',
    description:
      'Ranked, local first, each with its reasons and the party-organisation path that can make the introduction. The latest stored run; 202 with a job id while the first one is computed.',
    allow: EVERYONE,
    params: z.object({ id: Id }),
    query: z.object({
      direction: z
        .enum(['upstream', 'downstream'])
        .describe('upstream: who could supply it; downstream: who could buy from it'),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
    response: ListAnswer,
    handle: async ({ params, query, app, caller, res }) => {
      const { json } = await storedLists(
        app,
        caller,
        {
          type: 'PARTNER_CANDIDATE',
          from: { kind: 'Enterprise', id: params.id },
          qualifiers: [query.direction],
          limit: query.limit,
          compute: { name: 'partners.enterprise', payload: { enterpriseId: params.id } },
          scoped: true,
        },
        res,
      );
      return new JsonText<ListAnswer>(json[query.direction]);
    },
  }),
];

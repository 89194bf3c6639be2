import { z } from 'zod';
import { Id } from '../../domain/common.schema';
import { AppError } from '../../shared/app-error';
import { EVERYONE, route } from '../routing/route';
import { ListAnswer, storedList } from './match-answers';

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
      const enterprise = await app.store.getNode('Enterprise', params.id);
      if (!enterprise) throw AppError.notFound(`Enterprise '${params.id}'`);
      await app.scopes.check(caller, await app.scopes.regionsOf('Enterprise', params.id), `Enterprise '${params.id}'`);
      return storedList(
        app,
        caller,
        'PARTNER_CANDIDATE',
        { kind: 'Enterprise', id: params.id },
        query.direction,
        query.limit,
        { name: 'partners.enterprise', payload: { enterpriseId: params.id } },
        res,
      );
    },
  }),
];

import { z } from 'zod';
import { graphFigures } from '../../use-cases/graph-figures';
import { EVERYONE, route } from '../routing/route';
import { useCaseContext } from './use-case-context';

/** The dashboard's figures: what the graph holds, where the tackling list and the service loop stand. */
export const statsRoutes = [
  route({
    method: 'get',
    path: '/stats',
    tag: 'stats',
    summary: 'The dashboard’s figures',
    description: 'Counts of each kind, problems by status, requests by status and how many are overdue.',
    allow: EVERYONE,
    response: z.object({
      counts: z.record(z.string(), z.number()),
      problems: z.record(z.string(), z.number()),
      requests: z.record(z.string(), z.number()),
      overdueRequests: z.number(),
      computedAt: z.string(),
    }),
    handle: (input) => graphFigures(useCaseContext(input), () => input.app.graph.ask('statusTallies', {})),
  }),
];

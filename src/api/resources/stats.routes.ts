import { z } from 'zod';
import { NODE_KINDS } from '../../domain';
import { EVERYONE, route } from '../routing/route';

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
    handle: async ({ app }) => {
      const counts: Record<string, number> = {};
      for (const kind of NODE_KINDS) counts[kind] = await app.store.countNodes(kind);
      const tallies = await app.graph.ask('statusTallies', {});
      return { counts, ...tallies, computedAt: new Date().toISOString() };
    },
  }),
];

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
      return app.projection.read((graph) => {
        const problems: Record<string, number> = {};
        const requests: Record<string, number> = {};
        let overdueRequests = 0;
        const now = Date.now();
        graph.forEachNode((_key, node) => {
          const status = String(node.props['status'] ?? '');
          if (node.kind === 'Problem') problems[status] = (problems[status] ?? 0) + 1;
          if (node.kind !== 'Request') return;
          requests[status] = (requests[status] ?? 0) + 1;
          const dueAt = node.props['dueAt'];
          if (
            ['raised', 'dispatched', 'accepted'].includes(status) &&
            typeof dueAt === 'string' &&
            Date.parse(dueAt) < now
          )
            overdueRequests++;
        });
        return { counts, problems, requests, overdueRequests, computedAt: new Date().toISOString() };
      });
    },
  }),
];

import { z } from 'zod';
import { NODE_KINDS, Resolution, SearchHit, type NodeKind } from '../../domain';
import { markSynthetic } from '../../use-cases/synthetic-marks';
import { EVERYONE, route } from '../routing/route';

export const searchRoutes = [
  route({
    method: 'get',
    path: '/search',
    tag: 'search',
    summary: 'Search everything by name and words, fuzzy',
    description:
      'Enterprises by any of their names, institutions, experts by skill, problems, chains, segments, regions, party organisations, requests.',
    allow: EVERYONE,
    query: z.object({
      q: z.string().trim().min(1).max(200),
      kind: z.enum(NODE_KINDS as unknown as [NodeKind, ...NodeKind[]]).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
    response: z.object({
      items: z.array(SearchHit),
    }),
    handle: async ({ query, app }) => {
      const hits = await app.graph.ask('search', {
        q: query.q,
        limit: query.limit,
        ...(query.kind ? { kinds: [query.kind] } : {}),
      });
      return { items: await markSynthetic(app.store, hits, (hit) => hit) };
    },
  }),

  route({
    method: 'get',
    path: '/resolve',
    tag: 'search',
    summary: 'Which enterprise a name means: match, ambiguous or none, with candidates',
    description:
      'As imports resolve names: USCC first, then the name or an alias, the core name, then fuzzy with a margin over the runner-up.',
    allow: EVERYONE,
    query: z.object({ name: z.string().trim().min(1).max(200), uscc: z.string().trim().length(18).optional() }),
    response: Resolution,
    handle: async ({ query, app }) =>
      app.graph.ask('resolve', { name: query.name, ...(query.uscc ? { uscc: query.uscc } : {}) }),
  }),
];

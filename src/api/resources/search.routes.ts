import { z } from 'zod';
import { NODE_KINDS, type NodeKind } from '../../domain';
import { derived } from '../../projection/derived';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { NameResolver } from '../../text/name-resolver';
import { SearchIndex } from '../../text/search-index';
import { EVERYONE, route } from '../routing/route';

/** The fields of each kind a search reads: what people call it, and what describes it. */
const NAMED: Partial<Record<NodeKind, { names: string[]; text: string[] }>> = {
  Enterprise: { names: ['name', 'aliases'], text: ['products', 'needs', 'description'] },
  Institution: { names: ['name', 'aliases'], text: ['about', 'description'] },
  Person: { names: ['name'], text: ['skills', 'title'] },
  Problem: { names: ['title'], text: ['skills', 'description'] },
  Chain: { names: ['name'], text: ['description'] },
  Segment: { names: ['name'], text: ['keywords'] },
  Region: { names: ['name'], text: [] },
  PartyOrg: { names: ['name'], text: [] },
  Request: { names: ['title'], text: ['description'] },
};

const words = (props: Record<string, unknown>, fields: string[]) =>
  fields.flatMap((f) =>
    Array.isArray(props[f]) ? (props[f] as unknown[]).map(String) : props[f] ? [String(props[f])] : [],
  );

function searchIndexOf(graph: ProjectedGraph): SearchIndex {
  return derived(graph, 'search-index', () => {
    const index = new SearchIndex();
    graph.forEachNode((_key, node) => {
      const fields = NAMED[node.kind];
      if (fields)
        index.add({
          kind: node.kind,
          id: node.id,
          names: words(node.props, fields.names),
          text: words(node.props, fields.text).join(' '),
        });
    });
    return index;
  });
}

function nameResolverOf(graph: ProjectedGraph): NameResolver {
  return derived(graph, 'name-resolver', () => {
    const resolver = new NameResolver();
    graph.forEachNode((_key, node) => {
      if (node.kind !== 'Enterprise') return;
      const uscc = node.props['uscc'];
      resolver.add({
        id: node.id,
        name: String(node.props['name']),
        aliases: (node.props['aliases'] as string[] | undefined) ?? [],
        ...(typeof uscc === 'string' ? { uscc } : {}),
      });
    });
    return resolver;
  });
}

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
      items: z.array(z.object({ kind: z.string(), id: z.string(), name: z.string(), score: z.number() })),
    }),
    handle: async ({ query, app }) => ({
      items: await app.projection.read((graph) =>
        searchIndexOf(graph).search(query.q, {
          limit: query.limit,
          ...(query.kind ? { kinds: new Set([query.kind]) } : {}),
        }),
      ),
    }),
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
    response: z.record(z.string(), z.unknown()),
    handle: async ({ query, app }) =>
      app.projection.read((graph) =>
        nameResolverOf(graph).resolve({ name: query.name, ...(query.uscc ? { uscc: query.uscc } : {}) }),
      ) as Promise<Record<string, unknown>>,
  }),
];

import type { NodeKind } from '../../domain';
import { derived } from '../../projection/derived';
import { touchesNone } from '../../projection/derived-change';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { nameEntryOf, NameResolver } from '../../text/name-resolver';
import { SearchIndex } from '../../text/search-index';

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

const NAMED_KINDS = Object.keys(NAMED) as NodeKind[];

/**
 * The search index over every named kind, built once per projection and kept through a patch
 * that wrote no node of those kinds (it reads their properties only).
 */
export function searchIndexOf(graph: ProjectedGraph): SearchIndex {
  return derived(graph, 'search-index', buildSearchIndex(graph), (index, change) =>
    touchesNone(change, NAMED_KINDS, []) ? index : null,
  );
}

function buildSearchIndex(graph: ProjectedGraph): () => SearchIndex {
  return () => {
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
  };
}

/** The enterprise name resolver the imports use, built once per projection and kept while no enterprise is written. */
export function nameResolverOf(graph: ProjectedGraph): NameResolver {
  return derived(
    graph,
    'name-resolver',
    () => {
      const resolver = new NameResolver();
      graph.forEachNode((_key, node) => {
        if (node.kind === 'Enterprise') resolver.add(nameEntryOf(node));
      });
      return resolver;
    },
    (resolver, change) => (touchesNone(change, ['Enterprise'], []) ? resolver : null),
  );
}

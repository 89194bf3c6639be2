import type { PlacementSegment } from '../../match/placement/placement-types';
import { allNodes } from '../../store/all-nodes';
import type { GraphStore } from '../../store/graph-store';

/** A segment of the graph with its chain, as 挂链 and its review queue read it. */
export interface CatalogueSegment extends PlacementSegment {
  chainId: string;
  chainName: string;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * Every segment in the graph with its chain (PART_OF), read page by page: segments number in the
 * hundreds or thousands, so the classifier's index and the queue's names are built from all of them.
 */
export async function readSegmentCatalogue(store: GraphStore): Promise<CatalogueSegment[]> {
  const chainOf = new Map<string, string>();
  for (const edge of await store.allRelationships('PART_OF'))
    if (edge.from.kind === 'Segment' && edge.to.kind === 'Chain') chainOf.set(edge.from.id, edge.to.id);
  const chainNames = new Map<string, string>();
  for (const chain of await allNodes(store, 'Chain')) chainNames.set(chain.id, String(chain.props['name'] ?? chain.id));
  return (await allNodes(store, 'Segment')).map((s) => {
    const chainId = chainOf.get(s.id) ?? '';
    return {
      id: s.id,
      name: String(s.props['name'] ?? s.id),
      keywords: strings(s.props['keywords']),
      description: String(s.props['description'] ?? ''),
      industryCodes: strings(s.props['industryCodes']),
      chainId,
      chainName: chainNames.get(chainId) ?? chainId,
    };
  });
}

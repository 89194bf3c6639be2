import type { ProjectedGraph } from '../../projection/projected-graph';
import { keyOf, nameOf, nodeAt, outOf } from '../graph-access';
import { chainSegments } from './chain-map';

/** 延链: segments of other chains fed by this chain's downstream segments. */
export function extensionCandidates(
  graph: ProjectedGraph,
  chainId: string,
): { from: string; segmentId: string; name: string; chain: string }[] {
  const chainKey = keyOf('Chain', chainId);
  const out: { from: string; segmentId: string; name: string; chain: string }[] = [];
  for (const segment of chainSegments(graph, chainKey)) {
    if (nodeAt(graph, segment)?.props['stage'] !== 'downstream') continue;
    for (const fed of outOf(graph, segment, 'FEEDS')) {
      const otherChain = outOf(graph, fed, 'PART_OF')[0];
      if (!otherChain || otherChain === chainKey) continue;
      out.push({
        from: nameOf(graph, segment),
        segmentId: nodeAt(graph, fed)!.id,
        name: nameOf(graph, fed),
        chain: nameOf(graph, otherChain),
      });
    }
  }
  return out;
}

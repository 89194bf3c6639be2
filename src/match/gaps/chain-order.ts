import type { ProjectedGraph } from '../../projection/projected-graph';
import { nameOf, nodeAt, outOf } from '../graph-access';

const STAGE_RANK: Readonly<Record<string, number>> = { upstream: 0, midstream: 1, downstream: 2 };

/**
 * A chain's segments as a chain map is read, raw materials to end products: by stage (upstream,
 * midstream, downstream, then any other), within a stage after the segments that feed them (the
 * longest FEEDS path inside the chain from a segment nothing feeds), then by name. Before, maps
 * listed segments by id, which puts 负极材料 before 锂资源 and reads as no order at all.
 */
export function inChainOrder(graph: ProjectedGraph, segments: readonly string[]): string[] {
  const inChain = new Set(segments);
  const depth = new Map<string, number>(segments.map((s) => [s, 0]));
  // longest path by relaxation, bounded by the number of segments in case a template has a cycle
  for (let round = 0; round < segments.length; round++) {
    let changed = false;
    for (const segment of segments)
      for (const fed of outOf(graph, segment, 'FEEDS'))
        if (inChain.has(fed) && depth.get(fed)! < depth.get(segment)! + 1) {
          depth.set(fed, depth.get(segment)! + 1);
          changed = true;
        }
    if (!changed) break;
  }
  const stage = (key: string) => STAGE_RANK[String(nodeAt(graph, key)?.props['stage'] ?? '')] ?? 3;
  return [...segments].sort(
    (a, b) =>
      stage(a) - stage(b) ||
      depth.get(a)! - depth.get(b)! ||
      nameOf(graph, a).localeCompare(nameOf(graph, b), 'zh') ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
}

import type { ChainPresence } from '../../domain/answers/chain-presence.schema';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { enterpriseSpaceOf } from '../enterprise-space';
import { keyOf, nameOf, nodeAt, outOf } from '../graph-access';
import { localEnterprises } from './chain-map';

/**
 * Every chain with how many of a region's enterprises (with those of the regions below it) make
 * one of its segments: the chains the region has first, most enterprises first, then the others
 * by name — so a park's map picker opens on its own chains, not on 17 in alphabetical order.
 */
export function chainsInRegion(graph: ProjectedGraph, regionId: string): ChainPresence[] {
  const regionKey = keyOf('Region', regionId);
  if (!nodeAt(graph, regionKey)) throw EngineError.notFound(`Region '${regionId}'`);
  const space = enterpriseSpaceOf(graph);
  const index = new Map(space.keys.map((key, e) => [key, e]));
  const chainOfSegment = (segmentKey: string) =>
    outOf(graph, segmentKey, 'PART_OF').find((key) => nodeAt(graph, key)?.kind === 'Chain');
  const counts = new Map<string, number>();
  for (const key of localEnterprises(graph, regionKey)) {
    const chains = new Set(
      space.segmentsOf[index.get(key)!]!.map((s) => chainOfSegment(space.segmentKeys[s]!)).filter(Boolean),
    );
    for (const chain of chains) counts.set(chain!, (counts.get(chain!) ?? 0) + 1);
  }
  return graph
    .filterNodes((_key, node) => node.kind === 'Chain')
    .map((key) => ({ id: nodeAt(graph, key)!.id, name: nameOf(graph, key), enterprises: counts.get(key) ?? 0 }))
    .sort((a, b) => b.enterprises - a.enterprises || a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id));
}

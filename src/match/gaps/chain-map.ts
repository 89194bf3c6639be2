import type { ProjectedGraph } from '../../projection/projected-graph';
import { AppError } from '../../shared/app-error';
import { intoOf, keyOf, nameOf, nodeAt, outOf, regionChain } from '../graph-access';

/**
 * 招商图谱, part one: the map of chain C in region R (DESIGN.md §6 Gaps). For every segment of
 * the chain: its local producers and their scale, the chain masters, the local demand (local
 * enterprises that NEED it, and local producers of the segments it FEEDS), a status by a stated
 * rule, and single points of failure: a segment whose local supply is one enterprise, with how
 * many local enterprises depend on it (high risk from three).
 */
export const GAP_RULES = {
  /** Local producers at or above which a segment is strong (or with a large producer, 3). */
  strongProducers: 5,
  strongWithLarge: 3,
  /** Local buyers depending on a sole local producer at or above which the risk is high. */
  singlePointHighRisk: 3,
} as const;

export const STATUS_RULE = {
  zh: '缺失：本地无生产企业；薄弱：本地1–2家且均为小微企业；良好：其余；强：本地≥5家，或≥3家且有大型企业或链主',
  en: 'missing: no local producer; weak: 1–2 local producers, all micro or small; ok: otherwise; strong: 5 or more, or 3 or more with a large producer or chain master',
} as const;

export type SegmentStatus = 'missing' | 'weak' | 'ok' | 'strong';

export interface SegmentGap {
  segmentId: string;
  name: string;
  stage: string;
  status: SegmentStatus;
  producers: { id: string; name: string; scale: string | null; chainMaster: boolean }[];
  /** Local enterprises that buy this segment (declared NEEDS or template demand). */
  demand: { id: string; name: string; declared: boolean }[];
  /**
   * Set when the segment's local supply hangs on one enterprise: who it is, how many local
   * enterprises depend on it (supply ties, declared needs, template demand), and the risk.
   */
  singlePointOfFailure: { producerId: string; producerName: string; dependants: number; risk: 'high' | 'watch' } | null;
}

export interface ChainMap {
  chain: { id: string; name: string };
  region: { id: string; name: string };
  rule: typeof STATUS_RULE;
  segments: SegmentGap[];
  chainMasters: { id: string; name: string }[];
}

/**
 * The enterprises located in a region or anywhere below it, as projection keys. The index of
 * all regions is built once per projection (projections are never changed after they are made).
 */
export function localEnterprises(graph: ProjectedGraph, regionKey: string): Set<string> {
  let index = byRegion.get(graph);
  if (!index) {
    index = new Map();
    const built = index;
    graph.forEachNode((key, node) => {
      if (node.kind !== 'Enterprise') return;
      for (const region of regionChain(graph, outOf(graph, key, 'LOCATED_IN')[0] ?? null)) {
        const set = built.get(region);
        if (set) set.add(key);
        else built.set(region, new Set([key]));
      }
    });
    byRegion.set(graph, index);
  }
  return new Set(index.get(regionKey) ?? []);
}

const byRegion = new WeakMap<ProjectedGraph, Map<string, Set<string>>>();

export function chainSegments(graph: ProjectedGraph, chainKey: string): string[] {
  return intoOf(graph, chainKey, 'PART_OF')
    .filter((key) => nodeAt(graph, key)?.kind === 'Segment')
    .sort();
}

export function buildChainMap(
  graph: ProjectedGraph,
  chainId: string,
  regionId: string,
  extraLocal: ReadonlySet<string> = new Set(),
): ChainMap {
  const chainKey = keyOf('Chain', chainId);
  const regionKey = keyOf('Region', regionId);
  if (!nodeAt(graph, chainKey)) throw AppError.notFound(`Chain '${chainId}'`);
  if (!nodeAt(graph, regionKey)) throw AppError.notFound(`Region '${regionId}'`);
  const local = new Set([...localEnterprises(graph, regionKey), ...extraLocal]);
  const masters = new Set(intoOf(graph, chainKey, 'CHAIN_MASTER_OF').filter((key) => local.has(key)));

  const segments = chainSegments(graph, chainKey).map((segment): SegmentGap => {
    const producers = intoOf(graph, segment, 'IN_SEGMENT')
      .filter((key) => local.has(key))
      .sort();
    const declared = intoOf(graph, segment, 'NEEDS').filter((key) => local.has(key));
    const templateDemand = outOf(graph, segment, 'FEEDS').flatMap((fed) =>
      intoOf(graph, fed, 'IN_SEGMENT').filter((key) => local.has(key)),
    );
    const demand = new Map<string, boolean>();
    for (const key of templateDemand) demand.set(key, false);
    for (const key of declared) demand.set(key, true);
    for (const key of producers) demand.delete(key);
    const scales = producers.map((key) => String(nodeAt(graph, key)?.props['scale'] ?? ''));
    const hasAnchor = producers.some((key, i) => masters.has(key) || scales[i] === 'large');
    const status: SegmentStatus =
      producers.length === 0
        ? 'missing'
        : producers.length >= GAP_RULES.strongProducers || (producers.length >= GAP_RULES.strongWithLarge && hasAnchor)
          ? 'strong'
          : producers.length <= 2 && scales.every((s) => s === 'micro' || s === 'small')
            ? 'weak'
            : 'ok';
    let singlePointOfFailure: SegmentGap['singlePointOfFailure'] = null;
    if (producers.length === 1) {
      const only = producers[0] as string;
      const dependants = new Set([...outOf(graph, only, 'SUPPLIES').filter((key) => local.has(key)), ...demand.keys()]);
      dependants.delete(only);
      singlePointOfFailure = {
        producerId: nodeAt(graph, only)!.id,
        producerName: nameOf(graph, only),
        dependants: dependants.size,
        risk: dependants.size >= GAP_RULES.singlePointHighRisk ? 'high' : 'watch',
      };
    }
    const node = nodeAt(graph, segment)!;
    return {
      segmentId: node.id,
      name: nameOf(graph, segment),
      stage: String(node.props['stage'] ?? ''),
      status,
      producers: producers.map((key, i) => ({
        id: nodeAt(graph, key)!.id,
        name: nameOf(graph, key),
        scale: scales[i] || null,
        chainMaster: masters.has(key),
      })),
      demand: [...demand]
        .sort()
        .map(([key, isDeclared]) => ({ id: nodeAt(graph, key)!.id, name: nameOf(graph, key), declared: isDeclared })),
      singlePointOfFailure,
    };
  });
  return {
    chain: { id: chainId, name: nameOf(graph, chainKey) },
    region: { id: regionId, name: nameOf(graph, regionKey) },
    rule: STATUS_RULE,
    segments,
    chainMasters: [...masters].sort().map((key) => ({ id: nodeAt(graph, key)!.id, name: nameOf(graph, key) })),
  };
}

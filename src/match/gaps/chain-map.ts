import type { ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { ENTERPRISE_SPACE, enterpriseSpaceOf, type EnterpriseSpace } from '../enterprise-space';
import { intoOf, keyOf, nameOf, nodeAt } from '../graph-access';
import { inChainOrder } from './chain-order';
import { derived, peekDerived } from '../../projection/derived';
import { touchesNone } from '../../projection/derived-change';
import type { ChainMap, SegmentGap, SegmentStatus } from '../../domain/answers/chain-map.schema';

/**
 * 招商图谱, part one: the map of chain C in region R (docs/architecture.md, The engines, in short).
 * For every segment of the chain: its local producers and their scale, the chain masters, the
 * local demand (local enterprises that NEED it, and local producers of the segments it FEEDS), a
 * status by a stated rule, and single points of failure: a segment whose local supply is one
 * enterprise, with how many local enterprises depend on it (high risk from three).
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

export type { ChainMap, SegmentGap, SegmentStatus };

/**
 * Region key → the enterprises (space numbers) located in it or anywhere below, built once per
 * projection and kept through a patch that moves no enterprise's location, no region and not the
 * space's numbering.
 */
function regionIndex(graph: ProjectedGraph): Map<string, number[]> {
  let numbering: string[] | undefined;
  return derived(
    graph,
    'enterprises-by-region',
    () => {
      const space = enterpriseSpaceOf(graph);
      numbering = space.keys;
      return regionMembers(space);
    },
    (index, change) =>
      peekDerived<EnterpriseSpace>(graph, ENTERPRISE_SPACE)?.keys === numbering &&
      touchesNone(change, ['Region'], ['LOCATED_IN', 'PART_OF'])
        ? index
        : null,
  );
}

function regionMembers(space: EnterpriseSpace): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let e = 0; e < space.keys.length; e++) {
    for (const region of space.regions[e]!) {
      const list = index.get(region);
      if (list) list.push(e);
      else index.set(region, [e]);
    }
  }
  return index;
}

/** The enterprises located in a region or anywhere below it, as projection keys. */
export function localEnterprises(graph: ProjectedGraph, regionKey: string): Set<string> {
  const { keys } = enterpriseSpaceOf(graph);
  return new Set((regionIndex(graph).get(regionKey) ?? []).map((e) => keys[e]!));
}

/** A chain's segments, upstream to downstream (chain-order.ts). */
export function chainSegments(graph: ProjectedGraph, chainKey: string): string[] {
  return inChainOrder(
    graph,
    intoOf(graph, chainKey, 'PART_OF').filter((key) => nodeAt(graph, key)?.kind === 'Segment'),
  );
}

/**
 * What every region's map of a chain reads of the chain itself: its segments in order with their
 * ids, names and stages, and its chain masters (enterprise keys). Remembered per projection: a
 * province's 312 maps of each chain looked them up again in the graph, a chain's in-edges (every
 * organisation on the chain among them) walked once a map for its masters.
 */
interface ChainLayout {
  chain: { id: string; name: string };
  segments: { key: string; id: string; name: string; stage: string }[];
  masterKeys: string[];
}

function chainLayout(graph: ProjectedGraph, chainKey: string): ChainLayout {
  // kept through a patch that changes no chain or segment and no tie a layout reads (PART_OF and
  // FEEDS give the order, CHAIN_MASTER_OF the masters)
  const perChain = derived(
    graph,
    'chain-layouts',
    () => new Map<string, ChainLayout>(),
    (layouts, change) =>
      touchesNone(change, ['Chain', 'Segment'], ['PART_OF', 'FEEDS', 'CHAIN_MASTER_OF']) ? layouts : null,
  );
  let layout = perChain.get(chainKey);
  if (!layout) {
    const chain = nodeAt(graph, chainKey)!;
    layout = {
      chain: { id: chain.id, name: nameOf(graph, chainKey) },
      segments: chainSegments(graph, chainKey).map((key) => {
        const node = nodeAt(graph, key)!;
        return { key, id: node.id, name: nameOf(graph, key), stage: String(node.props['stage'] ?? '') };
      }),
      masterKeys: intoOf(graph, chainKey, 'CHAIN_MASTER_OF'),
    };
    perChain.set(chainKey, layout);
  }
  return layout;
}

/**
 * The local enterprises of one map, marked in an array over the enterprise space: a map is
 * asked for every chain in every region, so membership must be one array read. Call release()
 * when done; the marks are reused by the next map.
 */
export class LocalMarks {
  readonly marked: Uint8Array;
  private readonly list: number[] = [];

  constructor(readonly space: EnterpriseSpace) {
    this.marked = new Uint8Array(space.keys.length);
  }

  mark(graph: ProjectedGraph, regionKey: string, extra: ReadonlySet<string>): void {
    for (const e of regionIndex(graph).get(regionKey) ?? []) this.add(e);
    for (const key of extra) {
      const e = this.space.index.get(key);
      if (e !== undefined) this.add(e);
    }
  }

  has(e: number): boolean {
    return this.marked[e] === 1;
  }

  get members(): readonly number[] {
    return this.list;
  }

  release(): void {
    for (const e of this.list) this.marked[e] = 0;
    this.list.length = 0;
    this.bySegment = null;
  }

  /**
   * The local producers and local buyers of a segment, in id order. Gathered once per marking
   * from the local enterprises' own segments and needs: a park has a few hundred enterprises,
   * where scanning each segment's producers province-wide, for every chain, was the costliest
   * part of a map.
   */
  producersOf(segment: number): readonly number[] {
    return this.gathered().producers.get(segment) ?? NONE;
  }

  buyersOf(segment: number): readonly number[] {
    return this.gathered().buyers.get(segment) ?? NONE;
  }

  private bySegment: { producers: Map<number, number[]>; buyers: Map<number, number[]> } | null = null;

  private gathered(): { producers: Map<number, number[]>; buyers: Map<number, number[]> } {
    if (!this.bySegment) {
      const producers = new Map<number, number[]>();
      const buyers = new Map<number, number[]>();
      const put = (into: Map<number, number[]>, s: number, e: number) => {
        const list = into.get(s);
        if (list) list.push(e);
        else into.set(s, [e]);
      };
      const members = [...this.list].sort((a, b) => this.space.idRank[a]! - this.space.idRank[b]!);
      for (const e of members) {
        for (const s of this.space.segmentsOf[e]!) put(producers, s, e);
        for (const s of this.space.needsOf[e]!) put(buyers, s, e);
      }
      this.bySegment = { producers, buyers };
    }
    return this.bySegment;
  }

  private add(e: number): void {
    if (this.marked[e] === 1) return;
    this.marked[e] = 1;
    this.list.push(e);
    this.bySegment = null;
  }
}

const NONE: readonly number[] = [];

const marksOf = new WeakMap<EnterpriseSpace, LocalMarks>();

/** The map's working marks for a projection (one map is built at a time, to the end). */
export function localMarks(graph: ProjectedGraph): LocalMarks {
  const space = enterpriseSpaceOf(graph);
  let marks = marksOf.get(space);
  if (!marks) marksOf.set(space, (marks = new LocalMarks(space)));
  return marks;
}

export function buildChainMap(
  graph: ProjectedGraph,
  chainId: string,
  regionId: string,
  extraLocal: ReadonlySet<string> = new Set(),
): ChainMap {
  const chainKey = keyOf('Chain', chainId);
  const regionKey = keyOf('Region', regionId);
  if (!nodeAt(graph, chainKey)) throw EngineError.notFound(`Chain '${chainId}'`);
  if (!nodeAt(graph, regionKey)) throw EngineError.notFound(`Region '${regionId}'`);
  const local = localMarks(graph);
  local.mark(graph, regionKey, extraLocal);
  try {
    return mapWithMarks(graph, chainKey, regionKey, local);
  } finally {
    local.release();
  }
}

/** The map of a chain for the enterprises marked local (see LocalMarks). */
export function mapWithMarks(graph: ProjectedGraph, chainKey: string, regionKey: string, local: LocalMarks): ChainMap {
  const space = local.space;
  const { keys, ids, names, idRank } = space;
  const idOf = (e: number) => ids[e]!;
  const byKey = (a: number, b: number) => idRank[a]! - idRank[b]!;
  const layout = chainLayout(graph, chainKey);
  const masters = layout.masterKeys
    .map((key) => space.index.get(key))
    .filter((e): e is number => e !== undefined && local.has(e));

  const segments = layout.segments.map((segment): SegmentGap => {
    const s = space.segmentIndex.get(segment.key)!;
    const producers = local.producersOf(s);
    const demand = new Map<number, boolean>();
    for (const fed of space.feedsOut[s]!) for (const e of local.producersOf(fed.segment)) demand.set(e, false);
    for (const e of local.buyersOf(s)) demand.set(e, true);
    for (const e of producers) demand.delete(e);
    const scales = producers.map((e) => String(graph.getNodeAttribute(keys[e]!, 'props')['scale'] ?? ''));
    const hasAnchor = producers.some((e, i) => masters.includes(e) || scales[i] === 'large');
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
      const only = producers[0]!;
      const dependants = new Set([...space.suppliesTo[only]!.filter((e) => local.has(e)), ...demand.keys()]);
      dependants.delete(only);
      singlePointOfFailure = {
        producerId: idOf(only),
        producerName: names[only]!,
        dependants: dependants.size,
        risk: dependants.size >= GAP_RULES.singlePointHighRisk ? 'high' : 'watch',
      };
    }
    return {
      segmentId: segment.id,
      name: segment.name,
      stage: segment.stage,
      status,
      producers: producers.map((e, i) => ({
        id: idOf(e),
        name: names[e]!,
        scale: scales[i] || null,
        chainMaster: masters.includes(e),
      })),
      demand: [...demand.keys()].sort(byKey).map((e) => ({ id: idOf(e), name: names[e]!, declared: demand.get(e)! })),
      singlePointOfFailure,
    };
  });
  return {
    chain: { ...layout.chain },
    region: { id: nodeAt(graph, regionKey)!.id, name: nameOf(graph, regionKey) },
    rule: STATUS_RULE,
    segments,
    chainMasters: masters.sort(byKey).map((e) => ({ id: idOf(e), name: names[e]! })),
  };
}

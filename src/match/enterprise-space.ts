import type { ProjectedGraph } from '../projection/projected-graph';
import { trustGraphOf } from './algorithms/trust-graph';
import { nameOf, regionChain } from './graph-access';
import { enterpriseQuality } from './quality';
import { derived } from '../projection/derived';

/**
 * What the partner and gap engines read of a projection, in arrays indexed by number: the enterprises
 * (numbered in id order, so the number breaks score ties the same way the id does), the
 * segments with their FEEDS, producers and buyers, supply ties, quality, place and the
 * organisations each enterprise hangs off. Built once per projection, because a
 * province asks 200,000 partner lists of the same graph and graphology's per-node edge scans,
 * done 800 candidates a query, were most of the 24 ms a query took.
 */
export interface EnterpriseSpace {
  graph: ProjectedGraph;
  keys: string[];
  index: Map<string, number>;
  /** Per enterprise: its place in id order, which breaks score ties. */
  idRank: Int32Array;
  /** Per enterprise: id and name (read for every producer and buyer a gap map lists). */
  ids: string[];
  names: string[];
  segmentKeys: string[];
  segmentIndex: Map<string, number>;
  /** Per enterprise: the segments it is IN and those it NEEDS. */
  segmentsOf: number[][];
  needsOf: number[][];
  /** Per segment: enterprises IN it, enterprises that NEED it, FEEDS in and out with weights. */
  producers: number[][];
  buyers: number[][];
  feedsIn: { segment: number; weight: number }[][];
  feedsOut: { segment: number; weight: number }[][];
  /**
   * Per segment: the numbers [homeFrom, homeTo) of the enterprises whose first segment it is
   * (numbering goes segment by segment), and its other producers, numbered elsewhere.
   */
  homeFrom: Int32Array;
  homeTo: Int32Array;
  guests: number[][];
  /** Per enterprise: its first segment's number, -1 when it is in none. */
  home: Int32Array;
  /** Per enterprise: those it SUPPLIES and those that supply it. */
  suppliesTo: number[][];
  suppliedBy: number[][];
  quality: Float64Array;
  /** Unit vectors on the sphere (NaN when the enterprise has no coordinates): chord distances are cheap. */
  position: Float64Array;
  /** Region chain per enterprise, nearest first, as region keys, with each region's proximity score. */
  regions: string[][];
  regionScore: Map<string, number>;
  /** Per enterprise: the number of the region it is located in (a position in locatedKeys), -1 when none. */
  locatedNo: Int32Array;
  locatedKeys: string[];
  /** SUPPLIES out as flat arrays (suppliesTo's content): read for every lead of every gap map. */
  supplyAt: Int32Array;
  supplyTo: Int32Array;
  /** Per enterprise: the walkable trust-graph nodes it hangs off (trust-graph.ts), at [attachedAt[n], attachedAt[n + 1]). */
  attachedAt: Int32Array;
  attached: Int32Array;
  /** Per enterprise: its products, needs and description, for the text indexes built on the space. */
  texts: { products: string; needs: string; about: string }[];
}

const REGION_SCORE: Record<string, number> = { park: 1, district: 0.85, city: 0.7, province: 0.4, country: 0.2 };

export function enterpriseSpaceOf(graph: ProjectedGraph): EnterpriseSpace {
  return derived(graph, 'enterprise-space', () => buildEnterpriseSpace(graph));
}

function buildEnterpriseSpace(graph: ProjectedGraph): EnterpriseSpace {
  const { keys, segmentKeys, home, idRank } = numberEnterprises(graph);
  const space = emptySpace(graph, keys, segmentKeys, home, idRank);
  const located = readRelationships(space);
  splitHomeProducers(space, home);
  const chains = readEnterprises(space, located);
  space.supplyTo = Int32Array.from(space.suppliesTo.flat());
  space.suppliesTo.forEach((to, i) => (space.supplyAt[i + 1] = space.supplyAt[i]! + to.length));
  for (const chain of chains.values()) {
    for (const region of chain) {
      if (space.regionScore.has(region)) continue;
      const level = String(graph.getNodeAttribute(region, 'props')['level'] ?? '');
      space.regionScore.set(region, REGION_SCORE[level] ?? 0.2);
    }
  }
  return space;
}

/**
 * The enterprises and segments in the order the space numbers them, with each enterprise's home
 * segment (its first) and its place in id order.
 */
function numberEnterprises(graph: ProjectedGraph): {
  keys: string[];
  segmentKeys: string[];
  home: Map<string, number>;
  idRank: Int32Array;
} {
  const keys: string[] = [];
  const segmentKeys: string[] = [];
  graph.forEachNode((key, node) => {
    if (node.kind === 'Enterprise') keys.push(key);
    else if (node.kind === 'Segment') segmentKeys.push(key);
  });
  const segmentIndex = new Map(segmentKeys.map((key, i) => [key, i]));
  // Numbered segment by segment: a query's candidates are a few segments' producers, so their
  // entries in every array below lie together in memory. Measured: scattered, the cache misses
  // cost more than the arithmetic.
  const home = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.type === 'IN_SEGMENT' && !home.has(source) && segmentIndex.has(target))
      home.set(source, segmentIndex.get(target)!);
  });
  const idOf = (key: string) => graph.getNodeAttribute(key, 'id');
  const byId = (a: string, b: string) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);
  const idRank = new Int32Array(keys.length);
  keys.sort(byId);
  const rankOf = new Map(keys.map((key, i) => [key, i]));
  keys.sort((a, b) => (home.get(a) ?? segmentKeys.length) - (home.get(b) ?? segmentKeys.length) || byId(a, b));
  keys.forEach((key, i) => (idRank[i] = rankOf.get(key)!));
  return { keys, segmentKeys, home, idRank };
}

/** The space with its numbering, names and empty lists and arrays, filled by the readers below. */
function emptySpace(
  graph: ProjectedGraph,
  keys: string[],
  segmentKeys: string[],
  home: Map<string, number>,
  idRank: Int32Array,
): EnterpriseSpace {
  const lists = (n: number) => Array.from({ length: n }, (): number[] => []);
  return {
    graph,
    keys,
    index: new Map(keys.map((key, i) => [key, i])),
    idRank,
    ids: keys.map((key) => graph.getNodeAttribute(key, 'id')),
    names: keys.map((key) => nameOf(graph, key)),
    segmentKeys,
    segmentIndex: new Map(segmentKeys.map((key, i) => [key, i])),
    segmentsOf: lists(keys.length),
    needsOf: lists(keys.length),
    producers: lists(segmentKeys.length),
    buyers: lists(segmentKeys.length),
    feedsIn: Array.from({ length: segmentKeys.length }, () => []),
    feedsOut: Array.from({ length: segmentKeys.length }, () => []),
    homeFrom: new Int32Array(segmentKeys.length),
    homeTo: new Int32Array(segmentKeys.length),
    guests: lists(segmentKeys.length),
    home: Int32Array.from(keys, (key) => home.get(key) ?? -1),
    suppliesTo: lists(keys.length),
    suppliedBy: lists(keys.length),
    quality: new Float64Array(keys.length),
    position: new Float64Array(keys.length * 3).fill(Number.NaN),
    regions: Array.from({ length: keys.length }, (): string[] => []),
    regionScore: new Map(),
    locatedNo: new Int32Array(keys.length).fill(-1),
    locatedKeys: [],
    supplyAt: new Int32Array(keys.length + 1),
    supplyTo: new Int32Array(0),
    attachedAt: new Int32Array(keys.length + 1),
    attached: new Int32Array(0),
    texts: [],
  };
}

/**
 * One pass over the relationships: segments and needs, FEEDS, supply ties. Returns the region
 * each enterprise is located in (its first LOCATED_IN), null when none.
 */
function readRelationships(space: EnterpriseSpace): (string | null)[] {
  const { graph, index, segmentIndex } = space;
  const located: (string | null)[] = new Array<string | null>(space.keys.length).fill(null);
  graph.forEachEdge((_edge, attributes, source, target) => {
    const from = index.get(source);
    const to = index.get(target);
    switch (attributes.type) {
      case 'IN_SEGMENT':
        if (from !== undefined && segmentIndex.has(target)) {
          space.segmentsOf[from]!.push(segmentIndex.get(target)!);
          space.producers[segmentIndex.get(target)!]!.push(from);
        }
        break;
      case 'NEEDS':
        if (from !== undefined && segmentIndex.has(target)) {
          space.needsOf[from]!.push(segmentIndex.get(target)!);
          space.buyers[segmentIndex.get(target)!]!.push(from);
        }
        break;
      case 'FEEDS': {
        const a = segmentIndex.get(source);
        const b = segmentIndex.get(target);
        const weight = typeof attributes.props['weight'] === 'number' ? attributes.props['weight'] : 1;
        if (a !== undefined && b !== undefined) {
          space.feedsOut[a]!.push({ segment: b, weight });
          space.feedsIn[b]!.push({ segment: a, weight });
        }
        break;
      }
      case 'SUPPLIES':
        if (from !== undefined && to !== undefined) {
          space.suppliesTo[from]!.push(to);
          space.suppliedBy[to]!.push(from);
        }
        break;
      case 'LOCATED_IN':
        if (from !== undefined && located[from] === null) located[from] = target;
        break;
      default:
    }
  });
  return located;
}

/** Producers and buyers in enterprise-number order; each segment's home range and its guests. */
function splitHomeProducers(space: EnterpriseSpace, home: Map<string, number>): void {
  const { keys } = space;
  // producers and buyers in enterprise-number order: candidates are met in id order
  for (const list of [...space.producers, ...space.buyers]) list.sort((a, b) => a - b);
  space.producers.forEach((members, s) => {
    const own = members.filter((e) => home.get(keys[e]!) === s);
    space.homeFrom[s] = own[0] ?? 0;
    space.homeTo[s] = own.length > 0 ? own[own.length - 1]! + 1 : 0;
    space.guests[s] = members.filter((e) => home.get(keys[e]!) !== s);
  });
}

/**
 * Per enterprise: quality, position, region chain, the trust-graph nodes it hangs off and its
 * texts. Returns the region chains read, by the region they start from.
 */
function readEnterprises(space: EnterpriseSpace, located: (string | null)[]): Map<string, string[]> {
  const { graph } = space;
  const chains = new Map<string, string[]>();
  const locatedNumbers = new Map<string, number>();
  const trust = trustGraphOf(graph);
  const attached: number[] = [];
  space.keys.forEach((key, i) => {
    const node = graph.getNodeAttributes(key);
    space.quality[i] = enterpriseQuality(node).score;
    const { lat, lng } = node.props;
    if (typeof lat === 'number' && typeof lng === 'number') {
      const [phi, lambda] = [(lat * Math.PI) / 180, (lng * Math.PI) / 180];
      space.position[3 * i] = Math.cos(phi) * Math.cos(lambda);
      space.position[3 * i + 1] = Math.cos(phi) * Math.sin(lambda);
      space.position[3 * i + 2] = Math.sin(phi);
    }
    const region = located[i] ?? null;
    if (region !== null) {
      let chain = chains.get(region);
      if (!chain) chains.set(region, (chain = regionChain(graph, region)));
      space.regions[i] = chain;
      let no = locatedNumbers.get(region);
      if (no === undefined) locatedNumbers.set(region, (no = space.locatedKeys.push(region) - 1));
      space.locatedNo[i] = no;
    }
    const hangs = trust.attached.get(key) ?? [];
    space.attachedAt[i + 1] = space.attachedAt[i]! + hangs.length;
    for (const { node } of hangs) attached.push(node);
    const products = (node.props['products'] as string[] | undefined) ?? [];
    const needs = (node.props['needs'] as string[] | undefined) ?? [];
    space.texts.push({
      products: products.join(' '),
      needs: needs.join(' '),
      about: String(node.props['description'] ?? ''),
    });
  });
  space.attached = Int32Array.from(attached);
  return chains;
}

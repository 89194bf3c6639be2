import type { ProjectedGraph } from '../projection/projected-graph';
import { trustGraphOf } from './algorithms/trust-graph';
import { derived } from '../projection/derived';
import { attachEnterprises, flattenSupplies, readEnterprise, scoreRegions } from './enterprise-space-entries';
import { patchEnterpriseSpace } from './enterprise-space-patch';
import type { EnterpriseSpace } from './enterprise-space-shape';

export type { EnterpriseSpace } from './enterprise-space-shape';

/**
 * The space of a projection, built once and then patched with its projection: an edit of an
 * enterprise's properties or of its segments, needs, supply ties and location is applied to that
 * enterprise's entries (enterprise-space-patch.ts, milliseconds); a change the numbering cannot
 * absorb rebuilds it (about 4 s at province scale).
 */
export function enterpriseSpaceOf(graph: ProjectedGraph): EnterpriseSpace {
  return derived(graph, ENTERPRISE_SPACE, () => buildEnterpriseSpace(graph), patchEnterpriseSpace);
}

/** The space's name among a projection's derived structures (those built on it check it is still the same numbering). */
export const ENTERPRISE_SPACE = 'enterprise-space';

function buildEnterpriseSpace(graph: ProjectedGraph): EnterpriseSpace {
  const { keys, segmentKeys, home, idRank } = numberEnterprises(graph);
  const space = emptySpace(graph, keys, segmentKeys, home, idRank);
  const located = readRelationships(space);
  splitHomeProducers(space, home);
  const chains = readEnterprises(space, located);
  flattenSupplies(space);
  scoreRegions(space, chains.values());
  return space;
}

/**
 * The enterprises and segments in the order the space numbers them, with each enterprise's home
 * segment (its lowest-numbered) and its place in id order.
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
  // An enterprise's home is its lowest-numbered segment, not its first tie in the graph's edge order:
  // a patched projection re-adds an edited enterprise's ties at the end, and its space must number
  // it as a fresh compile of the same graph would.
  const home = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = attributes.type === 'IN_SEGMENT' ? segmentIndex.get(target) : undefined;
    if (s !== undefined && s < (home.get(source) ?? Infinity)) home.set(source, s);
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
    names: new Array<string>(keys.length),
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
    texts: new Array<EnterpriseSpace['texts'][number]>(keys.length),
  };
}

/**
 * One pass over the relationships: segments and needs, FEEDS, supply ties. Returns the region
 * each enterprise is located in (its LOCATED_IN with the lowest key), null when none.
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
        // the lowest key, not the first met: the same whatever order the ties were read in
        if (from !== undefined && (located[from] === null || target < located[from]!)) located[from] = target;
        break;
      default:
    }
  });
  return located;
}

/** Producers and buyers in enterprise-number order; each segment's home range and its guests. */
function splitHomeProducers(space: EnterpriseSpace, home: Map<string, number>): void {
  const { keys } = space;
  // producers and buyers in enterprise-number order: candidates are met in id order; an
  // enterprise's own lists ascending too, so a patched entry (read from its own ties) is the same
  const lists = [...space.producers, ...space.buyers, ...space.segmentsOf, ...space.needsOf];
  for (const list of [...lists, ...space.suppliesTo, ...space.suppliedBy]) list.sort((a, b) => a - b);
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
  const chains = new Map<string, string[]>();
  const locatedNumbers = new Map<string, number>();
  space.keys.forEach((key, i) => readEnterprise(space, i, located[i] ?? null, chains, locatedNumbers));
  attachEnterprises(space, trustGraphOf(space.graph));
  return chains;
}

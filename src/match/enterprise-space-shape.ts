import type { ProjectedGraph } from '../projection/projected-graph';

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
  /** Per enterprise: the segments it is IN and those it NEEDS, ascending. */
  segmentsOf: number[][];
  needsOf: number[][];
  /** Per segment: enterprises IN it, enterprises that NEED it, FEEDS in and out with weights. */
  producers: number[][];
  buyers: number[][];
  feedsIn: { segment: number; weight: number }[][];
  feedsOut: { segment: number; weight: number }[][];
  /**
   * Per segment: the numbers [homeFrom, homeTo) of the enterprises whose home (lowest-numbered) segment it is
   * (numbering goes segment by segment), and its other producers, numbered elsewhere.
   */
  homeFrom: Int32Array;
  homeTo: Int32Array;
  guests: number[][];
  /** Per enterprise: its home segment's number (its lowest), -1 when it is in none. */
  home: Int32Array;
  /** Per enterprise: those it SUPPLIES and those that supply it, ascending. */
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

import type { ProjectedGraph } from '../../projection/projected-graph';
import type { EnterpriseSpace } from '../enterprise-space';
import type { LocalMarks, SegmentGap } from './chain-map';
import { LEADS_DEFAULTS, type Lead } from './lead';
import type { LeadTies } from './lead-ties';

/** What scoring the leads of one map reads: the region's enterprises and organisations, the gaps, the chain. */
export interface LeadSetting {
  graph: ProjectedGraph;
  space: EnterpriseSpace;
  local: LocalMarks;
  /** The map's missing and weak segments. */
  gaps: SegmentGap[];
  /** The largest local demand of a gap, at least 1: demand is relative to it. */
  maxDemand: number;
  /** The region and its ancestors, nearest first. */
  regionPath: string[];
  /** The chain's trust-graph number, -1 when it has none. */
  chainNode: number;
  /** The local enterprises' organisations, marked (trust-graph numbers). */
  localOrgs: Uint8Array;
  ties: LeadTies;
  /** Distance depends only on where the lead is located: one answer per region met. */
  distanceFrom: Map<number, { score: number; shared: string | null }>;
}

/**
 * Read once: a lead is scored 27 million times over a province's gap maps, and each read of an
 * imported constant can be a call through the module's export.
 */
const WEIGHTS = LEADS_DEFAULTS.weights;
const WEIGHT_SUM = WEIGHTS.demand + WEIGHTS.ties + WEIGHTS.quality + WEIGHTS.distance + WEIGHTS.orgTies;

/**
 * A lead's score from the largest local demand among the gaps it fills: by demand, supply ties
 * to local firms (already supplying one is the strongest sign), quality, distance and
 * organisational ties. Its orgTies are returned too, for its components.
 */
export function leadScore(s: LeadSetting, e: number, demandCount: number): { score: number; orgTies: number } {
  const { space, local } = s;
  const w = WEIGHTS;
  const weightSum = WEIGHT_SUM;
  const { supplyAt, supplyTo } = space;
  let supplied = 0;
  for (let at = supplyAt[e]!; at < supplyAt[e + 1]!; at++) if (local.has(supplyTo[at]!)) supplied++;
  const distance = distanceOf(s, e);
  const orgTies = s.ties.of(e, s.localOrgs, s.chainNode);
  const score =
    (w.demand * (demandCount / s.maxDemand) +
      w.ties * (supplied > 0 ? Math.min(1, 0.6 + 0.2 * supplied) : 0) +
      w.quality * space.quality[e]! +
      w.distance * distance +
      w.orgTies * orgTies) /
    weightSum;
  return { score, orgTies };
}

/** A kept lead's components, for its answer (the score's parts, worked out again for the few kept). */
export function leadComponents(s: LeadSetting, e: number, orgTies: number, segments: SegmentGap[]): Lead['components'] {
  const { space, local } = s;
  let demandCount = 0;
  for (const g of segments) demandCount = Math.max(demandCount, g.demand.length);
  const supplied = space.suppliesTo[e]!.filter((buyer) => local.has(buyer)).length;
  return {
    demand: demandCount / s.maxDemand,
    ties: supplied > 0 ? Math.min(1, 0.6 + 0.2 * supplied) : 0,
    quality: space.quality[e]!,
    distance: space.locatedNo[e]! >= 0 ? s.distanceFrom.get(space.locatedNo[e]!)!.score : 0,
    orgTies,
  };
}

/** By the smallest region the lead shares with the map's region (0.1 when none), 0 when it has no place. */
function distanceOf(s: LeadSetting, e: number): number {
  const located = s.space.locatedNo[e]!;
  if (located < 0) return 0;
  let known = s.distanceFrom.get(located);
  if (!known) {
    const shared = s.space.regions[e]!.find((r) => s.regionPath.includes(r)) ?? null;
    known = { score: shared ? (DISTANCE_BY_LEVEL[levelOf(s.graph, shared)] ?? 0.1) : 0.1, shared };
    s.distanceFrom.set(located, known);
  }
  return known.score;
}

const DISTANCE_BY_LEVEL: Record<string, number> = { district: 0.9, city: 0.8, province: 0.5, country: 0.2 };

function levelOf(graph: ProjectedGraph, regionKey: string): string {
  return String(graph.getNodeAttribute(regionKey, 'props')['level'] ?? '');
}

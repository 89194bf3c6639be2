import { idsOfKind, type ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { WALKED_TYPES, trustGraphOf, type TrustGraph } from '../algorithms/trust-graph';
import { enterpriseSpaceOf, type EnterpriseSpace } from '../enterprise-space';
import { keyOf, nameOf, nodeAt, outOf, regionChain } from '../graph-access';
import { enterpriseQuality } from '../quality';
import { reasonList } from '../reasons';
import { weightedScore } from '../weights';
import {
  buildChainMap,
  chainSegments,
  localMarks,
  mapWithMarks,
  type ChainMap,
  LocalMarks,
  type SegmentGap,
} from './chain-map';
import { derived } from '../../projection/derived';
import type { Lead, WhatIf } from '../../domain/answers/leads.schema';

/**
 * 招商图谱, part two: whom to attract (招商线索) for the missing and weak segments of chain C in
 * region R, a what-if of attracting some, and where the chain could extend (延链).
 * A lead is an enterprise outside R producing such a segment, ranked by the local demand it
 * would serve, its existing ties to local firms (already supplying one is the strongest sign),
 * its quality, its distance and its organisational ties.
 */
export const LEADS_DEFAULTS = {
  limit: 20,
  weights: { demand: 0.35, ties: 0.25, quality: 0.15, distance: 0.15, orgTies: 0.1 },
} as const;

export type { Lead };

export function findLeads(
  graph: ProjectedGraph,
  chainId: string,
  regionId: string,
  { limit = LEADS_DEFAULTS.limit as number }: { limit?: number } = {},
): { map: ChainMap; leads: Lead[] } {
  const chainKey = keyOf('Chain', chainId);
  const regionKey = keyOf('Region', regionId);
  if (!nodeAt(graph, chainKey)) throw EngineError.notFound(`Chain '${chainId}'`);
  if (!nodeAt(graph, regionKey)) throw EngineError.notFound(`Region '${regionId}'`);
  if (!(Number.isInteger(limit) && limit >= 1)) throw EngineError.badArgument('limit', 'must be a whole number ≥ 1');
  const local = localMarks(graph);
  local.mark(graph, regionKey, new Set());
  try {
    return leadsWithMarks(graph, chainKey, regionKey, local, limit);
  } finally {
    local.release();
  }
}

/**
 * The map and leads of every chain in every region (or the given ones), one at a time: what a
 * full recompute of the investment maps runs. Regions outer loop, so each region's local
 * enterprises are marked once for all its chains.
 */
export function* gapMapsForAll(
  graph: ProjectedGraph,
  {
    chainIds,
    regionIds,
    limit = LEADS_DEFAULTS.limit as number,
  }: { chainIds?: string[]; regionIds?: string[]; limit?: number } = {},
): Generator<{ map: ChainMap; leads: Lead[] }> {
  const chains = (chainIds ?? idsOfKind(graph, 'Chain')).map((id) => keyOf('Chain', id));
  const regions = (regionIds ?? idsOfKind(graph, 'Region')).map((id) => keyOf('Region', id));
  for (const key of [...chains, ...regions])
    if (!graph.hasNode(key))
      throw EngineError.notFound(
        `${key.startsWith('Chain') ? 'Chain' : 'Region'} '${key.slice(key.indexOf(':') + 1)}'`,
      );
  // marks of its own: the shared ones (localMarks) would be overwritten by a findLeads called
  // between two of this generator's answers
  const local = new LocalMarks(enterpriseSpaceOf(graph));
  for (const regionKey of regions) {
    local.mark(graph, regionKey, new Set());
    try {
      for (const chainKey of chains) yield leadsWithMarks(graph, chainKey, regionKey, local, limit);
    } finally {
      local.release();
    }
  }
}

/** Rank key: score in thousandths, then id order among equal scores. */
function rankOf(space: EnterpriseSpace, e: number, score: number): number {
  return Math.round(score * 1000) * 2 ** 32 + (2 ** 32 - 1 - space.idRank[e]!);
}

function leadsWithMarks(
  graph: ProjectedGraph,
  chainKey: string,
  regionKey: string,
  local: LocalMarks,
  limit: number,
): { map: ChainMap; leads: Lead[] } {
  const map = mapWithMarks(graph, chainKey, regionKey, local);
  const space = local.space;
  const trust = trustGraphOf(graph);
  const gaps = map.segments.filter((s) => s.status === 'missing' || s.status === 'weak');
  const maxDemand = Math.max(1, ...gaps.map((g) => g.demand.length));
  const regionPath = regionChain(graph, regionKey);
  const chainNode = trust.index.get(chainKey) ?? -1;
  const localOrgs = localOrgMarks(space, trust.keys.length, local);

  // every producer of a gap segment outside the region, with the gaps it would fill (gapScratch)
  const { first: firstGap, second: secondGap } = gapScratch(space);
  const moreGaps = new Map<number, SegmentGap[]>();
  const leadsMet: number[] = [];
  gaps.forEach((gap, g) => {
    for (const e of space.producers[space.segmentIndex.get(keyOf('Segment', gap.segmentId))!]!) {
      if (local.has(e)) continue;
      if (firstGap[e] === -1) {
        firstGap[e] = g;
        leadsMet.push(e);
      } else if (secondGap[e] === -1) secondGap[e] = g;
      else {
        const more = moreGaps.get(e);
        if (more) more.push(gap);
        else moreGaps.set(e, [gap]);
      }
    }
  });
  const w = LEADS_DEFAULTS.weights;
  const weightSum = w.demand + w.ties + w.quality + w.distance + w.orgTies;
  const ties = leadTiesOf(graph, space, trust);
  // distance depends only on where the lead is located: one answer per region met
  const distanceFrom = new Map<number, { score: number; shared: string | null }>();
  const { supplyAt, supplyTo, locatedNo } = space;
  const top: { e: number; rank: number; score: number; orgTies: number; segments: SegmentGap[] }[] = [];
  for (const e of leadsMet) {
    const first = gaps[firstGap[e]!]!;
    const second = secondGap[e]! >= 0 ? gaps[secondGap[e]!]! : null;
    firstGap[e] = -1;
    secondGap[e] = -1;
    const more = moreGaps.size > 0 ? moreGaps.get(e) : undefined;
    let demandCount = first.demand.length;
    if (second && second.demand.length > demandCount) demandCount = second.demand.length;
    if (more) for (const s of more) if (s.demand.length > demandCount) demandCount = s.demand.length;
    let supplied = 0;
    for (let at = supplyAt[e]!; at < supplyAt[e + 1]!; at++) if (local.has(supplyTo[at]!)) supplied++;
    let distance = 0;
    const located = locatedNo[e]!;
    if (located >= 0) {
      let known = distanceFrom.get(located);
      if (!known) {
        const shared = space.regions[e]!.find((r) => regionPath.includes(r)) ?? null;
        known = { score: shared ? (DISTANCE_BY_LEVEL[levelOf(graph, shared)] ?? 0.1) : 0.1, shared };
        distanceFrom.set(located, known);
      }
      distance = known.score;
    }
    const orgTies = ties.of(e, localOrgs, chainNode);
    const score =
      (w.demand * (demandCount / maxDemand) +
        w.ties * (supplied > 0 ? Math.min(1, 0.6 + 0.2 * supplied) : 0) +
        w.quality * space.quality[e]! +
        w.distance * distance +
        w.orgTies * orgTies) /
      weightSum;
    const rank = rankOf(space, e, score);
    if (top.length === limit && rank <= top[top.length - 1]!.rank) continue;
    // a short list kept best first: most leads fall below its last entry and cost one comparison
    let at = top.length === limit ? top.length - 1 : top.length;
    while (at > 0 && top[at - 1]!.rank < rank) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = { e, rank, score, orgTies, segments: [first, ...(second ? [second] : []), ...(more ?? [])] };
  }
  const leads = top.map(({ e, orgTies, segments }) => {
    let demandCount = 0;
    for (const s of segments) demandCount = Math.max(demandCount, s.demand.length);
    const supplied = space.suppliesTo[e]!.filter((buyer) => local.has(buyer)).length;
    const components = {
      demand: demandCount / maxDemand,
      ties: supplied > 0 ? Math.min(1, 0.6 + 0.2 * supplied) : 0,
      quality: space.quality[e]!,
      distance: space.locatedNo[e]! >= 0 ? distanceFrom.get(space.locatedNo[e]!)!.score : 0,
      orgTies,
    };
    return explainLead(graph, space, local, e, components, segments, regionPath);
  });
  return { map, leads };
}

const gapScratches = new WeakMap<EnterpriseSpace, { first: Int32Array; second: Int32Array }>();

/**
 * Per enterprise, the first and second gap it fills in the map being built (-1: none), reset as
 * they are read; a third and more go in a map. Most leads fill one gap and many two (enterprises
 * in two segments): a map entry for each of those, over a province's maps, cost a second.
 */
function gapScratch(space: EnterpriseSpace): { first: Int32Array; second: Int32Array } {
  let scratch = gapScratches.get(space);
  if (!scratch) {
    const n = space.keys.length;
    gapScratches.set(space, (scratch = { first: new Int32Array(n).fill(-1), second: new Int32Array(n).fill(-1) }));
  }
  return scratch;
}

const DISTANCE_BY_LEVEL: Record<string, number> = { district: 0.9, city: 0.8, province: 0.5, country: 0.2 };

function levelOf(graph: ProjectedGraph, regionKey: string): string {
  return String(graph.getNodeAttribute(regionKey, 'props')['level'] ?? '');
}

/** The organisations (trust-graph numbers) of the local enterprises, marked. */
function localOrgMarks(space: EnterpriseSpace, size: number, local: LocalMarks): Uint8Array {
  const marks = new Uint8Array(size);
  for (const e of local.members)
    for (let at = space.attachedAt[e]!; at < space.attachedAt[e + 1]!; at++) marks[space.attached[at]!] = 1;
  return marks;
}

const UNDER = WALKED_TYPES.indexOf('UNDER');
const PAIRED = WALKED_TYPES.indexOf('PAIRED_WITH');
const ON_CHAIN = WALKED_TYPES.indexOf('ON_CHAIN');

/**
 * Per enterprise, the organisations its own organisations are paired with or sit under, and the
 * chains they are on: what orgTies reads. Precomputed once per projection because a chain
 * committee's own adjacency lists every branch under it, hundreds of entries to skip per lead.
 */
class LeadTies {
  private readonly tieAt: Int32Array;
  private readonly tieOrgs: Int32Array;
  private readonly chainAt: Int32Array;
  private readonly chainNodes: Int32Array;

  constructor(space: EnterpriseSpace, trust: TrustGraph) {
    const n = space.keys.length;
    this.tieAt = new Int32Array(n + 1);
    this.chainAt = new Int32Array(n + 1);
    const orgs: number[] = [];
    const chains: number[] = [];
    for (let e = 0; e < n; e++) {
      for (let at = space.attachedAt[e]!; at < space.attachedAt[e + 1]!; at++) {
        const org = space.attached[at]!;
        for (let slot = trust.offsets[org]!; slot < trust.offsets[org + 1]!; slot++) {
          const type = trust.type[slot]!;
          if (type === PAIRED || (type === UNDER && trust.reversed[slot] === 0)) orgs.push(trust.neighbour[slot]!);
          else if (type === ON_CHAIN) chains.push(trust.neighbour[slot]!);
        }
      }
      this.tieAt[e + 1] = orgs.length;
      this.chainAt[e + 1] = chains.length;
    }
    this.tieOrgs = Int32Array.from(orgs);
    this.chainNodes = Int32Array.from(chains);
  }

  /** 1 when one of its organisations is paired with, or sits under, a local one; 0.5 when on this chain; else 0. */
  of(e: number, localOrgs: Uint8Array, chainNode: number): number {
    for (let at = this.tieAt[e]!; at < this.tieAt[e + 1]!; at++) if (localOrgs[this.tieOrgs[at]!] === 1) return 1;
    for (let at = this.chainAt[e]!; at < this.chainAt[e + 1]!; at++) if (this.chainNodes[at] === chainNode) return 0.5;
    return 0;
  }
}

function leadTiesOf(graph: ProjectedGraph, space: EnterpriseSpace, trust: TrustGraph): LeadTies {
  return derived(graph, 'lead-ties', () => new LeadTies(space, trust));
}

function explainLead(
  graph: ProjectedGraph,
  space: EnterpriseSpace,
  local: LocalMarks,
  e: number,
  components: Lead['components'],
  segments: SegmentGap[],
  regionPath: string[],
): Lead {
  const key = space.keys[e]!;
  const node = nodeAt(graph, key)!;
  const suppliesLocal = space.suppliesTo[e]!.filter((buyer) => local.has(buyer)).map((b) => space.keys[b]!);
  const standing = enterpriseQuality(node);
  const shared = space.regions[e]!.find((r) => regionPath.includes(r));
  const { say, list } = reasonList();
  for (const s of segments)
    say(
      `补链：环节「${s.name}」本地${s.status === 'missing' ? '缺失' : '薄弱'}，本地需求${s.demand.length}家`,
      `fills ${s.status} segment 「${s.name}」 with ${s.demand.length} local buyers`,
    );
  if (suppliesLocal.length > 0)
    say(`已向本地${suppliesLocal.length}家企业供货`, `already supplies ${suppliesLocal.length} local enterprises`);
  if (standing.zh) say(standing.zh, standing.en);
  if (shared) say(`同在${nameOf(graph, shared)}`, `also in ${nameOf(graph, shared)}`);
  if (components.orgTies === 1)
    say('党组织与本地党组织结对或隶属', 'its party organisation is paired with or under a local one');
  return {
    enterpriseId: node.id,
    name: nameOf(graph, key),
    score: Math.round(weightedScore(components, LEADS_DEFAULTS.weights) * 1000) / 1000,
    segments: segments.map((s) => ({ id: s.segmentId, name: s.name, status: s.status })),
    components,
    suppliesLocal: suppliesLocal.map((b) => nodeAt(graph, b)!.id),
    reasons: list,
  };
}

export type { WhatIf };

/** What attracting these enterprises would change: which gaps close, who gains a local supplier. */
export function whatIf(graph: ProjectedGraph, chainId: string, regionId: string, leadIds: string[]): WhatIf {
  const before = buildChainMap(graph, chainId, regionId);
  const added = new Set(leadIds.map((id) => keyOf('Enterprise', id)).filter((key) => nodeAt(graph, key)));
  const after = buildChainMap(graph, chainId, regionId, added);
  const closed: WhatIf['closed'] = [];
  const gainLocalSupplier: WhatIf['gainLocalSupplier'] = [];
  after.segments.forEach((segment, i) => {
    const old = before.segments[i]!;
    if (old.status !== segment.status && (old.status === 'missing' || old.status === 'weak')) {
      closed.push({ segmentId: segment.segmentId, name: segment.name, from: old.status, to: segment.status });
    }
    if (old.producers.length === 0 && segment.producers.length > 0) {
      for (const buyer of old.demand) gainLocalSupplier.push({ enterpriseId: buyer.id, segmentId: segment.segmentId });
    }
  });
  return { added: [...added].map((key) => nodeAt(graph, key)!.id), closed, gainLocalSupplier, after };
}

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

import type { ProjectedGraph, ProjectedNode } from '../../projection/projected-graph';
import { intoOf, keyOf, nameOf, nodeAt, outOf, regionChain } from '../graph-access';
import { enterpriseQuality } from '../quality';
import { reasonList, type Reasons } from '../reasons';
import { weightedScore } from '../weights';
import {
  buildChainMap,
  chainSegments,
  localEnterprises,
  type ChainMap,
  type SegmentGap,
  type SegmentStatus,
} from './chain-map';

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

export interface Lead {
  enterpriseId: string;
  name: string;
  score: number;
  segments: { id: string; name: string; status: SegmentStatus }[];
  components: { demand: number; ties: number; quality: number; distance: number; orgTies: number };
  suppliesLocal: string[];
  reasons: Reasons;
}

export function findLeads(
  graph: ProjectedGraph,
  chainId: string,
  regionId: string,
  { limit = LEADS_DEFAULTS.limit as number }: { limit?: number } = {},
): { map: ChainMap; leads: Lead[] } {
  const map = buildChainMap(graph, chainId, regionId);
  const regionKey = keyOf('Region', regionId);
  const local = localEnterprises(graph, regionKey);
  const gaps = map.segments.filter((s) => s.status === 'missing' || s.status === 'weak');
  const maxDemand = Math.max(1, ...gaps.map((g) => g.demand.length));
  const regionPath = regionChain(graph, regionKey);
  const localOrgs = new Set([...local].flatMap((key) => intoOf(graph, key, 'COVERS')));

  const byLead = new Map<string, { segments: typeof gaps }>();
  for (const gap of gaps) {
    for (const producer of intoOf(graph, keyOf('Segment', gap.segmentId), 'IN_SEGMENT')) {
      if (local.has(producer)) continue;
      const entry = byLead.get(producer) ?? { segments: [] };
      entry.segments.push(gap);
      byLead.set(producer, entry);
    }
  }
  const scored: {
    key: string;
    node: ProjectedNode;
    segments: SegmentGap[];
    components: Lead['components'];
    suppliesLocal: string[];
    explain: () => Reasons;
    score: number;
  }[] = [];
  for (const [key, { segments }] of byLead) {
    const node = nodeAt(graph, key)!;
    const demand = Math.max(...segments.map((s) => s.demand.length)) / maxDemand;
    const suppliesLocal = outOf(graph, key, 'SUPPLIES').filter((buyer) => local.has(buyer));
    const ties = suppliesLocal.length > 0 ? Math.min(1, 0.6 + 0.2 * suppliesLocal.length) : 0;
    const standing = enterpriseQuality(node);
    const theirRegions = regionChain(graph, outOf(graph, key, 'LOCATED_IN')[0] ?? null);
    const shared = theirRegions.find((r) => regionPath.includes(r));
    const sharedLevel = shared ? String(nodeAt(graph, shared)?.props['level'] ?? '') : '';
    const distance =
      ({ district: 0.9, city: 0.8, province: 0.5, country: 0.2 } as Record<string, number>)[sharedLevel] ??
      (theirRegions.length ? 0.1 : 0);
    const orgs = intoOf(graph, key, 'COVERS');
    const paired = orgs.some((org) =>
      [...outOf(graph, org, 'PAIRED_WITH'), ...intoOf(graph, org, 'PAIRED_WITH'), ...outOf(graph, org, 'UNDER')].some(
        (o) => localOrgs.has(o),
      ),
    );
    const onChain = orgs.some((org) => outOf(graph, org, 'ON_CHAIN').includes(keyOf('Chain', chainId)));
    const orgTies = paired ? 1 : onChain ? 0.5 : 0;
    const components = { demand, ties, quality: standing.score, distance, orgTies };
    // reasons are written only for the leads returned (below): a province has thousands of leads
    const explain = (): Reasons => {
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
      if (paired) say('党组织与本地党组织结对或隶属', 'its party organisation is paired with or under a local one');
      return list;
    };
    scored.push({
      key,
      node,
      segments,
      components,
      suppliesLocal,
      explain,
      score: Math.round(weightedScore(components, LEADS_DEFAULTS.weights) * 1000) / 1000,
    });
  }
  scored.sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id));
  const leads: Lead[] = scored.slice(0, limit).map((l) => ({
    enterpriseId: l.node.id,
    name: nameOf(graph, l.key),
    score: l.score,
    segments: l.segments.map((s) => ({ id: s.segmentId, name: s.name, status: s.status })),
    components: l.components,
    suppliesLocal: l.suppliesLocal.map((b) => nodeAt(graph, b)!.id),
    reasons: l.explain(),
  }));
  return { map, leads };
}

export interface WhatIf {
  added: string[];
  closed: { segmentId: string; name: string; from: SegmentStatus; to: SegmentStatus }[];
  /** Local enterprises that would have a local supplier for a segment they buy, where they had none. */
  gainLocalSupplier: { enterpriseId: string; segmentId: string }[];
  after: ChainMap;
}

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

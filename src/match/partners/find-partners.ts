import type { ProjectedGraph } from '../../projection/projected-graph';
import { AppError } from '../../shared/app-error';
import { Bm25Index } from '../../text/bm25';
import { TOKENIZERS, type TokenizerName } from '../../text/tokenizer';
import { describePath, distanceTo, orgPaths, pathTo, trustOfHops, type Hop } from '../algorithms/org-path';
import { edgeProps, intoOf, keyOf, nameOf, nodeAt, outOf } from '../graph-access';
import { proximity } from '../proximity';
import { reasonList, type Reasons } from '../reasons';
import { enterpriseQuality } from '../quality';
import { DEFAULT_WEIGHTS, weightedScore, type PartnerWeights } from '../weights';

/**
 * 上下游配套: ranked upstream or downstream partners for one enterprise (DESIGN.md §6).
 *
 * Candidates come from the enterprise's declared NEEDS first, then the FEEDS template, then two
 * hops; each is scored by segment fit, product/need text fit (BM25F), proximity, quality and
 * organisational trust (the party-building path between the two, explained hop by hop).
 * Enterprises that already supply (or buy from) it are returned apart, flagged, never proposed
 * as new. At most `maxPerSegment` candidates come through the same segment, so one segment's
 * producers do not fill the list.
 */
export const PARTNERS_DEFAULTS = {
  limit: 20,
  maxPerSegment: 5,
  tokenizer: 'bigram' as TokenizerName,
  weights: DEFAULT_WEIGHTS.partners,
} as const;

export type Direction = 'upstream' | 'downstream';

export interface PartnerQuery {
  enterpriseId: string;
  direction: Direction;
  limit?: number;
  maxPerSegment?: number;
  tokenizer?: TokenizerName;
  weights?: Partial<PartnerWeights>;
}

export interface PartnerComponents {
  segmentFit: number;
  textFit: number;
  proximity: number;
  quality: number;
  trust: number;
}

export interface PartnerCandidate {
  enterpriseId: string;
  name: string;
  score: number;
  components: PartnerComponents;
  via: { segmentId: string; segmentName: string; how: 'need' | 'feeds' | 'two-hops' | 'buyer-need' };
  orgPath: { from: string; to: string; type: string; reversed: boolean }[];
  reasons: Reasons;
  existingTie: boolean;
}

export interface PartnerResult {
  enterprise: { id: string; name: string };
  direction: Direction;
  candidates: PartnerCandidate[];
  existing: PartnerCandidate[];
}

interface Via {
  fit: number;
  segment: string;
  how: PartnerCandidate['via']['how'];
}

export function findPartners(graph: ProjectedGraph, query: PartnerQuery): PartnerResult {
  const {
    enterpriseId,
    direction,
    limit = PARTNERS_DEFAULTS.limit,
    maxPerSegment = PARTNERS_DEFAULTS.maxPerSegment,
  } = query;
  const weights = { ...PARTNERS_DEFAULTS.weights, ...query.weights };
  const self = keyOf('Enterprise', enterpriseId);
  const me = nodeAt(graph, self);
  if (!me || me.kind !== 'Enterprise') throw AppError.notFound(`Enterprise '${enterpriseId}'`);

  const vias = direction === 'upstream' ? upstreamCandidates(graph, self) : downstreamCandidates(graph, self);
  vias.delete(self);
  // a small index over this query's candidates: measured faster at province scale than one
  // index over all enterprises, whose postings for common product words run to thousands
  const texts = new Bm25Index(TOKENIZERS[query.tokenizer ?? PARTNERS_DEFAULTS.tokenizer], { wanted: 3, about: 1 });
  for (const key of vias.keys()) {
    const p = nodeAt(graph, key)!.props;
    const wanted = (direction === 'upstream' ? p['products'] : p['needs']) as string[] | undefined;
    texts.add(key, { wanted: (wanted ?? []).join(' '), about: String(p['description'] ?? '') });
  }
  const ask =
    direction === 'upstream'
      ? [
          ...((me.props['needs'] as string[] | undefined) ?? []),
          ...outOf(graph, self, 'NEEDS').map((s) => nameOf(graph, s)),
        ]
      : [
          ...((me.props['products'] as string[] | undefined) ?? []),
          ...outOf(graph, self, 'IN_SEGMENT').map((s) => nameOf(graph, s)),
        ];
  const textScores = texts.search(ask.join(' '));
  const bestText = Math.max(0, ...textScores.values());
  const paths = orgPaths(graph, self);

  // score every candidate with what is cheap; explain (paths, reasons) only those returned
  const scored: Scored[] = [];
  for (const [key, via] of vias) {
    const node = nodeAt(graph, key)!;
    const near = proximity(graph, self, key);
    const standing = enterpriseQuality(node);
    const components: PartnerComponents = {
      segmentFit: via.fit,
      textFit: bestText > 0 ? (textScores.get(key) ?? 0) / bestText : 0,
      proximity: near.score,
      quality: standing.score,
      trust: trustOfHops(distanceTo(graph, paths, key)),
    };
    const tie =
      direction === 'upstream' ? edgeProps(graph, key, self, 'SUPPLIES') : edgeProps(graph, self, key, 'SUPPLIES');
    scored.push({
      key,
      id: node.id,
      via,
      near,
      standing,
      components,
      score: round(weightedScore(components, weights)),
      tie: tie !== null,
    });
  }
  scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const perSegment = new Map<string, number>();
  const chosen: Scored[] = [];
  for (const c of scored) {
    if (c.tie || chosen.length >= limit) continue;
    const used = perSegment.get(c.via.segment) ?? 0;
    if (used >= maxPerSegment) continue;
    perSegment.set(c.via.segment, used + 1);
    chosen.push(c);
  }
  const explain = (c: Scored): PartnerCandidate => {
    const hops = pathTo(graph, paths, c.key);
    return {
      enterpriseId: c.id,
      name: nameOf(graph, c.key),
      score: c.score,
      components: roundAll(c.components),
      via: {
        segmentId: nodeAt(graph, c.via.segment)?.id ?? c.via.segment,
        segmentName: nameOf(graph, c.via.segment),
        how: c.via.how,
      },
      orgPath: hops.map((h) => ({
        from: nameOf(graph, h.from),
        to: nameOf(graph, h.to),
        type: h.type,
        reversed: h.reversed,
      })),
      reasons: reasonsFor(graph, direction, c.via, c.near, c.standing, hops, c.components, c.tie),
      existingTie: c.tie,
    };
  };
  return {
    enterprise: { id: me.id, name: nameOf(graph, self) },
    direction,
    candidates: chosen.map(explain),
    existing: scored.filter((c) => c.tie).map(explain),
  };
}

interface Scored {
  key: string;
  id: string;
  via: Via;
  near: ReturnType<typeof proximity>;
  standing: ReturnType<typeof enterpriseQuality>;
  components: PartnerComponents;
  score: number;
  tie: boolean;
}

function upstreamCandidates(graph: ProjectedGraph, self: string): Map<string, Via> {
  const vias = new Map<string, Via>();
  const offer = (segment: string, fit: number, how: Via['how']) => {
    for (const producer of intoOf(graph, segment, 'IN_SEGMENT')) keepBest(vias, producer, { fit, segment, how });
  };
  for (const needed of outOf(graph, self, 'NEEDS')) offer(needed, 1, 'need');
  for (const mine of outOf(graph, self, 'IN_SEGMENT')) {
    for (const input of intoOf(graph, mine, 'FEEDS')) {
      const w = feedWeight(graph, input, mine);
      offer(input, 0.8 * w, 'feeds');
      for (const second of intoOf(graph, input, 'FEEDS'))
        offer(second, 0.4 * w * feedWeight(graph, second, input), 'two-hops');
    }
  }
  return vias;
}

function downstreamCandidates(graph: ProjectedGraph, self: string): Map<string, Via> {
  const vias = new Map<string, Via>();
  for (const mine of outOf(graph, self, 'IN_SEGMENT')) {
    for (const buyer of intoOf(graph, mine, 'NEEDS'))
      keepBest(vias, buyer, { fit: 1, segment: mine, how: 'buyer-need' });
    for (const output of outOf(graph, mine, 'FEEDS')) {
      const w = feedWeight(graph, mine, output);
      for (const producer of intoOf(graph, output, 'IN_SEGMENT'))
        keepBest(vias, producer, { fit: 0.8 * w, segment: output, how: 'feeds' });
      for (const second of outOf(graph, output, 'FEEDS')) {
        const fit = 0.4 * w * feedWeight(graph, output, second);
        for (const producer of intoOf(graph, second, 'IN_SEGMENT'))
          keepBest(vias, producer, { fit, segment: second, how: 'two-hops' });
      }
    }
  }
  return vias;
}

function keepBest(vias: Map<string, Via>, key: string, via: Via): void {
  const current = vias.get(key);
  if (!current || via.fit > current.fit) vias.set(key, via);
}

function feedWeight(graph: ProjectedGraph, from: string, to: string): number {
  const weight = edgeProps(graph, from, to, 'FEEDS')?.['weight'];
  return typeof weight === 'number' ? weight : 1;
}

function reasonsFor(
  graph: ProjectedGraph,
  direction: Direction,
  via: Via,
  near: { score: number; zh: string; en: string },
  standing: { zh: string; en: string },
  hops: Hop[],
  c: PartnerComponents,
  tie: boolean,
): Reasons {
  const segment = nameOf(graph, via.segment);
  const { say, list } = reasonList();
  const [streamZh, streamEn] = direction === 'upstream' ? ['上游', 'upstream'] : ['下游', 'downstream'];
  if (via.how === 'need') say(`声明需求环节「${segment}」直接供应`, `supplies the declared need 「${segment}」`);
  else if (via.how === 'buyer-need') say(`对方声明需求「${segment}」`, `declares a need for 「${segment}」`);
  else if (via.how === 'feeds')
    say(`${streamZh}环节「${segment}」直接配套`, `${streamEn} segment 「${segment}」, one step`);
  else say(`${streamZh}环节「${segment}」（隔一环节）`, `${streamEn} segment 「${segment}」, two steps`);
  if (c.textFit >= 0.5) say('产品与需求描述相符', 'products and needs match in words');
  if (near.zh && near.score >= 0.4) say(near.zh, near.en);
  if (standing.zh) say(standing.zh, standing.en);
  if (hops.length > 0) {
    const path = describePath(graph, hops);
    say(`党组织路径：${path.zh}`, `party-organisation path: ${path.en}`);
  }
  if (tie) say('已有供应关系', 'already a supply tie');
  return list;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function roundAll(c: PartnerComponents): PartnerComponents {
  return {
    segmentFit: round(c.segmentFit),
    textFit: round(c.textFit),
    proximity: round(c.proximity),
    quality: round(c.quality),
    trust: round(c.trust),
  };
}

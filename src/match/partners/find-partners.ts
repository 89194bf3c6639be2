import type { ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import type { TokenizerName } from '../../text/tokenizer';
import { explainPath, orgPaths, trustOfHops, type ExplainedPath, type OrgPaths } from '../algorithms/org-path';
import { keyOf, nameOf } from '../graph-access';
import { reasonList, type Reasons } from '../reasons';
import { enterpriseQuality } from '../quality';
import { DEFAULT_WEIGHTS, PartnerWeights, weightedScore } from '../weights';
import { enterpriseSpaceOf, type EnterpriseSpace } from '../enterprise-space';
import { distanceKm, proximityScore, sharedRegion } from '../space-proximity';
import { partnerTextsOf, type PartnerTexts } from './partner-texts';

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

const HOW: PartnerCandidate['via']['how'][] = ['need', 'feeds', 'two-hops', 'buyer-need'];

/** One partner list. For many, partnersForAll shares the work between lists. */
export function findPartners(graph: ProjectedGraph, query: PartnerQuery): PartnerResult {
  const settled = settle(query);
  const space = enterpriseSpaceOf(graph);
  const texts = partnerTextsOf(graph, query.tokenizer ?? PARTNERS_DEFAULTS.tokenizer);
  const self = keyOf('Enterprise', query.enterpriseId);
  const me = space.index.get(self);
  if (me === undefined) throw EngineError.notFound(`Enterprise '${query.enterpriseId}'`);
  return rankPartners(space, texts, me, query.direction, settled, orgPaths(graph, self));
}

/**
 * Both directions for every enterprise of the projection (or of `enterpriseIds`), one list at a
 * time so that a province's 200,000 lists are never all in memory: the organisational search is
 * done once per enterprise for its two lists, the projection's arrays once for all.
 */
export function* partnersForAll(
  graph: ProjectedGraph,
  options: Omit<PartnerQuery, 'enterpriseId' | 'direction'> & { enterpriseIds?: string[] } = {},
): Generator<PartnerResult> {
  const settled = settle(options);
  const space = enterpriseSpaceOf(graph);
  const texts = partnerTextsOf(graph, options.tokenizer ?? PARTNERS_DEFAULTS.tokenizer);
  const ids = options.enterpriseIds ?? space.keys.map((key) => graph.getNodeAttribute(key, 'id'));
  let paths: OrgPaths | undefined;
  for (const id of ids) {
    const key = keyOf('Enterprise', id);
    const me = space.index.get(key);
    if (me === undefined) throw EngineError.notFound(`Enterprise '${id}'`);
    // the previous enterprise's search is finished with (its lists were yielded): reuse its arrays
    paths = orgPaths(graph, key, { recycle: paths });
    yield rankPartners(space, texts, me, 'upstream', settled, paths);
    yield rankPartners(space, texts, me, 'downstream', settled, paths);
  }
}

/**
 * Every enterprise whose partner lists this one could appear in: those it could supply (its
 * downstream candidates) and those it could buy from (its upstream ones), unscored. When an
 * enterprise changes, these are the lists to recompute besides its own.
 */
export function partnerReach(graph: ProjectedGraph, enterpriseId: string): string[] {
  const space = enterpriseSpaceOf(graph);
  const me = space.index.get(keyOf('Enterprise', enterpriseId));
  if (me === undefined) throw EngineError.notFound(`Enterprise '${enterpriseId}'`);
  const scratch = scratchOf(space);
  const reached = new Set<number>();
  for (const direction of ['upstream', 'downstream'] as const) {
    if (direction === 'downstream')
      for (const mine of space.segmentsOf[me]!) space.buyers[mine]!.forEach((c) => reached.add(c));
    for (const s of segmentsOffered(space, scratch, me, direction)) {
      space.producers[s]!.forEach((c) => reached.add(c));
      scratch.segmentFit[s] = -1;
    }
  }
  reached.delete(me);
  return [...reached].map((c) => space.ids[c]!).sort();
}

/**
 * The enterprises whose partner lists may hold a producer or a buyer of this segment: those who
 * need it or are in it, and the producers of the segments up to two FEEDS steps either side of it
 * (how far segmentsOffered looks). What partnerReach is for an enterprise, for one that has left
 * the segment: its old lists are found from the segment, since the enterprise is no longer in it.
 */
export function segmentReach(graph: ProjectedGraph, segmentId: string): string[] {
  const space = enterpriseSpaceOf(graph);
  const s = space.segmentIndex.get(keyOf('Segment', segmentId));
  if (s === undefined) throw EngineError.notFound(`Segment '${segmentId}'`);
  const near = new Set<number>([s]);
  for (const step of [space.feedsIn, space.feedsOut])
    for (const first of step[s]!) {
      near.add(first.segment);
      for (const second of step[first.segment]!) near.add(second.segment);
    }
  const reached = new Set<number>(space.buyers[s]);
  for (const n of near) space.producers[n]!.forEach((c) => reached.add(c));
  return [...reached].map((c) => space.ids[c]!).sort();
}

interface Settled {
  limit: number;
  maxPerSegment: number;
  weights: PartnerWeights;
  weightSum: number;
}

function settle(query: Omit<PartnerQuery, 'enterpriseId' | 'direction'>): Settled {
  const { limit = PARTNERS_DEFAULTS.limit, maxPerSegment = PARTNERS_DEFAULTS.maxPerSegment } = query;
  if (!(Number.isInteger(limit) && limit >= 1)) throw EngineError.badArgument('limit', 'must be a whole number ≥ 1');
  if (!(Number.isInteger(maxPerSegment) && maxPerSegment >= 1))
    throw EngineError.badArgument('maxPerSegment', 'must be a whole number ≥ 1');
  const weights = PartnerWeights.parse({ ...PARTNERS_DEFAULTS.weights, ...query.weights });
  const weightSum = Object.values(weights).reduce((a, b) => a + b, 0);
  return { limit, maxPerSegment, weights, weightSum };
}

/** Per-space working arrays, reused by every query (queries run one at a time, to the end). */
interface Scratch {
  fit: Float64Array;
  segment: Int32Array;
  how: Uint8Array;
  text: Float64Array;
  tie: Uint8Array;
  order: Float64Array;
  segmentFit: Float64Array;
  segmentHow: Uint8Array;
  slot: Int32Array;
}
const scratches = new WeakMap<EnterpriseSpace, Scratch>();

function scratchOf(space: EnterpriseSpace): Scratch {
  let scratch = scratches.get(space);
  if (!scratch) {
    const n = space.keys.length;
    const m = space.segmentKeys.length;
    scratch = {
      fit: new Float64Array(n).fill(-1),
      segment: new Int32Array(n),
      how: new Uint8Array(n),
      text: new Float64Array(n),
      tie: new Uint8Array(n),
      order: new Float64Array(n),
      segmentFit: new Float64Array(m).fill(-1),
      segmentHow: new Uint8Array(m),
      slot: new Int32Array(m).fill(-1),
    };
    scratches.set(space, scratch);
  }
  return scratch;
}

/** Beyond any path's length: no path. */
const UNREACHED = 1_000;

function rankPartners(
  space: EnterpriseSpace,
  texts: PartnerTexts,
  me: number,
  direction: Direction,
  { limit, maxPerSegment, weights: w, weightSum }: Settled,
  paths: OrgPaths,
): PartnerResult {
  const { graph } = space;
  const scratch = scratchOf(space);
  const { fit, segment, how, text, tie, order } = scratch;

  // 1. candidates: every enterprise of a candidate segment, with the best way it was reached
  const touched: number[] = [];
  const offer = (members: number[], f: number, s: number, h: number) => {
    for (const c of members) {
      if (c === me) continue;
      if (fit[c]! < 0) touched.push(c);
      else if (f <= fit[c]!) continue;
      fit[c] = f;
      segment[c] = s;
      how[c] = h;
    }
  };
  // downstream, first those who declared a need for one of my segments
  if (direction === 'downstream')
    for (const mine of space.segmentsOf[me]!) offer(space.buyers[mine]!, 1, mine, HOW.indexOf('buyer-need'));
  const offered = segmentsOffered(space, scratch, me, direction);
  for (const s of offered) offer(space.producers[s]!, scratch.segmentFit[s]!, s, scratch.segmentHow[s]!);

  // 2. text fit of each candidate to the ask, normalised by the best candidate's: an offered
  // segment's own producers are scored through the ask terms' postings (they are numbered
  // together), the few others (producers numbered elsewhere, buyers) one by one
  const props = graph.getNodeAttribute(space.keys[me]!, 'props');
  const segmentNames = (list: number[]) => list.map((s) => nameOf(graph, space.segmentKeys[s]!));
  const ask =
    direction === 'upstream'
      ? [...((props['needs'] as string[] | undefined) ?? []), ...segmentNames(space.needsOf[me]!)]
      : [...((props['products'] as string[] | undefined) ?? []), ...segmentNames(space.segmentsOf[me]!)];
  texts.ask(ask.join(' '));
  const view = direction === 'upstream' ? 'offer' : 'need';
  for (const s of offered) texts.addRange(view, space.homeFrom[s]!, space.homeTo[s]!, text);
  const textOf = texts.scorer(view);
  let bestText = 0;
  for (const c of touched) {
    const home = space.home[c]!;
    if (home < 0 || scratch.segmentFit[home]! < 0) text[c] = textOf(c);
    if (text[c]! > bestText) bestText = text[c]!;
  }
  for (const s of offered) scratch.segmentFit[s] = -1;
  const ties = direction === 'upstream' ? space.suppliedBy[me]! : space.suppliesTo[me]!;
  for (const c of ties) tie[c] = 1;

  // 3. scores, keeping the best maxPerSegment of each segment so one segment does not fill the list
  // per segment, its best candidates so far, found through a slot number (no map lookups per candidate)
  const perSegment: number[][] = [];
  const slots: number[] = [];
  const existing: number[] = [];
  const { attachedAt, attached } = space;
  for (const c of touched) {
    let hops = UNREACHED;
    for (let at = attachedAt[c]!; at < attachedAt[c + 1]!; at++)
      hops = Math.min(hops, paths.distance[attached[at]!]! + 1);
    const weighted =
      w.segmentFit * fit[c]! +
      w.textFit * (bestText > 0 ? text[c]! / bestText : 0) +
      w.proximity * proximityScore(space, me, c) +
      w.quality * space.quality[c]! +
      w.trust * trustOfHops(hops <= paths.maxHops ? hops : undefined);
    const permille = weightSum === 0 ? 0 : Math.round((weighted / weightSum) * 1000);
    // one number that orders by score, then by enterprise number (id order) among equal scores
    const rank = permille * 2 ** 32 + (2 ** 32 - 1 - space.idRank[c]!);
    order[c] = rank;
    if (tie[c] === 1) {
      existing.push(c);
      continue;
    }
    const s = segment[c]!;
    let slot = scratch.slot[s]!;
    if (slot < 0) {
      slot = scratch.slot[s] = perSegment.push([]) - 1;
      slots.push(s);
    }
    const kept = perSegment[slot]!;
    if (kept.length === maxPerSegment && rank <= order[kept[kept.length - 1]!]!) continue;
    // insertion into a short list kept best first
    let at = kept.length === maxPerSegment ? kept.length - 1 : kept.length;
    while (at > 0 && order[kept[at - 1]!]! < rank) {
      kept[at] = kept[at - 1]!;
      at--;
    }
    kept[at] = c;
  }
  const best = (a: number, b: number) => order[b]! - order[a]!;
  for (const s of slots) scratch.slot[s] = -1;
  const chosen = perSegment.flat().sort(best).slice(0, limit);
  existing.sort(best);

  const explain = (c: number): PartnerCandidate =>
    explainCandidate(space, me, c, direction, paths, {
      via: { fit: fit[c]!, segment: space.segmentKeys[segment[c]!]!, how: HOW[how[c]!]! },
      textFit: bestText > 0 ? text[c]! / bestText : 0,
      tie: tie[c] === 1,
      weights: w,
    });
  const result: PartnerResult = {
    enterprise: { id: graph.getNodeAttribute(space.keys[me]!, 'id'), name: nameOf(graph, space.keys[me]!) },
    direction,
    candidates: chosen.map(explain),
    existing: existing.map(explain),
  };
  for (const c of touched) {
    fit[c] = -1;
    text[c] = 0;
  }
  text[me] = 0;
  for (const c of ties) tie[c] = 0;
  return result;
}

/** The candidate segments of a query, each with its best fit and how it was reached, in the order first met. */
function segmentsOffered(space: EnterpriseSpace, scratch: Scratch, me: number, direction: Direction): number[] {
  const met: number[] = [];
  const offer = (s: number, f: number, how: PartnerCandidate['via']['how']) => {
    if (scratch.segmentFit[s]! < 0) met.push(s);
    else if (f <= scratch.segmentFit[s]!) return;
    scratch.segmentFit[s] = f;
    scratch.segmentHow[s] = HOW.indexOf(how);
  };
  if (direction === 'upstream') for (const needed of space.needsOf[me]!) offer(needed, 1, 'need');
  // one FEEDS step against (upstream) or along (downstream) the chain, then a second
  const step = direction === 'upstream' ? space.feedsIn : space.feedsOut;
  for (const mine of space.segmentsOf[me]!) {
    for (const first of step[mine]!) {
      offer(first.segment, 0.8 * first.weight, 'feeds');
      for (const second of step[first.segment]!) offer(second.segment, 0.4 * first.weight * second.weight, 'two-hops');
    }
  }
  return met;
}

interface Explaining {
  via: Via;
  textFit: number;
  tie: boolean;
  weights: PartnerWeights;
}

function explainCandidate(
  space: EnterpriseSpace,
  me: number,
  c: number,
  direction: Direction,
  paths: OrgPaths,
  { via, textFit, tie, weights }: Explaining,
): PartnerCandidate {
  const { graph } = space;
  const key = space.keys[c]!;
  const words = wordsOf(space);
  const path = explainPath(graph, paths, key);
  const standing = (words.standing[c] ??= enterpriseQuality(graph.getNodeAttributes(key)));
  const components: PartnerComponents = {
    segmentFit: via.fit,
    textFit,
    proximity: proximityScore(space, me, c),
    quality: space.quality[c]!,
    trust: trustOfHops(path.hops.length > 0 ? path.hops.length : undefined),
  };
  // the place is said only when near enough to matter (reasonsFor), so only then put in words
  let near = { score: components.proximity, zh: '', en: '' };
  if (components.proximity >= 0.4) {
    const km = distanceKm(space, me, c);
    const shared = Number.isNaN(km) ? sharedRegion(space, me, c) : null;
    if (!Number.isNaN(km))
      near = { score: components.proximity, zh: `相距约${km.toFixed(0)}公里`, en: `about ${km.toFixed(0)} km apart` };
    else if (shared)
      near = {
        score: components.proximity,
        zh: `同属${nameOf(graph, shared)}`,
        en: `both in ${nameOf(graph, shared)}`,
      };
  }
  const segment = space.segmentIndex.get(via.segment)!;
  return {
    enterpriseId: space.ids[c]!,
    name: space.names[c]!,
    score: round(weightedScore(components, weights)),
    components: roundAll(components),
    via: { segmentId: words.segmentIds[segment]!, segmentName: words.segmentNames[segment]!, how: via.how },
    orgPath: path.steps,
    reasons: reasonsFor(words.segmentNames[segment]!, direction, via, near, standing, path, components, tie),
    existingTie: tie,
  };
}

/** Words the explanations repeat, kept per space: segment ids and names, each enterprise's standing. */
interface Words {
  segmentIds: string[];
  segmentNames: string[];
  standing: ({ zh: string; en: string } | undefined)[];
}
const wordsBySpace = new WeakMap<EnterpriseSpace, Words>();

function wordsOf(space: EnterpriseSpace): Words {
  let words = wordsBySpace.get(space);
  if (!words) {
    words = {
      segmentIds: space.segmentKeys.map((key) => space.graph.getNodeAttribute(key, 'id')),
      segmentNames: space.segmentKeys.map((key) => nameOf(space.graph, key)),
      standing: new Array<{ zh: string; en: string } | undefined>(space.keys.length),
    };
    wordsBySpace.set(space, words);
  }
  return words;
}

function reasonsFor(
  segment: string,
  direction: Direction,
  via: Via,
  near: { score: number; zh: string; en: string },
  standing: { zh: string; en: string },
  path: ExplainedPath,
  c: PartnerComponents,
  tie: boolean,
): Reasons {
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
  if (path.hops.length > 0) say(`党组织路径：${path.zh}`, `party-organisation path: ${path.en}`);
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

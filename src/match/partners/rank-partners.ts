import { trustOfHops, type OrgPaths } from '../algorithms/org-path';
import type { EnterpriseSpace } from '../enterprise-space';
import { nameOf } from '../graph-access';
import { proximityScore } from '../space-proximity';
import { explainCandidate } from './explain-partner';
import type { Direction, PartnerCandidate, PartnerResult, Settled } from './partner-list';
import { scratchOf, type Scratch } from './partner-scratch';
import type { PartnerTexts } from './partner-texts';
import { HOW, segmentsOffered } from './segments-offered';

/** Beyond any path's length: no path. */
const UNREACHED = 1_000;

/**
 * One partner list over the space's arrays: candidates (step 1), their text fit (step 2), scores
 * kept per segment (step 3), then the chosen explained. The scratch is left clean for the next query.
 */
export function rankPartners(
  space: EnterpriseSpace,
  texts: PartnerTexts,
  me: number,
  direction: Direction,
  settled: Settled,
  paths: OrgPaths,
): PartnerResult {
  const { graph } = space;
  const scratch = scratchOf(space);
  const { fit, segment, how, text, tie } = scratch;
  const { touched, offered } = offerCandidates(space, scratch, me, direction);
  const bestText = scoreTexts(space, texts, scratch, me, direction, touched, offered);
  const ties = direction === 'upstream' ? space.suppliedBy[me]! : space.suppliesTo[me]!;
  for (const c of ties) tie[c] = 1;
  const { chosen, existing } = bestPerSegment(space, scratch, me, touched, bestText, settled, paths);

  const explain = (c: number): PartnerCandidate =>
    explainCandidate(space, me, c, direction, paths, {
      via: { fit: fit[c]!, segment: space.segmentKeys[segment[c]!]!, how: HOW[how[c]!]! },
      textFit: bestText > 0 ? text[c]! / bestText : 0,
      tie: tie[c] === 1,
      weights: settled.weights,
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

/**
 * Step 1, candidates: every enterprise of a candidate segment, with the best way it was reached
 * (in the scratch's fit, segment and how). Returns them in the order first met, and the segments offered.
 */
function offerCandidates(
  space: EnterpriseSpace,
  scratch: Scratch,
  me: number,
  direction: Direction,
): { touched: number[]; offered: number[] } {
  const { fit, segment, how } = scratch;
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
  return { touched, offered };
}

/**
 * Step 2, text fit of each candidate to the ask (in the scratch's text), and the best
 * candidate's, which normalises them: an offered segment's own producers are scored through the
 * ask terms' postings (they are numbered together), the few others (producers numbered
 * elsewhere, buyers) one by one. Clears the offered segments' fits.
 */
function scoreTexts(
  space: EnterpriseSpace,
  texts: PartnerTexts,
  scratch: Scratch,
  me: number,
  direction: Direction,
  touched: number[],
  offered: number[],
): number {
  const { graph } = space;
  const { text } = scratch;
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
  return bestText;
}

/**
 * Step 3, scores, keeping the best maxPerSegment of each segment so one segment does not fill
 * the list: the chosen (best first, at most limit) and the existing ties (best first) apart.
 */
function bestPerSegment(
  space: EnterpriseSpace,
  scratch: Scratch,
  me: number,
  touched: number[],
  bestText: number,
  { limit, maxPerSegment, weights: w, weightSum }: Settled,
  paths: OrgPaths,
): { chosen: number[]; existing: number[] } {
  const { fit, segment, text, tie, order } = scratch;
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
  return { chosen, existing };
}

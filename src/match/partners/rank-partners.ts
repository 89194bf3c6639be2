import { trustOfHops, type OrgPaths } from '../algorithms/org-path';
import type { EnterpriseSpace } from '../enterprise-space';
import { proximityScore } from '../space-proximity';
import { explainCandidate } from './explain-partner';
import type { Direction, PartnerCandidate, PartnerResult, Settled } from './partner-list';
import { noteOvertakes } from './partner-overtakes';
import { keptRoom, scratchOf, type Scratch } from './partner-scratch';
import type { PartnerTexts, TextView } from './partner-texts';
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
  const scratch = scratchOf(space);
  const { fit, segment, how, text, tie, touched } = scratch;
  const offered = offerCandidates(space, scratch, me, direction);
  const { bestText, holder } = scoreTexts(space, texts, scratch, me, direction, offered);
  const ties = direction === 'upstream' ? space.suppliedBy[me]! : space.suppliesTo[me]!;
  for (const c of ties) tie[c] = 1;
  const { chosen, existing } = bestPerSegment(space, scratch, me, bestText, settled, paths);

  const explain = (c: number): PartnerCandidate =>
    explainCandidate(space, me, c, direction, paths, {
      via: { fit: fit[c]!, segment: space.segmentKeys[segment[c]!]!, how: HOW[how[c]!]! },
      textFit: bestText > 0 ? text[c]! / bestText : 0,
      tie: tie[c] === 1,
      weights: settled.weights,
    });
  const result: PartnerResult = {
    enterprise: { id: space.ids[me]!, name: space.names[me]! },
    direction,
    candidates: chosen.map(explain),
    existing: existing.map(explain),
    textNorm: { bestText, bestTextOf: holder >= 0 ? space.ids[holder]! : null },
  };
  noteOvertakes(result.candidates, settled.weights);
  for (let i = 0; i < scratch.touchedCount; i++) {
    const c = touched[i]!;
    fit[c] = -1;
    text[c] = 0;
  }
  scratch.touchedCount = 0;
  text[me] = 0;
  for (const c of ties) tie[c] = 0;
  return result;
}

const BUYER_NEED = HOW.indexOf('buyer-need');

/**
 * Step 1, candidates: every enterprise of a candidate segment, with the best way it was reached
 * (in the scratch's fit, segment and how), listed in the scratch's touched in the order first
 * met. Returns the segments offered.
 */
function offerCandidates(space: EnterpriseSpace, scratch: Scratch, me: number, direction: Direction): number[] {
  // downstream, first those who declared a need for one of my segments
  if (direction === 'downstream')
    for (const mine of space.segmentsOf[me]!) offer(scratch, me, space.buyers[mine]!, 1, mine, BUYER_NEED);
  const offered = segmentsOffered(space, scratch, me, direction);
  for (const s of offered) offer(scratch, me, space.producers[s]!, scratch.segmentFit[s]!, s, scratch.segmentHow[s]!);
  return offered;
}

/** Offers `members` through segment s with fit f, reached as HOW[h]: kept where better than before. */
function offer(scratch: Scratch, me: number, members: number[], f: number, s: number, h: number): void {
  const { fit, segment, how, touched } = scratch;
  let count = scratch.touchedCount;
  for (let i = 0; i < members.length; i++) {
    const c = members[i]!;
    if (c === me) continue;
    const before = fit[c]!;
    if (before < 0) touched[count++] = c;
    else if (f <= before) continue;
    fit[c] = f;
    segment[c] = s;
    how[c] = h;
  }
  scratch.touchedCount = count;
}

/**
 * Step 2, text fit of each candidate to the ask (in the scratch's text), and the best
 * candidate's, which normalises them (and whose it is): an offered segment's own producers are
 * scored through the ask terms' postings (they are numbered together), the few others (producers
 * numbered elsewhere, buyers) one by one. Clears the offered segments' fits.
 */
function scoreTexts(
  space: EnterpriseSpace,
  texts: PartnerTexts,
  scratch: Scratch,
  me: number,
  direction: Direction,
  offered: number[],
): { bestText: number; holder: number } {
  const { text, touched, segmentFit } = scratch;
  const view = askTexts(space, texts, scratch, me, direction);
  for (const s of offered) texts.addRange(view, space.homeFrom[s]!, space.homeTo[s]!, text);
  const textOf = texts.scorer(view);
  const { home } = space;
  let bestText = 0;
  let holder = -1;
  for (let i = 0; i < scratch.touchedCount; i++) {
    const c = touched[i]!;
    const own = home[c]!;
    if (own < 0 || segmentFit[own]! < 0) text[c] = textOf(c);
    if (text[c]! > bestText) {
      bestText = text[c]!;
      holder = c;
    }
  }
  for (const s of offered) segmentFit[s] = -1;
  return { bestText, holder };
}

/**
 * Sets the texts' ask for a list — what I need (or make) in words, then the names of the segments
 * I need (or am in) — and answers the view the candidates are scored in.
 */
export function askTexts(
  space: EnterpriseSpace,
  texts: PartnerTexts,
  scratch: Scratch,
  me: number,
  direction: Direction,
): TextView {
  const props = space.graph.getNodeAttribute(space.keys[me]!, 'props');
  const words = ((direction === 'upstream' ? props['needs'] : props['products']) as string[] | undefined) ?? [];
  const ask = words.slice();
  for (const s of direction === 'upstream' ? space.needsOf[me]! : space.segmentsOf[me]!)
    ask.push(scratch.segmentNames[s]!);
  texts.ask(ask.join(' '));
  return direction === 'upstream' ? 'offer' : 'need';
}

/**
 * Step 3, scores, keeping the best maxPerSegment of each segment so one segment does not fill
 * the list: the chosen (best first, at most limit) and the existing ties (best first) apart.
 *
 * The chosen are the best `limit` of what the segments keep, and are kept as they come (`top`).
 * Once `top` is full its last is a floor that only rises, and a candidate below it can never be
 * chosen nor push a chosen one out of its segment; so a candidate whose score cannot reach the
 * floor even at full proximity and trust is not scored further (most two-step candidates, once
 * the list has filled with better ones).
 */
function bestPerSegment(
  space: EnterpriseSpace,
  scratch: Scratch,
  me: number,
  bestText: number,
  { limit, maxPerSegment: cap, weights: w, weightSum }: Settled,
  paths: OrgPaths,
): { chosen: number[]; existing: number[] } {
  const { fit, segment, text, tie, order, touched, keptCount } = scratch;
  // per segment, its best candidates so far (best first), found through a slot number: no map
  // lookups and no arrays made per candidate
  const slotOf = scratch.slot;
  const slots: number[] = [];
  const existing: number[] = [];
  const top: number[] = [];
  const { attachedAt, attached, quality, idRank } = space;
  const { distance, maxHops } = paths;
  let kept = scratch.kept;
  let floor = -Infinity;
  for (let i = 0; i < scratch.touchedCount; i++) {
    const c = touched[i]!;
    const known = w.segmentFit * fit[c]! + w.textFit * (bestText > 0 ? text[c]! / bestText : 0);
    const tied = tie[c] === 1;
    // the score at full proximity and trust (each term as below, so never below the score)
    if (!tied && floor > -Infinity) {
      const most = known + w.proximity + w.quality * quality[c]! + w.trust;
      const permille = weightSum === 0 ? 0 : Math.round((most / weightSum) * 1000);
      if (permille * 2 ** 32 + (2 ** 32 - 1 - idRank[c]!) < floor) continue;
    }
    let hops = UNREACHED;
    for (let at = attachedAt[c]!; at < attachedAt[c + 1]!; at++) hops = Math.min(hops, distance[attached[at]!]! + 1);
    const weighted =
      known +
      w.proximity * proximityScore(space, me, c) +
      w.quality * quality[c]! +
      w.trust * trustOfHops(hops <= maxHops ? hops : undefined);
    const permille = weightSum === 0 ? 0 : Math.round((weighted / weightSum) * 1000);
    // one number that orders by score, then by enterprise number (id order) among equal scores
    const rank = permille * 2 ** 32 + (2 ** 32 - 1 - idRank[c]!);
    order[c] = rank;
    if (tied) {
      existing.push(c);
      continue;
    }
    if (rank < floor) continue;
    const s = segment[c]!;
    let slot = slotOf[s]!;
    if (slot < 0) {
      slot = slotOf[s] = slots.push(s) - 1;
      keptCount[slot] = 0;
      kept = keptRoom(scratch, slots.length, cap);
    }
    const base = slot * cap;
    const count = keptCount[slot]!;
    if (count === cap && rank <= order[kept[base + cap - 1]!]!) continue;
    // insertion into a short list kept best first; a full one lets its last go
    const dropped = count === cap ? kept[base + cap - 1]! : -1;
    let at = count === cap ? cap - 1 : count;
    while (at > 0 && order[kept[base + at - 1]!]! < rank) {
      kept[base + at] = kept[base + at - 1]!;
      at--;
    }
    kept[base + at] = c;
    if (count < cap) keptCount[slot] = count + 1;
    // the same in top: what a segment lets go leaves top too (c, better, takes its place there)
    if (dropped >= 0 && (top.length < limit || order[dropped]! >= order[top[top.length - 1]!]!))
      top.splice(top.indexOf(dropped), 1);
    at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && order[top[at - 1]!]! < rank) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = c;
    if (top.length === limit) floor = order[top[limit - 1]!]!;
  }
  for (const s of slots) slotOf[s] = -1;
  existing.sort((a, b) => order[b]! - order[a]!);
  return { chosen: top, existing };
}

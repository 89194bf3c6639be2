import type { ListStanding } from '../../domain';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { orgPaths, trustOfHops, type OrgPaths } from '../algorithms/org-path';
import { EngineError } from '../engine-error';
import type { EnterpriseSpace } from '../enterprise-space';
import { enterpriseSpaceOf } from '../enterprise-space';
import { keyOf } from '../graph-access';
import { proximityScore } from '../space-proximity';
import { PARTNERS_DEFAULTS, settle, type Direction, type PartnerQuery } from './partner-list';
import { scratchOf, type Scratch } from './partner-scratch';
import { partnerTextsOf } from './partner-texts';
import { askTexts } from './rank-partners';
import { segmentsOffered } from './segments-offered';

/** One partner list: an enterprise's upstream or downstream list. */
export interface ListRef {
  enterpriseId: string;
  direction: Direction;
}

/**
 * Of the partner lists around a changed enterprise (both lists of each enterprise in `around`,
 * partnerReach's answer), those its change can move, judged from what each stored list says of
 * itself (`standingOf`) instead of computing it again.
 *
 * A change of one enterprise — its properties, or its ties the partner engine reads about it
 * (segments, needs, supply ties, place, organisations) — moves nothing in another enterprise's list
 * but its own score there and, when its text fit is the best of the list's candidates or becomes
 * it, the normaliser every candidate's text fit is divided by (rank-partners.ts, step 2). Other
 * candidates keep their scores, and which of them are chosen depends only on those scores (the
 * best `limit` of each segment's best `maxPerSegment`). So a list comes out as it is stored when
 * it is full, does not hold the changed enterprise, its best text fit is someone else's and stays
 * the best, and the changed enterprise's score there stays below the list's last candidate. That
 * score is computed as the ranking computes it, its organisational trust from one search from the
 * changed enterprise (a path is as long either way) rather than one from each list's owner, which
 * is most of what computing the list would cost. Every other list is returned: one not stored,
 * stored without its normaliser, short of `limit`, holding the enterprise, or one it may enter.
 *
 * A list the change takes the enterprise out of reach of (a segment it left) is not around it any
 * more; those lists are found from the segment (partners.segment) and recomputed whole.
 */
export function listsMovedBy(
  graph: ProjectedGraph,
  changedId: string,
  around: readonly string[],
  standingOf: (list: ListRef) => ListStanding | undefined,
  query: Omit<PartnerQuery, 'enterpriseId' | 'direction'> = {},
): ListRef[] {
  const settled = settle(query);
  const { weights: w, weightSum, limit } = settled;
  const space = enterpriseSpaceOf(graph);
  const texts = partnerTextsOf(graph, query.tokenizer ?? PARTNERS_DEFAULTS.tokenizer);
  const scratch = scratchOf(space);
  const changedKey = keyOf('Enterprise', changedId);
  const changed = space.index.get(changedKey);
  if (changed === undefined) throw EngineError.notFound(`Enterprise '${changedId}'`);
  let paths: OrgPaths | undefined;
  const moved: ListRef[] = [];
  for (const enterpriseId of around) {
    const x = space.index.get(keyOf('Enterprise', enterpriseId));
    if (x === undefined || x === changed) continue;
    for (const direction of ['upstream', 'downstream'] as const) {
      const list = { enterpriseId, direction };
      const standing = standingOf(list);
      if (
        !standing ||
        standing.holds ||
        !standing.textNorm ||
        standing.textNorm.bestTextOf === changedId ||
        standing.size < limit ||
        !standing.last
      ) {
        moved.push(list);
        continue;
      }
      const fit = fitIn(space, scratch, x, changed, direction);
      // not a candidate of this list: it can neither enter it nor set its text normaliser
      if (fit < 0) continue;
      const raw = texts.scorer(askTexts(space, texts, scratch, x, direction))(changed);
      const { bestText } = standing.textNorm;
      if (raw > bestText) {
        moved.push(list);
        continue;
      }
      paths ??= orgPaths(graph, changedKey);
      const weighted =
        w.segmentFit * fit +
        w.textFit * (bestText > 0 ? raw / bestText : 0) +
        w.proximity * proximityScore(space, x, changed) +
        w.quality * space.quality[changed]! +
        w.trust * trustOfHops(hopsTo(space, paths, x));
      const permille = weightSum === 0 ? 0 : Math.round((weighted / weightSum) * 1000);
      // a permille of slack: the stored score is rounded from the candidate's components, the
      // ranking's from their weighted sum
      if (permille >= Math.round(standing.last.score * 1000) - 1) moved.push(list);
    }
  }
  return moved;
}

/** Hops of the organisational path from the search's start to enterprise x, as rank-partners.ts counts them. */
function hopsTo(space: EnterpriseSpace, paths: OrgPaths, x: number): number | undefined {
  let hops = Infinity;
  for (let at = space.attachedAt[x]!; at < space.attachedAt[x + 1]!; at++)
    hops = Math.min(hops, paths.distance[space.attached[at]!]! + 1);
  return hops <= paths.maxHops ? hops : undefined;
}

/**
 * The segment fit candidate c gets in me's list (the best way it is offered, as
 * rank-partners.ts's step 1 finds it), or -1 when it is not offered there. Leaves the scratch clean.
 */
function fitIn(space: EnterpriseSpace, scratch: Scratch, me: number, c: number, direction: Direction): number {
  let fit = -1;
  // downstream, a buyer that declared a need for one of my segments
  if (direction === 'downstream')
    for (const mine of space.segmentsOf[me]!) if (space.needsOf[c]!.includes(mine)) fit = 1;
  const offered = segmentsOffered(space, scratch, me, direction);
  for (const s of space.segmentsOf[c]!) if (scratch.segmentFit[s]! > fit) fit = scratch.segmentFit[s]!;
  for (const s of offered) scratch.segmentFit[s] = -1;
  return fit;
}

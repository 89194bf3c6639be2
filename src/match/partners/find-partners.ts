import type { ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { orgPaths, type OrgPaths } from '../algorithms/org-path';
import { keyOf } from '../graph-access';
import { enterpriseSpaceOf } from '../enterprise-space';
import { PARTNERS_DEFAULTS, settle, type PartnerQuery, type PartnerResult } from './partner-list';
import { partnerTextsOf } from './partner-texts';
import type { ListRef } from './partner-moves';
import { rankPartners } from './rank-partners';

export { PARTNERS_DEFAULTS } from './partner-list';
export type { Direction, PartnerCandidate, PartnerComponents, PartnerQuery, PartnerResult } from './partner-list';
export { partnerReach, segmentReach } from './partner-reach';
export { listsMovedBy, type ListRef } from './partner-moves';

/**
 * 上下游配套: ranked upstream or downstream partners for one enterprise (DESIGN.md §6).
 *
 * Candidates come from the enterprise's declared NEEDS first, then the FEEDS template, then two
 * hops; each is scored by segment fit, product/need text fit (BM25F), proximity, quality and
 * organisational trust (the party-building path between the two, explained hop by hop).
 * Enterprises that already supply (or buy from) it are returned apart, flagged, never proposed
 * as new. At most `maxPerSegment` candidates come through the same segment, so one segment's
 * producers do not fill the list.
 *
 * The ranking's steps are rank-partners.ts, the candidates' words explain-partner.ts; which
 * lists a change of an enterprise or a segment touches is partner-reach.ts.
 */

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
  const ids = options.enterpriseIds ?? enterpriseSpaceOf(graph).keys.map((key) => graph.getNodeAttribute(key, 'id'));
  yield* partnerLists(
    graph,
    ids.flatMap((enterpriseId) => [
      { enterpriseId, direction: 'upstream' as const },
      { enterpriseId, direction: 'downstream' as const },
    ]),
    options,
  );
}

/**
 * The lists asked for, in the order asked, one at a time; an enterprise's lists asked one after
 * the other share its organisational search.
 */
export function* partnerLists(
  graph: ProjectedGraph,
  lists: readonly ListRef[],
  options: Omit<PartnerQuery, 'enterpriseId' | 'direction'> = {},
): Generator<PartnerResult> {
  const settled = settle(options);
  const space = enterpriseSpaceOf(graph);
  const texts = partnerTextsOf(graph, options.tokenizer ?? PARTNERS_DEFAULTS.tokenizer);
  let paths: OrgPaths | undefined;
  let searched: string | undefined;
  for (const { enterpriseId: id, direction } of lists) {
    const key = keyOf('Enterprise', id);
    const me = space.index.get(key);
    if (me === undefined) throw EngineError.notFound(`Enterprise '${id}'`);
    // the previous enterprise's search is finished with (its lists were yielded): reuse its arrays
    if (searched !== key) paths = orgPaths(graph, key, { recycle: paths });
    searched = key;
    yield rankPartners(space, texts, me, direction, settled, paths!);
  }
}

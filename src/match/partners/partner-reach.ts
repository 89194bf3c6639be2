import type { ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { enterpriseSpaceOf } from '../enterprise-space';
import { keyOf } from '../graph-access';
import { scratchOf } from './partner-scratch';
import { segmentsOffered } from './segments-offered';

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

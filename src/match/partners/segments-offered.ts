import type { EnterpriseSpace } from '../enterprise-space';
import type { Direction, PartnerCandidate } from './partner-list';
import type { Scratch } from './partner-scratch';

/** How a candidate was reached, by number (the scratch's how and segmentHow hold these). */
export const HOW: PartnerCandidate['via']['how'][] = ['need', 'feeds', 'two-hops', 'buyer-need'];

/** The candidate segments of a query, each with its best fit and how it was reached, in the order first met. */
export function segmentsOffered(space: EnterpriseSpace, scratch: Scratch, me: number, direction: Direction): number[] {
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

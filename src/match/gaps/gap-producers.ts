import type { EnterpriseSpace } from '../enterprise-space';
import { keyOf } from '../graph-access';
import type { LocalMarks, SegmentGap } from './chain-map';

/** Every producer of a gap segment outside the region, with the gaps it would fill. */
export interface GapProducers {
  /** In the order first met. */
  producers: number[];
  /** Per enterprise, its first and second gap (numbers in the gaps' list, -1: none); reset as read. */
  first: Int32Array;
  second: Int32Array;
  /** A third gap and more. */
  more: Map<number, SegmentGap[]>;
}

export function gapProducers(space: EnterpriseSpace, gaps: SegmentGap[], local: LocalMarks): GapProducers {
  const { first, second } = gapScratch(space);
  const more = new Map<number, SegmentGap[]>();
  const producers: number[] = [];
  gaps.forEach((gap, g) => {
    for (const e of space.producers[space.segmentIndex.get(keyOf('Segment', gap.segmentId))!]!) {
      if (local.has(e)) continue;
      if (first[e] === -1) {
        first[e] = g;
        producers.push(e);
      } else if (second[e] === -1) second[e] = g;
      else {
        const list = more.get(e);
        if (list) list.push(gap);
        else more.set(e, [gap]);
      }
    }
  });
  return { producers, first, second, more };
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

import type { EnterpriseSpace } from '../enterprise-space';
import { nameOf } from '../graph-access';

/**
 * Per-space working arrays, reused by every query (queries run one at a time, to the end). The
 * lists a query builds (its candidates, each segment's best) live here too, as counted typed
 * arrays rather than fresh JS arrays: a province's 200,000 queries otherwise feed the garbage
 * collector a few thousand short-lived arrays each.
 */
export interface Scratch {
  fit: Float64Array;
  segment: Int32Array;
  how: Uint8Array;
  text: Float64Array;
  tie: Uint8Array;
  order: Float64Array;
  segmentFit: Float64Array;
  segmentHow: Uint8Array;
  slot: Int32Array;
  /** The query's candidates in the order first met: the first `touchedCount` entries. */
  touched: Int32Array;
  touchedCount: number;
  /** Per slot (a segment met by the query): its best candidates so far, best first, at [slot × maxPerSegment, + keptCount[slot]). */
  kept: Int32Array;
  keptCount: Int32Array;
  /** The segments' names, which make up part of each ask. */
  segmentNames: string[];
}
const scratches = new WeakMap<EnterpriseSpace, Scratch>();

export function scratchOf(space: EnterpriseSpace): Scratch {
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
      touched: new Int32Array(n),
      touchedCount: 0,
      kept: new Int32Array(0),
      keptCount: new Int32Array(m),
      segmentNames: space.segmentKeys.map((key) => nameOf(space.graph, key)),
    };
    scratches.set(space, scratch);
  }
  return scratch;
}

/** The kept lists' room for `slots` slots of `maxPerSegment` each (grown, never shrunk). */
export function keptRoom(scratch: Scratch, slots: number, maxPerSegment: number): Int32Array {
  if (scratch.kept.length < slots * maxPerSegment) {
    const grown = new Int32Array(Math.max(slots * maxPerSegment, 2 * scratch.kept.length));
    grown.set(scratch.kept);
    scratch.kept = grown;
  }
  return scratch.kept;
}

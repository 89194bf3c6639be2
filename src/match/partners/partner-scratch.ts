import type { EnterpriseSpace } from '../enterprise-space';

/** Per-space working arrays, reused by every query (queries run one at a time, to the end). */
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
    };
    scratches.set(space, scratch);
  }
  return scratch;
}

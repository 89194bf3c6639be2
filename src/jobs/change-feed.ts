import type { NodeKind, RelType } from '../domain';

/** What changed in the graph: nodes written or deleted, by kind and id. */
export interface GraphChange {
  kind: NodeKind;
  ids: string[];
  /** The nodes were deleted (their relationships with them). */
  deleted?: true;
  /**
   * The nodes themselves were not written: relationships of these types to or from them were —
   * a segment that gained or lost a producer is not a segment that changed (the planner tells
   * them apart: the first touches the lists around one enterprise, the second every list).
   */
  ties?: RelType[];
  /** With ties: those relationships were deleted (the lists they fed are not in the graph any more). */
  untied?: true;
}

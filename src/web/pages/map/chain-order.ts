import type { ChainSegment, SegmentGap } from '../../api/types';

export const STAGES = ['upstream', 'midstream', 'downstream'] as const;

/**
 * The segments of a map in columns by stage, each column ordered so that a segment comes after
 * those that feed it (the chain's input-output ties, a topological order by depth), as a chain
 * map is read: left to right, raw materials to end products.
 */
export function segmentColumns(segments: SegmentGap[], template: ChainSegment[]): Map<string, SegmentGap[]> {
  const feeds = new Map(template.map((s) => [s.id, s.feeds]));
  const depth = new Map<string, number>();
  const ids = new Set(segments.map((s) => s.segmentId));
  // longest path from a source, bounded by the number of segments in case the template has a cycle
  for (let round = 0; round < segments.length; round++) {
    let changed = false;
    for (const id of ids) {
      const d = depth.get(id) ?? 0;
      for (const next of feeds.get(id) ?? []) {
        if (ids.has(next) && (depth.get(next) ?? 0) < d + 1) {
          depth.set(next, d + 1);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  const columns = new Map<string, SegmentGap[]>();
  for (const stage of [...STAGES, 'other']) columns.set(stage, []);
  for (const segment of segments) {
    const stage = (STAGES as readonly string[]).includes(segment.stage) ? segment.stage : 'other';
    columns.get(stage)!.push(segment);
  }
  for (const list of columns.values())
    list.sort(
      (a, b) => (depth.get(a.segmentId) ?? 0) - (depth.get(b.segmentId) ?? 0) || a.name.localeCompare(b.name, 'zh'),
    );
  return columns;
}

/** The segments that feed a segment and those it feeds, within the chain. */
export function feedNeighbours(segmentId: string, template: ChainSegment[]): { from: Set<string>; to: Set<string> } {
  const to = new Set(template.find((s) => s.id === segmentId)?.feeds ?? []);
  const from = new Set(template.filter((s) => s.feeds.includes(segmentId)).map((s) => s.id));
  return { from, to };
}

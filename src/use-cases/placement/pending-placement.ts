/**
 * An enterprise waiting in the 挂链 review queue, as its node properties hold it (see
 * PlacementFields in domain/enterprise.schema.ts): placementState 'pending' and its best
 * candidates as one JSON string. The import writes these, the review queue reads them, a
 * decision clears them.
 */
import { z } from 'zod';
import { PLACEMENT_CANDIDATES_KEPT } from '../../domain/enterprise.schema';

/** A candidate as stored: a segment, the classifier's confidence, its evidence lines. */
export interface StoredCandidate {
  segmentId: string;
  confidence: number;
  evidence: string[];
}

const StoredCandidates = z.array(
  z.object({
    segmentId: z.string(),
    confidence: z.number(),
    evidence: z.array(z.string()).default([]),
  }),
);

/** The properties of a pending placement; every one is cleared once a reviewer decides. */
export const PENDING_FIELDS = ['placementState', 'placementCandidates', 'placementQueuedAt'] as const;

/** Confidences are kept to three decimals: the page shows two, and the JSON stays short. */
const round = (x: number) => Math.round(x * 1000) / 1000;

export function pendingProps(candidates: readonly StoredCandidate[], queuedAt: string): Record<string, unknown> {
  const kept = candidates
    .slice(0, PLACEMENT_CANDIDATES_KEPT)
    .map((c) => ({ segmentId: c.segmentId, confidence: round(c.confidence), evidence: c.evidence }));
  return { placementState: 'pending', placementCandidates: JSON.stringify(kept), placementQueuedAt: queuedAt };
}

/** The candidates stored on an enterprise; none when there are none or they cannot be read. */
export function storedCandidates(props: Record<string, unknown>): StoredCandidate[] {
  const raw = props['placementCandidates'];
  if (typeof raw !== 'string') return [];
  try {
    const parsed = StoredCandidates.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The enterprise's properties without the pending placement (and without the store's stamps). */
export function withoutPending(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const dropped = new Set<string>([...PENDING_FIELDS, 'createdAt', 'updatedAt']);
  for (const [key, value] of Object.entries(props)) if (!dropped.has(key)) out[key] = value;
  return out;
}

/**
 * An enterprise waiting in the 挂链 review queue, as its node properties hold it (see
 * PlacementFields in domain/enterprise.schema.ts): the best candidates as parallel lists. The
 * import writes these, the review queue reads them, a decision clears them.
 */
import { PLACEMENT_CANDIDATES_KEPT } from '../../domain/enterprise.schema';

/** A candidate as stored: a segment, the classifier's confidence, its evidence lines. */
export interface StoredCandidate {
  segmentId: string;
  confidence: number;
  evidence: string[];
}

/** The properties of a pending placement; every one is cleared once a reviewer decides. */
export const PENDING_FIELDS = [
  'placementState',
  'placementCandidateSegments',
  'placementCandidateConfidences',
  'placementCandidateEvidence',
  'placementQueuedAt',
] as const;

/** Evidence lines of one candidate are joined by a newline: an evidence line never holds one. */
const EVIDENCE_SEPARATOR = '\n';

export function pendingProps(candidates: readonly StoredCandidate[], queuedAt: string): Record<string, unknown> {
  const kept = candidates.slice(0, PLACEMENT_CANDIDATES_KEPT);
  return {
    placementState: 'pending',
    placementCandidateSegments: kept.map((c) => c.segmentId),
    placementCandidateConfidences: kept.map((c) => c.confidence),
    placementCandidateEvidence: kept.map((c) =>
      c.evidence.map((line) => line.replaceAll(EVIDENCE_SEPARATOR, ' ')).join(EVIDENCE_SEPARATOR),
    ),
    placementQueuedAt: queuedAt,
  };
}

export function storedCandidates(props: Record<string, unknown>): StoredCandidate[] {
  const list = (key: string): unknown[] => (Array.isArray(props[key]) ? (props[key] as unknown[]) : []);
  const confidences = list('placementCandidateConfidences');
  const evidence = list('placementCandidateEvidence');
  return list('placementCandidateSegments').map((segmentId, i) => ({
    segmentId: String(segmentId),
    confidence: Number(confidences[i] ?? 0),
    evidence: String(evidence[i] ?? '')
      .split(EVIDENCE_SEPARATOR)
      .filter((line) => line.length > 0),
  }));
}

/** The enterprise's properties without the pending placement (and without the store's stamps). */
export function withoutPending(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const dropped = new Set<string>([...PENDING_FIELDS, 'createdAt', 'updatedAt']);
  for (const [key, value] of Object.entries(props)) if (!dropped.has(key)) out[key] = value;
  return out;
}

import { get, post } from './client';
import type { Page } from './types';

/**
 * The 挂链 review queue as GET /placements/review and POST /placements/decisions describe it in
 * /openapi.json: an enterprise the classifier was not sure of, its candidate segments with their
 * confidence and evidence, and what a reviewer decides.
 */
export interface PlacementCandidate {
  segmentId: string;
  segmentName: string;
  chainId: string;
  chainName: string;
  /** In [0, 1]. */
  confidence: number;
  /** In Chinese, as the classifier read it: 经营范围含「正极材料」. */
  evidence: string[];
}

export interface PlacementReviewItem {
  enterpriseId: string;
  enterpriseName: string;
  regionId: string | null;
  /** Best first. */
  candidates: PlacementCandidate[];
  importedAt: string;
}

/** An enterprise's segments as a reviewer decides them; none: no segment of the chains fits. */
export interface PlacementDecision {
  enterpriseId: string;
  segmentIds: string[];
}

export interface PlacementDecisionResult {
  decided: number;
  placed: number;
  /** Enterprises not decided: no longer in the queue, or not the key's to decide. */
  unknown: string[];
}

export interface ReviewQuery {
  regionId?: string | undefined;
  chainId?: string | undefined;
  cursor?: string | undefined;
  limit?: number;
}

export async function readReviewQueue(query: ReviewQuery): Promise<Page<PlacementReviewItem>> {
  return (await get<Page<PlacementReviewItem>>('placements/review', { limit: 50, ...query })).body;
}

export async function decidePlacements(decisions: PlacementDecision[]): Promise<PlacementDecisionResult> {
  return (await post<PlacementDecisionResult>('placements/decisions', { decisions })).body;
}

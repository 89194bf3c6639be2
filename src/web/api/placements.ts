import { get, post } from './client';
import type { Page } from './types';

import type { PlacementDecision, PlacementDecisionResult, PlacementReviewItem, PlacementReviewQuery } from './types';

export type { PlacementCandidate, PlacementDecision, PlacementDecisionResult, PlacementReviewItem } from './types';
export type ReviewQuery = PlacementReviewQuery;

/** The 挂链 review queue (GET /placements/review) and a reviewer's decisions (POST /placements/decisions). */
export async function readReviewQueue(query: ReviewQuery): Promise<Page<PlacementReviewItem>> {
  return (await get<Page<PlacementReviewItem>>('placements/review', { limit: 50, ...query })).body;
}

export async function decidePlacements(decisions: PlacementDecision[]): Promise<PlacementDecisionResult> {
  return (await post<PlacementDecisionResult>('placements/decisions', { decisions })).body;
}

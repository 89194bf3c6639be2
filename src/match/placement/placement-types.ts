/**
 * The inputs and answers of 挂链 (placing an enterprise on chain segments). Plain data: the engine
 * reads no store, and the caller brings the segments (from a projection, a bundle or templates).
 */

/** A chain segment as the classifier reads it. */
export interface PlacementSegment {
  id: string;
  name: string;
  keywords: readonly string[];
  description?: string;
  /** GB/T 4754-2017 小类 (4 digits) or 中类 (3 digits) codes the segment draws on. */
  industryCodes?: readonly string[];
}

/** What a registry row or a park ledger says of an enterprise: every field optional but the name. */
export interface EnterpriseText {
  name: string;
  /** 经营范围, as the business licence words it. */
  scope?: string;
  description?: string;
  /** 主营产品. */
  products?: readonly string[];
  /** 国民经济行业 / 所属行业: a code (C3841, 3841) or a name (锂离子电池制造), or both in one cell. */
  industry?: string;
}

/** One segment an enterprise may belong to, with the evidence read for it. */
export interface SegmentCandidate {
  segmentId: string;
  /** In [0, 1]: grows with the evidence (1 − e^−score), see classify-enterprise.ts. */
  confidence: number;
  score: number;
  /** In Chinese, for the review page: 经营范围含「正极材料」, 行业 3841 锂离子电池制造. */
  evidence: string[];
}

/** Placed: the segments above the confidence threshold are the enterprise's; review: a person decides. */
export interface Placement {
  decision: 'placed' | 'review';
  /** The segments placed (empty when the decision is review). */
  segmentIds: string[];
  /** Candidates, best first (at most PLACEMENT_DEFAULTS.candidates). */
  candidates: SegmentCandidate[];
}

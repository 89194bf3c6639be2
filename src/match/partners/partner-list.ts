import type { TextNorm } from '../../domain';
import type { TokenizerName } from '../../text/tokenizer';
import type { Reasons } from '../reasons';
import type { PartnerWhy } from './partner-reasons';
import { EngineError } from '../engine-error';
import { DEFAULT_WEIGHTS, PartnerWeights } from '../weights';

/** The partner engine's query, its settings and its answer (find-partners.ts says how it ranks). */
export const PARTNERS_DEFAULTS = {
  limit: 20,
  maxPerSegment: 5,
  tokenizer: 'bigram' as TokenizerName,
  weights: DEFAULT_WEIGHTS.partners,
} as const;

export type Direction = 'upstream' | 'downstream';

export interface PartnerQuery {
  enterpriseId: string;
  direction: Direction;
  limit?: number;
  maxPerSegment?: number;
  tokenizer?: TokenizerName;
  weights?: Partial<PartnerWeights>;
}

export interface PartnerComponents {
  segmentFit: number;
  textFit: number;
  proximity: number;
  quality: number;
  trust: number;
}

export interface PartnerCandidate {
  enterpriseId: string;
  name: string;
  score: number;
  components: PartnerComponents;
  via: { segmentId: string; segmentName: string; how: 'need' | 'feeds' | 'two-hops' | 'buyer-need' };
  orgPath: { from: string; to: string; type: string; reversed: boolean }[];
  /** Rendered from `via` and `why` each time it is read (explain-partner.ts): set `why`, not this. */
  readonly reasons: Reasons;
  /** The facts the reasons are rendered from (partner-reasons.ts): what a stored list keeps instead of them. */
  why: PartnerWhy;
  existingTie: boolean;
}

export interface PartnerResult {
  enterprise: { id: string; name: string };
  direction: Direction;
  candidates: PartnerCandidate[];
  existing: PartnerCandidate[];
  /** What normalised the candidates' text fit: a stored list keeps it to tell which edits can move it (partner-moves.ts). */
  textNorm: TextNorm;
}

/** A query with its defaults applied and checked, and the weights' sum. */
export interface Settled {
  limit: number;
  maxPerSegment: number;
  weights: PartnerWeights;
  weightSum: number;
}

export function settle(query: Omit<PartnerQuery, 'enterpriseId' | 'direction'>): Settled {
  const { limit = PARTNERS_DEFAULTS.limit, maxPerSegment = PARTNERS_DEFAULTS.maxPerSegment } = query;
  if (!(Number.isInteger(limit) && limit >= 1)) throw EngineError.badArgument('limit', 'must be a whole number ≥ 1');
  if (!(Number.isInteger(maxPerSegment) && maxPerSegment >= 1))
    throw EngineError.badArgument('maxPerSegment', 'must be a whole number ≥ 1');
  const weights = PartnerWeights.parse({ ...PARTNERS_DEFAULTS.weights, ...query.weights });
  const weightSum = Object.values(weights).reduce((a, b) => a + b, 0);
  return { limit, maxPerSegment, weights, weightSum };
}

import { z } from 'zod';

/**
 * Every engine's score is a weighted sum of named components in [0, 1] (docs/architecture.md, The
 * engines, in short). The weights live here, in one place; the API may override them per request,
 * and a request's weights are checked with these schemas.
 */
export const PartnerWeights = z
  .object({
    segmentFit: z.number().min(0).max(10).default(0.35),
    textFit: z.number().min(0).max(10).default(0.2),
    proximity: z.number().min(0).max(10).default(0.2),
    quality: z.number().min(0).max(10).default(0.1),
    trust: z.number().min(0).max(10).default(0.15),
  })
  .strict();
export type PartnerWeights = z.infer<typeof PartnerWeights>;

/**
 * Relevance is the expert profile's match with the problem (a cosine, the same scale in every
 * list) rather than BM25 relative to the list's best: good matches lie closer together, so it
 * weighs more than it did beside the other components (tuned on the generator's truth,
 * docs/quality.md: NDCG@10 0.65 with these, 0.62 with the former weights).
 */
export const ExpertWeights = z
  .object({
    relevance: z.number().min(0).max(10).default(0.7),
    skills: z.number().min(0).max(10).default(0.15),
    trackRecord: z.number().min(0).max(10).default(0.05),
    proximity: z.number().min(0).max(10).default(0.05),
    availability: z.number().min(0).max(10).default(0.05),
    /** A policy knob: 0 by default, so membership does not rank experts unless a park decides so. */
    partyMember: z.number().min(0).max(10).default(0),
  })
  .strict();
export type ExpertWeights = z.infer<typeof ExpertWeights>;

export const InstitutionWeights = z
  .object({
    relevance: z.number().min(0).max(10).default(0.6),
    proximity: z.number().min(0).max(10).default(0.25),
    trackRecord: z.number().min(0).max(10).default(0.15),
  })
  .strict();
export type InstitutionWeights = z.infer<typeof InstitutionWeights>;

export const ResponderWeights = z
  .object({
    instructor: z.number().min(0).max(10).default(0.35),
    region: z.number().min(0).max(10).default(0.2),
    skills: z.number().min(0).max(10).default(0.25),
    availability: z.number().min(0).max(10).default(0.2),
  })
  .strict();
export type ResponderWeights = z.infer<typeof ResponderWeights>;

/** A department (部门接单) by its remit's fit to the request, its place and how much it already carries. */
export const DepartmentWeights = z
  .object({
    remit: z.number().min(0).max(10).default(0.45),
    topics: z.number().min(0).max(10).default(0.2),
    region: z.number().min(0).max(10).default(0.15),
    availability: z.number().min(0).max(10).default(0.2),
  })
  .strict();
export type DepartmentWeights = z.infer<typeof DepartmentWeights>;

export const DEFAULT_WEIGHTS = {
  responders: ResponderWeights.parse({}),
  departments: DepartmentWeights.parse({}),
  partners: PartnerWeights.parse({}),
  experts: ExpertWeights.parse({}),
  institutions: InstitutionWeights.parse({}),
} as const;

/** A weighted sum of components, divided by the sum of weights so a score stays in [0, 1]. */
export function weightedScore<K extends string>(
  components: { [key in K]: number },
  weights: { [key in K]: number },
): number {
  let total = 0;
  let weightSum = 0;
  for (const key of Object.keys(weights) as K[]) {
    total += (weights[key] ?? 0) * (components[key] ?? 0);
    weightSum += weights[key] ?? 0;
  }
  return weightSum === 0 ? 0 : total / weightSum;
}

import { z } from 'zod';
import { SyntheticMark } from './synthetic.schema';

/** One step of the organisational path that can make an introduction. */
export const OrgHop = z
  .object({ from: z.string(), to: z.string(), type: z.string(), reversed: z.boolean() })
  .meta({ id: 'OrgHop' });
export type OrgHop = z.infer<typeof OrgHop>;

/**
 * What a stored candidate carries beside its rank and reasons, by engine: partners the segment it
 * fits through and the organisational path; experts the skills they cover and their employer.
 * Components are the score's parts (null where masked for the role).
 */
export const CandidateDetail = z
  .object({
    components: z.record(z.string(), z.number().nullable()).optional(),
    via: z
      .object({
        segmentId: z.string(),
        segmentName: z.string(),
        how: z.enum(['need', 'feeds', 'two-hops', 'buyer-need']),
      })
      .optional(),
    orgPath: z.array(OrgHop).optional(),
    coveredSkills: z.array(z.object({ skill: z.string(), by: z.string(), score: z.number() })).optional(),
    employer: z.string().nullable().optional(),
    masked: z.array(z.string()).optional().describe('Fields masked for the role (components.partyMember)'),
  })
  .meta({ id: 'CandidateDetail' });
export type CandidateDetail = z.infer<typeof CandidateDetail>;

/** One ranked candidate of a stored list, as answered. */
export const CandidateOut = z
  .object({
    id: z.string(),
    kind: z.string(),
    name: z.string().nullable(),
    synthetic: SyntheticMark,
    rank: z.number().int(),
    score: z.number(),
    reasons: z.array(z.string()).describe('Why, in Chinese, as shown to users'),
    reasonsEn: z.array(z.string()).describe('The same reasons in English'),
    detail: CandidateDetail.describe('Score components, the segment it fits through, the organisational path'),
  })
  .meta({ id: 'Candidate' });
export type CandidateOut = z.infer<typeof CandidateOut>;

import { z } from 'zod';
import { ChainInRegion, NamedRef, Reasons } from './reasons.schema';

/** One supplier and buyer pair to seat at a supply-demand meeting. */
export const Meeting = z
  .object({ supplier: NamedRef, buyer: NamedRef, score: z.number(), reasons: Reasons })
  .meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof Meeting>;

/** 供需对接会: the meetings of a chain in a region, best first. */
export const MeetingPlan = z
  .object({
    ...ChainInRegion,
    participants: z.number().int(),
    meetings: z.array(Meeting),
    totalScore: z.number(),
  })
  .meta({ id: 'MeetingPlan' });
export type MeetingPlan = z.infer<typeof MeetingPlan>;

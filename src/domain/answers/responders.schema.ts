import { z } from 'zod';
import { Reasons } from './reasons.schema';

/** Who could answer a service request, ranked. */
export const Responder = z
  .object({
    personId: z.string(),
    name: z.string(),
    score: z.number(),
    components: z.object({ instructor: z.number(), region: z.number(), skills: z.number(), availability: z.number() }),
    load: z.object({ current: z.number(), max: z.number() }),
    reasons: Reasons,
  })
  .meta({ id: 'Responder' });
export type Responder = z.infer<typeof Responder>;

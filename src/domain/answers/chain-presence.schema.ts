import { z } from 'zod';

/** A chain as a region has it: how many of the region's enterprises make one of its segments. */
export const ChainPresence = z
  .object({
    id: z.string(),
    name: z.string(),
    enterprises: z.number().int().describe('Enterprises in the region (or below it) making a segment of the chain'),
  })
  .meta({ id: 'ChainPresence' });
export type ChainPresence = z.infer<typeof ChainPresence>;

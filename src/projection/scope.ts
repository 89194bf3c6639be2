import { z } from 'zod';
import { Id } from '../domain';

/**
 * What a job projects (docs/architecture.md, A job's path): a region with its sub-regions, and/or
 * a set of chains. No region: every region. No chains: every chain. Neither: the whole graph.
 */
export const Scope = z.object({
  regionId: Id.optional(),
  chainIds: z.array(Id).max(100).optional(),
});
export type Scope = z.infer<typeof Scope>;

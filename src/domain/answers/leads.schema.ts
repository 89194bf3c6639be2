import { z } from 'zod';
import { ChainMap, SegmentStatus } from './chain-map.schema';
import { Reasons } from './reasons.schema';
import { SyntheticMark } from './synthetic.schema';

/** 招商线索: an enterprise outside the region that would close some of its gaps. */
export const Lead = z
  .object({
    enterpriseId: z.string(),
    name: z.string(),
    synthetic: SyntheticMark,
    score: z.number(),
    segments: z.array(z.object({ id: z.string(), name: z.string(), status: SegmentStatus })),
    components: z.object({
      demand: z.number(),
      ties: z.number(),
      quality: z.number(),
      distance: z.number(),
      orgTies: z.number(),
    }),
    suppliesLocal: z.array(z.string()).describe('Local enterprises it already supplies'),
    reasons: Reasons,
  })
  .meta({ id: 'Lead' });
export type Lead = z.infer<typeof Lead>;

/** A stored gap map: the map and its ranked leads. */
export const GapMap = z.object({ map: ChainMap, leads: z.array(Lead) });
export type GapMap = z.infer<typeof GapMap>;

/** What attracting some leads would change: the gaps that close, who gains a local supplier, the map after. */
export const WhatIf = z
  .object({
    added: z.array(z.string()),
    closed: z.array(z.object({ segmentId: z.string(), name: z.string(), from: SegmentStatus, to: SegmentStatus })),
    gainLocalSupplier: z
      .array(z.object({ enterpriseId: z.string(), segmentId: z.string() }))
      .describe('Local enterprises that would have a local supplier for a segment they buy, where they had none'),
    after: ChainMap,
  })
  .meta({ id: 'WhatIf' });
export type WhatIf = z.infer<typeof WhatIf>;

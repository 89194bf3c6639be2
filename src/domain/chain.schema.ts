import { z } from 'zod';
import { NodeBase, Name, Text, ShortList } from './common.schema';
import { SegmentStage } from './enums';

/** 产业链, e.g. 锂电池. */
export const Chain = NodeBase.extend({
  name: Name,
  description: Text.default(''),
  aliases: z.array(Name).max(50).default([]),
});
export type Chain = z.infer<typeof Chain>;

/** 环节: one step of a chain; FEEDS ties segments into an input-output template. */
export const Segment = NodeBase.extend({
  name: Name,
  stage: SegmentStage,
  keywords: ShortList.default([]),
  description: Text.default(''),
  industryCodes: z.array(z.string().regex(/^\d{3,4}$/u, 'a GB/T 4754 中类 or 小类 code')).default([]),
});
export type Segment = z.infer<typeof Segment>;

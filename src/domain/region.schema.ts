import { z } from 'zod';
import { NodeBase, Name } from './common.schema';
import { RegionLevel } from './enums';

/** 省 > 市 > 区 > 园区; nesting is the PART_OF relationship, not a property. */
export const Region = NodeBase.extend({
  name: Name,
  level: RegionLevel,
  /** Administrative division code (GB/T 2260), when known. */
  code: z
    .string()
    .regex(/^\d{6,12}$/, 'code must be 6-12 digits')
    .optional(),
  aliases: z.array(Name).max(50).default([]),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});
export type Region = z.infer<typeof Region>;

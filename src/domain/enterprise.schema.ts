import { z } from 'zod';
import { NodeBase, Name, Text, ShortList } from './common.schema';
import { EnterpriseScale, EnterpriseTag } from './enums';
import { usccProblem } from './uscc';

export const Uscc = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((code, ctx) => {
    const problem = usccProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: `invalid USCC: ${problem}` });
  });

export const Enterprise = NodeBase.extend({
  /** Full registered name, e.g. 江苏省镇江船厂（集团）有限公司. */
  name: Name,
  /** Short names people use (镇江船厂); name resolution matches these too. */
  aliases: z.array(Name).max(50).default([]),
  uscc: Uscc.optional(),
  scale: EnterpriseScale.optional(),
  tags: z.array(EnterpriseTag).max(20).default([]),
  /** What it makes, in words (the IN_SEGMENT ties say where that sits in a chain). */
  products: ShortList.default([]),
  /** What it needs to buy, in words (the NEEDS ties say which segments). */
  needs: ShortList.default([]),
  description: Text.default(''),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});
export type Enterprise = z.infer<typeof Enterprise>;

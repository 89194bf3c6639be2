import { z } from 'zod';
import { NodeBase, Name, Text } from './common.schema';
import { InstitutionKind } from './enums';

/** 高校 / 实验室 / 研究院. */
export const Institution = NodeBase.extend({
  name: Name,
  kind: InstitutionKind,
  aliases: z.array(Name).max(50).default([]),
  description: Text.default(''),
});
export type Institution = z.infer<typeof Institution>;

import { z } from 'zod';
import { NodeBase, Name, Text } from './common.schema';
import { PartyOrgKind } from './enums';

/** 党工委 / 党委 / 党总支 / 党支部 / 联合党支部 / 产业链党委 / 产业链党支部. */
export const PartyOrg = NodeBase.extend({
  name: Name,
  kind: PartyOrgKind,
  aliases: z.array(Name).max(50).default([]),
  /** Number of party members, when stated. */
  members: z.number().int().min(0).optional(),
  description: Text.default(''),
});
export type PartyOrg = z.infer<typeof PartyOrg>;

import { z } from 'zod';
import { NodeBase, Name, Text, ShortList, IsoDate } from './common.schema';
import { ProblemStatus, TeamKind } from './enums';

/** 技术难题 / 卡脖子 item on the red-chain tackling list (红链技术攻坚榜). */
export const Problem = NodeBase.extend({
  title: Name,
  description: Text.default(''),
  /** Skills the solving team needs; the consortium must cover each. */
  skills: ShortList.default([]),
  status: ProblemStatus.default('published'),
  teamSize: z.number().int().min(1).max(50).default(5),
  deadline: IsoDate.optional(),
  /** Bounty in 万元 when the list states one. */
  bounty: z.number().min(0).optional(),
});
export type Problem = z.infer<typeof Problem>;

/** 攻关联合体 / 党员突击队 / 先锋队. */
export const Team = NodeBase.extend({
  name: Name,
  kind: TeamKind,
  description: Text.default(''),
});
export type Team = z.infer<typeof Team>;

/** The statuses a problem is moved to along the tackling workflow (draft is where it starts). */
export const ProblemStepTo = z.enum(['published', 'claimed', 'in_progress', 'accepted', 'closed']);
export type ProblemStepTo = z.infer<typeof ProblemStepTo>;

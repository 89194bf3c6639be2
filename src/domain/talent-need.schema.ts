import { z } from 'zod';
import { IsoDate, Name, NodeBase, ShortList, Text } from './common.schema';
import { TalentLevel, TalentNeedStatus } from './talent-enums';

/**
 * 人才需求: a position an enterprise wants filled — the role (its title), the skills it asks for,
 * the level, how many people, and when it was posted and filled. It is tied to the enterprise by
 * NEEDED_BY; its region and chains are the enterprise's. The chain's scarce-talent catalogue
 * (急需紧缺人才目录) is drawn from the open ones.
 */
export const TalentNeed = NodeBase.extend({
  /** The role, as the enterprise names it (技术经理, 焊接技师). */
  title: Name,
  skills: ShortList.default([]),
  level: TalentLevel.default('engineer'),
  /** How many people the enterprise wants for the role. */
  count: z.number().int().min(1).max(10_000).default(1),
  description: Text.default(''),
  status: TalentNeedStatus.default('open'),
  /** When the enterprise posted it (the business date). */
  postedAt: IsoDate,
  /** When it was filled: set with a hire recorded as an outcome. */
  filledAt: IsoDate.optional(),
});
export type TalentNeed = z.infer<typeof TalentNeed>;

import type { z } from 'zod';
import { labelled } from './labelled';

/** 人才层次: how senior a talent need is, from skilled workers to leading talent. */
export const TalentLevels = labelled(
  ['skilled', 'engineer', 'senior', 'leading'],
  { skilled: '技能人才', engineer: '工程技术人才', senior: '高层次人才', leading: '领军人才' },
  { skilled: 'skilled worker', engineer: 'engineer', senior: 'senior talent', leading: 'leading talent' },
  { 技能: 'skilled', 技工: 'skilled', 工程师: 'engineer', 高层次: 'senior', 领军: 'leading' },
);
export const TalentLevel = TalentLevels.schema;
export type TalentLevel = z.infer<typeof TalentLevel>;

/** Whether a talent need is still open or was filled (a hire recorded, or the enterprise said so). */
export const TalentNeedStatuses = labelled(
  ['open', 'filled', 'withdrawn'],
  { open: '招聘中', filled: '已到岗', withdrawn: '已撤回' },
  { open: 'open', filled: 'filled', withdrawn: 'withdrawn' },
);
export const TalentNeedStatus = TalentNeedStatuses.schema;
export type TalentNeedStatus = z.infer<typeof TalentNeedStatus>;

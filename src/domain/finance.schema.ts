import { z } from 'zod';
import { IsoDate, Name, NodeBase, Text } from './common.schema';
import { labelled } from './labelled';

/** 贷款 / 股权 / 担保: what kind of money an enterprise seeks, and what a product provides. */
export const FinancingKinds = labelled(
  ['loan', 'equity', 'guarantee'],
  { loan: '贷款', equity: '股权融资', guarantee: '融资担保' },
  { loan: 'loan', equity: 'equity', guarantee: 'guarantee' },
  { 债权: 'loan', 信贷: 'loan', 股权: 'equity', 担保: 'guarantee' },
);
export const FinancingKind = FinancingKinds.schema;
export type FinancingKind = z.infer<typeof FinancingKind>;

/** Where an enterprise stands: products are written for some of these (种子期 … 成熟期). */
export const FinancingStages = labelled(
  ['seed', 'startup', 'growth', 'expansion', 'mature'],
  { seed: '种子期', startup: '初创期', growth: '成长期', expansion: '扩张期', mature: '成熟期' },
  { seed: 'seed', startup: 'start-up', growth: 'growth', expansion: 'expansion', mature: 'mature' },
);
export const FinancingStage = FinancingStages.schema;
export type FinancingStage = z.infer<typeof FinancingStage>;

export const FinancingNeedStatuses = labelled(
  ['open', 'signed', 'withdrawn'],
  { open: '对接中', signed: '已签约', withdrawn: '已撤回' },
  { open: 'open', signed: 'signed', withdrawn: 'withdrawn' },
);
export const FinancingNeedStatus = FinancingNeedStatuses.schema;
export type FinancingNeedStatus = z.infer<typeof FinancingNeedStatus>;

/** An amount of money in yuan (not 万元): up to a trillion. */
export const Yuan = z.number().int().min(1).max(1_000_000_000_000);

/** 融资需求: what an enterprise seeks (SOUGHT_BY the enterprise), posted at a 银企对接 or to the park. */
export const FinancingNeed = NodeBase.extend({
  title: Name,
  kind: FinancingKind,
  amountYuan: Yuan,
  stage: FinancingStage.optional(),
  purpose: Text.default(''),
  /** When the money is needed by. */
  dueDate: IsoDate.optional(),
  status: FinancingNeedStatus.default('open'),
  /**
   * When the enterprise posted it (POST /financing-needs: today unless said). A signing dated
   * before it is refused; needs recorded without it are not checked.
   */
  postedAt: IsoDate.optional(),
  /** The day of its first signing (financing_signed), set when the outcome is recorded. */
  signedAt: IsoDate.optional(),
});
export type FinancingNeed = z.infer<typeof FinancingNeed>;

/**
 * 金融产品: a bank's loan, a fund's investment, a guarantor's cover (OFFERED_BY the bank or fund),
 * for the chains it is FOR_CHAIN and the regions it SERVES. An absent range, no stages or no
 * industries means the provider did not restrict it: any fits.
 */
export const FinancialProduct = NodeBase.extend({
  name: Name,
  kinds: z.array(FinancingKind).min(1).max(3),
  minAmountYuan: Yuan.optional(),
  maxAmountYuan: Yuan.optional(),
  stages: z.array(FinancingStage).max(5).default([]),
  /** GB/T 4754-2017 codes (C39, C3841, 3841): an enterprise fits when its industry starts with one. */
  industries: z.array(z.string().trim().min(1).max(10)).max(50).default([]),
  description: Text.default(''),
});
export type FinancialProduct = z.infer<typeof FinancialProduct>;

/** 银企对接会 held: when, and what it came to as its organisers tallied it (signings, banks, amount). */
export const FinancingMeeting = NodeBase.extend({
  title: Name,
  date: IsoDate,
  enterprisesSigned: z.number().int().min(0).max(100_000).optional(),
  providersSigned: z.number().int().min(0).max(10_000).optional(),
  amountSignedYuan: Yuan.optional(),
  note: Text.default(''),
});
export type FinancingMeeting = z.infer<typeof FinancingMeeting>;

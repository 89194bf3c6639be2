import { z } from 'zod';
import { FinancingKind, FinancingNeedStatus, FinancingStage } from '../finance.schema';
import { NamedRef, Reasons } from './reasons.schema';

/** A financing need as listed: with the enterprise seeking it, where it is and the chains it is on. */
export const FinancingNeedItem = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: FinancingKind,
    amountYuan: z.number(),
    stage: FinancingStage.nullable(),
    purpose: z.string(),
    dueDate: z.string().nullable(),
    status: FinancingNeedStatus,
    source: z.string().nullable(),
    enterprise: NamedRef,
    region: NamedRef.nullable(),
    chains: z.array(NamedRef),
  })
  .meta({ id: 'FinancingNeedItem' });
export type FinancingNeedItem = z.infer<typeof FinancingNeedItem>;

/** A bank's or fund's product as listed: its provider, the chains it is written for and the regions it serves. */
export const FinancialProductItem = z
  .object({
    id: z.string(),
    name: z.string(),
    kinds: z.array(FinancingKind),
    minAmountYuan: z.number().nullable(),
    maxAmountYuan: z.number().nullable(),
    stages: z.array(FinancingStage),
    industries: z.array(z.string()),
    description: z.string(),
    source: z.string().nullable(),
    provider: NamedRef,
    chains: z.array(NamedRef),
    regions: z.array(NamedRef).describe('Regions served (and below them); none: anywhere'),
  })
  .meta({ id: 'FinancialProductItem' });
export type FinancialProductItem = z.infer<typeof FinancialProductItem>;

/** Each part of a need–product score, in [0, 1]; the score is their weighted sum. */
export const FinanceComponents = z
  .object({
    kind: z.number(),
    amount: z.number(),
    sector: z.number(),
    region: z.number(),
    stage: z.number(),
    trust: z.number().describe('The provider’s recorded signings with enterprises of the same chain'),
  })
  .meta({ id: 'FinanceComponents' });

const Scored = { score: z.number(), rank: z.number().int(), components: FinanceComponents, reasons: Reasons };

/** 需求 → 产品: the products proposed for one need. */
export const NeedProducts = z
  .object({
    need: FinancingNeedItem,
    candidates: z.array(z.object({ product: FinancialProductItem, ...Scored })),
  })
  .meta({ id: 'NeedProducts' });
export type NeedProducts = z.infer<typeof NeedProducts>;

/** 产品 → 企业: the open needs one product fits. */
export const ProductNeeds = z
  .object({
    product: FinancialProductItem,
    candidates: z.array(z.object({ need: FinancingNeedItem, ...Scored })),
  })
  .meta({ id: 'ProductNeeds' });
export type ProductNeeds = z.infer<typeof ProductNeeds>;

/** 银企对接会: which enterprise meets which bank or fund, about which need and product. */
export const FinanceMeetingPlan = z
  .object({
    region: NamedRef,
    chain: NamedRef.nullable(),
    enterprises: z.number().int(),
    providers: z.number().int(),
    meetings: z.array(
      z.object({
        enterprise: NamedRef,
        provider: NamedRef,
        need: z.object({ id: z.string(), title: z.string() }),
        product: NamedRef,
        amountYuan: z.number(),
        score: z.number(),
        reasons: Reasons,
      }),
    ),
    amountYuan: z.number().describe('The sum the seated needs ask'),
    totalScore: z.number(),
  })
  .meta({ id: 'FinanceMeetingPlan' });
export type FinanceMeetingPlan = z.infer<typeof FinanceMeetingPlan>;

/** A 银企对接会 held, with its organisers' tallies (the articles' figures). */
export const FinancingMeetingItem = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string(),
    region: NamedRef.nullable(),
    enterprisesSigned: z.number().nullable(),
    providersSigned: z.number().nullable(),
    amountSignedYuan: z.number().nullable(),
    note: z.string(),
    source: z.string().nullable(),
    attendees: z.array(NamedRef),
  })
  .meta({ id: 'FinancingMeetingItem' });
export type FinancingMeetingItem = z.infer<typeof FinancingMeetingItem>;

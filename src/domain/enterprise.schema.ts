import { z } from 'zod';
import { IsoDateTime, NodeBase, Name, Text, ShortList } from './common.schema';
import { EnterpriseScale, EnterpriseTag } from './enums';
import { usccProblem } from './uscc';

export const Uscc = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((code, ctx) => {
    const problem = usccProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: `invalid USCC: ${problem}` });
  });

/**
 * What the market-regulation registry says of an enterprise, as a roster gives it: kept as
 * written (a registry's dates and capital come in many spellings), read by 挂链 and shown.
 */
const RegistryFields = {
  /** 国民经济行业 / 所属行业: a GB/T 4754-2017 code (C3841, 3841), its name, or both. */
  industry: z.string().trim().max(200).optional(),
  /** 经营范围, as the business licence words it. */
  businessScope: Text.optional(),
  /** 住所 / 地址. */
  address: z.string().trim().max(500).optional(),
  /** 成立日期. */
  founded: z.string().trim().max(40).optional(),
  /** 注册资本, e.g. 5000万元人民币. */
  registeredCapital: z.string().trim().max(100).optional(),
  /** 登记状态: 存续, 在业, 开业 (an enterprise no longer so is not imported as active). */
  registrationStatus: z.string().trim().max(40).optional(),
};

/** The classifier keeps at most this many candidates of an enterprise waiting for review. */
export const PLACEMENT_CANDIDATES_KEPT = 3;

/**
 * 挂链 state kept on the enterprise itself, so that both stores and every export hold it. The
 * candidates waiting for review are one JSON string (PLACEMENT_CANDIDATES_KEPT of them, each a
 * segment id, a confidence and evidence lines): node properties in Neo4j are primitives or lists
 * of primitives, and a string is the one shape that also comes back unchanged from an XLSX or
 * CSV export, whose list cells are split on ；、, and read back as strings.
 */
const PlacementFields = {
  /**
   * pending: waiting in the review queue (the classifier was not confident enough to place it);
   * decided: a reviewer chose its segments. One state, so that a store lists either with one filter.
   */
  placementState: z.enum(['pending', 'decided']).optional(),
  /** JSON: [{ "segmentId": "…", "confidence": 0.52, "evidence": ["经营范围含「正极材料」"] }], best first. */
  placementCandidates: z.string().max(20_000).optional(),
  /** When the import put it in the queue. */
  placementQueuedAt: IsoDateTime.optional(),
  /** A reviewer's decision: a re-import neither asks again nor overrides the segments decided. */
  placementDecidedAt: IsoDateTime.optional(),
  /** The key that decided. */
  placementDecidedBy: z.string().trim().min(1).max(200).optional(),
};

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
  ...RegistryFields,
  ...PlacementFields,
});
export type Enterprise = z.infer<typeof Enterprise>;

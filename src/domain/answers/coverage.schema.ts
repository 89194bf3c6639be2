import { z } from 'zod';

export const SegmentCoverage = z
  .object({
    segmentId: z.string(),
    name: z.string(),
    enterprises: z.number().int(),
    covered: z.number().int().describe('Enterprises a party organisation covers (党组织覆盖)'),
  })
  .meta({ id: 'SegmentCoverage' });
export type SegmentCoverage = z.infer<typeof SegmentCoverage>;

/** How party organisations cover one chain (党建覆盖). */
export const ChainCoverage = z
  .object({
    chainId: z.string(),
    name: z.string(),
    enterprises: z.number().int(),
    covered: z.number().int().describe('Enterprises a party organisation covers (党组织覆盖)'),
    coverage: z.number().describe('covered / enterprises, 0 when there are none'),
    partyOrgs: z.number().int().describe('Party organisations on the chain or covering its enterprises'),
    membersStated: z.number().int().describe('Members the organisations state'),
    membersKnown: z.number().int().describe('People recorded as members'),
    membersManaged: z
      .number()
      .int()
      .describe(
        'Members co-managed here whose membership is elsewhere (流动党员, 双重管理): counted at their membership organisation, not in membersKnown',
      ),
    instructors: z.number().int().describe('People instructing its enterprises (党建指导员)'),
    pairings: z.number().int().describe('Pairings (结对共建) touching its organisations'),
    segments: z.array(SegmentCoverage),
  })
  .meta({ id: 'ChainCoverage' });
export type ChainCoverage = z.infer<typeof ChainCoverage>;

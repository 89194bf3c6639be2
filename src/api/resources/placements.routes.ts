import { z } from 'zod';
import { Id } from '../../domain/common.schema';
import { decidePlacementsInScope } from '../../use-cases/placement/decisions-in-scope';
import type { PlacementReviewItem } from '../../use-cases/placement/placement-review';
import { reviewPageInScope } from '../../use-cases/placement/review-in-scope';
import { route } from '../routing/route';
import { pageOf } from './pagination';
import { useCaseContext } from './use-case-context';

/** Who keeps the 挂链 review queue: park staff who place enterprises on chains (admins, secretaries). */
const REVIEWERS = ['admin', 'secretary'] as const;

const MAX_DECISIONS = 1000;
const MAX_SEGMENTS = 20;

const CandidateOut = z.object({
  segmentId: z.string(),
  segmentName: z.string(),
  chainId: z.string(),
  chainName: z.string(),
  confidence: z.number().min(0).max(1).describe('In [0, 1]; placed without review from the stated threshold up'),
  evidence: z.array(z.string()).describe('What the classifier read, in Chinese: 经营范围含「正极材料」, 行业 3841 …'),
});

const ReviewItemOut = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  regionId: z.string().nullable(),
  candidates: z.array(CandidateOut).describe('Segments it may belong to, best first'),
  importedAt: z.string().describe('When the import that left it for review ran'),
});
type ReviewItemOut = z.infer<typeof ReviewItemOut>;

const DecisionIn = z.object({
  enterpriseId: Id,
  segmentIds: z
    .array(Id)
    .max(MAX_SEGMENTS)
    .describe('The segments it belongs to, replacing those it had; empty: none of the chains’ segments fit'),
});

const DecisionsIn = z.object({
  decisions: z
    .array(DecisionIn)
    .min(1)
    .max(MAX_DECISIONS)
    .superRefine((decisions, ctx) => {
      const first = new Map<string, number>();
      decisions.forEach(({ enterpriseId }, i) => {
        const earlier = first.get(enterpriseId);
        if (earlier === undefined) first.set(enterpriseId, i);
        else ctx.addIssue({ code: 'custom', path: [i, 'enterpriseId'], message: `repeats decisions.${earlier}` });
      });
    }),
});

/** Only the fields the answer declares: the use case's items may carry more than the API promises. */
function shown(item: PlacementReviewItem): ReviewItemOut {
  return {
    enterpriseId: item.enterpriseId,
    enterpriseName: item.enterpriseName,
    regionId: item.regionId ?? null,
    candidates: item.candidates.map((c) => ({
      segmentId: c.segmentId,
      segmentName: c.segmentName,
      chainId: c.chainId,
      chainName: c.chainName,
      confidence: c.confidence,
      evidence: [...c.evidence],
    })),
    importedAt: item.importedAt,
  };
}

export const placementRoutes = [
  route({
    method: 'get',
    path: '/placements/review',
    tag: 'placements',
    summary: 'The 挂链 review queue: enterprises whose segments the classifier was not sure of',
    description:
      'Each with its candidate segments, their confidence and evidence, best first; a region-limited key sees the enterprises of its region only. Cursor pagination.',
    allow: REVIEWERS,
    query: z.object({
      regionId: Id.optional().describe('Only enterprises in this region or a region below it'),
      chainId: Id.optional().describe('Only enterprises with a candidate segment of this chain'),
      limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size, 1–200'),
      cursor: z.string().min(1).max(500).optional().describe('nextCursor of the previous page'),
    }),
    response: pageOf(ReviewItemOut),
    handle: async (input) => {
      const { query } = input;
      const page = await reviewPageInScope(useCaseContext(input), {
        limit: query.limit,
        ...(query.regionId ? { regionId: query.regionId } : {}),
        ...(query.chainId ? { chainId: query.chainId } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
      });
      return { items: page.items.map(shown), nextCursor: page.nextCursor ?? null };
    },
  }),

  route({
    method: 'post',
    path: '/placements/decisions',
    tag: 'placements',
    summary: 'Decide enterprises of the 挂链 review queue: their segments, or none',
    description:
      'Each decision makes the segments given the enterprise’s segments (IN_SEGMENT, placed by a reviewer), takes it out of the queue and is remembered, so a re-import does not ask again; empty segmentIds records that none fit. A decision naming an enterprise or segment not in the graph, or an enterprise outside a region-limited key’s region, is not written: those ids are answered in `unknown`.',
    allow: REVIEWERS,
    body: DecisionsIn,
    response: z.object({
      decided: z.number().int().describe('Enterprises decided'),
      placed: z.number().int().describe('Of those, enterprises placed in at least one segment (not none fit)'),
      unknown: z
        .array(z.string())
        .describe('Ids of decisions not written: enterprises or segments not in the graph, enterprises not the key’s'),
    }),
    handle: async (input) => decidePlacementsInScope(useCaseContext(input), input.body.decisions),
  }),
];

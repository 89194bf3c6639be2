import { z } from 'zod';
import type { Caller } from '../../access/caller';
import { maskExpertDetail } from '../../access/masking';
import type { CandidateType, NodeRef } from '../../domain';
import type { JobRequest } from '../../jobs/job-definitions';
import type { ApiContext } from '../api-context';

export const CandidateOut = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string().nullable(),
  rank: z.number().int(),
  score: z.number(),
  reasons: z.array(z.string()).describe('Why, in Chinese, as shown to users'),
  reasonsEn: z.array(z.string()).describe('The same reasons in English'),
  detail: z
    .record(z.string(), z.unknown())
    .describe('Score components, the segment it fits through, the organisational path'),
});

/** A stored list, or the job computing it when none is stored yet. */
export const ListAnswer = z.union([
  z.object({
    status: z.literal('ready'),
    computedAt: z.string().describe('When the list was computed (the latest stored run)'),
    runId: z.string(),
    candidates: z.array(CandidateOut),
  }),
  z.object({
    status: z.literal('computing'),
    jobId: z.string().describe('Follow it at /api/v1/jobs/{jobId}'),
    candidates: z.array(CandidateOut).length(0),
  }),
]);
export type ListAnswer = z.infer<typeof ListAnswer>;

/**
 * Serves the latest stored run of a list. With none stored yet (a new enterprise before its
 * job ran, a fresh install before the first full recompute), queues the job that computes it and
 * answers 202 with the job's id.
 */
export async function storedList(
  app: ApiContext,
  caller: Caller,
  type: CandidateType,
  from: NodeRef,
  qualifier: string,
  limit: number,
  compute: JobRequest,
  res: { status(code: number): unknown },
): Promise<ListAnswer> {
  const stored = await app.store.readCandidates(type, from, qualifier);
  if (!stored) {
    const [jobId] = await app.jobs.add([compute]);
    res.status(202);
    return { status: 'computing', jobId: jobId!, candidates: [] };
  }
  return {
    status: 'ready',
    computedAt: stored.computedAt,
    runId: stored.runId,
    candidates: stored.candidates.slice(0, limit).map((c) => {
      const { name, reasonsEn, ...detail } = (c.detail ?? {}) as Record<string, unknown>;
      const shown = c.to.kind === 'Person' ? maskExpertDetail(detail, caller.role) : detail;
      return {
        id: c.to.id,
        kind: c.to.kind,
        name: typeof name === 'string' ? name : null,
        rank: c.rank,
        score: c.score,
        reasons: c.reasons,
        reasonsEn: Array.isArray(reasonsEn) ? (reasonsEn as string[]) : [],
        detail: shown ?? {},
      };
    }),
  };
}

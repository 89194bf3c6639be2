import { z } from 'zod';
import type { Caller } from '../../access/caller';
import { maskExpertDetail } from '../../access/masking';
import {
  CandidateOut,
  type CandidateDetail,
  type CandidateType,
  type NodeRef,
  type StoredCandidates,
} from '../../domain';
import { AppError } from '../../shared/app-error';
import type { JobRequest } from '../../jobs/job-definitions';
import type { ApiContext } from '../api-context';

/** A stored list, or the job computing it when none is stored yet. */
export const ListAnswer = z
  .union([
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
  ])
  .meta({ id: 'CandidateList' });
export type ListAnswer = z.infer<typeof ListAnswer>;

/**
 * Serves the latest stored runs of a node's lists (one per qualifier: a direction, experts /
 * institutions), read in one round trip together with whether the node exists and where it is.
 * 404 when it does not exist; 403 when `scoped` and it lies outside the caller's region. A list
 * with no run stored yet (a new enterprise before its job ran, a fresh install before the first
 * full recompute) queues the job that computes it, once, and the answer is 202 with its id.
 */
export async function storedLists<Q extends string>(
  app: ApiContext,
  caller: Caller,
  request: {
    type: CandidateType;
    from: NodeRef;
    qualifiers: readonly Q[];
    limit: number;
    compute: JobRequest;
    /** Whether the node's region must lie in the caller's scope (enterprises; problems are not placed). */
    scoped: boolean;
  },
  res: { status(code: number): unknown },
): Promise<Record<Q, ListAnswer>> {
  const { type, from, qualifiers, limit, compute, scoped } = request;
  const what = `${from.kind} '${from.id}'`;
  const read = await app.store.readCandidateLists(type, from, qualifiers, limit);
  if (!read) throw AppError.notFound(what);
  if (scoped) await app.scopes.check(caller, read.regionIds, what);
  let jobId: string | undefined;
  if (qualifiers.some((q) => read.lists[q] === null)) {
    [jobId] = await app.jobs.add([compute]);
    res.status(202);
  }
  const answers = {} as Record<Q, ListAnswer>;
  for (const qualifier of qualifiers) {
    const stored = read.lists[qualifier] ?? null;
    answers[qualifier] = stored ? readyAnswer(stored, caller) : { status: 'computing', jobId: jobId!, candidates: [] };
  }
  return answers;
}

function readyAnswer(stored: StoredCandidates, caller: Caller): ListAnswer {
  return {
    status: 'ready',
    computedAt: stored.computedAt,
    runId: stored.runId,
    candidates: stored.candidates.map((c) => {
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
        // the detail result-sets.ts stored for the engine, its party membership masked for the role
        detail: (shown ?? {}) as CandidateDetail,
      };
    }),
  };
}

import { z } from 'zod';
import type { Caller } from '../../access/caller';
import { maskExpertDetail } from '../../access/masking';
import {
  candidateSetKey,
  CandidateOut,
  type CandidateDetail,
  type CandidateType,
  type NodeRef,
  type StoredCandidates,
} from '../../domain';
import type { JobRequest } from '../../jobs/job-definitions';
import { storedReasons } from '../../match/stored-reasons';
import type { JobQueue } from '../../jobs/job-queue';
import { AppError } from '../../shared/app-error';
import type { GraphStore } from '../../store/graph-store';
import type { UseCaseContext } from '../use-case-context';
import { renderedList } from './rendered-lists';

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

/** Which lists of which node are read, and the job that computes them when one is missing. */
export interface CandidateListsRequest<Q extends string> {
  type: CandidateType;
  from: NodeRef;
  qualifiers: readonly Q[];
  limit: number;
  compute: JobRequest;
  /** Whether the node's region must lie in the caller's scope (enterprises; problems are not placed). */
  scoped: boolean;
}

/** Each list as answered, and the same as JSON text for a caller that sends it on. */
export interface StoredListsAnswer<Q extends string> {
  lists: Record<Q, ListAnswer>;
  /** Each list's answer serialised: for a ready list, text made once per run, role and length. */
  json: Record<Q, string>;
  /** Whether a list had no run stored yet, and a job was queued to compute it. */
  computing: boolean;
}

/**
 * The latest stored runs of a node's lists (one per qualifier: a direction, experts /
 * institutions), read in one round trip together with whether the node exists and where it is.
 * 404 when it does not exist; 403 when `scoped` and it lies outside the caller's region. A list
 * with no run stored yet (a new enterprise before its job ran, a fresh install before the first
 * full recompute) queues the job that computes it, once; `computing` then says so.
 */
export async function storedCandidateLists<Q extends string>(
  ctx: Pick<UseCaseContext, 'store' | 'scopes' | 'caller'> & { jobs: JobQueue },
  request: CandidateListsRequest<Q>,
): Promise<StoredListsAnswer<Q>> {
  const { type, from, qualifiers, limit, compute, scoped } = request;
  const what = `${from.kind} '${from.id}'`;
  const read = await ctx.store.readCandidateLists(type, from, qualifiers, limit);
  if (!read) throw AppError.notFound(what);
  if (scoped) await ctx.scopes.check(ctx.caller, read.regionIds, what);
  let jobId: string | undefined;
  const computing = qualifiers.some((q) => read.lists[q] === null);
  if (computing) [jobId] = await ctx.jobs.add([compute]);
  const lists = {} as Record<Q, ListAnswer>;
  const json = {} as Record<Q, string>;
  for (const qualifier of qualifiers) {
    const stored = read.lists[qualifier] ?? null;
    if (stored) {
      const ready = readyAnswer(ctx.store, { type, from, qualifier, limit }, stored, ctx.caller);
      lists[qualifier] = ready.answer;
      json[qualifier] = ready.json;
    } else {
      lists[qualifier] = { status: 'computing', jobId: jobId!, candidates: [] };
      json[qualifier] = JSON.stringify(lists[qualifier]);
    }
  }
  return { lists, json, computing };
}

/**
 * A stored list as answered: its reasons rendered from the facts it keeps, in both languages, and
 * its experts' details masked for the caller's role — once per run, role and length
 * (rendered-lists.ts).
 */
function readyAnswer(
  store: GraphStore,
  list: { type: CandidateType; from: NodeRef; qualifier: string; limit: number },
  stored: StoredCandidates,
  caller: Caller,
): { answer: ListAnswer; json: string } {
  const { type, qualifier } = list;
  const setKey = candidateSetKey(list);
  const render = () =>
    stored.candidates.map((c): CandidateOut => {
      const reasons = storedReasons(type, qualifier, c.detail);
      const { name, why: _why, synthetic, ...detail } = c.detail ?? {};
      const shown = c.to.kind === 'Person' ? maskExpertDetail(detail, caller.role) : detail;
      return {
        id: c.to.id,
        kind: c.to.kind,
        name: typeof name === 'string' ? name : null,
        // marked when the list was computed (src/jobs/result-sets.ts): no lookup per candidate
        ...(synthetic === true ? { synthetic: true as const } : {}),
        rank: c.rank,
        score: c.score,
        reasons: reasons.zh,
        reasonsEn: reasons.en,
        // the detail result-sets.ts stored for the engine, its party membership masked for the role
        detail: (shown ?? {}) as CandidateDetail,
      };
    });
  const { runId, computedAt } = stored;
  const rendered = renderedList(store, { setKey, runId, computedAt, limit: list.limit, role: caller.role }, render);
  return { answer: { status: 'ready', computedAt, runId, candidates: [...rendered.candidates] }, json: rendered.json };
}

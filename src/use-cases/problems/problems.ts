import type { z } from 'zod';
import type { AccessStore } from '../../store/access-store';
import type { ProblemStepTo } from '../../domain';
import type { BundleProblem } from '../../ingest/bundle.schema';
import type { UseCaseContext } from '../use-case-context';
import { createRecord } from '../records/create-record';
import { readRecord, type StoredRecord } from '../records/stored-record';
import { refuseOutOfScope } from '../records/write-record';
import type { Move } from '../workflow/state-machine';
import { PROBLEM_WORKFLOW } from '../workflow/problem-workflow';
import { transition, type WorkflowSubject } from '../workflow/transition';

type StoredProblem = StoredRecord<'Problem'>;

/** Where an enterprise or institution (a problem's poster) is located; none when it is neither. */
async function regionsOfOrg(ctx: UseCaseContext, id: string): Promise<string[]> {
  const [enterprise, institution] = await Promise.all([
    ctx.scopes.regionsOf('Enterprise', id),
    ctx.scopes.regionsOf('Institution', id),
  ]);
  return [...enterprise, ...institution];
}

/** A problem's poster's regions: a problem with no poster lies in no region (keys without one take its side). */
async function posterRegions(ctx: UseCaseContext, problemId: string): Promise<string[]> {
  const posters = await Promise.all(
    (['Enterprise', 'Institution'] as const).map((toKind) =>
      ctx.store.follow({ fromKind: 'Problem', ids: [problemId], type: 'POSTED', direction: 'in', toKind }),
    ),
  );
  const posterId = posters.flatMap((found) => found.nodes)[0]?.id;
  return posterId ? regionsOfOrg(ctx, posterId) : [];
}

/** A problem as stored; 404 when there is none. */
export const readProblem = (ctx: Pick<UseCaseContext, 'store'>, id: string): Promise<StoredProblem> =>
  readRecord(ctx.store, 'Problem', id);

const PROBLEM_SUBJECT: WorkflowSubject<StoredProblem> = {
  read: readProblem,
  regions: (ctx, id) => posterRegions(ctx, id),
};

/** Moves a problem one step along the tackling workflow (PROBLEM_WORKFLOW). */
export function moveProblem(ctx: UseCaseContext, id: string, move: Move<ProblemStepTo>): Promise<StoredProblem> {
  return transition(ctx, PROBLEM_WORKFLOW, PROBLEM_SUBJECT, id, move);
}

/**
 * Posts a problem (发榜): a region-limited key posts for the enterprises and institutions of its
 * own region, and adds only what lies in it.
 */
export function postProblem(ctx: UseCaseContext, problem: z.infer<typeof BundleProblem>): Promise<StoredProblem> {
  return createRecord(
    ctx,
    {
      kind: 'Problem',
      section: 'problems',
      action: 'problem.create',
      admit: async (ctx, record) => {
        if (problem.postedBy)
          await ctx.scopes.check(ctx.caller, await regionsOfOrg(ctx, problem.postedBy), `poster '${problem.postedBy}'`);
        await refuseOutOfScope(ctx.store, ctx.caller, 'problems', record);
      },
      read: readProblem,
    },
    problem,
  );
}

/** One step of a problem's history: who took it, as what role, when, and the note they left. */
export interface ProblemEvent {
  at: string;
  by: string;
  role: string;
  action: string;
  note: string | null;
}

/** Who did what to a problem and when, newest first (the audit log's entries about it); 404 for no problem. */
export async function problemHistory(
  { store, access }: { store: UseCaseContext['store']; access: Pick<AccessStore, 'listAudit'> },
  id: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: ProblemEvent[]; nextCursor: string | null }> {
  await readProblem({ store }, id);
  const entries = await access.listAudit({
    limit: page.limit,
    targetId: id,
    ...(page.cursor ? { cursor: page.cursor } : {}),
  });
  return {
    items: entries.items.map(({ at, keyId, role, action, after }) => ({
      at,
      by: keyId,
      role,
      action,
      note: (after as { note?: string } | null)?.note ?? null,
    })),
    nextCursor: entries.nextCursor,
  };
}

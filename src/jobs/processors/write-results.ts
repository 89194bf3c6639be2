import { randomUUID } from 'node:crypto';
import type { CandidateSet, Report } from '../../domain';
import type { JobContext } from './processor';

/**
 * Results are written as a new run (readers see the previous run or this one, never a mix: the
 * store replaces each list's record whole), in batches per store transaction.
 */

/** Reports written per store transaction: small enough to stay quick, large enough to be few. */
export const WRITE_BATCH = 500;

/**
 * Candidate lists per store call: each is one record of a few kB (no relationships per candidate),
 * so thousands go in one transaction; fewer, larger transactions are what made writing a run cheap.
 */
export const LISTS_PER_WRITE = 2000;

/**
 * Candidate sets, written as the last 20% of the job's progress (computing them is the rest).
 * `keepUnchanged`: a list recomputed the same keeps its stored run and is not written again (the
 * lists around an edited enterprise: most come out as they were).
 */
export async function writeSets(
  ctx: JobContext,
  sets: CandidateSet[],
  runId: string = randomUUID(),
  { keepUnchanged = false }: { keepUnchanged?: boolean } = {},
): Promise<void> {
  const computedAt = new Date().toISOString();
  for (let at = 0; at < sets.length; at += LISTS_PER_WRITE) {
    const batch = sets.slice(at, at + LISTS_PER_WRITE);
    await ctx.store.writeCandidateRun({ runId, computedAt, sets: batch, ...(keepUnchanged ? { keepUnchanged } : {}) });
    await ctx.progress(80 + Math.floor((20 * Math.min(sets.length, at + LISTS_PER_WRITE)) / sets.length));
  }
}

/** Reports, as one run (a new run id and the time now unless given). */
export async function writeReports(
  ctx: JobContext,
  reports: Report[],
  { runId = randomUUID(), computedAt = new Date().toISOString() }: { runId?: string; computedAt?: string } = {},
): Promise<void> {
  await ctx.store.writeReports({ runId, computedAt, reports });
}

import type { ReportKind } from '../domain';
import type { JobRequest } from '../jobs/job-definitions';
import type { JobQueue } from '../jobs/job-queue';
import type { GraphStore } from '../store/graph-store';

/** A stored report with when and in which run it was computed, or the job computing it. */
export type ReportOrJob<Payload> =
  { status: 'ready'; computedAt: string; runId: string; payload: Payload } | { status: 'computing'; jobId: string };

/**
 * The latest stored report of a kind and key; when none is stored yet, the job that computes it
 * is queued (a duplicate of a waiting one is absorbed) and named. The payload is what the
 * report's engine wrote: `Payload` is that engine's result.
 */
export async function reportOrJob<Payload>(
  { store, jobs }: { store: GraphStore; jobs: JobQueue },
  kind: ReportKind,
  key: string,
  job: JobRequest,
): Promise<ReportOrJob<Payload>> {
  const stored = await store.readReport(kind, key);
  if (stored)
    return { status: 'ready', computedAt: stored.computedAt, runId: stored.runId, payload: stored.payload as Payload };
  const [jobId] = await jobs.add([job]);
  return { status: 'computing', jobId: jobId! };
}

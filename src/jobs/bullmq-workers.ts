import { isNotWorthRetrying } from './job-failure';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type IORedis from 'ioredis';
import { z } from 'zod';
import type { Logger } from '../shared/logger';
import type { GraphStore } from '../store/graph-store';
import { describeIssue } from '../shared/describe-issue';
import { isJobName, parsePayload, QUEUE_NAMES, QUEUE_PREFIX, type JobName } from './job-definitions';
import type { JobQueue } from './job-queue';
import { PROCESSORS, type JobContext, type JobSummary } from './processors';
import type { ChangeLog } from './change-log';
import { changeHandler } from './change-handler';
import type { EscalationNotifier } from './escalation-notifier';
import { LiveProjection } from '../projection/live-projection';
import { warmEngines } from './warm-engines';
import type { SnapshotFile } from '../projection/projection-snapshot';

export interface WorkerOptions {
  connection: IORedis;
  store: GraphStore;
  /** Where processors add follow-up jobs (a full run's chunks). */
  queue: JobQueue;
  /** The graph's change log, which keeps this process's projection current. */
  changes: ChangeLog;
  concurrency: number;
  logger: Logger;
  /** Redis key prefix of the queues; the queue's own by default. */
  prefix?: string;
  /** How long a hold on a job lasts unrenewed; a job of a killed worker is taken up again after it. */
  lockMs?: number;
  /**
   * Load the projection at once instead of at the first job, and build what the engines derive
   * from it (warm-engines.ts; a worker process does).
   */
  warm?: boolean;
  /**
   * Keep the projection in this file between runs: start from it and the change log, rewrite it
   * every `saveEveryMs` when the graph changed (0: only after a full load) and when closing.
   */
  projectionSnapshot?: { file: SnapshotFile; saveEveryMs: number };
  /** Where escalations are told besides the inbox (ESCALATION_WEBHOOK_URL). */
  notifier?: EscalationNotifier | null;
}

/**
 * The BullMQ workers of this process: each job's payload is checked against its schema (a bad
 * one fails at once, without retry: retrying cannot fix it), then its processor runs. close()
 * lets running jobs finish, or hands them back for another worker once the lock lapses.
 */
export function startWorkers({
  connection,
  store,
  queue,
  changes,
  concurrency,
  logger,
  prefix = QUEUE_PREFIX,
  lockMs = 30_000,
  warm = false,
  projectionSnapshot,
  notifier = null,
}: WorkerOptions): {
  workers: Worker[];
  close(): Promise<void>;
} {
  const projection = new LiveProjection(store, changes, logger, {
    ...(projectionSnapshot ? { snapshot: projectionSnapshot.file } : {}),
  });
  const saving =
    projectionSnapshot && projectionSnapshot.saveEveryMs > 0
      ? setInterval(() => void projection.save(), projectionSnapshot.saveEveryMs).unref()
      : null;
  const changed = changeHandler(changes, queue);
  if (warm)
    projection
      .warm('worker start')
      .then(() => projection.read((graph) => warmEngines(graph)))
      .then((ms) => logger.info({ ms }, 'engines warmed'))
      .catch((error: unknown) =>
        // not fatal: the first job tries again
        logger.warn({ error: (error as Error).message }, 'could not load the projection at start'),
      );
  const run = async (job: Job): Promise<JobSummary> => {
    if (!isJobName(job.name)) throw new UnrecoverableError(`no job named '${job.name}'`);
    const name: JobName = job.name;
    let payload: unknown;
    try {
      payload = parsePayload(name, job.data);
    } catch (error) {
      if (!(error instanceof z.ZodError)) throw error;
      const issue = error.issues[0]!;
      throw new UnrecoverableError(`${name}: ${issue.path.join('.') || 'payload'} ${describeIssue(issue, job.data)}`);
    }
    const started = Date.now();
    const summary = await (PROCESSORS[name] as (p: unknown, c: unknown) => Promise<JobSummary>)(payload, {
      store,
      projection,
      changed,
      enqueue: async (requests: Parameters<JobQueue['add']>[0]) => void (await queue.add(requests)),
      progress: (percent: number) => job.updateProgress(Math.max(0, Math.min(100, Math.round(percent)))),
      reloadProjections: () => changes.appendReload(),
      // attemptsMade counts the runs before this one
      lastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
      ...(notifier ? { notifier } : {}),
    } satisfies JobContext).catch((error: unknown) => {
      if (isNotWorthRetrying(error)) throw new UnrecoverableError((error as Error).message);
      throw error;
    });
    logger.info({ job: job.id, name, ms: Date.now() - started, summary }, 'job done');
    return summary;
  };
  // a killed worker stops renewing its locks: after lockMs its jobs count as stalled and go back to
  // the queue for any worker (checked every lockMs / 2)
  const worker = new Worker(QUEUE_NAMES.recompute, run, {
    connection,
    concurrency,
    prefix,
    lockDuration: lockMs,
    stalledInterval: Math.max(500, Math.floor(lockMs / 2)),
  });
  worker.on('failed', (job, error) =>
    logger.warn({ job: job?.id, name: job?.name, attempts: job?.attemptsMade, error: error.message }, 'job failed'),
  );
  worker.on('error', (error) => logger.error({ error: error.message }, 'worker error'));
  return {
    workers: [worker],
    close: async () => {
      if (saving) clearInterval(saving);
      await worker.close();
      // the next start follows the change log from here rather than reading the whole graph
      if (projection.loaded) await projection.save();
    },
  };
}

import { randomUUID } from 'node:crypto';
import { Job, Queue } from 'bullmq';
import type IORedis from 'ioredis';
import { isJobName, QUEUE_NAMES, QUEUE_PREFIX, type JobRequest, type QueueRole } from './job-definitions';
import { checkedRequest, JOB_QUEUE_OF, type JobQueue, type JobStatus } from './job-queue';

/**
 * How every job is kept: retried with exponential backoff (a store or Redis blip passes), kept a
 * day when done and kept when failed, so an admin sees what failed and why.
 */
export const JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: false,
} as const;

/** Jobs added to BullMQ queues on Redis, deduplicated by business key. */
export class BullJobQueue implements JobQueue {
  readonly kind = 'bullmq';
  private readonly queues = new Map<QueueRole, Queue>();

  /**
   * `prefix`: the Redis key prefix of the queues (one per deployment; tests use their own).
   * `onError`: where connection errors go while Redis is away (ioredis reconnects by itself);
   * without it BullMQ would print each one.
   */
  constructor(
    private readonly connection: IORedis,
    readonly prefix: string = QUEUE_PREFIX,
    private readonly onError: (error: Error) => void = () => {},
  ) {}

  async add(requests: JobRequest[]): Promise<string[]> {
    const checked = requests.map(checkedRequest);
    const ids: string[] = [];
    for (const { name, payload, key, delayMs } of checked) {
      // keepLastIfActive: a duplicate that arrives while the job runs is kept (once) and runs after
      // it, so an edit made during a recompute is never lost; one that arrives while it waits is absorbed
      // a random id, not BullMQ's counter (1, 2, 3 …): a job's id, and so its report, must not be guessable;
      // a duplicate absorbed by the deduplication still answers with the waiting job's id
      const job = await this.queue(JOB_QUEUE_OF[name] as QueueRole).add(name, payload, {
        ...JOB_OPTIONS,
        jobId: randomUUID(),
        delay: delayMs,
        deduplication: { id: key, keepLastIfActive: true },
      });
      ids.push(job.id!);
    }
    return ids;
  }

  async status(id: string): Promise<JobStatus | null> {
    const job = await Job.fromId(this.queue('recompute'), id);
    if (!job || !isJobName(job.name)) return null;
    const state = await job.getState();
    const progress = typeof job.progress === 'number' ? job.progress : 0;
    return {
      id,
      name: job.name,
      payload: (job.data as Record<string, unknown> | null) ?? {},
      state:
        state === 'completed' || state === 'failed' || state === 'active' || state === 'delayed' ? state : 'waiting',
      progress: state === 'completed' ? 100 : progress,
      attempts: job.attemptsMade,
      result: state === 'completed' ? ((job.returnvalue as Record<string, unknown> | null) ?? null) : null,
      error: state === 'failed' ? (job.failedReason ?? 'failed') : null,
      createdAt: new Date(job.timestamp).toISOString(),
      finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    };
  }

  async schedule(request: JobRequest, cron: string): Promise<void> {
    const { name, payload, key } = checkedRequest(request);
    // one scheduler per job key: starting the API again, or with a new pattern, replaces it
    await this.queue(JOB_QUEUE_OF[name] as QueueRole).upsertJobScheduler(
      key,
      { pattern: cron },
      { name, data: payload, opts: { attempts: JOB_OPTIONS.attempts, backoff: JOB_OPTIONS.backoff } },
    );
  }

  /** The BullMQ queue of a role (for Bull Board, tests and job lookups). */
  queue(role: QueueRole): Queue {
    let queue = this.queues.get(role);
    if (!queue) {
      queue = new Queue(QUEUE_NAMES[role], { connection: this.connection, prefix: this.prefix });
      queue.on('error', this.onError);
      this.queues.set(role, queue);
    }
    return queue;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

import IORedis from 'ioredis';
import type { Config } from '../config/config';
import type { Logger } from '../shared/logger';
import type { GraphStore } from '../store/graph-store';
import { BullJobQueue } from './bullmq-job-queue';
import { ChangeReportingStore } from './change-reporting-store';
import { changeHandler } from './change-handler';
import { MemoryChangeLog, type ChangeLog } from './change-log';
import { RedisChangeLog } from './redis-change-log';
import { InlineJobQueue } from './inline-job-queue';
import { escalationNotifierOf } from './escalation-notifier';
import { UnloggedWrites } from './unlogged-writes';
import type { JobQueue } from './job-queue';

/**
 * The job system the configuration selects — BullMQ on REDIS_URL, else the in-process runner —
 * and the store the rest of the application writes through, which reports each change to the
 * planner so the matches it affects are recomputed in the background.
 */
export function openJobs(
  config: Config,
  store: GraphStore,
  logger: Logger,
): { queue: JobQueue; store: GraphStore; changes: ChangeLog; redis: IORedis | null; close(): Promise<void> } {
  // BullMQ's workers are other processes, so it serves a shared store only: the memory store's
  // jobs always run in process (REDIS_URL then serves the rest, such as rate limits)
  if (config.redis && store.kind === 'memory')
    logger.warn('REDIS_URL is set but the store is in memory: jobs run in this process, not on BullMQ');
  // BullMQ needs maxRetriesPerRequest null: its blocking commands wait for Redis to come back
  const redis =
    config.redis && store.kind === 'neo4j' ? new IORedis(config.redis.url, { maxRetriesPerRequest: null }) : null;
  // the rate limits' counts use this connection too: without a listener ioredis prints its errors
  // (a command in flight at shutdown, Redis restarting) to stderr as "unhandled", outside the log
  redis?.on('error', (error: Error) => logger.warn({ error: error.message }, 'Redis connection error'));
  const changes: ChangeLog = redis ? new RedisChangeLog(redis, config.jobs.queuePrefix) : new MemoryChangeLog();
  const queue: JobQueue = redis
    ? new BullJobQueue(redis, config.jobs.queuePrefix, (error) =>
        logger.warn({ error: error.message }, 'job queue: Redis connection error'),
      )
    : new InlineJobQueue(store, logger, changes, escalationNotifierOf(config));
  const changed = changeHandler(changes, queue, { debounceMs: config.jobs.debounceMs });
  const unlogged = new UnloggedWrites(changes, logger);
  const reporting = new ChangeReportingStore(store, async (graphChanges) => {
    try {
      await changed(graphChanges);
    } catch (error) {
      // the write itself succeeded: a queue outage must not fail it; the projections are told to
      // reload once the log answers again, and the next full run recomputes every list
      logger.error({ error: (error as Error).message, changes: graphChanges.length }, 'could not queue recomputes');
      unlogged.noted();
    }
  });
  return {
    queue,
    store: reporting,
    changes,
    redis,
    close: async () => {
      unlogged.close();
      await queue.close();
      await redis?.quit();
    },
  };
}

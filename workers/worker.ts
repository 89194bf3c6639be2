/**
 * npm run worker — a BullMQ worker process: takes recompute jobs from Redis (REDIS_URL, required)
 * and runs them against Neo4j (NEO4J_URI, required), WORKER_CONCURRENCY
 * at a time. Start it with the engine V8 flags (src/shared/engine-v8-flags.ts), as the npm script
 * and the Docker Compose file do. Start several for a faster full recompute: its chunks go to
 * whichever is free. SIGTERM lets running jobs finish, then closes.
 */
import IORedis from 'ioredis';
import { ConfigError, loadConfig } from '../src/config/config';
import { BullJobQueue } from '../src/jobs/bullmq-job-queue';
import { startWorkers } from '../src/jobs/bullmq-workers';
import { escalationNotifierOf } from '../src/jobs/escalation-notifier';
import { RedisChangeLog } from '../src/jobs/redis-change-log';
import { ENGINE_V8_FLAGS, hasEngineV8Flags } from '../src/shared/engine-v8-flags';
import { createLogger } from '../src/shared/logger';
import { shutdownOnSignals } from '../src/shared/shutdown';
import { openStore } from '../src/store/open-store';
import { checkRedisReachable, RedisUnreachableError } from '../src/jobs/redis-reachable';
import { Neo4jStartError } from '../src/store/neo4j/neo4j-start-error';
import { projectionSnapshotOf } from '../src/jobs/projection-snapshot-setting';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.redis)
    throw new ConfigError('REDIS_URL is required for a worker process (the embedded default runs jobs in process)');
  // a worker's memory store would be a copy of its own: its results would never reach the API
  if (!config.neo4j)
    throw new ConfigError('NEO4J_URI is required for a worker process: workers and the API share the graph in Neo4j');
  const logger = createLogger(config.logLevel, config.logFormat);
  // its BullMQ connection would wait for a Redis that is not there without end
  await checkRedisReachable(config.redis.url);
  const store = await openStore(config, { onWarning: (message) => logger.warn(message) });
  const connection = new IORedis(config.redis.url, { maxRetriesPerRequest: null });
  const queue = new BullJobQueue(connection, config.jobs.queuePrefix, (error) =>
    logger.warn({ error: error.message }, 'job queue: Redis connection error'),
  );
  const projectionSnapshot = projectionSnapshotOf(config);
  const workers = startWorkers({
    connection,
    store,
    queue,
    changes: new RedisChangeLog(connection, config.jobs.queuePrefix),
    concurrency: config.jobs.concurrency,
    logger,
    prefix: config.jobs.queuePrefix,
    lockMs: config.jobs.lockMs,
    warm: true,
    ...(projectionSnapshot ? { projectionSnapshot } : {}),
    notifier: escalationNotifierOf(config),
  });
  logger.info({ store: store.kind, concurrency: config.jobs.concurrency }, 'redchain worker started');
  if (!hasEngineV8Flags())
    logger.warn(
      { missing: ENGINE_V8_FLAGS },
      'worker started without the engine V8 flags (start it with `node --max-semi-space-size=64 dist/workers/worker.js`): its engines run about a quarter slower',
    );
  shutdownOnSignals(
    [
      { name: 'workers', run: () => workers.close() },
      { name: 'queue', run: () => queue.close() },
      { name: 'redis', run: async () => void (await connection.quit()) },
      { name: 'store', run: () => store.close() },
    ],
    logger,
    config.shutdownTimeoutMs,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `redchain worker: ${error instanceof ConfigError || error instanceof RedisUnreachableError || error instanceof Neo4jStartError ? error.message : ((error as Error).stack ?? String(error))}\n`,
  );
  process.exit(1);
});

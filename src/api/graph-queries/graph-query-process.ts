import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import type { Config } from '../../config/config';
import { LiveProjection } from '../../projection/live-projection';
import { projectionSnapshotOf } from '../../jobs/projection-snapshot-setting';
import { RedisChangeLog } from '../../jobs/redis-change-log';
import type { Logger } from '../../shared/logger';
import { shutdownOnSignals } from '../../shared/shutdown';
import { openStore } from '../../store/open-store';
import { serveGraphQueries } from './graph-query-server';

/** Tells a process the primary forked which part it plays, and where the graph-query socket is. */
export const ROLE_ENV = 'REDCHAIN_PROCESS_ROLE';
export const SOCKET_ENV = 'REDCHAIN_GRAPH_SOCKET';
export const GRAPH_QUERY_ROLE = 'graph-queries';

/**
 * Whether this configuration keeps the graph in a process of its own: it can when the graph is in
 * Neo4j and the change log in Redis, where that process can follow every API process's writes.
 */
export const graphInOwnProcess = (config: Config) => config.neo4j !== null && config.redis !== null;

/**
 * A socket for the graph-query process in a directory of its own that only this user can enter
 * (mkdtemp makes it 0700, whatever the umask), removed when the primary exits: a fixed name in the
 * shared temporary directory could be taken by another user or another container.
 */
export function graphSocketPath(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-graph-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'graph.sock');
}

/**
 * The graph-query process: the whole graph in memory, loaded from Neo4j at start and kept
 * current from the change log in Redis, answering the API processes' graph queries on a Unix
 * socket. One serves every API process, so the graph is held once, outside their heaps.
 */
export async function runGraphQueryProcess(config: Config, logger: Logger, socketPath: string): Promise<void> {
  // workers' patience with Neo4j: this process has no client waiting on its start
  const store = await openStore(config);
  const redis = new IORedis(config.redis!.url, { maxRetriesPerRequest: null });
  redis.on('error', (error: Error) => logger.warn({ error: error.message }, 'Redis connection error'));
  // the workers' snapshot: a restart reads it and follows the change log instead of all of Neo4j
  const snapshot = projectionSnapshotOf(config);
  const projection = new LiveProjection(store, new RedisChangeLog(redis, config.jobs.queuePrefix), logger, {
    ...(snapshot ? { snapshot: snapshot.file } : {}),
  });
  const saving =
    snapshot && snapshot.saveEveryMs > 0
      ? setInterval(() => void projection.save(), snapshot.saveEveryMs).unref()
      : null;
  const server = await serveGraphQueries(projection, socketPath, logger);
  logger.info({ socket: socketPath }, 'graph-query process listening');
  projection
    .warm('graph-query process start')
    .catch((error: unknown) =>
      logger.warn({ error: (error as Error).message }, 'graph not loaded at start; the next query starts the load'),
    );
  shutdownOnSignals(
    [
      { name: 'graph queries', run: () => server.close() },
      {
        name: 'projection snapshot',
        run: async () => {
          if (saving) clearInterval(saving);
          if (projection.loaded) await projection.save();
        },
      },
      { name: 'redis', run: async () => void (await redis.quit()) },
      { name: 'store', run: () => store.close() },
    ],
    logger,
    config.shutdownTimeoutMs,
  );
}

import cluster from 'node:cluster';
import { createApp } from './api/app';
import { runApiProcesses } from './api/api-processes';
import { listen } from './api/server';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './shared/logger';
import { shutdownOnSignals } from './shared/shutdown';
import { openStore } from './store/open-store';
import { MemoryGraphStore } from './store/memory/memory-graph-store';
import { DataFileError } from './store/memory/data-file-error';
import { openJobs } from './jobs/open-jobs';
import { BullJobQueue } from './jobs/bullmq-job-queue';
import { seedArticles } from './ingest/seed-articles.use-case';
import { openAccess } from './access/open-access';
import { RegionScopes } from './access/region-scope';
import { LiveProjection } from './projection/live-projection';
import { GraphQueryClient } from './api/graph-queries/graph-query-client';
import { InProcessGraphQueries, type GraphQueries } from './api/graph-queries/graph-queries';
import {
  GRAPH_QUERY_ROLE,
  graphInOwnProcess,
  graphSocketPath,
  ROLE_ENV,
  runGraphQueryProcess,
  SOCKET_ENV,
} from './api/graph-queries/graph-query-process';

/**
 * Composition root: config → store → jobs → API. With no NEO4J_URI and no REDIS_URL this is the
 * embedded default (memory store with a snapshot file, jobs run in process, the graph in memory
 * here). On Neo4j and Redis this process is the primary: it forks API_PROCESSES API processes
 * and the graph-query process, which run the rest of main in their roles.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const ownGraphProcess = graphInOwnProcess(config);
  if (cluster.isPrimary && (config.http.processes > 1 || ownGraphProcess)) {
    // this process only watches over the others
    runApiProcesses(
      config.http.processes,
      logger,
      config.shutdownTimeoutMs,
      ownGraphProcess ? graphSocketPath() : null,
    );
    return;
  }
  // set by the primary for the processes it forks, and only heeded there
  const graphSocket = cluster.isWorker ? process.env[SOCKET_ENV] : undefined;
  if (process.env[ROLE_ENV] === GRAPH_QUERY_ROLE && graphSocket) {
    await runGraphQueryProcess(config, logger, graphSocket);
    return;
  }
  // an API request while Neo4j is away answers 503 after a few seconds of retries, not thirty
  const onWarning = (message: string) => logger.warn(message);
  const rawStore = await openStore(config, { maxRetryMs: 5_000, onWarning });
  // keys and audit are read before anything is written: a damaged file stops the start here
  const access = openAccess(config, rawStore, { onWarning });
  // every write goes through the reporting store, whose changes queue the recomputes they affect
  const jobs = openJobs(config, rawStore, logger);
  const store = jobs.store;
  if (rawStore instanceof MemoryGraphStore && rawStore.isFresh) {
    // the embedded default is a demo: a data directory that never held anything gets the articles'
    // dataset (never a graph that is merely empty: its owner may have emptied it)
    const { counts } = await seedArticles(store);
    logger.info({ counts }, 'loaded the articles’ dataset into the empty memory store');
    // its lists, maps and candidates, so the API serves them from the first request on
    await jobs.queue.add([{ name: 'recompute.full', payload: {} }]);
  }
  if (config.jobs.recomputeCron)
    await jobs.queue.schedule({ name: 'recompute.full', payload: {} }, config.jobs.recomputeCron);
  // the graph in memory: another process's when the primary started one, else this process's
  const projection = graphSocket ? null : new LiveProjection(rawStore, jobs.changes, logger);
  const graph: GraphQueries = projection ? new InProcessGraphQueries(projection) : new GraphQueryClient(graphSocket!);
  const app = createApp({
    api: {
      store,
      access,
      scopes: new RegionScopes(store),
      jobs: jobs.queue,
      graph,
      logger,
      uploadDir: config.uploadDir,
    },
    adminKey: config.adminKey,
    protection: {
      corsOrigins: config.corsOrigins,
      perMinute: config.rateLimitPerMinute,
      authFailuresPerMinute: config.authFailuresPerMinute,
      trustProxy: config.trustProxy,
      redis: jobs.redis,
      prefix: config.jobs.queuePrefix,
    },
    readiness: [
      ...(jobs.redis ? [{ name: 'redis', check: async () => void (await jobs.redis!.ping()) }] : []),
      { name: 'keys', check: () => access.check() },
    ],
    queues: jobs.queue instanceof BullJobQueue ? [jobs.queue.queue('recompute')] : [],
  });
  const http = await listen(app, config.http.port, config.http.host);
  // search, coverage and what-if read the whole graph in memory: load it now, in the background,
  // so the first of them does not wait for it (stored lists and maps are served meanwhile)
  projection
    ?.warm('api start')
    .catch((error: unknown) =>
      logger.warn(
        { error: (error as Error).message },
        'projection not loaded at start; the first request that needs it will load it',
      ),
    );
  logger.info(
    { port: http.port, store: store.kind, jobs: jobs.queue.kind },
    `redchain listening on http://localhost:${http.port}`,
  );

  shutdownOnSignals(
    [
      { name: 'http', run: () => http.close() },
      { name: 'graph queries', run: () => graph.close() },
      { name: 'jobs', run: () => jobs.close() },
      { name: 'store', run: () => store.close() },
    ],
    logger,
    config.shutdownTimeoutMs,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataFileError) {
    process.stderr.write(`redchain: ${error.message}\n`);
  } else {
    process.stderr.write(`redchain: failed to start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});

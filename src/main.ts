import cluster from 'node:cluster';
import type { Express } from 'express';
import { createApp } from './api/app';
import { runApiProcesses } from './api/api-processes';
import { listen } from './api/server';
import { ConfigError, loadConfig, type Config } from './config/config';
import { createLogger, type Logger } from './shared/logger';
import { shutdownOnSignals } from './shared/shutdown';
import { openStore } from './store/open-store';
import { MemoryGraphStore } from './store/memory/memory-graph-store';
import { DataDirectoryLockedError, DataFileError } from './store/memory/data-file-error';
import { openJobs } from './jobs/open-jobs';
import { checkRedisReachable, RedisUnreachableError } from './jobs/redis-reachable';
import { checkNeo4jAnswers, Neo4jStartError } from './store/neo4j/neo4j-start-error';
import { BullJobQueue } from './jobs/bullmq-job-queue';
import { seedArticles } from './ingest/seed-articles.use-case';
import { seedDemo } from './ingest/seed-demo.use-case';
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
  const logger = createLogger(config.logLevel, config.logFormat);
  // once, before any process is forked: a wrong password or a service that is not there is said in
  // one line and ends the start, instead of API processes dying and restarting until the primary gives up
  if (cluster.isPrimary && config.neo4j) {
    await checkNeo4jAnswers(config.neo4j);
    if (config.redis) await checkRedisReachable(config.redis.url);
  }
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
  await serveApi(config, logger, graphSocket);
}

type Services = Awaited<ReturnType<typeof openServices>>;

/** An API process: the services, the demo data on a fresh embedded store, then the port. */
async function serveApi(config: Config, logger: Logger, graphSocket: string | undefined): Promise<void> {
  const services = await openServices(config, logger);
  const { rawStore, store, jobs } = services;
  await loadDemoIntoFreshStore(services, config.firstData, logger);
  // the open requests' escalations: overdue ones nothing queued, and in the embedded default
  // (whose delayed jobs died with its last process) the upcoming ones too
  await jobs.queue.add([{ name: 'sla.sweep', payload: { upcoming: jobs.queue.kind === 'inline' } }]);
  if (config.jobs.recomputeCron)
    await jobs.queue.schedule({ name: 'recompute.full', payload: {} }, config.jobs.recomputeCron);
  // the graph in memory: another process's when the primary started one, else this process's
  const projection = graphSocket ? null : new LiveProjection(rawStore, jobs.changes, logger);
  const graph: GraphQueries = projection ? new InProcessGraphQueries(projection) : new GraphQueryClient(graphSocket!);
  const http = await listenOrExplain(composeApp(config, services, graph, logger), config);
  warmInBackground(projection, logger);
  logger.info({ port: http.port, store: store.kind, jobs: jobs.queue.kind }, readyLine(config, http.port));
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

/** The store, the keys and the job queue, in the order a damaged or unreachable one should stop the start. */
async function openServices(config: Config, logger: Logger) {
  // an API request while Neo4j is away answers 503 after a few seconds of retries, not thirty
  const onWarning = (message: string) => logger.warn(message);
  const rawStore = await openStore(config, { maxRetryMs: 5_000, onWarning });
  // keys and audit are read before anything is written: a damaged file stops the start here
  const access = openAccess(config, rawStore, { onWarning });
  // every write goes through the reporting store, whose changes queue the recomputes they affect
  const jobs = openJobs(config, rawStore, logger);
  return { rawStore, store: jobs.store, access, jobs };
}

/**
 * The embedded default is a demo: a data directory that never held anything gets the demo world,
 * the articles' records inside a generated surrounding marked synthetic (never a graph that is
 * merely empty: its owner may have emptied it). REDCHAIN_FIRST_DATA=articles gives the articles
 * alone, none nothing.
 */
async function loadDemoIntoFreshStore(
  { rawStore, jobs }: Services,
  firstData: Config['firstData'],
  logger: Logger,
): Promise<void> {
  if (!(rawStore instanceof MemoryGraphStore && rawStore.isFresh) || firstData === 'none') return;
  const started = Date.now();
  // written past the change reports: one full recompute follows, not a job per record written
  const { counts } = firstData === 'demo' ? await seedDemo(rawStore) : await seedArticles(rawStore);
  const what = firstData === 'demo' ? 'the demo world' : 'the articles’ dataset';
  logger.info({ counts, ms: Date.now() - started }, `loaded ${what} into the empty memory store`);
  // its lists, maps and candidates, so the API serves them from the first request on
  await jobs.queue.add([{ name: 'recompute.full', payload: {} }]);
}

function composeApp(config: Config, { store, access, jobs }: Services, graph: GraphQueries, logger: Logger): Express {
  return createApp({
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
}

/** A port in use is a setting to change, not a crash: it is said in one line (see the catch below). */
class PortInUseError extends Error {
  constructor(port: number) {
    super(`port ${port} is in use — set PORT to another port`);
    this.name = 'PortInUseError';
  }
}

async function listenOrExplain(app: Express, config: Config): ReturnType<typeof listen> {
  try {
    return await listen(app, config.http.port, config.http.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(config.http.port);
    throw error;
  }
}

/**
 * Search, coverage and what-if read the whole graph in memory: load it now, in the background, so
 * the first of them does not wait for it (stored lists and maps are served meanwhile).
 */
function warmInBackground(projection: LiveProjection | null, logger: Logger): void {
  projection
    ?.warm('api start')
    .catch((error: unknown) =>
      logger.warn(
        { error: (error as Error).message },
        'projection not loaded at start; the first request that needs it will load it',
      ),
    );
}

/**
 * The one line a start is for: where to open the page and how to get in (every call needs a key;
 * the CLI makes one beside a running server).
 */
function readyLine(config: Config, port: number): string {
  const { host } = config.http;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const key = config.adminKey
    ? 'sign in with the key in REDCHAIN_ADMIN_KEY'
    : 'sign in with an API key; make one with: npm run -s redchain -- keys create --role admin --name <you>';
  return `redchain listening on http://${shown}:${port} — ${key}`;
}

main().catch((error: unknown) => {
  if (error instanceof DataDirectoryLockedError) {
    // most often `npm start` run twice: the first is serving already
    process.stderr.write(
      `redchain: another redchain (pid ${error.pid}) is running on the data directory ${error.dir} — use that one, or stop it first; a second server needs its own REDCHAIN_SNAPSHOT\n`,
    );
  } else if (
    error instanceof ConfigError ||
    error instanceof DataFileError ||
    error instanceof PortInUseError ||
    error instanceof RedisUnreachableError ||
    error instanceof Neo4jStartError
  ) {
    process.stderr.write(`redchain: ${error.message}\n`);
  } else {
    process.stderr.write(`redchain: failed to start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});

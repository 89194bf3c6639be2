import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import IORedis from 'ioredis';
import { CachedAccessStore } from '../../src/access/cached-access-store';
import { createApiKey } from '../../src/access/create-key';
import { FileAccessStore } from '../../src/access/file-access-store';
import { Neo4jAccessStore } from '../../src/store/neo4j/neo4j-access-store';
import { RegionScopes } from '../../src/access/region-scope';
import type { Role } from '../../src/domain/roles';
import { createApp } from '../../src/api/app';
import type { ApiContext } from '../../src/api/api-context';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { BullJobQueue } from '../../src/jobs/bullmq-job-queue';
import { startWorkers } from '../../src/jobs/bullmq-workers';
import { ChangeReportingStore } from '../../src/jobs/change-reporting-store';
import { changeHandler } from '../../src/jobs/change-handler';
import { MemoryChangeLog } from '../../src/jobs/change-log';
import { InlineJobQueue } from '../../src/jobs/inline-job-queue';
import type { JobQueue } from '../../src/jobs/job-queue';
import { LiveProjection } from '../../src/projection/live-projection';
import { InProcessGraphQueries } from '../../src/api/graph-queries/graph-queries';
import { RedisChangeLog } from '../../src/jobs/redis-change-log';
import { createLogger } from '../../src/shared/logger';
import type { GraphStore } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { RedisStoreEpoch } from '../../src/store/redis-store-epoch';
import { validBundle } from './bundle-fixture';
import { talentBundle } from './talent-fixture';
import { uniquePrefix } from './fixtures';
import { until } from './until';
import { neo4jSettingsFromEnv } from './neo4j-env';

export const BOOTSTRAP_ADMIN_KEY = 'test-bootstrap-admin-key-0123456789';

/** Keys of the harness: one per role with no region limit, and secretaries limited to the park or another region. */
export type HarnessKey = Role | 'secretaryInPark' | 'secretaryElsewhere';

export interface ApiHarness {
  app: Express;
  /** The id prefix of the harness's own data (validBundle(p): a province, city and park, 40 enterprises…). */
  p: string;
  raw: Neo4jGraphStore;
  api: ApiContext;
  keys: Record<HarnessKey, string>;
  /** `Authorization` header of a key. */
  auth(key: HarnessKey): { Authorization: string };
  /** Resolves once no job is waiting, delayed or running (the lists read next will not change under the test). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The API as a park deploys it, in process: the real Neo4j and Redis of the test run, BullMQ
 * with a worker in this process, keys in Neo4j. The data is validBundle under a prefix of its
 * own, plus a second region outside it, so tests never see each other's data.
 */
export async function neo4jApi(name: string): Promise<ApiHarness> {
  const p = uniquePrefix(name);
  const prefix = `test-${p}`;
  // as a deployment with Redis opens it (open-store.ts): list reads held while the epoch stands
  const epoch = await RedisStoreEpoch.connect(process.env['REDIS_URL']!, prefix, (message) =>
    process.stderr.write(`${message}\n`),
  );
  const raw = await Neo4jGraphStore.open(neo4jSettingsFromEnv(), { epoch });
  const report = await importBundle(raw, validBundle(p));
  if (report.rejected.length > 0) throw new Error(`fixture rejected: ${JSON.stringify(report.rejected[0])}`);
  const talent = await importBundle(raw, talentBundle(p));
  if (talent.rejected.length > 0) throw new Error(`talent fixture rejected: ${JSON.stringify(talent.rejected[0])}`);
  await raw.upsertNodes('Region', [{ id: `${p}-elsewhere`, name: '别处园区', level: 'park' }]);
  const connection = new IORedis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
  const queue = new BullJobQueue(connection, prefix);
  const changes = new RedisChangeLog(connection, prefix);
  const store = new ChangeReportingStore(raw, changeHandler(changes, queue, { debounceMs: 100 }));
  const logger = createLogger('silent');
  const workers = startWorkers({ connection, store: raw, queue, changes, concurrency: 1, logger, prefix });
  const access = new CachedAccessStore(new Neo4jAccessStore(raw.connection));
  const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'redchain-uploads-'));
  const api: ApiContext = {
    store,
    access,
    scopes: new RegionScopes(store),
    jobs: queue,
    graph: new InProcessGraphQueries(new LiveProjection(raw, changes, logger)),
    logger,
    uploadDir,
  };
  // rate limits have a test of their own (api-operations); here thousands of calls must all be served
  const app = createApp({
    api,
    adminKey: BOOTSTRAP_ADMIN_KEY,
    queues: [queue.queue('recompute')],
    protection: { perMinute: 1_000_000 },
  });
  const keys = {} as Record<HarnessKey, string>;
  for (const role of ['admin', 'secretary', 'university', 'investment', 'viewer'] as const)
    keys[role] = (await createApiKey(access, raw, { role, name: `${p} ${role}` })).key;
  keys.secretaryInPark = (
    await createApiKey(access, raw, { role: 'secretary', regionId: `${p}-park`, name: 'park' })
  ).key;
  keys.secretaryElsewhere = (
    await createApiKey(access, raw, { role: 'secretary', regionId: `${p}-elsewhere`, name: 'elsewhere' })
  ).key;
  // the fixture's instructor (person-9 instructs ent-1), acting for themself in the service loop
  keys.responder = (
    await createApiKey(access, raw, { role: 'responder', personId: `${p}-person-9`, name: `${p} responder` })
  ).key;
  return {
    app,
    p,
    raw,
    api,
    keys,
    auth: (key) => ({ Authorization: `Bearer ${keys[key]}` }),
    settled: () =>
      until(
        async () => {
          const counts = await queue.queue('recompute').getJobCounts('waiting', 'delayed', 'active', 'prioritized');
          return Object.values(counts).every((n) => n === 0);
        },
        60_000,
        'the job queue to settle',
      ),
    close: async () => {
      await workers.close();
      await queue.queue('recompute').obliterate({ force: true });
      await connection.del(`${prefix}:changes`, `${prefix}:store-epoch`);
      await queue.close();
      await connection.quit();
      await raw.close();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}

/** An API context over any store with the parts a test does not look at kept in process. */
export function plainApiContext(store: GraphStore, jobs?: JobQueue): ApiContext {
  const logger = createLogger('silent');
  const changes = new MemoryChangeLog();
  return {
    store,
    access: FileAccessStore.open(null),
    scopes: new RegionScopes(store),
    jobs: jobs ?? new InlineJobQueue(store, logger, changes),
    graph: new InProcessGraphQueries(new LiveProjection(store, changes, logger)),
    logger,
    uploadDir: os.tmpdir(),
  };
}

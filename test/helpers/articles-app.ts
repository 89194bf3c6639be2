import type { Express } from 'express';
import { FileAccessStore } from '../../src/access/file-access-store';
import { RegionScopes } from '../../src/access/region-scope';
import { createApp, type AppDeps } from '../../src/api/app';
import { InProcessGraphQueries } from '../../src/api/graph-queries/graph-queries';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { seedDemo } from '../../src/ingest/seed-demo.use-case';
import { ChangeReportingStore } from '../../src/jobs/change-reporting-store';
import { changeHandler } from '../../src/jobs/change-handler';
import { MemoryChangeLog } from '../../src/jobs/change-log';
import { InlineJobQueue } from '../../src/jobs/inline-job-queue';
import { LiveProjection } from '../../src/projection/live-projection';
import { createLogger } from '../../src/shared/logger';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { BOOTSTRAP_ADMIN_KEY } from './api-harness';

export interface ArticlesApp {
  app: Express;
  /** The store under the change reporting: writes here queue no recompute. */
  raw: MemoryGraphStore;
  queue: InlineJobQueue;
  access: FileAccessStore;
}

/**
 * The embedded default as `npm start` wires it, in process: the memory store with the articles'
 * dataset, writes reported to the in-process job runner, the graph in memory, the bootstrap admin
 * key, rate limits out of the way. `options` reach createApp (the built page's folder, say).
 */
export async function articlesApp(
  {
    uploadDir,
    world = 'articles',
    ...options
  }: Partial<Omit<AppDeps, 'api'>> & { uploadDir: string; world?: 'articles' | 'demo' } = { uploadDir: '/tmp' },
): Promise<ArticlesApp> {
  const raw = await MemoryGraphStore.open();
  // the articles' dataset alone, or the demo world a fresh `npm start` loads (its surroundings marked synthetic)
  if (world === 'demo') await seedDemo(raw);
  else await seedArticles(raw);
  const logger = createLogger('silent');
  const changes = new MemoryChangeLog();
  const queue = new InlineJobQueue(raw, logger, changes);
  const store = new ChangeReportingStore(raw, changeHandler(changes, queue, { debounceMs: 20 }));
  const access = FileAccessStore.open(null);
  const app = createApp({
    api: {
      store,
      access,
      scopes: new RegionScopes(store),
      jobs: queue,
      graph: new InProcessGraphQueries(new LiveProjection(raw, changes, logger)),
      logger,
      uploadDir,
    },
    adminKey: BOOTSTRAP_ADMIN_KEY,
    protection: { perMinute: 1_000_000 },
    ...options,
  });
  return { app, raw, queue, access };
}

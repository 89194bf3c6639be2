import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { createApiKey } from '../../src/access/create-key';
import { FileAccessStore } from '../../src/access/file-access-store';
import { RegionScopes } from '../../src/access/region-scope';
import type { Role } from '../../src/access/roles';
import { createApp } from '../../src/api/app';
import { listen } from '../../src/api/server';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { ChangeReportingStore } from '../../src/jobs/change-feed';
import { changeHandler } from '../../src/jobs/change-handler';
import { MemoryChangeLog } from '../../src/jobs/change-log';
import { InlineJobQueue } from '../../src/jobs/inline-job-queue';
import { LiveProjection } from '../../src/jobs/live-projection';
import { InProcessGraphQueries } from '../../src/api/graph-queries/graph-queries';
import { createLogger } from '../../src/shared/logger';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { launchBrowser } from './browser';
import { ensureWebBuild } from './web-build';

export interface WebApp {
  /** http://127.0.0.1:<port>/ */
  url: string;
  keys: Record<Role, string>;
  close(): Promise<void>;
}

/**
 * `npm start` as a user meets it, on port 0: the memory store with the articles' dataset, jobs
 * in process, every list computed, the built web page at `/`, and one key per role.
 */
export async function startWebApp(): Promise<WebApp> {
  const webDir = ensureWebBuild();
  const raw = await MemoryGraphStore.open();
  await seedArticles(raw);
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
      uploadDir: '.redchain/e2e-uploads',
    },
    webDir,
    protection: { perMinute: 1_000_000 },
  });
  await queue.add([{ name: 'recompute.full', payload: {} }]);
  await queue.idle();
  const keys = {} as Record<Role, string>;
  for (const role of ['admin', 'secretary', 'university', 'investment', 'viewer'] as const)
    keys[role] = (await createApiKey(access, raw, { role, name: `e2e ${role}` })).key;
  const http = await listen(app, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${http.port}/`,
    keys,
    close: async () => {
      // an open event stream would hold the server open
      (http.server as Server).closeAllConnections();
      await http.close();
      await queue.close();
    },
  };
}

/**
 * The demo app and a headless Chromium for one test file: started before its tests, closed after
 * them. Read `app` and `browser` inside tests (they are set once beforeAll has run).
 */
export function webAppInBrowser(): { app: WebApp; browser: Browser } {
  const started = {} as { app: WebApp; browser: Browser };
  beforeAll(async () => {
    started.app = await startWebApp();
    started.browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await started.browser?.close();
    await started.app?.close();
  });
  return started;
}

import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { createApiKey } from '../../src/access/create-key';
import type { Role } from '../../src/domain/roles';
import { listen } from '../../src/api/server';
import { articlesApp } from './articles-app';
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
export async function startWebApp({ world = 'articles' }: { world?: 'articles' | 'demo' } = {}): Promise<WebApp> {
  const webDir = ensureWebBuild();
  const { app, raw, queue, access } = await articlesApp({ uploadDir: '.redchain/e2e-uploads', webDir, world });
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
export function webAppInBrowser(options: { world?: 'articles' | 'demo' } = {}): { app: WebApp; browser: Browser } {
  const started = {} as { app: WebApp; browser: Browser };
  beforeAll(async () => {
    started.app = await startWebApp(options);
    started.browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await started.browser?.close();
    await started.app?.close();
  });
  return started;
}

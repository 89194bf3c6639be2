import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';

/** The web page's mount: served at `/` with its own security policy, and a clear answer without a build. */
describe('the web page at /', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-web-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function appOver(webDir: string) {
    return createApp({ api: plainApiContext(await MemoryGraphStore.open()), adminKey: BOOTSTRAP_ADMIN_KEY, webDir });
  }

  test('when the page was never built, then / answers 503 saying to run the build, and the API still answers', async () => {
    const app = await appOver(path.join(dir, 'missing'));
    const page = await request(app).get('/');
    expect(page.status).toBe(503);
    expect(page.text).toContain('npm run build');
    const stats = await request(app)
      .get('/api/v1/stats')
      .set({ Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` });
    expect(stats.status).toBe(200);
  });

  test('when the page is built, then / serves it with a policy of its own origin only, and its hashed assets are cached for good', async () => {
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="./assets/a-1.js"></script>');
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'assets', 'a-1.js'), 'export {};');
    const app = await appOver(dir);
    const page = await request(app).get('/');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html');
    const policy = page.headers['content-security-policy'] as string;
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    // every URL of the page is its own origin: plain HTTP on a park's intranet must keep working
    expect(policy).not.toContain('upgrade-insecure-requests');
    const asset = await request(app).get('/assets/a-1.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    // the API keeps its own answers under the page's mount
    expect((await request(app).get('/api/v1/nothing-here')).status).toBe(401);
  });
});

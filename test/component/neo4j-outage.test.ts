import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { startLocalNeo4j, type LocalNeo4j } from '../../scripts/local-stack';
import { createApp } from '../../src/api/app';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';
import { until } from '../helpers/until';

/**
 * Neo4j stopped and started under a running API (a server of its own, not the run's): 503 with a
 * clear body while it is away, normal answers once it is back, and the API never restarted.
 */
describe('the API while Neo4j goes away and comes back', () => {
  const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'redchain-outage-'));
  let server: LocalNeo4j;
  let store: Neo4jGraphStore;

  beforeAll(async () => {
    server = await startLocalNeo4j({ dataDir, heap: '512m', pageCacheMb: 64 });
    // as the API opens it: retries give up after seconds
    store = await Neo4jGraphStore.open({
      uri: server.uri,
      user: 'neo4j',
      password: 'local',
      database: 'neo4j',
      maxRetryMs: 5_000,
    });
    await store.upsertNodes('Region', [{ id: 'region-outage', name: '停机测试园区', level: 'park' }]);
  }, 180_000);

  afterAll(async () => {
    await store.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('when Neo4j stops, then /readyz and the routes answer 503 naming it; when it starts again, then they answer as before', async () => {
    const app = createApp({ api: plainApiContext(store), adminKey: BOOTSTRAP_ADMIN_KEY });
    const regions = () => request(app).get('/api/v1/regions').set(admin);
    expect((await regions()).body.items.map((r: { id: string }) => r.id)).toEqual(['region-outage']);

    await server.stop();
    const ready = await request(app).get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.detail).toBe('not ready: neo4j unavailable');
    const down = await regions();
    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(down.body.detail).toBe('Neo4j is unavailable');
    expect((await request(app).get('/healthz')).status).toBe(200);

    const port = Number(new URL(server.uri).port);
    server = await startLocalNeo4j({ dataDir, port, heap: '512m', pageCacheMb: 64 });
    await until(async () => (await request(app).get('/readyz')).status === 200, 60_000, 'ready again');
    const back = await regions();
    expect(back.status).toBe(200);
    expect(back.body.items.map((r: { id: string }) => r.id)).toEqual(['region-outage']);
  }, 240_000);
});

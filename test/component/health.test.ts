import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';

describe('health endpoints', () => {
  test('when Neo4j answers, then /readyz is ready; when it is gone, then 503 names it', async () => {
    const store = await Neo4jGraphStore.open(neo4jSettingsFromEnv());
    const api = plainApiContext(store);
    const app = createApp({ api });
    const ready = await request(app).get('/readyz');
    expect(ready.status).toBe(200);
    // the graph in memory is shown, not required: it loads at the first question that needs it
    expect(ready.body).toEqual({ status: 'ready', checks: ['neo4j'], graph: 'loading' });
    await api.graph.ask('statusTallies', {});
    expect((await request(app).get('/readyz')).body.graph).toBe('loaded');

    await store.close();
    const down = await request(app).get('/readyz');
    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(down.body.detail).toBe('not ready: neo4j unavailable');
    expect(down.body.errors[0].field).toBe('neo4j');
    expect((await request(app).get('/healthz')).status).toBe(200);
  });

  test('when a dependency fails every probe, then one warning without a stack says so, and one line when it is back', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({ write: (chunk: Buffer, _encoding, done) => done(void lines.push(JSON.parse(chunk.toString()))) }),
    );
    let redisUp = false;
    const redis = async () => {
      if (!redisUp) throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
    };
    const app = createApp({
      api: { ...plainApiContext(await MemoryGraphStore.open()), logger },
      readiness: [{ name: 'redis', check: redis }],
    });

    for (let probe = 0; probe < 5; probe++) {
      const down = await request(app).get('/readyz');
      expect(down.status).toBe(503);
      expect(down.headers['retry-after']).toBe('5');
      expect(down.body).toMatchObject({
        detail: 'not ready: redis unavailable',
        errors: [{ field: 'redis', reason: 'connect ECONNREFUSED 127.0.0.1:6379' }],
      });
    }
    redisUp = true;
    for (let probe = 0; probe < 3; probe++) expect((await request(app).get('/readyz')).status).toBe(200);

    const levels = { 30: 'info', 40: 'warn', 50: 'error' } as Record<number, string>;
    expect(lines.map((line) => [levels[line['level'] as number], line['msg']])).toEqual([
      ['warn', 'not ready: redis unavailable'],
      ['info', 'ready again'],
    ]);
    expect(lines[0]).toMatchObject({ down: [{ field: 'redis', reason: 'connect ECONNREFUSED 127.0.0.1:6379' }] });
    expect(JSON.stringify(lines)).not.toMatch(/stack|\bat .*\.ts:\d+/);
  });

  test('when a path does not exist or the body is not JSON, then a problem+json 4xx says so', async () => {
    const app = createApp({ api: plainApiContext(await MemoryGraphStore.open()), adminKey: BOOTSTRAP_ADMIN_KEY });
    const missing = await request(app).get('/nothing');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, detail: 'path /nothing was not found' });
    // under /api/v1 a caller without a key learns nothing, not even which paths exist
    expect((await request(app).get('/api/v1/nothing')).status).toBe(401);
    expect(missing.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // a body is read only for a caller with a valid key: without one it is 401 whatever it holds
    const unread = await request(app)
      .post('/api/v1/enterprises')
      .set('content-type', 'application/json')
      .send('{"oops":');
    expect(unread.status).toBe(401);
    const broken = await request(app)
      .post('/api/v1/enterprises')
      .set('Authorization', `Bearer ${BOOTSTRAP_ADMIN_KEY}`)
      .set('content-type', 'application/json')
      .send('{"oops":');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].field).toBe('body');
    expect(JSON.stringify(broken.body)).not.toMatch(/at .*\.js/);
  });
});

import IORedis from 'ioredis';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';
import { uniquePrefix } from '../helpers/fixtures';

/** What every answer carries and every caller is held to: headers, CORS, rate limits (on the run's Redis), metrics. */
describe('API operations', () => {
  const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };
  let redis: IORedis;
  const prefix = `test-${uniquePrefix('ops')}`;
  beforeAll(() => {
    redis = new IORedis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:rate:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  const appWith = async (perMinute: number, corsOrigins: string[] = []) =>
    createApp({
      api: plainApiContext(await MemoryGraphStore.open()),
      adminKey: BOOTSTRAP_ADMIN_KEY,
      protection: { perMinute, corsOrigins, redis, prefix },
    });

  test('when a key exceeds its requests a minute, then 429 problem+json with Retry-After, counted in Redis; another key is not held back', async () => {
    const app = await appWith(3);
    for (let i = 0; i < 3; i++) expect((await request(app).get('/api/v1/regions').set(admin)).status).toBe(200);
    const refused = await request(app).get('/api/v1/regions').set(admin);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.detail).toContain('more than 3 requests a minute');
    expect((await redis.keys(`${prefix}:rate:*`)).length).toBeGreaterThan(0);
    // a caller without a key is counted by address, apart from the admin's key
    expect((await request(app).get('/api/v1/regions')).status).toBe(401);
    // probes are never limited
    expect((await request(app).get('/healthz')).status).toBe(200);
  });

  test('when any answer is sent, then it carries security headers and the request id, and no framework banner', async () => {
    const app = await appWith(100);
    const res = await request(app).get('/api/v1/regions').set(admin);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('when a browser calls from a configured origin, then CORS allows it; from another, it does not', async () => {
    const app = await appWith(100, ['https://portal.example.gov.cn']);
    const allowed = await request(app)
      .options('/api/v1/regions')
      .set('Origin', 'https://portal.example.gov.cn')
      .set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://portal.example.gov.cn');
    const other = await request(app)
      .options('/api/v1/regions')
      .set('Origin', 'https://elsewhere.example.com')
      .set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('when Prometheus scrapes /metrics, then request durations are there by route pattern, not by id', async () => {
    const app = await appWith(100);
    await request(app).get('/api/v1/enterprises/ent-anything').set(admin);
    const scraped = await request(app).get('/metrics');
    expect(scraped.status).toBe(200);
    expect(scraped.text).toContain('redchain_http_request_duration_seconds_bucket');
    expect(scraped.text).toContain('route="/api/v1/enterprises/:id",status="404"');
    expect(scraped.text).not.toContain('ent-anything');
    expect(scraped.text).toContain('process_resident_memory_bytes');
  });
});

import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { createApp } from '../../src/api/app';
import type { ProtectionOptions } from '../../src/api/middleware/protection';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';
import { uniquePrefix } from '../helpers/fixtures';

/** An app on the memory store with one viewer key and the given limits. */
async function appWith(protection: Partial<ProtectionOptions>) {
  const store = await MemoryGraphStore.open();
  const api = plainApiContext(store);
  const { key } = await createApiKey(api.access, store, { role: 'viewer', name: 'limits' });
  return { app: createApp({ api, protection }), key };
}

/** A key of the right form that no store holds: what a caller rotating keys sends. */
const inventedKey = () =>
  `rk_${randomBytes(9).toString('hex').slice(0, 12)}_${randomBytes(24).toString('base64url').slice(0, 32)}`;

/** The escapes of the rate limit (issue 15, Abuse), each closed. */
describe('rate-limit escapes', () => {
  test('when one address rotates invalid keys, then after the stated number of failures a minute it gets 429, even with a valid key', async () => {
    const { app, key } = await appWith({ perMinute: 1_000_000, authFailuresPerMinute: 5 });
    for (let i = 0; i < 5; i++) {
      const res = await request(app).get('/api/v1/regions').set('Authorization', `Bearer ${inventedKey()}`);
      expect(res.status).toBe(401);
    }
    const refused = await request(app).get('/api/v1/regions').set('X-API-Key', inventedKey());
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.detail).toContain('more than 5 failed authentications a minute');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // the address is held back as a whole: a valid key from it does not reopen the probing
    expect((await request(app).get('/api/v1/regions').set('Authorization', `Bearer ${key}`)).status).toBe(429);
  }, 60_000);

  test('when the limits are counted in Redis (several API processes), then failed authentications are counted there too', async () => {
    const redis = new IORedis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
    const prefix = `test-${uniquePrefix('failed-auth')}`;
    try {
      const { app } = await appWith({ perMinute: 1_000_000, authFailuresPerMinute: 3, redis, prefix });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await request(app).get('/api/v1/regions').set('X-API-Key', inventedKey())).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect((await redis.keys(`${prefix}:rate:failed-auth:*`)).length).toBe(1);
    } finally {
      const keys = await redis.keys(`${prefix}:rate:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  }, 60_000);

  test('when Redis, which keeps the counts, is away, then 503 with Retry-After, never a 500', async () => {
    const away = new IORedis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    try {
      const { app, key } = await appWith({ redis: away, prefix: `test-${uniquePrefix('away')}` });
      for (const headers of [{}, { Authorization: `Bearer ${key}` }]) {
        const res = await request(app).get('/api/v1/regions').set(headers);
        expect(res.status).toBe(503);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.headers['retry-after']).toBeDefined();
      }
    } finally {
      away.disconnect();
    }
  }, 60_000);

  test('when successful requests come from one address, then they are never counted as failures', async () => {
    const { app, key } = await appWith({ perMinute: 1_000_000, authFailuresPerMinute: 2 });
    for (let i = 0; i < 6; i++)
      expect((await request(app).get('/api/v1/regions').set('Authorization', `Bearer ${key}`)).status).toBe(200);
  }, 60_000);

  test('when X-Forwarded-For is spoofed with no proxy configured, then it is ignored and the address is still limited', async () => {
    const { app } = await appWith({ perMinute: 3, authFailuresPerMinute: 1_000 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await request(app)
            .get('/openapi.json')
            .set('X-Forwarded-For', `203.0.113.${i + 1}`)
        ).status,
      );
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    // failed authentications too are counted by the real address, whatever the header says
    const guarded = await appWith({ perMinute: 1_000_000, authFailuresPerMinute: 2 });
    const failures: number[] = [];
    for (let i = 0; i < 4; i++)
      failures.push(
        (
          await request(guarded.app)
            .get('/api/v1/regions')
            .set('X-Forwarded-For', `198.51.100.${i + 1}`)
        ).status,
      );
    expect(failures).toEqual([401, 401, 429, 429]);
  }, 60_000);

  test('when TRUST_PROXY names one proxy, then X-Forwarded-For gives each client its own count', async () => {
    const { app } = await appWith({ perMinute: 1, authFailuresPerMinute: 1_000, trustProxy: 1 });
    for (let i = 0; i < 3; i++)
      expect(
        (
          await request(app)
            .get('/openapi.json')
            .set('X-Forwarded-For', `203.0.113.${i + 1}`)
        ).status,
      ).toBe(200);
    expect((await request(app).get('/openapi.json').set('X-Forwarded-For', '203.0.113.1')).status).toBe(429);
  }, 60_000);

  test('when one valid key is sent in many spellings (Bearer with any spaces, tabs, lower case, X-API-Key), then they share one count and the limit holds', async () => {
    // the 1,300 requests at 1,200 a minute, all 200, with a limit of 3: the same escape, in 10 requests
    const { app, key } = await appWith({ perMinute: 3, authFailuresPerMinute: 1_000 });
    const spellings: Array<[string, string]> = [
      ['Authorization', `Bearer ${key}`],
      ['Authorization', `Bearer  ${key}`],
      ['Authorization', `Bearer   ${key}`],
      ['Authorization', `bearer\t${key}`],
      ['Authorization', `BEARER ${key} `],
      ['X-API-Key', key],
      ['X-API-Key', ` ${key}`],
      ['Authorization', `Bearer \t ${key}`],
      ['Authorization', `Bearer    ${key}`],
      ['Authorization', `Bearer     ${key}`],
    ];
    const statuses: number[] = [];
    for (const [header, value] of spellings)
      statuses.push((await request(app).get('/api/v1/regions').set(header, value)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429, 429, 429]);
  }, 60_000);
});

describe('bodies past the size limits', () => {
  test('when a JSON body is over 10 MB or an upload over 50 MB, then 413 problem+json naming the limit, and nothing is queued', async () => {
    const store = await MemoryGraphStore.open();
    const app = createApp({ api: plainApiContext(store), adminKey: BOOTSTRAP_ADMIN_KEY });
    const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };
    const json = await request(app)
      .post('/api/v1/enterprises')
      .set(admin)
      .set('content-type', 'application/json')
      .send(`{"id":"hx-big","name":"测试有限公司","description":"${'x'.repeat(11 * 1024 * 1024)}"}`);
    expect(json.status).toBe(413);
    expect(json.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(json.body.errors).toEqual([{ field: 'body', reason: 'is larger than 10 MB, the limit for this body' }]);
    expect(await store.getNode('Enterprise', 'hx-big')).toBeNull();
    const upload = await request(app)
      .post('/api/v1/import?name=enterprises.csv')
      .set(admin)
      .set('content-type', 'text/csv')
      .send(Buffer.alloc(51 * 1024 * 1024, 'a'));
    expect(upload.status).toBe(413);
    expect(upload.body.detail).toBe('body is larger than 50 MB, the limit for this body');
  }, 60_000);
});

import IORedis from 'ioredis';
import { RedisChangeLog } from '../../src/jobs/redis-change-log';
import { uniquePrefix } from '../helpers/fixtures';

/** The change log as the workers share it, on a real Redis: a reload asked of every reader. */
describe('the change log on Redis', () => {
  const prefix = `test-${uniquePrefix('change-log')}`;
  let redis: IORedis;

  beforeAll(() => {
    redis = new IORedis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    await redis.del(`${prefix}:changes`);
    await redis.quit();
  });

  test('when a full recompute asks every projection to reload, then a reader behind it reloads, and one after it reads on', async () => {
    const log = new RedisChangeLog(redis, prefix);
    const before = await log.head();
    await log.append([{ kind: 'Enterprise', ids: ['a'] }]);
    expect(await log.since(before)).toMatchObject({ changes: [{ kind: 'Enterprise', ids: ['a'] }] });
    await log.appendReload();
    const after = await log.head();
    await log.append([{ kind: 'Person', ids: ['p'] }]);
    expect(await log.since(before)).toBe('reload');
    expect(await log.since(after)).toEqual({ changes: [{ kind: 'Person', ids: ['p'] }], cursor: await log.head() });
  });
});

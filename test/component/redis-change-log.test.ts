import IORedis from 'ioredis';
import { RedisChangeLog } from '../../src/jobs/redis-change-log';
import { uniquePrefix } from '../helpers/fixtures';

/** The change log the API and the workers share, on the real Redis of the test run. */
describe('the change log on Redis', () => {
  const prefix = `test-${uniquePrefix('changes')}`;
  let redis: IORedis;
  beforeAll(() => {
    redis = new IORedis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    await redis.del(`${prefix}:changes`, `${prefix}-short:changes`);
    await redis.quit();
  });

  test('when changes are appended, then a reader gets those after its cursor, in order, and nothing more once caught up', async () => {
    const log = new RedisChangeLog(redis, prefix);
    const empty = await log.head();
    expect(await log.since(empty)).toEqual({ changes: [], cursor: empty });
    await log.append([{ kind: 'Enterprise', ids: ['a', 'b'] }]);
    const middle = await log.head();
    await log.append([{ kind: 'Problem', ids: ['p'] }]);
    const all = await log.since(empty);
    expect(all).toEqual({
      changes: [
        { kind: 'Enterprise', ids: ['a', 'b'] },
        { kind: 'Problem', ids: ['p'] },
      ],
      cursor: await log.head(),
    });
    expect(await log.since(middle)).toMatchObject({ changes: [{ kind: 'Problem', ids: ['p'] }] });
    expect(await log.since((all as { cursor: string }).cursor)).toMatchObject({ changes: [] });
  });

  test('when entries after a cursor were trimmed, or Redis lost the stream, then the reader is told to reload', async () => {
    const log = new RedisChangeLog(redis, `${prefix}-short`, 2);
    const start = await log.head();
    for (let i = 0; i < 300; i++) await log.append([{ kind: 'Enterprise', ids: [`e${i}`] }]);
    // approximate trimming keeps at least the last 2, and drops whole blocks of the rest
    await redis.xtrim(`${prefix}-short:changes`, 'MAXLEN', 2);
    expect(await log.since(start)).toBe('reload');
    const recent = await log.head();
    await redis.del(`${prefix}-short:changes`);
    await log.append([{ kind: 'Enterprise', ids: ['after'] }]);
    expect(await log.since(recent)).toBe('reload');
    expect(await log.since('garbage')).toBe('reload');
  });
});

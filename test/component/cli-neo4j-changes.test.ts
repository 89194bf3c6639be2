import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import { BullJobQueue } from '../../src/jobs/bullmq-job-queue';
import { RedisChangeLog } from '../../src/jobs/redis-change-log';
import { validBundle } from '../helpers/bundle-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { CLI, ROOT, run, TSX } from './redchain-command';

/**
 * The command line against a deployment's Neo4j and Redis: its writes reach the change log the
 * workers' projections follow and queue the recomputes they affect, as the API's do. Before,
 * they reached Neo4j alone, and every search and list went on reading the graph as it was.
 */
describe('redchain on Neo4j and Redis', () => {
  const p = uniquePrefix('cli-changes');
  const prefix = `test-${p}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-cli-changes-'));
  let redis: IORedis;
  let queue: BullJobQueue;

  const redchain = async (env: Record<string, string>, ...args: string[]) => {
    try {
      const { stdout, stderr } = await run(TSX, [CLI, ...args], {
        cwd: ROOT,
        env: { ...process.env, REDCHAIN_QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', ...env },
      });
      return { stdout, stderr, code: 0 };
    } catch (error) {
      const e = error as { stdout: string; stderr: string; code: number };
      return { stdout: e.stdout, stderr: e.stderr, code: e.code };
    }
  };

  beforeAll(() => {
    redis = new IORedis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
    queue = new BullJobQueue(redis, prefix);
  });
  afterAll(async () => {
    await queue.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  test('when a bundle is imported from the command line, then its nodes are in the change log and their recomputes are queued', async () => {
    const file = path.join(dir, 'bundle.json');
    writeFileSync(file, JSON.stringify(validBundle(p)));
    const log = new RedisChangeLog(redis, prefix);
    const before = await log.head();
    const imported = await redchain({}, 'import', file);
    expect(imported).toMatchObject({ code: 0 });
    const since = await log.since(before);
    expect(since).not.toBe('reload');
    const changed = (since as Exclude<typeof since, 'reload'>).changes;
    const enterprises = validBundle(p).enterprises!.map((e) => e.id);
    for (const id of enterprises)
      expect({ id, logged: changed.some((c) => c.kind === 'Enterprise' && !c.ties && c.ids.includes(id)) }).toEqual({
        id,
        logged: true,
      });
    const jobs = await queue.queue('recompute').getJobs(['waiting', 'delayed', 'prioritized']);
    expect(jobs.length).toBeGreaterThan(0);
  }, 120_000);

  test('when Redis does not answer, then a write is refused in one line naming REDIS_URL without its password, and nothing hangs', async () => {
    const started = Date.now();
    const refused = await redchain(
      { REDIS_URL: 'redis://:s3cret@127.0.0.1:1/0' },
      'import',
      path.join(dir, 'bundle.json'),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^redchain: Redis at REDIS_URL redis:\/\/:\*\*\*@127\.0\.0\.1:1\/0 did not answer \(.+\): start Redis, or correct REDIS_URL$/u,
      ),
    ]);
    expect(refused.stderr).not.toContain('s3cret');
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});

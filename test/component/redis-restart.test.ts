import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import { freePort } from '../../scripts/local-stack';
import { BullJobQueue } from '../../src/jobs/bullmq-job-queue';
import { startWorkers } from '../../src/jobs/bullmq-workers';
import { RedisChangeLog } from '../../src/jobs/redis-change-log';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { createLogger } from '../../src/shared/logger';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { validBundle } from '../helpers/bundle-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';
import { until } from '../helpers/until';

/**
 * Redis stopped and started again in the middle of a chunked full recompute. The test runs a
 * Redis of its own (redis-server, append-only file on, as a production Redis for BullMQ should
 * be) so that it can stop it; the queue and worker reconnect by themselves and the run completes.
 */
describe('Redis restarted in the middle of a run', () => {
  const p = uniquePrefix('redis');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-redis-'));
  let port: number;
  let redis: ChildProcess;
  let raw: Neo4jGraphStore;

  const startRedis = async (): Promise<ChildProcess> => {
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', ''],
      { stdio: 'ignore' },
    );
    await until(() => answers(port), 15_000, `redis-server on port ${port}`);
    return child;
  };

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis();
    raw = await Neo4jGraphStore.open(neo4jSettingsFromEnv());
    expect((await importBundle(raw, validBundle(p))).rejected).toEqual([]);
  });

  afterAll(async () => {
    await raw.close();
    redis.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('when Redis goes away and comes back during a full recompute, then the run completes', async () => {
    const connection = new IORedis({ port, host: '127.0.0.1', maxRetriesPerRequest: null });
    const queue = new BullJobQueue(connection, `test-${p}`);
    const logger = createLogger('silent');
    const workers = startWorkers({
      connection,
      store: raw,
      queue,
      changes: new RedisChangeLog(connection, `test-${p}`),
      concurrency: 1,
      logger,
      prefix: `test-${p}`,
      lockMs: 2000,
    });
    const bull = queue.queue('recompute');
    const runId = randomUUID();
    const chunks = async (states: ('completed' | 'waiting' | 'active' | 'delayed' | 'failed')[]) =>
      (await bull.getJobs(states)).filter((j) => j.name === 'partners.chunk').length;
    try {
      await queue.add([{ name: 'partners.all', payload: { runId, chunkSize: 5 } }]);
      await until(async () => (await chunks(['completed'])) >= 1, 60_000, 'a first chunk done');
      const total = await chunks(['completed', 'waiting', 'active', 'delayed', 'failed']);
      // stop Redis (SIGTERM: it writes its append-only file), wait, start it again on the same files
      redis.kill('SIGTERM');
      await new Promise((resolve) => redis.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      redis = await startRedis();
      await until(async () => (await chunks(['completed'])) === total, 90_000, `all ${total} chunks done`);
      expect(await chunks(['failed'])).toBe(0);
      for (let i = 0; i < 40; i++) {
        const stored = await raw.readCandidates(
          'PARTNER_CANDIDATE',
          { kind: 'Enterprise', id: `${p}-ent-${i}` },
          'upstream',
        );
        expect(stored?.runId).toBe(runId);
      }
    } finally {
      await workers.close();
      await bull.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      await connection.quit();
    }
  }, 180_000);
});

async function answers(port: number): Promise<boolean> {
  const probe = new IORedis({
    port,
    host: '127.0.0.1',
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

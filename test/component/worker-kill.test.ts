import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import IORedis from 'ioredis';
import { BullJobQueue } from '../../src/jobs/bullmq-job-queue';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { findPartners } from '../../src/match/partners/find-partners';
import { projectScope } from '../../src/projection/project-scope';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { validBundle } from '../helpers/bundle-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';
import { until } from '../helpers/until';

const ROOT = path.resolve(__dirname, '../..');

/**
 * A full partner recompute split into chunks, run by real worker processes (workers/worker.ts):
 * one killed with SIGKILL part-way and replaced, one stopped with SIGTERM. Each test has queues
 * of its own (a Redis key prefix), removed at the end.
 */
describe('worker processes stopped in the middle of a full recompute', () => {
  const p = uniquePrefix('kill');
  let raw: Neo4jGraphStore;
  let connection: IORedis;
  const children: ChildProcess[] = [];
  const queues: BullJobQueue[] = [];
  const projectionDir = mkdtempSync(path.join(os.tmpdir(), 'redchain-kill-projection-'));

  const startWorker = (prefix: string, env: Record<string, string> = {}): ChildProcess => {
    // node itself, not the tsx launcher: a signal to the launcher's pid would not reach the worker
    // (SIGKILL cannot be passed on), and the "killed" worker would go on running
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'workers', 'worker.ts')], {
      cwd: ROOT,
      // projection snapshots in a folder of the test's own: a restarted worker starts from one
      env: {
        ...process.env,
        REDCHAIN_QUEUE_PREFIX: prefix,
        REDCHAIN_PROJECTION_DIR: projectionDir,
        LOG_LEVEL: 'silent',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    return child;
  };
  /** A queue of the test's own, and a count of its chunk jobs in some states. */
  const ownQueue = (prefix: string) => {
    const queue = new BullJobQueue(connection, prefix);
    queues.push(queue);
    const chunks = async (states: ('completed' | 'waiting' | 'active' | 'delayed' | 'failed')[]) =>
      (await queue.queue('recompute').getJobs(states)).filter((j) => j.name === 'partners.chunk').length;
    return { queue, chunks, all: () => chunks(['completed', 'waiting', 'active', 'delayed', 'failed']) };
  };

  beforeAll(async () => {
    raw = await Neo4jGraphStore.open(neo4jSettingsFromEnv());
    expect((await importBundle(raw, validBundle(p))).rejected).toEqual([]);
    connection = new IORedis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const queue of queues) {
      await queue.queue('recompute').obliterate({ force: true });
      await queue.close();
    }
    await connection.quit();
    await raw.close();
    rmSync(projectionDir, { recursive: true, force: true });
  });

  test('when one is SIGKILLed and a new worker starts, then the run completes with exactly one current list per enterprise and direction', async () => {
    const prefix = `test-${p}-kill`;
    const { queue, chunks, all } = ownQueue(prefix);
    const runId = randomUUID();
    const first = startWorker(prefix, { WORKER_LOCK_MS: '2000' });
    // one enterprise a chunk, watched closely: the kill lands with most of the run still to do
    await queue.add([{ name: 'partners.all', payload: { runId, chunkSize: 1 } }]);
    await until(async () => (await chunks(['completed'])) >= 2, 60_000, 'two chunks done by the first worker', 10);
    const total = await all();
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(await chunks(['completed'])).toBeLessThan(total);

    startWorker(prefix, { WORKER_LOCK_MS: '2000' });
    await until(async () => (await chunks(['completed'])) === total, 90_000, `all ${total} chunks done`);
    expect(await chunks(['failed'])).toBe(0);

    const graph = await projectScope(raw, {});
    for (let i = 0; i < 40; i++) {
      const id = `${p}-ent-${i}`;
      for (const direction of ['upstream', 'downstream'] as const) {
        const stored = await raw.readCandidates('PARTNER_CANDIDATE', { kind: 'Enterprise', id }, direction);
        expect(stored).not.toBeNull();
        expect(stored!.runId).toBe(runId);
        // ranks 1..n once each: no second run's candidates mixed in, none missing
        expect(stored!.candidates.map((c) => c.rank)).toEqual(stored!.candidates.map((_c, k) => k + 1));
        const engine = findPartners(graph, { enterpriseId: id, direction });
        expect(stored!.candidates.map((c) => c.to.id)).toEqual(engine.candidates.map((c) => c.enterpriseId));
      }
    }
  }, 180_000);

  test('when one gets SIGTERM, then the job it is running finishes, the rest wait for another worker, and it exits cleanly', async () => {
    const prefix = `test-${p}-term`;
    const { queue, chunks, all } = ownQueue(prefix);
    const child = startWorker(prefix);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await queue.add([{ name: 'partners.all', payload: { runId: randomUUID(), chunkSize: 1 } }]);
    await until(async () => (await chunks(['completed'])) >= 2, 60_000, 'two chunks done', 10);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await chunks(['active', 'failed'])).toBe(0);
    expect(await chunks(['completed'])).toBeLessThan(await all());
  }, 120_000);
});

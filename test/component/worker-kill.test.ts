import { spawn, type ChildProcess } from 'node:child_process';
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

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/**
 * A full partner recompute split into chunks, its worker process killed with SIGKILL part-way,
 * then a new worker started: the run completes, and every enterprise has one current list per
 * direction, from this run, equal to what the engine gives — none lost, none mixed.
 */
describe('a worker killed in the middle of a full recompute', () => {
  const p = uniquePrefix('kill');
  const prefix = `test-${p}`;
  let raw: Neo4jGraphStore;
  let connection: IORedis;
  let queue: BullJobQueue;
  const workers: ChildProcess[] = [];

  const startWorker = (): ChildProcess => {
    const child = spawn(TSX, [path.join(ROOT, 'workers', 'worker.ts')], {
      cwd: ROOT,
      env: { ...process.env, REDCHAIN_QUEUE_PREFIX: prefix, WORKER_LOCK_MS: '2000', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    workers.push(child);
    return child;
  };

  beforeAll(async () => {
    raw = await Neo4jGraphStore.open(neo4jSettingsFromEnv());
    expect((await importBundle(raw, validBundle(p))).rejected).toEqual([]);
    connection = new IORedis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
    queue = new BullJobQueue(connection, prefix);
  });

  afterAll(async () => {
    for (const child of workers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await queue.queue('recompute').obliterate({ force: true });
    await queue.close();
    await connection.quit();
    await raw.close();
  });

  test('when it is SIGKILLed and a new worker starts, then the run completes with exactly one current list per enterprise and direction', async () => {
    const runId = randomUUID();
    const bull = queue.queue('recompute');
    const chunksDone = async () =>
      (await bull.getJobs(['completed'])).filter((j) => j.name === 'partners.chunk').length;
    const chunksAll = async () =>
      (await bull.getJobs(['completed', 'active', 'waiting', 'delayed', 'failed'])).filter(
        (j) => j.name === 'partners.chunk',
      ).length;

    const first = startWorker();
    await queue.add([{ name: 'partners.all', payload: { runId, chunkSize: 10 } }]);
    await until(async () => (await chunksDone()) >= 2, 60_000, 'two chunks done by the first worker');
    const total = await chunksAll();
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const doneWhenKilled = await chunksDone();
    expect(doneWhenKilled).toBeLessThan(total);

    startWorker();
    await until(async () => (await chunksDone()) === total, 90_000, `all ${total} chunks done`);
    expect((await bull.getJobs(['failed'])).filter((j) => j.name === 'partners.chunk')).toEqual([]);

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
});

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

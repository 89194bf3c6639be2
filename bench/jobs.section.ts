import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import IORedis from 'ioredis';
import type { LocalNeo4j } from '../scripts/local-stack';
import { Prng } from '../seeds/generate/prng';
import { BullJobQueue } from '../src/jobs/bullmq-job-queue';
import { ChangeReportingStore } from '../src/jobs/change-reporting-store';
import { changeHandler } from '../src/jobs/change-handler';
import { RedisChangeLog } from '../src/jobs/redis-change-log';
import { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { median, out, ROOT, seconds } from './bench-util';
import { HEAVY, PROVINCE_ENTERPRISES, provinceInNeo4j } from './default-province';

/** Edits timed one after another (BENCH_EDITS); p95 of 20 is the second slowest. */
const EDITS = Number(process.env['BENCH_EDITS'] ?? 20);
const DEBOUNCE_MS = 500;

/** A worker process (`workers/worker.ts`, as `npm run worker` runs it) and what it logged. */
interface WorkerProcess {
  child: ChildProcess;
  logs: Record<string, unknown>[];
  exited: Promise<void>;
}

/**
 * The job pipeline on the default province, the way a park deploys it: Neo4j, Redis, worker
 * processes. This process plays the API: it writes through the change-reporting store, which
 * logs the change and queues the recomputes.
 *
 * 1. Edit to fresh result, one warm worker: an enterprise’s description is edited, and the time is
 *    taken until its own partner list is stored anew, then until every job the edit queued
 *    (the lists it appears in, its gap maps) is done. The worker loads its projection when it
 *    starts (timed apart); every edit is then patched into the projection it keeps.
 * 2. A full recompute (partners for every enterprise in chunks, tackling, gap maps, the
 *    assignment) with one worker process and with two, from the job's start to the last write,
 *    on warm workers (each has loaded its projection first, as it does when it starts).
 */
export async function benchJobs(server: LocalNeo4j, runs: number): Promise<void> {
  await provinceInNeo4j(server);
  const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const prefix = `bench-jobs-${process.pid}`;
  const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new BullJobQueue(connection, prefix);
  const changes = new RedisChangeLog(connection, prefix);
  const raw = await Neo4jGraphStore.open({ uri: server.uri, user: 'neo4j', password: 'local', database: 'neo4j' });
  const store = new ChangeReportingStore(raw, changeHandler(changes, queue, { debounceMs: DEBOUNCE_MS }));
  const bull = queue.queue('recompute');
  const drained = async () => {
    const counts = await bull.getJobCounts('waiting', 'delayed', 'active', 'prioritized');
    return Object.values(counts).every((n) => n === 0);
  };
  /** Throws naming the failed jobs and why, if any failed. */
  const noneFailed = async (during: string) => {
    const jobs = await bull.getFailed(0, 20);
    if (jobs.length === 0) return;
    const reasons = jobs.map((j) => `${j.name} ${j.id}: ${j.failedReason} (${j.attemptsMade} attempts)`).join('\n  ');
    throw new Error(`jobs failed during ${during}:\n  ${reasons}`);
  };
  const startWorkers = (n: number) =>
    Array.from({ length: n }, () => startWorker({ uri: server.uri, redisUrl, prefix }));

  try {
    // 1. edit to fresh
    const [worker] = startWorkers(1) as [WorkerProcess];
    await untilLogged(worker, 'projection loaded');
    const loadMs = Number(worker.logs.find((l) => l['msg'] === 'projection loaded')!['ms']);
    const ids = new Prng(5).sample(
      Array.from({ length: PROVINCE_ENTERPRISES }, (_, i) => `gen-ent-${String(i).padStart(6, '0')}`),
      EDITS + 1,
    );
    const edit = async (id: string, n: number) => {
      const node = await raw.getNode('Enterprise', id);
      const started = performance.now();
      const since = new Date().toISOString();
      await store.upsertNodes('Enterprise', [{ ...node!.props, description: `基准修改第${n}次：新增产线` }]);
      await until(async () => {
        const list = await raw.readCandidates('PARTNER_CANDIDATE', { kind: 'Enterprise', id }, 'upstream');
        return list !== null && list.computedAt >= since;
      });
      const ownMs = performance.now() - started;
      await until(drained);
      return { ownMs, allMs: performance.now() - started };
    };
    const first = await edit(ids[0]!, 0);
    const own: number[] = [];
    const all: number[] = [];
    for (let i = 1; i <= EDITS; i++) {
      const timed = await edit(ids[i]!, i);
      own.push(timed.ownMs);
      all.push(timed.allMs);
    }
    const jobsRun = worker.logs.filter((l) => l['msg'] === 'job done').length;
    const reloads = worker.logs.filter((l) => l['msg'] === 'projection loaded').length - 1;
    await stopWorkers([worker]);
    await noneFailed('the edits');
    out(
      `jobs: worker start to projection loaded ${seconds(loadMs)}; first edit ${seconds(first.ownMs)}; ` +
        `${jobsRun} jobs run, ${reloads} reloads; own list ${own.map((ms) => (ms / 1000).toFixed(2)).join(' / ')} s; ` +
        `everything ${all.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`,
    );

    // 2. full recompute, one worker process then two, `runs` times each
    const full: Record<1 | 2, { ms: number; peakMiB: number[] }[]> = { 1: [], 2: [] };
    for (let r = 0; r < runs; r++) {
      for (const n of [1, 2] as const) {
        // warm workers, as in production: each has loaded its projection before the run is queued
        const workers = startWorkers(n);
        await Promise.all(workers.map((w) => untilLogged(w, 'projection loaded')));
        const started = performance.now();
        await queue.add([{ name: 'recompute.full', payload: {} }]);
        await until(async () => (await bull.getJobCounts('completed'))['completed']! > 0 && (await drained()), 1_000);
        const ms = performance.now() - started;
        const peakMiB = workers.map((w) => peakRssMiB(w.child.pid!));
        await stopWorkers(workers);
        await noneFailed(`the full recompute with ${n} worker${n > 1 ? 's' : ''}`);
        full[n].push({ ms, peakMiB });
        out(
          `jobs: full recompute run ${r + 1}/${runs} with ${n} worker${n > 1 ? 's' : ''}: ${seconds(ms)}, ` +
            `peak RSS ${peakMiB.map((m) => `${m.toFixed(0)} MiB`).join(' / ')}`,
        );
        await bull.clean(0, 100_000, 'completed');
      }
    }

    const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
    const one = median(full[1].map((f) => f.ms));
    const two = median(full[2].map((f) => f.ms));
    out(`\n| job pipeline, ${PROVINCE_ENTERPRISES.toLocaleString('en')}-enterprise province on Neo4j | p50 | p95 |`);
    out('|---|---|---|');
    out(
      `| edit → the enterprise's own partner list stored anew (${EDITS} edits, one worker) | ${seconds(median(own))} | ${seconds(p95(own))} |`,
    );
    out(
      `| edit → every job it queued done (the lists it appears in, its gap maps) | ${seconds(median(all))} | ${seconds(p95(all))} |`,
    );
    out(
      `\n| full recompute (partners 200,000 lists, tackling, gap maps, assignment) | median of ${runs} | peak RSS per worker |`,
    );
    out('|---|---|---|');
    out(`| one worker process | ${seconds(one)} | ${median(full[1].map((f) => f.peakMiB[0]!)).toFixed(0)} MiB |`);
    out(
      `| two worker processes | ${seconds(two)} (${(one / two).toFixed(2)}x) | ${median(full[2].map((f) => Math.max(...f.peakMiB))).toFixed(0)} MiB |`,
    );
    out(
      `\nEdits: own list ${own.map((ms) => (ms / 1000).toFixed(2)).join(' / ')} s; everything ${all.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s. ` +
        `A worker loads its projection from Neo4j when it starts: ${seconds(loadMs)}.\n`,
    );
  } finally {
    await bull.obliterate({ force: true });
    await connection.del(`${prefix}:changes`);
    await queue.close();
    await connection.quit();
    await raw.close();
  }
}

function startWorker({ uri, redisUrl, prefix }: { uri: string; redisUrl: string; prefix: string }): WorkerProcess {
  // node itself (not the tsx launcher, which runs a second process): its pid is the worker's, for its peak memory
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'workers', 'worker.ts')], {
    cwd: ROOT,
    env: {
      ...HEAVY.env,
      NEO4J_URI: uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'local',
      REDIS_URL: redisUrl,
      REDCHAIN_QUEUE_PREFIX: prefix,
      WORKER_CONCURRENCY: '1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: Record<string, unknown>[] = [];
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop()!;
    for (const line of lines) if (line.startsWith('{')) logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, logs, exited };
}

async function stopWorkers(workers: WorkerProcess[]): Promise<void> {
  workers.forEach((w) => w.child.kill('SIGTERM'));
  await Promise.all(workers.map((w) => w.exited));
}

/** The process's peak resident memory so far (VmHWM), read before it exits. */
function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

async function untilLogged(worker: WorkerProcess, msg: string): Promise<void> {
  await until(async () => worker.logs.some((l) => l['msg'] === msg), 100);
}

async function until(check: () => Promise<boolean>, everyMs = 25): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, everyMs));
}

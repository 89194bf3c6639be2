import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
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
import { median, out, ROOT, run, seconds, TSX } from './bench-util';
import { ENGINES, GENERATED, HEAVY, PROVINCE_ENTERPRISES, provinceBundle, provinceInNeo4j } from './default-province';
import {
  cpuSeconds,
  peakRssMiB,
  projectionLoaded,
  startWorker,
  stopWorkers,
  until,
  untilLogged,
  type WorkerProcess,
} from './worker-process';

/**
 * BENCH_JOBS_EDITS_ONLY=1: only what the edits need (one full recompute with two workers, to store
 * the lists an edit may move) and the edits, to measure a change to the edit path.
 */
const EDITS_ONLY = process.env['BENCH_JOBS_EDITS_ONLY'] === '1';
/**
 * BENCH_JOBS_START_ONLY=1: only the worker start (1) and its baseline, the memory store's load
 * (the engines' child stops after projecting), to measure a change to the load with every run.
 */
const START_ONLY = process.env['BENCH_JOBS_START_ONLY'] === '1';
/** Edits timed one after another (BENCH_EDITS); p95 of 20 is the second slowest. */
const EDITS = Number(process.env['BENCH_EDITS'] ?? 20);
const DEBOUNCE_MS = 500;

/** The engines' figures bench/engines.child.ts prints (the part this section reads). */
interface EngineFigures {
  projectionMs: number;
  partnersMs: number;
  tacklingMs: number;
  assignmentMs: number;
  gapsMs: number;
}

/**
 * The job pipeline on the default province, the way a park deploys it: Neo4j, Redis, worker
 * processes. This process plays the API: it writes through the change-reporting store, which
 * logs the change and queues the recomputes. Each figure has its baseline from the same run.
 *
 * 0. The engines in process (bench/engines.child.ts over the memory store's snapshot): the
 *    projection loaded from the memory store, and partners, tackling, the assignment and gap
 *    maps computed the way a full recompute computes them — the baselines of 1 and 2.
 * 1. Worker start: a worker process until its projection is loaded, read from Neo4j (snapshots
 *    off), over the memory store's load; then from the snapshot a previous worker left.
 * 2. A full recompute (partners for every enterprise in chunks, tackling, gap maps, the
 *    assignment) with one worker process and with two, from queueing to the last write, on warm
 *    workers, over the engines in process and one worker over two.
 * 3. Edit to fresh result, one warm worker, after the full recomputes (the lists an edit may move
 *    are stored, as in service): an enterprise's description is edited, and the time is taken
 *    until its own partner list is stored anew, then until every job the edit queued (the lists
 *    it appears in, its gap maps) is done; each edit is patched into the projection.
 */
export async function benchJobs(server: LocalNeo4j, runs: number): Promise<void> {
  await provinceInNeo4j(server);
  const memorySnapshot = await provinceMemorySnapshot();
  const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const prefix = `bench-jobs-${process.pid}`;
  const projectionDir = mkdtempSync(path.join(os.tmpdir(), 'redchain-bench-projection-'));
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
  const startWorkers = (n: number, snapshots: 'on' | 'off' = 'on') =>
    Array.from({ length: n }, () =>
      startWorker({ uri: server.uri, redisUrl, prefix, projectionDir: snapshots === 'on' ? projectionDir : 'off' }),
    );
  const N = PROVINCE_ENTERPRISES.toLocaleString('en');

  try {
    // 0. the engines in process: the baselines
    const engines: EngineFigures[] = [];
    for (let r = 0; r < (EDITS_ONLY ? 0 : runs); r++) {
      const args = [
        path.join(ROOT, 'bench', 'engines.child.ts'),
        memorySnapshot,
        ...(START_ONLY ? ['--projection-only'] : []),
      ];
      const { stdout } = await run(TSX, args, ENGINES);
      const f = JSON.parse(stdout.trim().split('\n').pop() as string) as EngineFigures;
      engines.push(f);
      out(
        `jobs: engines in process run ${r + 1}/${runs}: projection from the memory store ${seconds(f.projectionMs)}` +
          (START_ONLY ? '' : `, full recompute's results ${seconds(inProcessMs(f))}`),
      );
    }

    // 1. worker start: from Neo4j, then from the snapshot the previous worker left when it stopped
    const fromNeo4j: number[] = [];
    for (let r = 0; r < (EDITS_ONLY ? 0 : runs); r++) {
      const [worker] = startWorkers(1, 'off') as [WorkerProcess];
      fromNeo4j.push((await projectionLoaded(worker)).ms);
      await stopWorkers([worker]);
    }
    const [writer] = startWorkers(1) as [WorkerProcess];
    await projectionLoaded(writer);
    await stopWorkers([writer]);
    const fromSnapshot: number[] = [];
    for (let r = 0; r < (EDITS_ONLY ? 0 : runs); r++) {
      const [worker] = startWorkers(1) as [WorkerProcess];
      const loaded = await projectionLoaded(worker);
      await stopWorkers([worker]);
      if (loaded.from !== 'snapshot') throw new Error(`a worker started from ${loaded.from}, not its snapshot`);
      fromSnapshot.push(loaded.ms);
    }
    out(
      `jobs: worker start to projection loaded: from Neo4j ${fromNeo4j.map(seconds).join(' / ')}; ` +
        `from its snapshot ${fromSnapshot.map(seconds).join(' / ')}`,
    );
    if (START_ONLY) {
      const memoryLoad = median(engines.map((f) => f.projectionMs));
      out(`\n| worker start, ${N}-enterprise province on Neo4j | median of ${runs} | over its baseline (same run) |`);
      out('|---|---|---|');
      out(
        `| worker start → projection loaded from Neo4j, over loading it from the memory store (${seconds(memoryLoad)}) | ${seconds(median(fromNeo4j))} | ${(median(fromNeo4j) / memoryLoad).toFixed(2)}x |`,
      );
      out(
        `| worker start → projection loaded from the snapshot the previous worker left, then the change log | ${seconds(median(fromSnapshot))} | ${(median(fromSnapshot) / memoryLoad).toFixed(2)}x |`,
      );
      return;
    }

    // 2. full recompute, one worker process then two, `runs` times each
    const full: Record<1 | 2, { ms: number; peakMiB: number[] }[]> = { 1: [], 2: [] };
    for (let r = 0; r < (EDITS_ONLY ? 1 : runs); r++) {
      for (const n of EDITS_ONLY ? ([2] as const) : ([1, 2] as const)) {
        // warm workers, as in production: each has loaded its projection before the run is queued
        const workers = startWorkers(n);
        await Promise.all(workers.map((w) => untilLogged(w, 'projection loaded')));
        const cpuAtStart = [server.pid, ...workers.map((w) => w.child.pid!)].map(cpuSeconds);
        const started = performance.now();
        await queue.add([{ name: 'recompute.full', payload: {} }]);
        await until(async () => (await bull.getJobCounts('completed'))['completed']! > 0 && (await drained()), 1_000);
        const ms = performance.now() - started;
        const [neo4jCpu, ...workerCpu] = [server.pid, ...workers.map((w) => w.child.pid!)].map(
          (pid, i) => cpuSeconds(pid) - cpuAtStart[i]!,
        );
        const peakMiB = workers.map((w) => peakRssMiB(w.child.pid!));
        await stopWorkers(workers);
        await noneFailed(`the full recompute with ${n} worker${n > 1 ? 's' : ''}`);
        full[n].push({ ms, peakMiB });
        out(
          `jobs: full recompute run ${r + 1}/${runs} with ${n} worker${n > 1 ? 's' : ''}: ${seconds(ms)}, ` +
            `peak RSS ${peakMiB.map((m) => `${m.toFixed(0)} MiB`).join(' / ')}; CPU: Neo4j ${neo4jCpu!.toFixed(0)} s, ` +
            `worker${n > 1 ? 's' : ''} ${workerCpu.map((c) => `${c.toFixed(0)} s`).join(' / ')} ` +
            `(on two cores, no run of this work can take less than ${((neo4jCpu! + workerCpu.reduce((a, b) => a + b, 0)) / 2).toFixed(0)} s)`,
        );
        await bull.clean(0, 100_000, 'completed');
      }
    }

    // 3. edit to fresh, after the full recomputes: the lists an edit may move are stored, as in service
    const [worker] = startWorkers(1) as [WorkerProcess];
    await projectionLoaded(worker);
    // a warm worker: the engines' structures are built at start (warm-engines.ts), as in service
    await untilLogged(worker, 'engines warmed');
    out(
      `jobs: engines warmed at start, ms: ${JSON.stringify(worker.logs.find((l) => l['msg'] === 'engines warmed')?.['ms'])}`,
    );
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
    out(`jobs: per job of the edits, median (max) ms and the last summary: ${editJobTimes(worker.logs)}`);
    await stopWorkers([worker]);
    await noneFailed('the edits');
    out(
      `jobs: first edit ${seconds(first.ownMs)}; ${jobsRun} jobs run, ${reloads} reloads; ` +
        `own list ${own.map((ms) => (ms / 1000).toFixed(2)).join(' / ')} s; ` +
        `everything ${all.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`,
    );

    const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
    if (!EDITS_ONLY) {
      const inProcess = median(engines.map(inProcessMs));
      const memoryLoad = median(engines.map((f) => f.projectionMs));
      const one = median(full[1].map((f) => f.ms));
      const two = median(full[2].map((f) => f.ms));
      const neo4jLoad = median(fromNeo4j);
      const snapshotLoad = median(fromSnapshot);
      out(`\n| job pipeline, ${N}-enterprise province on Neo4j | median of ${runs} | over its baseline (same run) |`);
      out('|---|---|---|');
      out(
        `| full recompute through one worker process, over the engines computing the same results in process (${seconds(inProcess)}) | ${seconds(one)} | ${(one / inProcess).toFixed(2)}x |`,
      );
      out(`| the same with two worker processes, speed-up over one | ${seconds(two)} | ${(one / two).toFixed(2)}x |`);
      out(
        `| worker start → projection loaded from Neo4j, over loading it from the memory store (${seconds(memoryLoad)}) | ${seconds(neo4jLoad)} | ${(neo4jLoad / memoryLoad).toFixed(2)}x |`,
      );
      out(
        `| worker start → projection loaded from the snapshot the previous worker left, then the change log | ${seconds(snapshotLoad)} | ${(snapshotLoad / memoryLoad).toFixed(2)}x |`,
      );
    }
    out(`\n| edits, one worker | p50 | p95 (of ${EDITS}) |`);
    out('|---|---|---|');
    out(`| edit → the enterprise's own partner list stored anew | ${seconds(median(own))} | ${seconds(p95(own))} |`);
    out(
      `| edit → every job it queued done (the lists it appears in, its gap maps) | ${seconds(median(all))} | ${seconds(p95(all))} |`,
    );
    const peak = (n: 1 | 2) =>
      full[n].length > 0 ? `${median(full[n].map((f) => Math.max(...f.peakMiB))).toFixed(0)} MiB` : '–';
    out(
      `\nPeak RSS per worker: one ${peak(1)}, two ${peak(2)}. ` +
        `Edits: own list ${own.map((ms) => (ms / 1000).toFixed(2)).join(' / ')} s; everything ${all.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s.\n`,
    );
  } finally {
    await bull.obliterate({ force: true });
    await connection.del(`${prefix}:changes`);
    await queue.close();
    await connection.quit();
    await raw.close();
    rmSync(projectionDir, { recursive: true, force: true });
  }
}

/** What a full recompute computes, computed in process: partner lists (projection included), tackling, the assignment, gap maps. */
function inProcessMs(f: EngineFigures): number {
  return f.partnersMs + f.tacklingMs + f.assignmentMs + f.gapsMs;
}

/** The memory store's snapshot of the province (made from its bundle once, as the engines section makes it). */
async function provinceMemorySnapshot(): Promise<string> {
  const file = path.join(GENERATED, `province-${PROVINCE_ENTERPRISES}.snapshot.json`);
  if (!existsSync(file))
    await run(TSX, [path.join(ROOT, 'bench', 'engines-snapshot.child.ts'), await provinceBundle(), file], HEAVY);
  return file;
}

/** Per job name in a worker's log: median and longest time, and the last summary (what an edit's jobs cost). */
function editJobTimes(logs: Record<string, unknown>[]): string {
  const byName = new Map<string, { ms: number[]; summary: unknown }>();
  for (const line of logs) {
    if (line['msg'] !== 'job done') continue;
    const name = String(line['name']);
    const entry = byName.get(name) ?? { ms: [], summary: undefined };
    entry.ms.push(Number(line['ms']));
    entry.summary = line['summary'];
    byName.set(name, entry);
  }
  return [...byName]
    .map(
      ([name, { ms, summary }]) =>
        `${name} ${median(ms).toFixed(0)} (${Math.max(...ms).toFixed(0)}) ${JSON.stringify(summary)}`,
    )
    .join('; ');
}

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './bench-util';
import { ENGINES } from './default-province';

/** A worker process (`workers/worker.ts`, as `npm run worker` runs it) and what it logged. */
export interface WorkerProcess {
  child: ChildProcess;
  logs: Record<string, unknown>[];
  exited: Promise<void>;
}

export interface WorkerSettings {
  uri: string;
  redisUrl: string;
  prefix: string;
  /** Where it keeps its projection snapshot (REDCHAIN_PROJECTION_DIR); `off` for none. */
  projectionDir: string;
}

export function startWorker({ uri, redisUrl, prefix, projectionDir }: WorkerSettings): WorkerProcess {
  // node itself (not the tsx launcher, which runs a second process): its pid is the worker's, for its peak memory
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'workers', 'worker.ts')], {
    cwd: ROOT,
    env: {
      ...ENGINES.env,
      NEO4J_URI: uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'local',
      REDIS_URL: redisUrl,
      REDCHAIN_QUEUE_PREFIX: prefix,
      REDCHAIN_PROJECTION_DIR: projectionDir,
      WORKER_CONCURRENCY: '1',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      // a province's snapshot takes seconds to write when the worker stops
      SHUTDOWN_TIMEOUT_MS: '120000',
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

export async function stopWorkers(workers: WorkerProcess[]): Promise<void> {
  workers.forEach((w) => w.child.kill('SIGTERM'));
  await Promise.all(workers.map((w) => w.exited));
}

/** The process's peak resident memory so far (VmHWM), read before it exits. */
export function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** The worker's first `projection loaded` line, once it is logged: how long and where from. */
export async function projectionLoaded(worker: WorkerProcess): Promise<{ ms: number; from: string }> {
  await untilLogged(worker, 'projection loaded');
  const line = worker.logs.find((l) => l['msg'] === 'projection loaded')!;
  return { ms: Number(line['ms']), from: String(line['from']) };
}

export async function untilLogged(worker: WorkerProcess, msg: string): Promise<void> {
  await until(async () => {
    if (worker.child.exitCode !== null) throw new Error(`the worker exited (${worker.child.exitCode}) before '${msg}'`);
    return worker.logs.some((l) => l['msg'] === msg);
  }, 100);
}

export async function until(check: () => Promise<boolean>, everyMs = 25): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, everyMs));
}

/** CPU seconds a process has used so far (user + system, /proc/<pid>/stat). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // fields after the command's closing parenthesis: utime and stime are the 12th and 13th
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}
/** Linux's USER_HZ, the unit of /proc's CPU times, on every architecture Node runs on there. */
const CLOCK_TICKS = 100;

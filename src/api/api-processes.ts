import cluster, { type Worker } from 'node:cluster';
import { ENGINE_V8_FLAGS } from '../shared/engine-v8-flags';
import type { Logger } from '../shared/logger';
import { GRAPH_QUERY_ROLE, ROLE_ENV, SOCKET_ENV } from './graph-queries/graph-query-process';

/** A process that dies sooner than this after its start counts towards a crash loop. */
const EARLY_EXIT_MS = 10_000;
/** Early deaths in a row after which the primary gives up instead of restarting forever. */
const MAX_EARLY_EXITS = 5;
/**
 * A graph-query process that keeps dying at start (Neo4j or Redis away) is retried this much
 * later rather than taking the API down: stored lists and maps are served without it.
 */
const GRAPH_RETRY_MS = 30_000;

type Role = 'api' | typeof GRAPH_QUERY_ROLE;

/**
 * The graph-query process's heap is a graph of a gigabyte that stays: V8's memory reducer, which
 * shrinks the heap of a process gone idle, spent about 7 s of a core in the half minute after each
 * load compacting it by a fifth (measured on the province), CPU the API processes then lacked.
 * It runs the engines over that graph (search, what-ifs, meeting plans), so it gets their larger
 * young generation too (engine-v8-flags.ts).
 */
export const GRAPH_PROCESS_V8_FLAGS = ['--no-memory-reducer', ...ENGINE_V8_FLAGS];

/**
 * The primary process in production: forks `count` API processes sharing the port (node:cluster
 * hands each new connection to one of them, so one process's event loop is no longer the ceiling
 * on a machine with cores to spare) and, given a socket path, the graph-query process that holds
 * the graph in memory for all of them (graph-query-process.ts). It starts another process of the
 * same role when one dies, and on SIGTERM / SIGINT passes SIGTERM on — to the API processes, then
 * to the graph-query process once they are down — and exits once every process has shut down
 * gracefully.
 *
 * The first API process is started alone and the rest once it listens: each applies the Neo4j
 * schema at start, and one at a time keeps them from racing to create the same index. When API
 * processes keep dying right after they start (a bad password, Neo4j gone) the primary exits 1
 * rather than hide the cause behind a restart loop; a graph-query process that does is retried
 * every 30 s, since the API serves stored lists and maps without it.
 */
export function runApiProcesses(
  count: number,
  logger: Logger,
  shutdownTimeoutMs: number,
  graphSocket: string | null,
): void {
  const processes = new ApiProcessSupervisor(logger, shutdownTimeoutMs, graphSocket);
  cluster.on('exit', (worker, code, signal) => processes.exited(worker, code, signal));
  process.once('SIGTERM', () => processes.stop('SIGTERM'));
  process.once('SIGINT', () => processes.stop('SIGINT'));

  // the rest once any process listens: the first may die before it does and be replaced
  cluster.once('listening', () => {
    for (let i = processes.running().length; i < count; i++) processes.fork('api');
    if (graphSocket) processes.fork(GRAPH_QUERY_ROLE);
    logger.info({ processes: count, graphQueries: graphSocket }, 'API processes started');
  });
  processes.fork('api');
}

/**
 * What the primary knows of its processes — each one's role and start, the early deaths in a row
 * per role, whether a shutdown is under way — and what it does when one exits or it is told to stop.
 */
class ApiProcessSupervisor {
  private readonly startedAt = new Map<number, number>();
  private readonly roles = new Map<number, Role>();
  private stopping = false;
  private clean = true;
  private graphStopped = false;
  // counted per role: a graph-query process failing at start says nothing of the API processes
  private readonly earlyExits: Record<Role, number> = { api: 0, [GRAPH_QUERY_ROLE]: 0 };
  private readonly execArgv = process.execArgv;

  constructor(
    private readonly logger: Logger,
    private readonly shutdownTimeoutMs: number,
    private readonly graphSocket: string | null,
  ) {}

  fork(role: Role): Worker {
    const { execArgv, graphSocket } = this;
    cluster.setupPrimary({ execArgv: role === 'api' ? execArgv : [...execArgv, ...GRAPH_PROCESS_V8_FLAGS] });
    const worker = cluster.fork({ [ROLE_ENV]: role, ...(graphSocket ? { [SOCKET_ENV]: graphSocket } : {}) });
    this.startedAt.set(worker.id, Date.now());
    this.roles.set(worker.id, role);
    // a process killed outright breaks its IPC channel (EPIPE): its 'exit' (exited) deals with it,
    // and an unhandled 'error' would take the primary and every other process down with it
    worker.on('error', (error) =>
      this.logger.warn({ pid: worker.process.pid, error: error.message }, 'API process channel error'),
    );
    return worker;
  }

  running(): Worker[] {
    return Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
  }

  /** A process exited: part of the shutdown under way, or a death to answer. */
  exited(worker: Worker, code: number, signal: string): void {
    const lived = Date.now() - (this.startedAt.get(worker.id) ?? 0);
    const role = this.roles.get(worker.id) ?? 'api';
    this.startedAt.delete(worker.id);
    this.roles.delete(worker.id);
    if (this.stopping) {
      this.clean &&= code === 0;
      if (this.running().length === 0) process.exit(this.clean ? 0 : 1);
      this.stopGraphOnceApiIsDown();
      return;
    }
    this.earlyExits[role] = lived < EARLY_EXIT_MS ? this.earlyExits[role] + 1 : 0;
    if (this.earlyExits[role] >= MAX_EARLY_EXITS) this.crashLooping(role, code, signal);
    else this.replace(worker, role, code, signal, lived);
  }

  /** Too many early deaths in a row: the API processes give up, the graph-query process waits. */
  private crashLooping(role: Role, code: number, signal: string): void {
    if (role === 'api') {
      this.logger.fatal(
        { code, signal, earlyExits: this.earlyExits[role] },
        'API processes keep dying at start; giving up (see their errors above)',
      );
      this.stop('crash loop', 1);
      return;
    }
    this.logger.error(
      { code, signal, earlyExits: this.earlyExits[role], retryInMs: GRAPH_RETRY_MS },
      'the graph-query process keeps dying at start (see its errors above); search, what-ifs and coverage answer 503 until it runs',
    );
    this.earlyExits[role] = 0;
    setTimeout(() => {
      if (!this.stopping) this.fork(role);
    }, GRAPH_RETRY_MS).unref();
  }

  private replace(worker: Worker, role: Role, code: number, signal: string, lived: number): void {
    this.logger.error(
      { pid: worker.process.pid, role, code, signal, livedMs: lived },
      `${role === 'api' ? 'an API process' : 'the graph-query process'} died; starting another`,
    );
    this.fork(role);
  }

  private stopGraphOnceApiIsDown(): void {
    if (this.graphStopped || this.running().some((w) => this.roles.get(w.id) === 'api')) return;
    this.graphStopped = true;
    for (const worker of this.running()) worker.process.kill('SIGTERM');
  }

  stop(why: string, exitCode = 0): void {
    if (this.stopping) return;
    this.stopping = true;
    this.clean = exitCode === 0;
    this.logger.info({ why, processes: this.running().length }, 'stopping the API processes');
    // SIGTERM, whatever came here: after a terminal's Ctrl-C each process has had SIGINT already,
    // and its SIGTERM handler joins the shutdown under way instead of killing it. The API
    // processes first: the requests they drain may still ask the graph-query process
    for (const worker of this.running()) if (this.roles.get(worker.id) === 'api') worker.process.kill('SIGTERM');
    if (this.running().length === 0) process.exit(exitCode);
    this.stopGraphOnceApiIsDown();
    setTimeout(() => {
      this.logger.error({ shutdownTimeoutMs: this.shutdownTimeoutMs }, 'API processes did not stop in time');
      process.exit(1);
    }, this.shutdownTimeoutMs + 2_000).unref();
  }
}

import { EngineError } from '../match/engine-error';
import { loadConfig } from '../config/config';
import { AppError } from '../shared/app-error';
import type { GraphStore } from '../store/graph-store';
import { DataDirectoryLockedError, DataFileError } from '../store/memory/data-file-error';
import { openStore } from '../store/open-store';
import { openJobs } from '../jobs/open-jobs';
import { checkRedisReachable, RedisUnreachableError } from '../jobs/redis-reachable';
import { Neo4jStartError } from '../store/neo4j/neo4j-start-error';
import { createCommandLogger } from '../shared/logger';
import { NameNotSettledError } from './name-lookup';

export interface CommandContext {
  store: GraphStore;
  out: (line: string) => void;
  /** A line beside the answer (standard error), e.g. which enterprise a name settled on when the answer is JSON. */
  note: (line: string) => void;
}

/** Thrown by `out` once the reader of standard output has gone: the command stops, quietly. */
class OutputClosedError extends Error {}

/** Set when standard output's reader went away (`… | head`): nothing more is written to it. */
let outputClosed = false;
let listening = false;

/**
 * A reader that leaves early (`redchain partners … | head -2`) closes the pipe: the next write
 * fails with EPIPE, which Node reports later as an 'error' event, a crash with a stack trace when
 * nobody listens. redchain then stops writing and exits 0 without a word, as a user of `head`
 * expects. Standard error closing loses only the notes; any other failure of standard output exits 1.
 */
function listenForClosedOutput(): void {
  if (listening) return;
  listening = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    outputClosed = true;
    if (error.code === 'EPIPE') return;
    process.stderr.write(`redchain: cannot write the answer: ${error.message}\n`);
    process.exitCode = 1;
  });
  process.stderr.on('error', () => undefined);
}

function out(line: string): void {
  if (outputClosed) throw new OutputClosedError();
  process.stdout.write(`${line}\n`);
}

/**
 * Opens the configured store, runs the command, always closes the store; errors become exit 1,
 * a name that fits several nodes exit 2 (the user chooses among those listed); a reader that
 * closed standard output ends the command quietly.
 * `writes`: the command writes the graph, so on the memory store it takes the data directory
 * (refused while the server holds it: its next snapshot would silently undo the command's
 * writes). Other commands read the files as they are, beside a running server.
 * On Neo4j with Redis, a command's writes go through the store the API and the workers write
 * through: each change is appended to the change log the workers' projections follow, and the
 * recomputes it affects are queued. Without that, a change made from the command line reached
 * Neo4j and nothing else: searches, lists and full recomputes went on reading the graph as it was
 * before, until every process was restarted.
 */
export async function commandContext(
  run: (ctx: CommandContext) => Promise<void>,
  { writes = false }: { writes?: boolean } = {},
): Promise<void> {
  let store: GraphStore | null = null;
  let jobs: ReturnType<typeof openJobs> | null = null;
  listenForClosedOutput();
  try {
    const config = loadConfig();
    const reportsChanges = writes && config.neo4j && config.redis;
    if (reportsChanges) await checkRedisReachable(config.redis!.url);
    store = await openStore(config, { readOnly: !writes });
    if (reportsChanges) jobs = openJobs(config, store, createCommandLogger());
    await run({
      store: jobs?.store ?? store,
      out,
      note: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    if (error instanceof OutputClosedError) return;
    process.stderr.write(`redchain: ${messageOf(error)}\n`);
    process.exitCode = error instanceof NameNotSettledError ? error.exitCode : 1;
  } finally {
    await jobs?.close();
    await store?.close();
  }
}

function messageOf(error: unknown): string {
  if (error instanceof DataDirectoryLockedError)
    return `the server (pid ${error.pid}) holds the data directory ${error.dir}: import through the API (POST /api/v1/import) or stop the server first`;
  if (
    error instanceof AppError ||
    error instanceof EngineError ||
    error instanceof DataFileError ||
    error instanceof NameNotSettledError ||
    error instanceof RedisUnreachableError ||
    error instanceof Neo4jStartError
  )
    return error.message;
  return (error as Error).stack ?? String(error);
}

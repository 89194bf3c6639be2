import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './redchain-command';

const run = promisify(execFile);

/** A process started as the README starts it, with its standard error and exit code. */
async function started(entry: string, env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, ['--import', 'tsx', path.join(ROOT, entry)], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', PORT: '0', ...env },
      // a process that waits for a service without end is what this test is about
      timeout: 60_000,
      killSignal: 'SIGKILL',
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code: number | null; stderr: string; killed?: boolean };
    return { code: e.killed ? -1 : (e.code ?? -1), stderr: e.stderr };
  }
}

/**
 * A deployment's processes started against a Neo4j or a Redis that is not there: each says so in
 * one line and exits 1. Before, an API process and a worker waited for Redis without end, logging a
 * connection error three times a second, and a refused Neo4j printed a driver's stack trace from
 * each of five API processes started in turn.
 */
describe('a start against services that do not answer', () => {
  const processes = [
    ['the API', 'src/main.ts', 'redchain'],
    ['a worker', 'workers/worker.ts', 'redchain worker'],
  ] as const;
  /** The service left out, its setting, and the one line that must say so (the name of the process before it). */
  const services: { service: string; env: Record<string, string>; line: string }[] = [
    {
      service: 'Neo4j',
      env: { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'whatever' },
      line: 'Neo4j at NEO4J_URI bolt://127\\.0\\.0\\.1:1 did not answer \\(.+\\): start Neo4j, or correct NEO4J_URI',
    },
    {
      service: 'Redis',
      env: { REDIS_URL: 'redis://:s3cret@127.0.0.1:1/0' },
      line: 'Redis at REDIS_URL redis://:\\*\\*\\*@127\\.0\\.0\\.1:1/0 did not answer \\(.+\\): start Redis, or correct REDIS_URL',
    },
  ];

  test.each(
    services.flatMap((s) => processes.map(([what, entry, name]) => [what, s.service, entry, name, s] as const)),
  )(
    'when %s starts without %s, then it exits 1 in one line naming the setting, never a password',
    async (_what, _service, entry, name, { env, line }) => {
      const { code, stderr } = await started(entry, env);
      expect({ code, lines: stderr.trim().split('\n') }).toEqual({
        code: 1,
        lines: [expect.stringMatching(new RegExp(`^${name}: ${line}$`, 'u'))],
      });
      expect(stderr).not.toContain('s3cret');
    },
    90_000,
  );
});

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import { freePort } from '../../scripts/local-stack';
import { uniquePrefix } from '../helpers/fixtures';
import { until } from '../helpers/until';

const ROOT = path.resolve(__dirname, '../..');
const ADMIN_KEY = 'api-processes-admin-key-0123456789';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * API_PROCESSES=2: the API as a park's IT team runs it on a machine with cores to spare — one
 * port served by two processes, a dead one replaced without the port going quiet, and SIGTERM
 * stopping them all gracefully.
 */
describe('the API served by several processes', () => {
  const prefix = `test-${uniquePrefix('procs')}`;
  let primary: ChildProcess;
  const listening: number[] = [];
  const graphProcesses: number[] = [];
  const requestLines: Array<{ req?: Record<string, unknown>; res?: Record<string, unknown> }> = [];
  let everyLine = '';
  const entries: { pid: number; msg: string; step?: string; from?: string }[] = [];
  const projections = mkdtempSync(path.join(os.tmpdir(), 'redchain-procs-projection-'));

  afterAll(async () => {
    if (primary.exitCode === null && primary.signalCode === null) primary.kill('SIGKILL');
    for (const pid of [...listening, ...graphProcesses]) if (alive(pid)) process.kill(pid, 'SIGKILL');
    const redis = new IORedis(process.env['REDIS_URL']!);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    rmSync(projections, { recursive: true, force: true });
  });

  test('when API_PROCESSES is 2, then two processes answer on one port with a graph-query process beside them, a killed one of either is replaced, and SIGTERM stops all', async () => {
    const port = await freePort();
    // node itself, not the tsx launcher, so that the pid signalled is the primary's
    primary = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        API_PROCESSES: '2',
        PORT: String(port),
        HOST: '127.0.0.1',
        REDCHAIN_QUEUE_PREFIX: prefix,
        REDCHAIN_ADMIN_KEY: ADMIN_KEY,
        RECOMPUTE_CRON: '',
        LOG_LEVEL: 'info',
        REDCHAIN_PROJECTION_DIR: projections,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    primary.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        everyLine += `${line}\n`;
        const entry = JSON.parse(line) as {
          pid: number;
          msg: string;
          step?: string;
          from?: string;
          req?: Record<string, unknown>;
        };
        entries.push(entry);
        if (entry.msg.startsWith('redchain listening')) listening.push(entry.pid);
        if (entry.msg === 'graph-query process listening') graphProcesses.push(entry.pid);
        if (entry.msg === 'request completed') requestLines.push(entry);
      }
    });
    // the body too, for the answers of the graph-query process
    const read = (url: string) =>
      new Promise<{ status: number; body: string; retryAfter?: string }>((resolve, reject) =>
        http
          .get(
            { host: '127.0.0.1', port, path: url, agent: false, headers: { authorization: `Bearer ${ADMIN_KEY}` } },
            (res) => {
              let body = '';
              res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
              res.on('end', () =>
                resolve({
                  status: res.statusCode!,
                  body,
                  ...(res.headers['retry-after'] ? { retryAfter: String(res.headers['retry-after']) } : {}),
                }),
              );
            },
          )
          .on('error', reject),
      );
    const search = `/api/v1/search?q=${encodeURIComponent('白银')}&limit=3`;
    const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
    // a new connection each time, as a client whose connection died with a process makes
    const get = (url: string) =>
      new Promise<number>((resolve, reject) =>
        http
          .get(
            { host: '127.0.0.1', port, path: url, agent: false, headers: { authorization: `Bearer ${ADMIN_KEY}` } },
            (res) => {
              res.resume();
              resolve(res.statusCode!);
            },
          )
          .on('error', reject)
          .setTimeout(3_000, function (this: http.ClientRequest) {
            this.destroy(new Error(`no answer to ${url} in 3 s`));
          }),
      );

    await until(async () => listening.length >= 2, 90_000, 'two API processes listening');
    expect(new Set(listening).size).toBe(2);
    expect(listening).not.toContain(primary.pid);
    for (let i = 0; i < 10; i++) expect(await get('/api/v1/regions')).toBe(200);

    // a process dies without warning: the primary starts another and the port keeps answering
    const [victim, survivor] = listening as [number, number];
    process.kill(victim, 'SIGKILL');
    // a connection handed to the victim in the instant before the primary saw it die is lost, as
    // it would be with any server killed mid-request; the next ones are served by the survivor
    await until(async () => (await get('/healthz').catch(() => 0)) === 200, 10_000, 'the port answering');
    await until(async () => listening.length >= 3, 90_000, 'a third API process, replacing the killed one');
    expect(alive(survivor)).toBe(true);
    expect(await get('/api/v1/regions')).toBe(200);

    // search is answered by the graph-query process, one for all API processes, once it has loaded the graph
    await until(async () => graphProcesses.length === 1, 90_000, 'the graph-query process listening');
    expect(listening).not.toContain(graphProcesses[0]);
    await until(async () => (await read(search)).status === 200, 90_000, 'search answering from the graph');
    expect(JSON.parse((await read('/readyz')).body)).toMatchObject({ status: 'ready', graph: 'loaded' });

    // the graph-query process dies: graph queries answer 503 saying what is away, stored reads go on,
    // and the primary starts another, which the API processes use without being restarted
    const apiProcesses = listening.length;
    // it left a snapshot of the graph once loaded, for the next one to start from
    await until(async () => readdirSync(projections).some((f) => f.endsWith('.v8')), 30_000, 'a projection snapshot');
    process.kill(graphProcesses[0]!, 'SIGKILL');
    const away = await read(search);
    expect(away.status).toBe(503);
    expect(away.retryAfter).toBe('5');
    // (a replacement quick enough to be listening already says it is still loading the graph)
    expect(JSON.parse(away.body)).toMatchObject({
      status: 503,
      detail: expect.stringMatching(/graph-query process|still loading/),
    });
    expect(await get('/api/v1/regions')).toBe(200);
    await until(async () => graphProcesses.length === 2, 90_000, 'a second graph-query process');
    await until(async () => (await read(search)).status === 200, 90_000, 'search answering again');
    expect(listening.length).toBe(apiProcesses);
    // the first read all of Neo4j; its replacement started from the snapshot and the change log
    const loadedFrom = (pid: number) => entries.find((e) => e.pid === pid && e.msg === 'projection loaded')?.from;
    expect([loadedFrom(graphProcesses[0]!), loadedFrom(graphProcesses[1]!)]).toEqual(['store', 'snapshot']);

    // each request is one short log line: who asked for what and the answer, never the key
    expect(requestLines.length).toBeGreaterThan(10);
    for (const line of requestLines) {
      expect(Object.keys(line.req!).sort()).toEqual(['id', 'method', 'remoteAddress', 'url']);
      expect(Object.keys(line.res!)).toEqual(['statusCode']);
    }
    expect(everyLine).not.toContain(ADMIN_KEY);

    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of [...listening, ...graphProcesses]) expect(alive(pid)).toBe(false);
    // the API processes stop first, so that what they drain may still ask the graph-query process
    const graphStops = entries.findIndex((e) => e.pid === graphProcesses[1] && e.msg === 'shutting down');
    const apiStopped = entries.map((e, i) => (listening.includes(e.pid) && e.step === 'store' ? i : -1));
    expect(graphStops).toBeGreaterThan(Math.max(...apiStopped));
    expect(Math.max(...apiStopped)).toBeGreaterThan(-1);
  }, 240_000);
});

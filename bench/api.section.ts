import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import IORedis from 'ioredis';
import { freePort, type LocalNeo4j } from '../scripts/local-stack';
import { median, out, ROOT, run, TSX } from './bench-util';
import { HEAVY, provinceInNeo4j } from './default-province';

/** Partner lists and candidate lists stored for the benchmark to read (a sample: a read's cost does not grow with their number). */
const ENTERPRISES = 1_000;
const PROBLEMS = 500;
const RATE = 500;
const SECONDS = 20;
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  total: number;
  errors: number;
  non2xx: number;
}

/**
 * The API under load (issue 6's target: p99 ≤ 30 ms at 500 requests a second on this machine):
 * the API as its own process (`src/main.ts`, as `npm start` runs it, on Neo4j and Redis, request
 * logs on), autocannon on loopback at a fixed 500 requests a second, half partner reads
 * (GET /enterprises/:id/partners) and half candidate reads (GET /problems/:id/candidates), over
 * stored lists of 1,000 enterprises and 500 problems of the 100k province.
 */
export async function benchApi(server: LocalNeo4j, runs: number): Promise<void> {
  await provinceInNeo4j(server);
  const { stdout } = await run(
    TSX,
    [path.join(ROOT, 'bench', 'api-lists.child.ts'), server.uri, String(ENTERPRISES), String(PROBLEMS)],
    HEAVY,
  );
  const { enterpriseIds, problemIds } = JSON.parse(stdout.trim().split('\n').pop()!) as {
    enterpriseIds: string[];
    problemIds: string[];
  };
  const port = await freePort();
  const api = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: server.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'local',
      REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      REDCHAIN_QUEUE_PREFIX: `bench-api-${process.pid}`,
      REDCHAIN_ADMIN_KEY: ADMIN_KEY,
      RATE_LIMIT_PER_MINUTE: '1000000',
      RECOMPUTE_CRON: '',
      PORT: String(port),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitReady(port);
    const paths: string[] = [];
    for (let i = 0; i < Math.max(enterpriseIds.length, problemIds.length); i++) {
      const e = enterpriseIds[i % enterpriseIds.length]!;
      paths.push(`/api/v1/enterprises/${e}/partners?direction=${i % 2 ? 'upstream' : 'downstream'}&limit=20`);
      paths.push(`/api/v1/problems/${problemIds[i % problemIds.length]!}/candidates?limit=10`);
    }
    // warm-up: connections, the key cache, Neo4j's page cache
    await load(port, paths, 5);
    const figures: Figures[] = [];
    for (let r = 0; r < runs; r++) {
      const f = await load(port, paths, SECONDS);
      figures.push(f);
      out(
        `api run ${r + 1}/${runs}: ${f.rps.toFixed(0)} requests/s, p50 ${f.p50} ms, p99 ${f.p99} ms, ` +
          `${f.total} requests, ${f.errors} errors, ${f.non2xx} not 2xx`,
      );
    }
    const m = (pick: (f: Figures) => number) => median(figures.map(pick));
    out(
      `\n| API reads on the 100,000-enterprise province, ${RATE} requests/s for ${SECONDS} s | median of ${runs} | target |`,
    );
    out('|---|---|---|');
    out(`| throughput | ${m((f) => f.rps).toFixed(0)} requests/s | ${RATE} |`);
    out(`| latency p50 | ${m((f) => f.p50)} ms | |`);
    out(`| latency p99 | ${m((f) => f.p99)} ms | ≤ 30 ms |`);
    out(`| errors and non-2xx answers | ${m((f) => f.errors + f.non2xx)} | 0 |\n`);
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
    // the API made its queue's keys in Redis: leave nothing behind
    const redis = new IORedis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
    const keys = await redis.keys(`bench-api-${process.pid}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  }
}

async function load(port: number, paths: string[], seconds: number): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 20,
    duration: seconds,
    overallRate: RATE,
    headers: { authorization: `Bearer ${ADMIN_KEY}` },
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    total: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function waitReady(port: number): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the API did not become ready within 3 minutes');
}

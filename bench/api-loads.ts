import http from 'node:http';
import autocannon from 'autocannon';

/** What one load run measured. Latencies in ms; CPU per request filled in by the caller. */
export interface LoadFigures {
  p50: number;
  p99: number;
  max: number;
  rps: number;
  total: number;
  /** Connection errors and answers that were not 2xx. */
  failed: number;
  /** What the failures were: an error code (ECONNRESET) or `HTTP <status>`, with how many. */
  failures: Record<string, number>;
  apiCpuMs: number;
  neo4jCpuMs: number;
}

export interface Load {
  port: number;
  paths: readonly string[];
  rate: number;
  seconds: number;
  authorization: string;
}

/** The two ways the benchmark loads the API at the same rate. */
export type LoadKind = 'even' | 'bursts';

/**
 * Reads arriving evenly: the i-th read is due at i × 1000/rate ms and is sent then, whether or not
 * the earlier ones were answered (an open loop), on kept-alive connections; its latency runs from
 * when it was due, so a late send counts against the API rather than hiding (no coordinated
 * omission). This is how a park's users arrive: independently of each other, so a stall of the API
 * shows in the p99 as the reads that queued behind it, which the bursts below hide.
 *
 * Written here rather than taken from a library, for a measured reason. autocannon cannot make an
 * open loop (its rates are budgets per connection per second: the bursts below). The `loadtest`
 * package can, but on this 2-core machine, where the generator shares the cores with the API and
 * Neo4j, it used ~0.45 ms of CPU a read against ~0.3 ms for this loop and reported p99s of
 * 88 / 128 / 114 ms against 49 / 20 / 51 ms for this loop in alternate runs on the same API
 * (2026-12-06): its own weight was in the figure.
 */
export async function evenLoad({ port, paths, rate, seconds, authorization }: Load): Promise<LoadFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = rate * seconds;
  const latencies = new Float64Array(total);
  const failures: Record<string, number> = {};
  let sent = 0;
  let done = 0;
  const start = performance.now();
  const finished = new Promise<void>((resolve) => {
    const answered = (i: number, failure: string | null) => {
      latencies[i] = performance.now() - (start + (i * 1000) / rate);
      if (failure) failures[failure] = (failures[failure] ?? 0) + 1;
      if (++done === total) resolve();
    };
    const send = (i: number) => {
      const request = http.get(
        { host: '127.0.0.1', port, path: paths[i % paths.length], agent, headers: { authorization } },
        (res) => {
          res.resume();
          const status = res.statusCode ?? 0;
          res.on('end', () => answered(i, status >= 200 && status < 300 ? null : `HTTP ${status}`));
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) => answered(i, error.code ?? error.message));
    };
    // every millisecond or so, send what has fallen due
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
      while (sent < due) send(sent++);
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  await finished;
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = latencies.sort();
  const at = (q: number) => Math.round(sorted[Math.min(total - 1, Math.floor(q * total))]!);
  return {
    p50: at(0.5),
    p99: at(0.99),
    max: Math.round(sorted[total - 1]!),
    rps: total / elapsed,
    total,
    failed: Object.values(failures).reduce((n, count) => n + count, 0),
    failures,
    apiCpuMs: 0,
    neo4jCpuMs: 0,
  };
}

/**
 * autocannon at `overallRate`: 20 connections, each sending its share of a second's reads back to
 * back as soon as the second starts, then waiting. The API sees a burst of 20 reads in flight at
 * the top of each second and nothing after. Kept beside the even load because the figures of
 * issues 6 and 18 before 2026-12-06 were measured so.
 */
export async function burstLoad({ port, paths, rate, seconds, authorization }: Load): Promise<LoadFigures> {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 20,
    duration: seconds,
    overallRate: rate,
    headers: { authorization },
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    rps: result.requests.average,
    total: result.requests.total,
    failed: result.errors + result.non2xx,
    failures: {
      ...(result.errors > 0 ? { errors: result.errors } : {}),
      ...(result.non2xx > 0 ? { 'not 2xx': result.non2xx } : {}),
    },
    apiCpuMs: 0,
    neo4jCpuMs: 0,
  };
}

export const LOADS: Record<LoadKind, (load: Load) => Promise<LoadFigures>> = { even: evenLoad, bursts: burstLoad };

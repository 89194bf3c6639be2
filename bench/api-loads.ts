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
 * Reads arriving evenly, `rate` a second whatever the answers do (an open loop: the `loadtest`
 * package's requestsPerSecond, one request every 1000/rate ms, on kept-alive connections). This is
 * how a park's users arrive: independently of each other. A stall of the API then shows in the
 * p99 as the reads that queued behind it, which the bursts below hide.
 */
export async function evenLoad({ port, paths, rate, seconds, authorization }: Load): Promise<LoadFigures> {
  // an ES module only: imported when used (this project compiles to CommonJS)
  const { loadTest } = await import('loadtest');
  let next = 0;
  const result = (await (loadTest as unknown as (options: object) => Promise<unknown>)({
    url: `http://127.0.0.1:${port}/READ`,
    requestsPerSecond: rate,
    maxSeconds: seconds,
    agentKeepAlive: true,
    quiet: true,
    headers: { authorization },
    // each request's path in turn (the options' types predate indexParamLiteral)
    indexParamLiteral: '/READ',
    indexParamCallback: () => paths[next++ % paths.length]!,
  })) as {
    totalRequests: number;
    totalErrors: number;
    effectiveRps: number;
    maxLatencyMs: number;
    percentiles: Record<string, number>;
  };
  return {
    p50: result.percentiles['50']!,
    p99: result.percentiles['99']!,
    max: result.maxLatencyMs,
    rps: result.effectiveRps,
    total: result.totalRequests,
    failed: result.totalErrors,
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
    apiCpuMs: 0,
    neo4jCpuMs: 0,
  };
}

export const LOADS: Record<LoadKind, (load: Load) => Promise<LoadFigures>> = { even: evenLoad, bursts: burstLoad };

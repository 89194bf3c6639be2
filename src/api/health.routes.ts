import { Router } from 'express';
import { AppError } from '../shared/app-error';
import type { Logger } from '../shared/logger';
import { sendProblem } from './middleware/problem-details';

export interface ReadinessCheck {
  name: string;
  check: () => Promise<void>;
}

/**
 * /healthz answers while the process runs (liveness); /readyz checks every dependency (the
 * store, Redis when configured) and answers 503 naming the ones that are down, recovering by
 * itself when they return. It also says whether the graph is in memory (`graph`: loaded,
 * loading or unreachable), which does not decide readiness: stored lists and maps are served
 * without it, and only search, what-ifs, meeting plans, coverage and the problem board wait.
 *
 * A load balancer probes /readyz every few seconds, so its 503 is not logged as a failed request
 * (an error with a stack, each probe): a warning says when checks start failing, one line when
 * they all pass again (readinessChanges).
 */
export function healthRoutes(checks: ReadinessCheck[], graphStatus?: () => Promise<string>): Router {
  const router = Router();
  const reportChange = readinessChanges();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await withTimeout(check(), 3000);
          return { name, ok: true as const };
        } catch (error) {
          return { name, ok: false as const, reason: (error as Error).message };
        }
      }),
    );
    const down = results.flatMap((r) => (r.ok ? [] : [{ field: r.name, reason: r.reason }]));
    // pino-http (requestLog) gives every request its logger, carrying the request's id
    reportChange(req.log, down);
    if (down.length > 0) {
      const problem = new AppError(
        'unavailable',
        `not ready: ${down.map((d) => d.field).join(', ')} unavailable`,
        down,
      );
      return sendProblem(req, res, problem);
    }
    res.json({
      status: 'ready',
      checks: results.map((r) => r.name),
      ...(graphStatus ? { graph: await graphStatus() } : {}),
    });
  });
  return router;
}

/**
 * Logs a change of readiness, not its state: a warning (the checks down and why, no stack) when the
 * set of failing checks changes, an info line when none fails any more. The first probe is
 * compared with ready, so a start with Neo4j away warns once.
 */
function readinessChanges(): (log: Logger, down: { field: string; reason: string }[]) => void {
  let downBefore = '';
  return (log, down) => {
    const downNow = down.map((d) => d.field).join(', ');
    if (downNow === downBefore) return;
    if (downNow) log.warn({ down }, `not ready: ${downNow} unavailable`);
    else log.info({ wasDown: downBefore }, 'ready again');
    downBefore = downNow;
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

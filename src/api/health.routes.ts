import { Router } from 'express';
import { AppError } from '../shared/app-error';

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
 */
export function healthRoutes(checks: ReadinessCheck[], graphStatus?: () => Promise<string>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, _res, next) => {
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
    const down = results.filter((r) => !r.ok);
    if (down.length > 0) {
      return next(
        new AppError(
          'unavailable',
          `not ready: ${down.map((d) => d.name).join(', ')} unavailable`,
          down.map((d) => ({ field: d.name, reason: d.reason ?? 'unavailable' })),
        ),
      );
    }
    _res.json({
      status: 'ready',
      checks: results.map((r) => r.name),
      ...(graphStatus ? { graph: await graphStatus() } : {}),
    });
  });
  return router;
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

import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Logger } from '../../shared/logger';

const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

/** One structured log line per request (pino), carrying its request id; probes are not logged. */
export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (_req, res) => String((res as Response).locals['requestId']),
    autoLogging: { ignore: (req) => QUIET.has((req as Request).path) },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    // what an operator reads a request line for — not every header of the request and the answer,
    // which made each line about 1.5 KB (some 65 GB a day at 500 requests a second)
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // the key is a credential: never in a log line, should a serializer above ever take headers again
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
  }) as unknown as RequestHandler;
}

/**
 * Prometheus metrics: the process's own (memory, event loop, GC) and each request's duration by
 * method, route pattern (not the path: ids would make a series each) and status. One registry per
 * app, so several apps in one process (tests) do not collide.
 */
export function metrics(): { record: RequestHandler; serve: RequestHandler } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'redchain_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return {
    record: (req: Request, res: Response, next: NextFunction) => {
      const end = duration.startTimer();
      res.on('finish', () => {
        // set by mountRoutes: by the time the answer is sent, Express has reset req.baseUrl
        const pattern =
          (res.locals['route'] as string | undefined) ?? (req.route as { path?: string } | undefined)?.path;
        end({ method: req.method, route: pattern ?? 'unmatched', status: String(res.statusCode) });
      });
      next();
    },
    serve: async (_req: Request, res: Response) => {
      res.type(registry.contentType).send(await registry.metrics());
    },
  };
}

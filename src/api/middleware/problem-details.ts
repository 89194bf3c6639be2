import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../../shared/app-error';
import { EngineError } from '../../match/engine-error';
import { appErrorOfEngine } from '../engine-errors';
import type { Logger } from '../../shared/logger';

const RETRY_AFTER_SECONDS = 5;

/**
 * The one error handler of the API: every error becomes an RFC 9457 problem+json. Client
 * errors say which field and why; anything else is logged with its stack and answered with a
 * bare 500 that leaks nothing.
 */
export function problemDetails(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const appError = toAppError(error);
    if (!appError.isClientError) {
      logger.error({ err: error, requestId: res.locals['requestId'], path: req.path }, 'request failed');
    }
    sendProblem(req, res, appError);
  };
}

/**
 * The problem+json answer alone, unlogged: for an answer whose cause its route reports itself
 * (/readyz, probed every few seconds, logs when readiness changes, not each 503).
 */
export function sendProblem(req: Request, res: Response, appError: AppError): void {
  // a part that is starting or away (Neo4j, the graph-query process) is usually back within seconds
  if (appError.code === 'unavailable') res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res
    .status(appError.status)
    .type('application/problem+json')
    .json({
      type: `https://redchain.dev/problems/${appError.code}`,
      title: appError.code.replace(/_/g, ' '),
      status: appError.status,
      detail: appError.isClientError || appError.code === 'unavailable' ? appError.message : 'internal error',
      instance: req.originalUrl,
      requestId: res.locals['requestId'],
      ...(appError.fields.length > 0 ? { errors: appError.fields } : {}),
    });
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof EngineError) return appErrorOfEngine(error);
  // body-parser's errors carry a status and expose: true for client faults (bad JSON, too large);
  // the router's for a path parameter that is not valid percent-encoding carry 400 on a URIError
  const status = (error as { status?: unknown })?.status;
  const exposed = (error as { expose?: boolean }).expose === true || error instanceof URIError;
  const limit = (error as { limit?: unknown }).limit;
  if (status === 413 && exposed && typeof limit === 'number') {
    const reason = `is larger than ${sizeOf(limit)}, the limit for this body`;
    return new AppError('too_large', `body ${reason}`, [{ field: 'body', reason }]);
  }
  if (typeof status === 'number' && status >= 400 && status < 500 && exposed) {
    const where = error instanceof URIError ? 'path' : 'body';
    const reason =
      error instanceof URIError ? `is not valid percent-encoding (${error.message})` : (error as Error).message;
    return new AppError('bad_input', `${where} ${reason}`, [{ field: where, reason }]);
  }
  return new AppError('internal', 'internal error', [], { cause: error });
}

/** `10 MB` for 10,485,760 bytes (body-parser's limits are in binary megabytes). */
function sizeOf(bytes: number): string {
  const megabytes = bytes / 1024 ** 2;
  return Number.isInteger(megabytes) ? `${megabytes} MB` : `${bytes.toLocaleString('en')} bytes`;
}

/** 404 for every path no route took. */
export function notFound(req: Request, _res: Response, next: NextFunction): void {
  next(AppError.notFound(`path ${req.path}`));
}

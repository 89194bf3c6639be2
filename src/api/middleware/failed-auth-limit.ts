import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { MemoryStore, type Options, type Store } from 'express-rate-limit';
import type IORedis from 'ioredis';
import { AppError } from '../../shared/app-error';
import { addressOf, redisStore } from './protection';

const WINDOW_MS = 60_000;

export interface FailedAuthLimitOptions {
  /** Failed authentications (no key, or one that is not valid) an address may make a minute. */
  perMinute: number;
  /** Counts shared by every API process through Redis when there is one; else kept in this process. */
  redis: IORedis | null;
  prefix: string;
}

/**
 * Wraps authentication with a limit on failures per address (OWASP ASVS 2.2.1): each 401 counts
 * against the caller's address, and once an address has failed `perMinute` times in a minute
 * every request from it is answered 429 before its key is even looked at — so rotating invalid
 * keys (each of which would otherwise be a new caller) cannot probe for valid ones. Successful
 * requests are never counted, so a park's staff behind one address are not held back by
 * each other's traffic, only by failures.
 */
export function limitFailedAuthentication(
  authenticate: RequestHandler,
  { perMinute, redis, prefix }: FailedAuthLimitOptions,
): RequestHandler {
  const store: Store = redis ? redisStore(redis, `${prefix}:rate:failed-auth:`) : new MemoryStore();
  // a store that cannot start (Redis away) fails each count instead, answered 503 below
  Promise.resolve(store.init?.({ windowMs: WINDOW_MS } as Options)).catch(() => undefined);
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const address = addressOf(req);
    try {
      const seen = await store.get?.(address);
      if (seen && seen.totalHits >= perMinute) {
        const wait = seen.resetTime ? Math.max(1, Math.ceil((seen.resetTime.getTime() - Date.now()) / 1000)) : 60;
        res.setHeader('Retry-After', String(wait));
        throw new AppError(
          'too_many',
          `more than ${perMinute} failed authentications a minute from this address: wait as Retry-After says`,
        );
      }
    } catch (error) {
      return next(
        error instanceof AppError ? error : AppError.unavailable('the count of failed authentications', error),
      );
    }
    await authenticate(req, res, (error?: unknown) => {
      if ((error as { status?: unknown } | undefined)?.status !== 401) return next(error);
      Promise.resolve(store.increment(address)).then(
        () => next(error),
        (counting: unknown) => next(AppError.unavailable('the count of failed authentications', counting)),
      );
    });
  };
}

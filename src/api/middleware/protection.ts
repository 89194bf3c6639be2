import cors from 'cors';
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type IORedis from 'ioredis';
import { RedisStore } from 'rate-limit-redis';
import type { Caller } from '../../access/caller';
import { AppError } from '../../shared/app-error';

export interface ProtectionOptions {
  /** Origins a browser may call from (CORS_ORIGINS); empty: same origin only. */
  corsOrigins: readonly string[];
  /** Requests a key (or, without one, an address) may make a minute (RATE_LIMIT_PER_MINUTE). Default 1200. */
  perMinute: number;
  /** Failed authentications an address may make a minute before every request from it is refused (AUTH_FAILURES_PER_MINUTE). Default 30. */
  authFailuresPerMinute: number;
  /**
   * Express's `trust proxy` (TRUST_PROXY): false (default) ignores X-Forwarded-For, so a caller
   * cannot choose the address it is limited by; a number of proxies or their addresses trusts
   * the header as far as those proxies.
   */
  trustProxy: false | number | readonly string[];
  /** Counts are shared by every API process through Redis when there is one; else kept in this process. */
  redis: IORedis | null;
  prefix: string;
}

export const PROTECTION_DEFAULTS: ProtectionOptions = {
  corsOrigins: [],
  perMinute: 1200,
  authFailuresPerMinute: 30,
  trustProxy: false,
  redis: null,
  prefix: 'redchain',
};

/** The caller's address as the limits count it: a whole IPv6 /56 is one address, so rotating within it gains nothing. */
export function addressOf(req: Request): string {
  return ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}

/** Security headers (helmet) and CORS from configuration, on every answer. */
export function securityHeaders({ corsOrigins }: Pick<ProtectionOptions, 'corsOrigins'>): RequestHandler[] {
  return [
    helmet(),
    cors({
      origin: corsOrigins.length > 0 ? [...corsOrigins] : false,
      exposedHeaders: ['x-request-id', 'location', 'retry-after'],
    }),
  ];
}

/**
 * The rate limit, answered 429 as problem+json with Retry-After. It runs after authentication:
 * an authenticated request counts against its key's id — whatever form the key was presented in
 * (Bearer with any spacing, X-API-Key) — so a park's staff behind one address do not share a
 * limit and no spelling of a key earns a fresh count; any other request (the page, the docs)
 * counts against its address. An invalid key never gets a count of its own: it was answered 401
 * before this, and is counted by the failed-authentication limit.
 */
export function rateLimitPerCaller({
  perMinute,
  redis,
  prefix,
}: Pick<ProtectionOptions, 'perMinute' | 'redis' | 'prefix'>): RequestHandler {
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // X-Forwarded-For is ignored on purpose unless TRUST_PROXY names the proxies
    validate: { xForwardedForHeader: false },
    keyGenerator: (req: Request, res: Response) => {
      const caller = res.locals['caller'] as Caller | undefined;
      return caller ? `key:${caller.keyId}` : `ip:${addressOf(req)}`;
    },
    skip: (req) => req.path === '/healthz' || req.path === '/readyz' || req.path === '/metrics',
    handler: (_req, _res, next) =>
      next(new AppError('too_many', `more than ${perMinute} requests a minute: wait as Retry-After says`)),
    ...(redis ? { store: redisStore(redis, `${prefix}:rate:`) } : {}),
  });
  // a store that cannot count (Redis away) is a part that is away: 503 with Retry-After, not a 500
  return (req, res, next) =>
    void limiter(req, res, (error?: unknown) =>
      next(error === undefined || error instanceof AppError ? error : AppError.unavailable('the request count', error)),
    );
}

/** A rate-limit store in Redis, shared by every API process. */
export function redisStore(redis: IORedis, prefix: string): RedisStore {
  return new RedisStore({
    prefix,
    sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as never,
  });
}

import { createHash } from 'node:crypto';
import cors from 'cors';
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type IORedis from 'ioredis';
import { RedisStore } from 'rate-limit-redis';
import { AppError } from '../../shared/app-error';

export interface ProtectionOptions {
  /** Origins a browser may call from (CORS_ORIGINS); empty: same origin only. */
  corsOrigins: readonly string[];
  /** Requests a key (or, without one, an address) may make a minute (RATE_LIMIT_PER_MINUTE). */
  perMinute: number;
  /** Counts are shared by every API process through Redis when there is one; else kept in this process. */
  redis: IORedis | null;
  prefix: string;
}

/**
 * What every answer carries and every caller is held to: security headers (helmet), CORS from
 * configuration, and a rate limit per API key — answered 429 as problem+json with Retry-After.
 */
export function protection({ corsOrigins, perMinute, redis, prefix }: ProtectionOptions): RequestHandler[] {
  return [
    helmet(),
    cors({
      origin: corsOrigins.length > 0 ? [...corsOrigins] : false,
      exposedHeaders: ['x-request-id', 'location', 'retry-after'],
    }),
    rateLimit({
      windowMs: 60_000,
      limit: perMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      // by key, so a park's staff behind one address do not share a limit; the key is hashed, never kept
      keyGenerator: (req) => {
        const key = req.get('authorization') ?? req.get('x-api-key');
        return key
          ? createHash('sha256').update(key).digest('hex').slice(0, 32)
          : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
      },
      skip: (req) => req.path === '/healthz' || req.path === '/readyz' || req.path === '/metrics',
      handler: (_req, res, next) =>
        next(new AppError('too_many', `more than ${perMinute} requests a minute: wait as Retry-After says`)),
      ...(redis
        ? {
            store: new RedisStore({
              prefix: `${prefix}:rate:`,
              sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as never,
            }),
          }
        : {}),
    }),
  ];
}

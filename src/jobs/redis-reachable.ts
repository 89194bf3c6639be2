import IORedis from 'ioredis';

/** Redis did not answer at start: one line for the operator, instead of a process that waits forever. */
export class RedisUnreachableError extends Error {}

/** How long a start waits for Redis to answer a PING. */
const ANSWER_WITHIN_MS = 5_000;

/**
 * Checks that Redis answers before a process that needs it goes on. BullMQ's connections wait
 * for Redis without end (maxRetriesPerRequest null, so that a restart of Redis loses no job): with
 * a wrong REDIS_URL or a Redis that is down, an API process never listened and a worker never
 * loaded its graph, each logging a connection error three times a second until killed. A Redis
 * that goes away later is waited for, as before; only the start is refused.
 */
export async function checkRedisReachable(url: string, withinMs = ANSWER_WITHIN_MS): Promise<void> {
  const redis = new IORedis(url, {
    lazyConnect: true,
    connectTimeout: withinMs,
    commandTimeout: withinMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // the socket's error says why (ECONNREFUSED, a wrong host); the promise only that it closed
  let cause: string | null = null;
  redis.on('error', (error: Error) => (cause ??= error.message));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new RedisUnreachableError(
      `Redis at REDIS_URL ${shownUrl(url)} did not answer (${cause ?? (error as Error).message}): start Redis, or correct REDIS_URL`,
    );
  } finally {
    redis.disconnect();
  }
}

/** The URL without its password, which a log or a terminal must not show. */
function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

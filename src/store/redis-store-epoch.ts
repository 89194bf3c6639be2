import { randomUUID } from 'node:crypto';
import IORedis from 'ioredis';
import type { StoreEpoch } from './store-epoch';

/** How long opening waits for Redis before going on without it. */
const CONNECT_WAIT_MS = 2_000;
/** How long an advance that failed waits before its one retry. */
const RETRY_MS = 200;

/**
 * The store's epoch in Redis (`<prefix>:store-epoch`), shared by the API processes, the workers and
 * the CLI of one deployment. Each advance writes a fresh random token rather than counting up: a
 * Redis that restarted empty can never hand back a token that once meant another state.
 *
 * Its own connection, which fails a command at once while Redis is away instead of queueing it:
 * a reader then asks the store itself, and a list read never waits on Redis coming back.
 */
export class RedisStoreEpoch implements StoreEpoch {
  private readonly key: string;
  private away = false;

  private constructor(
    private readonly redis: IORedis,
    prefix: string,
    private readonly onWarning: (message: string) => void,
  ) {
    this.key = `${prefix}:store-epoch`;
    redis.on('error', (error: Error) => {
      // ioredis repeats the error on every reconnect attempt: said once per outage
      if (!this.away) onWarning(`store epoch: Redis away (${error.message}); list reads ask Neo4j each time meanwhile`);
      this.away = true;
    });
    redis.on('ready', () => (this.away = false));
  }

  /** Connected, or away after a short wait (then it reconnects in the background, as ioredis does). */
  static async connect(url: string, prefix: string, onWarning: (message: string) => void): Promise<RedisStoreEpoch> {
    const redis = new IORedis(url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      // closing while Redis is away leaves a socket that never says it closed: let it go soon, not after 2 s
      disconnectTimeout: 200,
    });
    const epoch = new RedisStoreEpoch(redis, prefix, onWarning);
    // a process that writes at once (an import from the CLI) must not miss its first advance
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done);
        redis.off('error', done);
        resolve();
      };
      const timer = setTimeout(done, CONNECT_WAIT_MS);
      redis.once('ready', done);
      redis.once('error', done);
    });
    return epoch;
  }

  async current(): Promise<string | null> {
    try {
      const token = await this.redis.get(this.key);
      if (token !== null) return token;
      // none yet (a new deployment, Redis restarted empty): the first to ask sets one
      await this.redis.set(this.key, randomUUID(), 'NX');
      return await this.redis.get(this.key);
    } catch {
      return null;
    }
  }

  async advance(): Promise<void> {
    try {
      await this.redis.set(this.key, randomUUID()).catch(async () => {
        // once more after a moment: a reconnect in progress is the usual cause
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        await this.redis.set(this.key, randomUUID());
      });
    } catch (error) {
      this.onWarning(
        `store epoch: could not advance after a write (${(error as Error).message}); other processes may answer lists read before it for up to their hold time`,
      );
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

import { randomUUID } from 'node:crypto';
import IORedis from 'ioredis';
import { HOLD_MS } from './epoch-held-reads';
import type { StoreEpoch } from './store-epoch';

/** How long opening waits for Redis before going on without it. */
const CONNECT_WAIT_MS = 2_000;
/**
 * How long one command may take. A Redis that stopped answering without closing the connection (a
 * stalled server, a partition with no reset) would otherwise hold every list read and every write's
 * answer: a read then asks Neo4j, and a write's advance is retried in the background.
 */
const COMMAND_TIMEOUT_MS = 250;
/** How often an advance that failed is tried again. */
const RETRY_EVERY_MS = 250;

/**
 * The store's epoch in Redis (`<prefix>:store-epoch`), shared by the API processes, the workers and
 * the CLI of one deployment.
 *
 * - Each advance writes a fresh random token rather than counting up.
 * - The token a process sees is the value in Redis and this connection's session: each time the
 *   connection comes (back) up, the session is a new one. A Redis that restarted, from its
 *   append-only file or empty, or failed over to a replica that missed the last advances may hand
 *   back a token that once meant an older state; the connection dropped meanwhile, so nothing a
 *   process held before matches again.
 * - Its own connection, which fails a command at once while Redis is away and after
 *   COMMAND_TIMEOUT_MS when Redis does not answer: a reader then asks the store itself, and a list
 *   read never waits on Redis.
 * - An advance that fails is retried in the background until it is made or HOLD_MS has passed (by
 *   then every read held before the write has expired anyway), and the failure is said.
 */
export class RedisStoreEpoch implements StoreEpoch {
  private readonly key: string;
  private away = false;
  private session = 0;
  private retrying: NodeJS.Timeout | null = null;
  /** Until when the background retries go on: HOLD_MS after the latest advance that failed. */
  private retryUntil = 0;
  private closed = false;

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
    redis.on('ready', () => {
      this.away = false;
      this.session += 1;
    });
  }

  /** Connected, or away after a short wait (then it reconnects in the background, as ioredis does). */
  static async connect(url: string, prefix: string, onWarning: (message: string) => void): Promise<RedisStoreEpoch> {
    const redis = new IORedis(url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      commandTimeout: COMMAND_TIMEOUT_MS,
      // closing while Redis is away leaves a socket that never says it closed: let it go soon, not after 2 s
      disconnectTimeout: 200,
      // shown by CLIENT LIST: which of a deployment's connections this is
      connectionName: `redchain-store-epoch:${prefix}`,
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
    const session = this.session;
    try {
      let token = await this.redis.get(this.key);
      if (token === null) {
        // none yet (a new deployment, Redis restarted empty): the first to ask sets one
        await this.redis.set(this.key, randomUUID(), 'NX');
        token = await this.redis.get(this.key);
      }
      // a reconnect while asking: the answer may come from the Redis after it, under the old session
      if (token === null || session !== this.session) return null;
      return `${session}:${token}`;
    } catch {
      return null;
    }
  }

  async advance(): Promise<void> {
    if (await this.tryAdvance()) return;
    this.onWarning(
      `store epoch: could not advance after a write; retrying for ${HOLD_MS / 1000} s, and until then other processes may answer lists read before it`,
    );
    this.retryUntil = Date.now() + HOLD_MS;
    this.retryInBackground();
  }

  private async tryAdvance(): Promise<boolean> {
    try {
      await this.redis.set(this.key, randomUUID());
      return true;
    } catch {
      return false;
    }
  }

  /** One retry chain at a time: any advance that succeeds covers every write before it. */
  private retryInBackground(): void {
    if (this.retrying) return;
    const retry = async () => {
      if (await this.tryAdvance()) {
        this.retrying = null;
        this.onWarning('store epoch: advanced again after the failure');
      } else if (!this.closed && Date.now() < this.retryUntil) {
        this.retrying = setTimeout(() => void retry(), RETRY_EVERY_MS).unref();
      } else {
        this.retrying = null;
      }
    };
    this.retrying = setTimeout(() => void retry(), RETRY_EVERY_MS).unref();
  }

  async close(): Promise<void> {
    // a retry in flight now finds the connection closed, and schedules no other
    this.closed = true;
    if (this.retrying) clearTimeout(this.retrying);
    this.retrying = null;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

import { LRUCache } from 'lru-cache';
import type { StoreEpoch } from './store-epoch';

/**
 * The longest a read is answered again without asking the store, even while the epoch stands. The
 * epoch covers every write made through redchain; this bounds what it cannot see: a change made in
 * Neo4j by hand (Neo4j Browser, cypher-shell), or an advance lost while Redis was away.
 */
export const HOLD_MS = 30_000;

/**
 * Where in its hold a held read that is asked for again is renewed in the background, as fractions
 * of the hold: drawn for each read between these two, so the reads a process made together (its
 * first seconds, or the first after a write) are not renewed together.
 */
const RENEW_FROM = 0.5;
const RENEW_TO = 0.8;

/** The time held reads are measured on (milliseconds, as performance.now()); a test gives its own. */
export interface HoldClock {
  now(): number;
}

interface Held<T> {
  token: string;
  read: T;
  /** From when (on the clock) a read answered from here also renews it. */
  renewAt: number;
}

/**
 * Reads answered again while the store's epoch stands: a process asks the epoch (one Redis GET)
 * instead of the store (a Neo4j round trip) for a read it made since the last write anywhere.
 *
 * The token is read before the store is, so a held read is never older than its token: a write
 * that committed after the token was read advances it, and the next read asks the store. A write
 * made through this process also forgets everything held here, whether or not the epoch could be
 * advanced: a process always reads its own writes.
 *
 * A read asked for again late in its hold is answered from here and read anew from the store in the
 * background, under the token just read, as a read that missed would be. So a read asked for often
 * is never answered from the store while the epoch stands, and never held for longer than the
 * hold. Measured on 2026-12-06: without renewal, the reads a process made in its first seconds all
 * ended their hold together every 30 s, and for the seconds that took, every read waited for Neo4j.
 */
export class EpochHeldReads<T extends object> {
  private readonly held: LRUCache<string, Held<T>>;
  /** Counts this process's writes: a read that began before one is not held. */
  private writes = 0;
  /** Renewals in flight, by key: one at a time for each, and awaited at close. */
  private readonly renewing = new Map<string, Promise<void>>();

  /**
   * @param bounds what is held at most: `maxSize` in the units of `sizeOf` (bytes, roughly), so
   *   that a caller reading many nodes evicts the oldest reads rather than growing the process
   */
  constructor(
    private readonly epoch: StoreEpoch | null,
    bounds: { maxSize: number; sizeOf: (read: T) => number },
    private readonly holdMs = HOLD_MS,
    private readonly clock: HoldClock = performance,
  ) {
    this.held = new LRUCache({
      maxSize: bounds.maxSize,
      sizeCalculation: ({ read }) => Math.max(1, bounds.sizeOf(read)),
      ttl: holdMs,
      perf: clock,
      // the clock read at each look-up, not kept for a millisecond with a timer per look-up
      ttlResolution: 0,
    });
  }

  /**
   * What `fromStore` answers for `key`, or what it answered earlier in this epoch. A null answer
   * (nothing there) is not held: a caller probing ids that do not exist cannot evict real reads.
   * Callers must not change what is returned.
   */
  async read(key: string, fromStore: () => Promise<T | null>): Promise<T | null> {
    if (!this.epoch) return fromStore();
    const started = this.clock.now();
    const writes = this.writes;
    const token = await this.epoch.current();
    if (token === null) return fromStore();
    const held = this.held.get(key);
    if (held && held.token === token) {
      if (started >= held.renewAt && !this.renewing.has(key)) this.renew(key, fromStore, { token, started, writes });
      return held.read;
    }
    const read = await fromStore();
    this.hold(key, read, { token, started, writes });
    return read;
  }

  /**
   * Holds what the store answered under the token read before it was asked, from when that token
   * was read, so no read is answered for longer than the hold after it; unless this process wrote
   * since the token was read.
   */
  private hold(key: string, read: T | null, asked: { token: string; started: number; writes: number }): void {
    if (read === null || asked.writes !== this.writes) return;
    const renewAt = asked.started + this.holdMs * (RENEW_FROM + Math.random() * (RENEW_TO - RENEW_FROM));
    this.held.set(key, { token: asked.token, read, renewAt }, { start: asked.started, ttl: this.holdMs });
  }

  /**
   * Reads the store again for a held read, in the background. A failure is not said: what is held
   * stays until its hold ends, and the next read then asks the store itself, and says it.
   */
  private renew(
    key: string,
    fromStore: () => Promise<T | null>,
    asked: { token: string; started: number; writes: number },
  ): void {
    const renewal = fromStore()
      .then((read) => {
        // a read that missed since, under a newer token, is not replaced with this older one
        const now = this.held.peek(key);
        if (!now || now.token === asked.token) this.hold(key, read, asked);
      })
      .catch(() => undefined)
      .finally(() => this.renewing.delete(key));
    this.renewing.set(key, renewal);
  }

  /** After a write through this process: nothing held here is answered again, and the epoch moves on. */
  async written(): Promise<void> {
    this.writes += 1;
    this.held.clear();
    await this.epoch?.advance();
  }

  async close(): Promise<void> {
    await Promise.all(this.renewing.values());
    this.held.clear();
    await this.epoch?.close();
  }
}

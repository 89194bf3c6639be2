import { EpochHeldReads } from '../../src/store/epoch-held-reads';
import type { StoreEpoch } from '../../src/store/store-epoch';

/** An epoch kept in this process, whose advances can be made to fail (as when Redis is away). */
class LocalEpoch implements StoreEpoch {
  token: string | null = 't0';
  advancing = true;
  private n = 0;
  async current() {
    return this.token;
  }
  async advance() {
    if (this.advancing) this.token = `t${++this.n}`;
  }
  async close() {}
}

const BOUNDS = { maxSize: 1_000, sizeOf: (read: { value: string }) => read.value.length };

/** A store whose answer the test changes, counting how often it was asked. */
function storeOf(answer: { value: string } | null) {
  const store = { answer, asked: 0, read: async () => (store.asked++, store.answer) };
  return store;
}

describe('reads held while the store epoch stands', () => {
  test('when nothing was written since, then the store is asked once; after an advance anywhere, again', async () => {
    const epoch = new LocalEpoch();
    const reads = new EpochHeldReads<{ value: string }>(epoch, BOUNDS);
    const store = storeOf({ value: 'a' });
    expect(await reads.read('k', store.read)).toEqual({ value: 'a' });
    store.answer = { value: 'b' };
    expect(await reads.read('k', store.read)).toEqual({ value: 'a' });
    expect(store.asked).toBe(1);
    // another process's write: only the token in the shared epoch moved
    epoch.token = 'elsewhere';
    expect(await reads.read('k', store.read)).toEqual({ value: 'b' });
    expect(store.asked).toBe(2);
  });

  test('when another process writes while a read is in flight, then what that read found is not answered after the write', async () => {
    const epoch = new LocalEpoch();
    const reads = new EpochHeldReads<{ value: string }>(epoch, BOUNDS);
    let release!: () => void;
    // the store is read before the other process's write commits, and answers after it
    const inFlight = reads.read('k', () => new Promise((resolve) => (release = () => resolve({ value: 'before' }))));
    await new Promise((resolve) => setImmediate(resolve));
    epoch.token = 'after the write';
    release();
    expect(await inFlight).toEqual({ value: 'before' });
    const store = storeOf({ value: 'after' });
    expect(await reads.read('k', store.read)).toEqual({ value: 'after' });
  });

  test('when reads exceed what may be held, then the oldest are let go and asked again', async () => {
    const reads = new EpochHeldReads<{ value: string }>(new LocalEpoch(), {
      maxSize: 10,
      sizeOf: (r) => r.value.length,
    });
    const store = storeOf({ value: 'abcdef' });
    await reads.read('k1', store.read);
    await reads.read('k2', store.read);
    await reads.read('k1', store.read);
    expect(store.asked).toBe(3);
  });

  test('when a read is older than the hold, then the store is asked even though the epoch stands', async () => {
    const reads = new EpochHeldReads<{ value: string }>(new LocalEpoch(), BOUNDS, 50);
    const store = storeOf({ value: 'a' });
    await reads.read('k', store.read);
    store.answer = { value: 'by hand' };
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await reads.read('k', store.read)).toEqual({ value: 'by hand' });
  });

  test('when many reads are made together, then they end their hold at different times, none before half the hold', async () => {
    const holdMs = 300;
    const reads = new EpochHeldReads<{ value: string }>(new LocalEpoch(), BOUNDS, holdMs);
    const keys = Array.from({ length: 60 }, (_, i) => `k${i}`);
    const asked = new Map<string, number>();
    const storeFor = (key: string) => async () => (asked.set(key, (asked.get(key) ?? 0) + 1), { value: key });
    const start = performance.now();
    await Promise.all(keys.map((key) => reads.read(key, storeFor(key))));
    // each key read again every few ms: when it is asked of the store a second time, its hold ended
    const ended = new Map<string, number>();
    while (ended.size < keys.length && performance.now() - start < 3 * holdMs) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      for (const key of keys) {
        await reads.read(key, storeFor(key));
        if (!ended.has(key) && asked.get(key) === 2) ended.set(key, performance.now() - start);
      }
    }
    const times = [...ended.values()];
    expect(times).toHaveLength(keys.length);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(holdMs / 2);
    // held for the same time, all 60 would end within a few polls of each other
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(holdMs / 4);
  });

  test('when this process writes and the epoch cannot advance, then this process still reads its own write', async () => {
    const epoch = new LocalEpoch();
    epoch.advancing = false;
    const reads = new EpochHeldReads<{ value: string }>(epoch, BOUNDS);
    const store = storeOf({ value: 'a' });
    await reads.read('k', store.read);
    store.answer = { value: 'written' };
    await reads.written();
    expect(await reads.read('k', store.read)).toEqual({ value: 'written' });
  });

  test('when a read began before a write of this process ended, then it is not held', async () => {
    const epoch = new LocalEpoch();
    epoch.advancing = false;
    const reads = new EpochHeldReads<{ value: string }>(epoch, BOUNDS);
    let release!: () => void;
    const slow = {
      asked: 0,
      read: () => (slow.asked++, new Promise<{ value: string }>((r) => (release = () => r({ value: 'old' })))),
    };
    const pending = reads.read('k', slow.read);
    await new Promise((resolve) => setImmediate(resolve));
    await reads.written();
    release();
    expect(await pending).toEqual({ value: 'old' });
    const store = storeOf({ value: 'new' });
    expect(await reads.read('k', store.read)).toEqual({ value: 'new' });
  });

  test('when the epoch cannot be told, or there is none, or the answer is nothing, then nothing is held', async () => {
    const epoch = new LocalEpoch();
    epoch.token = null;
    for (const reads of [
      new EpochHeldReads<{ value: string }>(epoch, BOUNDS),
      new EpochHeldReads<{ value: string }>(null, BOUNDS),
    ]) {
      const store = storeOf({ value: 'a' });
      await reads.read('k', store.read);
      await reads.read('k', store.read);
      expect(store.asked).toBe(2);
    }
    const reads = new EpochHeldReads<{ value: string }>(new LocalEpoch(), BOUNDS);
    const none = storeOf(null);
    await reads.read('k', none.read);
    await reads.read('k', none.read);
    expect(none.asked).toBe(2);
  });
});

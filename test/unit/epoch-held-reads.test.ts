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

  describe('a read asked for again late in its hold', () => {
    /** A clock the test moves, for the hold and the renewals; `set` is in ms from the first read. */
    const clockAt = (start: number) => {
      let now = start;
      return { now: () => now, set: (t: number) => (now = start + t) };
    };
    const HOLD = 1_000;
    const settled = () => new Promise((resolve) => setImmediate(resolve));

    test('when it is asked for in the first half of its hold, then the store is not read again', async () => {
      const clock = clockAt(60_000);
      const reads = new EpochHeldReads<{ value: string }>(new LocalEpoch(), BOUNDS, HOLD, clock);
      const store = storeOf({ value: 'a' });
      await reads.read('k', store.read);
      clock.set(0.49 * HOLD);
      expect(await reads.read('k', store.read)).toEqual({ value: 'a' });
      await settled();
      expect(store.asked).toBe(1);
    });

    test('when it is asked for after four fifths of its hold, then it is answered at once and renewed behind, so later reads past the first hold do not wait for the store', async () => {
      const clock = clockAt(60_000);
      const reads = new EpochHeldReads<{ value: string }>(new LocalEpoch(), BOUNDS, HOLD, clock);
      const store = storeOf({ value: 'a' });
      await reads.read('k', store.read);
      store.answer = { value: 'b' };
      clock.set(0.81 * HOLD);
      // answered from what is held (the renewal has not been answered yet)
      expect(await reads.read('k', store.read)).toEqual({ value: 'a' });
      await settled();
      expect(store.asked).toBe(2);
      // past the first read's hold: the renewal's answer, without a read of the store
      clock.set(1.2 * HOLD);
      expect(await reads.read('k', store.read)).toEqual({ value: 'b' });
      expect(store.asked).toBe(2);
      // the renewal is held from when it was asked, for one hold, no longer
      clock.set(0.81 * HOLD + HOLD + 1);
      store.answer = { value: 'c' };
      expect(await reads.read('k', store.read)).toEqual({ value: 'c' });
    });

    test('when reads were held together, then their renewals are spread over the hold', async () => {
      const clock = clockAt(60_000);
      const reads = new EpochHeldReads<{ value: string }>(new LocalEpoch(), BOUNDS, HOLD, clock);
      const store = storeOf({ value: 'a' });
      for (let k = 0; k < 200; k++) await reads.read(`k${k}`, store.read);
      const renewedBy: number[] = [];
      for (const at of [0.55, 0.65, 0.75, 0.81]) {
        clock.set(at * HOLD);
        for (let k = 0; k < 200; k++) await reads.read(`k${k}`, store.read);
        await settled();
        renewedBy.push(store.asked - 200);
      }
      // some at each step, all by four fifths of the hold
      expect(renewedBy[0]).toBeGreaterThan(0);
      expect(renewedBy[1]).toBeGreaterThan(renewedBy[0]!);
      expect(renewedBy[2]).toBeGreaterThan(renewedBy[1]!);
      expect(renewedBy[2]).toBeLessThan(200);
      expect(renewedBy[3]).toBe(200);
    });

    test('when another process writes while a renewal is in flight, then what it found is not answered after the write', async () => {
      const clock = clockAt(60_000);
      const epoch = new LocalEpoch();
      const reads = new EpochHeldReads<{ value: string }>(epoch, BOUNDS, HOLD, clock);
      await reads.read('k', storeOf({ value: 'a' }).read);
      clock.set(0.81 * HOLD);
      let release!: () => void;
      const slow = () => new Promise<{ value: string }>((resolve) => (release = () => resolve({ value: 'before' })));
      expect(await reads.read('k', slow)).toEqual({ value: 'a' });
      epoch.token = 'after the write';
      release();
      await settled();
      expect(await reads.read('k', storeOf({ value: 'after' }).read)).toEqual({ value: 'after' });
    });

    test('when a renewal fails, then the held read stands until its hold ends, and the next read asks the store and says the failure', async () => {
      const clock = clockAt(60_000);
      const reads = new EpochHeldReads<{ value: string }>(new LocalEpoch(), BOUNDS, HOLD, clock);
      await reads.read('k', storeOf({ value: 'a' }).read);
      const failing = async (): Promise<{ value: string }> => {
        throw new Error('Neo4j away');
      };
      clock.set(0.81 * HOLD);
      expect(await reads.read('k', failing)).toEqual({ value: 'a' });
      await settled();
      expect(await reads.read('k', failing)).toEqual({ value: 'a' });
      clock.set(HOLD + 1);
      await expect(reads.read('k', failing)).rejects.toThrow('Neo4j away');
      await reads.close();
    });

    test('when the reads are closed with a renewal in flight, then the close waits for it', async () => {
      const clock = clockAt(60_000);
      const reads = new EpochHeldReads<{ value: string }>(new LocalEpoch(), BOUNDS, HOLD, clock);
      await reads.read('k', storeOf({ value: 'a' }).read);
      clock.set(0.81 * HOLD);
      let release!: () => void;
      let answered = false;
      await reads.read('k', () => new Promise((resolve) => (release = () => resolve({ value: 'b' }))));
      const closed = reads.close().then(() => (answered = true));
      await settled();
      expect(answered).toBe(false);
      release();
      await closed;
      expect(answered).toBe(true);
    });
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

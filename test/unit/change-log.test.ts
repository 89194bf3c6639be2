import { MemoryChangeLog } from '../../src/jobs/change-log';
import { ReadWriteLock } from '../../src/shared/read-write-lock';

describe('the in-process change log', () => {
  test('when changes are appended, then a reader gets exactly those after its cursor, in order', async () => {
    const log = new MemoryChangeLog();
    const start = await log.head();
    await log.append([{ kind: 'Enterprise', ids: ['a'] }]);
    const middle = await log.head();
    await log.append([{ kind: 'Person', ids: ['p'] }]);
    expect(await log.since(start)).toEqual({
      changes: [
        { kind: 'Enterprise', ids: ['a'] },
        { kind: 'Person', ids: ['p'] },
      ],
      cursor: await log.head(),
    });
    expect(await log.since(middle)).toMatchObject({ changes: [{ kind: 'Person', ids: ['p'] }] });
    expect(await log.since(await log.head())).toMatchObject({ changes: [] });
  });

  test('when a reader fell behind what the log keeps, or brings a cursor it never gave, then it is told to reload', async () => {
    const log = new MemoryChangeLog(2);
    const start = await log.head();
    for (const id of ['a', 'b', 'c']) await log.append([{ kind: 'Enterprise', ids: [id] }]);
    expect(await log.since(start)).toBe('reload');
    expect(await log.since('99')).toBe('reload');
    expect(await log.since('not a cursor')).toBe('reload');
  });
});

describe('the read-write lock of a live projection', () => {
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  test('when readers hold it, then they run together and a writer waits for them; readers after a waiting writer wait for it', async () => {
    const lock = new ReadWriteLock();
    const order: string[] = [];
    let releaseReaders!: () => void;
    const readersHeld = new Promise<void>((resolve) => (releaseReaders = resolve));
    const r1 = lock.read(async () => {
      order.push('r1 in');
      await readersHeld;
      order.push('r1 out');
    });
    const r2 = lock.read(async () => {
      order.push('r2 in');
      await readersHeld;
      order.push('r2 out');
    });
    await tick();
    const w = lock.write(() => void order.push('writer'));
    const r3 = lock.read(() => void order.push('r3'));
    await tick();
    expect(order).toEqual(['r1 in', 'r2 in']);
    releaseReaders();
    await Promise.all([r1, r2, w, r3]);
    expect(order).toEqual(['r1 in', 'r2 in', 'r1 out', 'r2 out', 'writer', 'r3']);
  });

  test('when the work throws, then the lock is released and the error reaches the caller', async () => {
    const lock = new ReadWriteLock();
    await expect(lock.write(() => Promise.reject(new Error('patch failed')))).rejects.toThrow('patch failed');
    await expect(lock.read(() => 'read after')).resolves.toBe('read after');
  });
});

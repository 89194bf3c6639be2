import { nodeKey } from '../../src/domain/node-key';
import { MemoryChangeLog } from '../../src/jobs/change-log';
import { recomputeFull } from '../../src/jobs/processors/recompute.processor';
import { LiveProjection } from '../../src/projection/live-projection';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { record } from '../helpers/fixtures';
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

describe('a full recompute on the graph as the store holds it', () => {
  test('when a reload is appended, then a reader behind it reloads, and one after it reads on', async () => {
    const log = new MemoryChangeLog();
    const before = await log.head();
    await log.append([{ kind: 'Enterprise', ids: ['a'] }]);
    await log.appendReload();
    const after = await log.head();
    await log.append([{ kind: 'Person', ids: ['p'] }]);
    expect(await log.since(before)).toBe('reload');
    expect(await log.since(after)).toMatchObject({ changes: [{ kind: 'Person', ids: ['p'] }] });
  });

  test('when a write reached the store but not the change log, then the next full recompute’s jobs see it', async () => {
    const store = await MemoryGraphStore.open();
    const log = new MemoryChangeLog();
    const projection = new LiveProjection(store, log);
    await projection.warm();
    // written past the log, as a write answered while Redis was away is
    await store.upsertNodes('Enterprise', [record('Enterprise', { id: 'ent-unlogged', name: '未记录企业有限公司' })]);
    const holds = () => projection.read((graph) => graph.hasNode(nodeKey('Enterprise', 'ent-unlogged')));
    expect(await holds()).toBe(false);
    const queued: string[] = [];
    await recomputeFull(
      {},
      {
        store,
        projection,
        enqueue: async (requests) => void queued.push(...requests.map((r) => r.name)),
        changed: async () => undefined,
        reloadProjections: () => log.appendReload(),
        progress: async () => undefined,
      },
    );
    expect(queued).toContain('partners.all');
    expect(await holds()).toBe(true);
    // the projection now counts what the store holds: the next full run reloads nothing
    let reloads = 0;
    await recomputeFull(
      {},
      {
        store,
        projection,
        enqueue: async () => undefined,
        changed: async () => undefined,
        reloadProjections: async () => void (reloads += 1),
        progress: async () => undefined,
      },
    );
    expect(reloads).toBe(0);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirectoryLockedError } from '../../src/store/memory/data-file-error';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

/** A pid no process has any more: a child that ran and exited. */
function deadPid(): number {
  return Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString());
}

describe('the data directory lock of the memory store', () => {
  let dir: string;
  let snapshotFile: string;
  const lockFile = () => path.join(dir, 'redchain.lock');
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-lock-'));
    snapshotFile = path.join(dir, 'snapshot.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('when the directory is held, then a second open is refused naming the pid, and allowed after close', async () => {
    const first = await MemoryGraphStore.open({ snapshotFile });
    const second = MemoryGraphStore.open({ snapshotFile });
    await expect(second).rejects.toBeInstanceOf(DataDirectoryLockedError);
    await expect(second).rejects.toThrow(`the data directory ${dir} is held by process ${process.pid}`);
    await first.close();
    const third = await MemoryGraphStore.open({ snapshotFile });
    await third.close();
    expect(readdirSync(dir)).not.toContain('redchain.lock');
  });

  test('when the lock is held by a live process, then open is refused naming that pid', async () => {
    mkdirSync(dir, { recursive: true });
    // the parent of this jest worker lives as long as the test
    writeFileSync(lockFile(), JSON.stringify({ pid: process.ppid, startedAt: new Date().toISOString() }));
    await expect(MemoryGraphStore.open({ snapshotFile })).rejects.toThrow(`held by process ${process.ppid}`);
  });

  test('when the lock was left by a process that died, then it is taken over', async () => {
    const pid = deadPid();
    writeFileSync(lockFile(), JSON.stringify({ pid, startedAt: '2026-01-01T00:00:00.000Z' }));
    const store = await MemoryGraphStore.open({ snapshotFile });
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid);
    await store.upsertNodes('Region', [{ id: 'r-1', name: '镇江高新区', level: 'park' }]);
    await store.close();
  });

  test('when the lock is unreadable (a crash between creating and writing it), then it is taken over', async () => {
    writeFileSync(lockFile(), '');
    const store = await MemoryGraphStore.open({ snapshotFile });
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  test('when the store is opened read-only, then it takes no lock and refuses writes with a 503', async () => {
    const writer = await MemoryGraphStore.open({ snapshotFile });
    await writer.upsertNodes('Region', [{ id: 'r-1', name: '镇江高新区', level: 'park' }]);
    const reader = await MemoryGraphStore.open({ snapshotFile, readOnly: true });
    expect(await reader.getNode('Region', 'r-1')).not.toBeNull();
    await expect(reader.upsertNodes('Region', [{ id: 'r-2', name: 'x', level: 'park' }])).rejects.toMatchObject({
      status: 503,
    });
    await Promise.all([reader.close(), writer.close()]);
  });
});

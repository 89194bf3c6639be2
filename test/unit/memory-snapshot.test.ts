import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { chainFixture, loadFixture } from '../helpers/fixtures';

describe('memory store snapshot file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-snapshot-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('when the store is closed and opened again, then the graph and the results are back', async () => {
    const file = path.join(dir, 'snapshot.json');
    const first = await MemoryGraphStore.open({ snapshotFile: file });
    const fx = chainFixture('snap');
    await loadFixture(first, fx);
    await first.writeReports({
      runId: 'r',
      computedAt: '2026-01-01T00:00:00.000Z',
      reports: [{ kind: 'gap_map', key: 'k', payload: { ok: 1 } }],
    });
    await first.close();
    await first.close(); // safe twice

    const second = await MemoryGraphStore.open({ snapshotFile: file });
    expect(await second.getNode('Enterprise', 'snap-dfty')).toEqual(
      await (async () => {
        const again = await MemoryGraphStore.open({ snapshotFile: file });
        return again.getNode('Enterprise', 'snap-dfty');
      })(),
    );
    expect((await second.neighbourhood({ kind: 'Enterprise', id: 'snap-dfty' })).edges.length).toBeGreaterThan(3);
    expect((await second.readReport('gap_map', 'k'))!.payload).toEqual({ ok: 1 });
    expect(readdirSync(dir)).toEqual(['snapshot.json']);
  });

  test('when writes happen, then the snapshot is written by itself shortly after, with no temp file left', async () => {
    const file = path.join(dir, 'snapshot.json');
    const store = await MemoryGraphStore.open({ snapshotFile: file, persistDelayMs: 10 });
    await loadFixture(store, chainFixture('auto'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('redchain-snapshot/1');
    expect(readdirSync(dir)).toEqual(['snapshot.json']);
    await store.close();
  });

  test('when the snapshot is not a redchain snapshot, then opening fails naming the file', async () => {
    const file = path.join(dir, 'other.json');
    writeFileSync(file, JSON.stringify({ hello: 'world' }));
    await expect(MemoryGraphStore.open({ snapshotFile: file })).rejects.toThrow(
      `${file} is not a redchain-snapshot/1 snapshot`,
    );
  });
});

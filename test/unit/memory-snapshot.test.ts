import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { chainFixture, loadFixture } from '../helpers/fixtures';
import { until } from '../helpers/until';

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
    expect(await second.getNode('Enterprise', 'snap-dfty')).toMatchObject({ kind: 'Enterprise', id: 'snap-dfty' });
    expect((await second.neighbourhood({ kind: 'Enterprise', id: 'snap-dfty' })).edges.length).toBeGreaterThan(3);
    expect((await second.readReport('gap_map', 'k'))!.payload).toEqual({ ok: 1 });
    await second.close();
    // the journal was folded into the snapshot on close, and the lock released
    expect(readdirSync(dir).sort()).toEqual(['snapshot.json', 'snapshot.json.journal']);
    expect(readFileSync(`${file}.journal`, 'utf8')).toBe('');
  });

  test('when the journal grows past its limit and past the snapshot, then it is folded into the snapshot, with no temp file left', async () => {
    const file = path.join(dir, 'snapshot.json');
    const store = await MemoryGraphStore.open({ snapshotFile: file, compactAfterBytes: 1 });
    await loadFixture(store, chainFixture('auto'));
    // the journal is folded only once it outgrows the snapshot too: a write larger than it
    await store.flush();
    expect(readFileSync(`${file}.journal`, 'utf8')).toBe('');
    const snapshotBytes = statSync(file).size;
    const regions = Array.from({ length: Math.ceil(snapshotBytes / 40) + 10 }, (_, i) => ({
      id: `auto-last-${i}`,
      name: `最后${i}`,
      level: 'park',
    }));
    await store.upsertNodes('Region', regions);
    // the fold runs after the write is answered, in the write chain
    await until(
      async () => existsSync(file) && readFileSync(`${file}.journal`, 'utf8') === '',
      10_000,
      'the journal folded into the snapshot',
      20,
    );
    const snapshot = JSON.parse(readFileSync(file, 'utf8'));
    expect(snapshot.format).toBe('redchain-snapshot/1');
    expect(snapshot.lastSeq).toBeGreaterThan(1);
    expect(readdirSync(dir).sort()).toEqual(['redchain.lock', 'snapshot.json', 'snapshot.json.journal']);
    await store.close();
  });

  test('when the snapshot is not a redchain snapshot, then opening fails naming the file', async () => {
    const file = path.join(dir, 'other.json');
    writeFileSync(file, JSON.stringify({ hello: 'world' }));
    await expect(MemoryGraphStore.open({ snapshotFile: file })).rejects.toThrow(
      `${file} is not a redchain-snapshot/1 snapshot`,
    );
    // the refused open released the data directory
    expect(readdirSync(dir)).not.toContain('redchain.lock');
  });
});

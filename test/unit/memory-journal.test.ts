import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataFileError } from '../../src/store/memory/data-file-error';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

const region = (id: string, name = '镇江高新区') => ({ id, name, level: 'park' });

/**
 * The journal of the memory store. A crash is what is on disk while the store is still open: the
 * data directory is copied as it is (lock included) and the copy opened.
 */
describe('memory store journal', () => {
  let dir: string;
  const snapshotIn = (d: string) => path.join(d, 'data', 'snapshot.json');
  const journalIn = (d: string) => `${snapshotIn(d)}.journal`;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-journal-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The data directory as a crash would leave it now, opened (and its warnings). */
  async function afterCrash(): Promise<{ store: MemoryGraphStore; warnings: string[]; copy: string }> {
    const copy = path.join(dir, `crash-${Date.now()}-${Math.random()}`);
    cpSync(path.join(dir, 'data'), path.join(copy, 'data'), { recursive: true });
    const warnings: string[] = [];
    const store = await MemoryGraphStore.open({ snapshotFile: snapshotIn(copy), onWarning: (m) => warnings.push(m) });
    return { store, warnings, copy };
  }

  test('when a write is answered, then it is on disk: a crash right after keeps it', async () => {
    const store = await MemoryGraphStore.open({ snapshotFile: snapshotIn(dir) });
    await Promise.all([store.upsertNodes('Region', [region('r-1')]), store.upsertNodes('Region', [region('r-2')])]);
    await store.upsertRelationships([
      { type: 'PART_OF', from: { kind: 'Region', id: 'r-2' }, to: { kind: 'Region', id: 'r-1' } },
    ]);
    const { store: reopened } = await afterCrash();
    expect((await reopened.listNodes('Region')).items.map((n) => n.id)).toEqual(['r-1', 'r-2']);
    expect((await reopened.getNode('Region', 'r-1'))!.props).toEqual((await store.getNode('Region', 'r-1'))!.props);
    expect((await reopened.neighbourhood({ kind: 'Region', id: 'r-1' })).edges).toHaveLength(1);
    await Promise.all([store.close(), reopened.close()]);
  });

  test('when the last line is torn (a crash mid-append), then it is dropped with a warning and the rest replayed', async () => {
    const store = await MemoryGraphStore.open({ snapshotFile: snapshotIn(dir) });
    await store.upsertNodes('Region', [region('r-1')]);
    const whole = readFileSync(journalIn(dir), 'utf8');
    appendFileSync(journalIn(dir), '{"seq":2,"at":"2026-01-01T00:00:00.000Z","op":"upsertNodes","args":[["Reg');
    const { store: reopened, warnings, copy } = await afterCrash();
    const copyJournal = journalIn(copy);
    expect(await reopened.getNode('Region', 'r-1')).not.toBeNull();
    expect(warnings).toEqual([expect.stringContaining('dropped 1 torn line(s) at its end')]);
    // the file is repaired: the next write follows a whole line
    await reopened.upsertNodes('Region', [region('r-3')]);
    expect(readFileSync(copyJournal, 'utf8').startsWith(whole)).toBe(true);
    expect(readFileSync(copyJournal, 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
    await Promise.all([store.close(), reopened.close()]);
  });

  test('when a line in the middle does not parse, then opening fails naming the file and the line', async () => {
    const store = await MemoryGraphStore.open({ snapshotFile: snapshotIn(dir) });
    await store.upsertNodes('Region', [region('r-1')]);
    await store.upsertNodes('Region', [region('r-2')]);
    const lines = readFileSync(journalIn(dir), 'utf8').split('\n');
    writeFileSync(journalIn(dir), [lines[0], 'garbage', ...lines.slice(1)].join('\n'));
    const open = afterCrash();
    await expect(open).rejects.toBeInstanceOf(DataFileError);
    await expect(open).rejects.toThrow(
      /snapshot\.json\.journal is damaged at line 2 \(entries after it are readable\)/,
    );
    await store.close();
  });

  test('when it crashed between the snapshot and emptying the journal, then entries the snapshot holds are not replayed', async () => {
    const store = await MemoryGraphStore.open({ snapshotFile: snapshotIn(dir) });
    await store.upsertNodes('Region', [region('r-1')]);
    const createLine = readFileSync(journalIn(dir), 'utf8');
    await store.deleteNode('Region', 'r-1');
    await store.flush();
    expect(JSON.parse(readFileSync(snapshotIn(dir), 'utf8')).lastSeq).toBe(2);
    expect(readFileSync(journalIn(dir), 'utf8')).toBe('');
    // the journal as it was before it was emptied (its first entry: the create, seq 1)
    writeFileSync(journalIn(dir), createLine);
    const { store: reopened, copy } = await afterCrash();
    expect(await reopened.getNode('Region', 'r-1')).toBeNull();
    // and new writes continue after the snapshot's seq, so a later replay does not skip them
    await reopened.upsertNodes('Region', [region('r-9')]);
    const seqs = readFileSync(journalIn(copy), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { seq: number }).seq);
    expect(seqs).toEqual([1, 3]);
    await Promise.all([store.close(), reopened.close()]);
  });

  test('when a data directory is new, then it is fresh; one that held data is not, even with an empty graph', async () => {
    const store = await MemoryGraphStore.open({ snapshotFile: snapshotIn(dir) });
    expect(store.isFresh).toBe(true);
    await store.upsertNodes('Region', [region('r-1')]);
    await store.deleteNode('Region', 'r-1');
    const { store: journalOnly } = await afterCrash();
    expect(journalOnly.isFresh).toBe(false);
    await store.close();
    const again = await MemoryGraphStore.open({ snapshotFile: snapshotIn(dir) });
    expect(await again.countNodes('Region')).toBe(0);
    expect(again.isFresh).toBe(false);
    await Promise.all([journalOnly.close(), again.close()]);
  });

  test('when the snapshot is truncated, then opening fails naming it and what to do', async () => {
    const store = await MemoryGraphStore.open({ snapshotFile: snapshotIn(dir) });
    await store.upsertNodes('Region', [region('r-1')]);
    await store.close();
    writeFileSync(snapshotIn(dir), readFileSync(snapshotIn(dir), 'utf8').slice(0, 40));
    await expect(MemoryGraphStore.open({ snapshotFile: snapshotIn(dir) })).rejects.toThrow(
      new RegExp(`^${snapshotIn(dir).replace(/[.]/g, '\\.')} is damaged \\(not JSON: .*\\): restore it from a backup`),
    );
  });

  test('when the store writes its files, then they are 0600 and a directory it makes is 0700', async () => {
    const store = await MemoryGraphStore.open({ snapshotFile: snapshotIn(dir) });
    await store.upsertNodes('Region', [region('r-1')]);
    expect(statSync(path.join(dir, 'data')).mode & 0o777).toBe(0o700);
    expect(statSync(journalIn(dir)).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, 'data', 'redchain.lock')).mode & 0o777).toBe(0o600);
    await store.flush();
    expect(statSync(snapshotIn(dir)).mode & 0o777).toBe(0o600);
    await store.close();
  });
});

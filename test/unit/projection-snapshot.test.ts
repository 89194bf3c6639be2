import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { MemoryChangeLog } from '../../src/jobs/change-log';
import { ChangeReportingStore } from '../../src/jobs/change-reporting-store';
import { LiveProjection } from '../../src/projection/live-projection';
import { projectScope } from '../../src/projection/project-scope';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import { snapshotFileFor, type SnapshotFile } from '../../src/projection/projection-snapshot';
import type { Logger } from '../../src/shared/logger';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

/** Every node with its properties and every relationship with its own, in a fixed order. */
function contents(graph: ProjectedGraph): { nodes: string[]; edges: string[] } {
  const nodes = graph.mapNodes((key, node) => `${key} ${JSON.stringify(node.props)}`).sort();
  const edges = graph.mapEdges((key, edge) => `${key} ${JSON.stringify(edge.props)}`).sort();
  return { nodes, edges };
}

/** A logger keeping what was logged at info, as { msg, ...fields }. */
function recordingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const keep = (fields: object, msg: string) => void lines.push({ ...fields, msg });
  const logger = { info: keep, warn: keep, debug: () => undefined, error: keep } as unknown as Logger;
  return { logger, lines };
}

/**
 * A worker keeps its projection in a snapshot file between runs and starts from it, following
 * the change log from the snapshot's cursor; when the file is damaged, of another graph, or the
 * log cannot vouch for it, the worker reads the whole graph from the store and says why.
 */
describe('starting a live projection from the snapshot the previous run left', () => {
  let dir: string;
  let snapshot: SnapshotFile;
  let raw: MemoryGraphStore;
  let changes: MemoryChangeLog;
  let store: ChangeReportingStore;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-projection-'));
    snapshot = snapshotFileFor(dir, 'test graph; test changes');
    raw = await MemoryGraphStore.open();
    await seedArticles(raw);
    changes = new MemoryChangeLog();
    store = new ChangeReportingStore(raw, (reported) => changes.append(reported));
  });
  afterEach(async () => {
    await raw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A first worker: loads from the store and leaves its snapshot (as it does when it stops). */
  const previousRun = async () => {
    const first = new LiveProjection(raw, changes, recordingLogger().logger, { snapshot });
    await first.warm();
    await first.save();
  };

  /** A worker starting now (and stopping): where its projection came from, and whether it equals a fresh one. */
  const nextStart = async () => {
    const { logger, lines } = recordingLogger();
    const projection = new LiveProjection(raw, changes, logger, { snapshot });
    await projection.warm();
    await projection.save(); // as a worker does when it stops
    const loaded = lines.find((line) => line['msg'] === 'projection loaded')!;
    const notUsed = lines.find((line) => line['msg'] === 'projection snapshot not used: loading from the store');
    const graph = await projection.read((g) => g);
    const fresh = await projectScope(raw, {});
    return { from: loaded['from'], reason: notUsed?.['reason'], same: contents(graph), fresh: contents(fresh) };
  };

  test('when edits were written after the snapshot, then the next start loads it, follows the change log, and equals a fresh projection', async () => {
    await previousRun();
    await store.upsertNodes('Enterprise', [
      { id: 'ent-snapshot-new', name: '新港船用动力有限公司', products: ['船用发动机'] },
    ]);
    await store.upsertRelationships([
      {
        type: 'LOCATED_IN',
        from: { kind: 'Enterprise', id: 'ent-snapshot-new' },
        to: { kind: 'Region', id: 'region-zj-hitech' },
      },
    ]);
    await store.deleteNode('Enterprise', 'ent-cssc-power');

    const started = await nextStart();
    expect(started.from).toBe('snapshot');
    expect(started.same).toEqual(started.fresh);
    expect(started.same.nodes.some((node) => node.startsWith('Enterprise:ent-snapshot-new '))).toBe(true);
  });

  test('when the snapshot file is damaged, then the next start reads the store and says the file is damaged', async () => {
    await previousRun();
    const bytes = readFileSync(snapshot.file);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    writeFileSync(snapshot.file, bytes);

    const started = await nextStart();
    expect(started.from).toBe('store');
    expect(started.reason).toBe('damaged: checksum');
    expect(started.same).toEqual(started.fresh);
  });

  test('when the snapshot is cut short, then the next start reads the store', async () => {
    await previousRun();
    writeFileSync(snapshot.file, readFileSync(snapshot.file).subarray(0, 200));

    const started = await nextStart();
    expect(started.from).toBe('store');
    expect(started.reason).toMatch(/^damaged/);
  });

  test('when the change log no longer reaches back to the snapshot, then the next start reads the store', async () => {
    changes = new MemoryChangeLog(2);
    store = new ChangeReportingStore(raw, (reported) => changes.append(reported));
    await previousRun();
    for (const n of [1, 2, 3])
      await store.upsertNodes('Enterprise', [{ id: `ent-snapshot-${n}`, name: `第${n}家船用配件有限公司` }]);

    const started = await nextStart();
    expect(started.from).toBe('store');
    expect(started.reason).toMatch(/change log no longer reaches back/);
    expect(started.same).toEqual(started.fresh);
  });

  test('when the graph was written without the change log, then the next start sees the counts differ and reads the store', async () => {
    await previousRun();
    await raw.upsertNodes('Enterprise', [{ id: 'ent-snapshot-unlogged', name: '未记录船舶配件有限公司' }]);

    const started = await nextStart();
    expect(started.from).toBe('store');
    expect(started.reason).toMatch(/^it does not match the store .*Enterprise/);
    expect(started.same).toEqual(started.fresh);
  });

  test('when the snapshot was written for another graph, then the next start does not use it', async () => {
    await previousRun();
    snapshot = { file: snapshot.file, identity: 'another graph; another change log' };

    const started = await nextStart();
    expect(started.from).toBe('store');
    expect(started.reason).toBe('written for another graph or change log');
  });

  test('when no snapshot was left, then the first start reads the store and leaves one for the next', async () => {
    const first = await nextStart();
    expect(first.from).toBe('store');
    expect(first.reason).toBe('no snapshot yet');

    const second = await nextStart();
    expect(second.from).toBe('snapshot');
    expect(second.same).toEqual(second.fresh);
  });
});

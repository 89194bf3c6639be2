import { ReadWriteLock } from '../shared/read-write-lock';
import type { Logger } from '../shared/logger';
import type { GraphStore } from '../store/graph-store';
import { patchProjection, type ChangedNodes } from './patch-projection';
import { projectScope } from './project-scope';
import type { ProjectedGraph } from './projected-graph';
import { countDifference } from './projection-counts';
import { readProjectionSnapshot, writeProjectionSnapshot, type SnapshotFile } from './projection-snapshot';

/**
 * What a live projection reads of the graph's change log (src/jobs/change-log.ts): the cursor of
 * its end, and the changes after a cursor, or `reload` when some of them are gone.
 */
export interface ChangeSource {
  head(): Promise<string>;
  since(cursor: string): Promise<{ changes: readonly ChangedNodes[]; cursor: string } | 'reload'>;
}

/** Changed nodes beyond which a reload is cheaper than patching them one by one (an import). */
export const PATCH_LIMIT = 20_000;

export interface LiveProjectionOptions {
  patchLimit?: number;
  /**
   * Where the projection is kept between runs (workers: docs/operations.md, Workers). The first
   * load reads it and follows the change log from its cursor instead of reading the whole graph;
   * each full load and save() writes it.
   */
  snapshot?: SnapshotFile;
}

/**
 * A worker's projection of the whole graph, loaded once and kept current from the change log:
 * before a job reads it, the changes logged since are patched in (each changed node re-read with
 * its relationships), so a job sees every edit that was written before it was queued — the one
 * that queued it included — without reloading the graph (about a minute from Neo4j at province
 * scale). Jobs read it together; a patch waits until the readers are done.
 *
 * A worker starts from the snapshot file the previous run left, when there is one that the change
 * log can bring up to date (projection-snapshot.ts), and reads the whole graph otherwise.
 * It is reloaded whole only when it cannot follow the log (trimmed, or Redis came back empty) or
 * when more than PATCH_LIMIT nodes changed: a full run uses the kept projection too, since a
 * patched projection equals a fresh one (test/unit/patch-projection.test.ts).
 */
export class LiveProjection {
  private graph: ProjectedGraph | null = null;
  private cursor = '';
  private readonly lock = new ReadWriteLock();
  private readonly patchLimit: number;
  private readonly snapshot: SnapshotFile | undefined;
  /** The snapshot is tried once, at the first load: later reloads happen because it fell behind. */
  private snapshotTried = false;
  /** The cursor the snapshot file was last written at: save() skips writing the same again. */
  private savedCursor: string | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: GraphStore,
    private readonly changes: ChangeSource,
    private readonly logger?: Logger,
    options: LiveProjectionOptions = {},
  ) {
    this.patchLimit = options.patchLimit ?? PATCH_LIMIT;
    this.snapshot = options.snapshot;
  }

  /** Whether a graph is in memory (false before the first load ends, and while a reload runs). */
  get loaded(): boolean {
    return this.graph !== null;
  }

  /** Runs `work` on the graph as it is now. */
  async read<T>(work: (graph: ProjectedGraph) => Promise<T> | T): Promise<T> {
    if (await this.behind()) await this.lock.write(() => this.catchUp());
    return this.lock.read(() => work(this.graph!));
  }

  /**
   * Loads the projection now rather than at the first job or request (workers and the API call
   * it at start: a province takes about a minute to read from Neo4j, which the first edit, search
   * or what-if should not wait for).
   */
  async warm(why = 'start'): Promise<void> {
    await this.lock.write(() => (this.graph ? undefined : this.reload(why)));
  }

  /** Cheap check outside the lock, so jobs do not queue behind each other when nothing changed. */
  private async behind(): Promise<boolean> {
    if (!this.graph) return true;
    const next = await this.changes.since(this.cursor);
    return next === 'reload' || next.changes.length > 0;
  }

  private async catchUp(): Promise<void> {
    if (!this.graph) return this.reload('first job');
    const next = await this.changes.since(this.cursor);
    if (next === 'reload') return this.reload('change log not followable');
    const changed = next.changes.reduce((n, change) => n + change.ids.length, 0);
    if (changed === 0) return;
    if (changed > this.patchLimit) return this.reload(`${changed} nodes changed`);
    const started = Date.now();
    const patched = await patchProjection(this.store, this.graph, next.changes);
    this.cursor = next.cursor;
    this.logger?.debug({ ...patched, ms: Date.now() - started }, 'projection patched');
  }

  /**
   * Writes the projection to the snapshot file (if one is configured) unless it is already there
   * at this cursor. Workers call it now and then and when they stop; a failure is logged, never
   * thrown: the snapshot only saves time.
   */
  save(): Promise<void> {
    if (!this.snapshot) return Promise.resolve();
    // one write at a time: a second call waits for the first and finds the file current
    this.saving = this.saving.then(() => this.lock.read(() => this.writeSnapshot()));
    return this.saving;
  }

  private async reload(why: string): Promise<void> {
    if (!this.snapshotTried && this.snapshot) {
      this.snapshotTried = true;
      if (await this.loadSnapshot(why, this.snapshot)) return;
    }
    const started = Date.now();
    // the cursor first: a change written during the load is patched in again, which is harmless
    const cursor = await this.changes.head();
    this.graph = null;
    this.graph = await projectScope(this.store, {});
    this.cursor = cursor;
    this.logger?.info({ why, from: 'store', ms: Date.now() - started }, 'projection loaded');
    // written once this load lets go of the graph, so the first job does not wait for the file
    void this.save();
  }

  /**
   * The projection of the snapshot file, brought up to date from the change log: true when it is
   * in place. False (logged, and the caller reads the store) when there is no usable file, the
   * log no longer holds every change since it was written, too many changed, or the patched
   * projection does not count what the store holds.
   */
  private async loadSnapshot(why: string, snapshot: SnapshotFile): Promise<boolean> {
    const started = Date.now();
    const read = await readProjectionSnapshot(snapshot);
    const notUsed = (reason: string) => {
      this.logger?.info({ file: snapshot.file, reason }, 'projection snapshot not used: loading from the store');
      return false;
    };
    if ('problem' in read) return notUsed(read.problem);
    const next = await this.changes.since(read.cursor);
    if (next === 'reload') return notUsed(`the change log no longer reaches back to its cursor (${read.writtenAt})`);
    const changed = next.changes.reduce((n, change) => n + change.ids.length, 0);
    if (changed > this.patchLimit) return notUsed(`${changed} nodes changed since (${read.writtenAt})`);
    const patched = await patchProjection(this.store, read.graph, next.changes);
    const difference = await countDifference(this.store, read.graph);
    if (difference) return notUsed(`it does not match the store after following the change log: ${difference}`);
    this.graph = read.graph;
    this.cursor = next.cursor;
    this.savedCursor = changed === 0 ? read.cursor : null;
    const ms = Date.now() - started;
    this.logger?.info({ why, from: 'snapshot', ms, writtenAt: read.writtenAt, ...patched }, 'projection loaded');
    return true;
  }

  private async writeSnapshot(): Promise<void> {
    if (!this.snapshot || !this.graph || this.savedCursor === this.cursor) return;
    const started = Date.now();
    try {
      const { bytes } = await writeProjectionSnapshot(this.snapshot, this.graph, this.cursor);
      this.savedCursor = this.cursor;
      this.logger?.info({ file: this.snapshot.file, bytes, ms: Date.now() - started }, 'projection snapshot written');
    } catch (error) {
      this.logger?.warn(
        { file: this.snapshot.file, error: (error as Error).message },
        'projection snapshot not written',
      );
    }
  }
}

import { ReadWriteLock } from '../shared/read-write-lock';
import type { Logger } from '../shared/logger';
import type { GraphStore } from '../store/graph-store';
import { patchProjection, type ChangedNodes } from './patch-projection';
import { projectScope } from './project-scope';
import type { ProjectedGraph } from './projected-graph';

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

/**
 * A worker's projection of the whole graph, loaded once and kept current from the change log:
 * before a job reads it, the changes logged since are patched in (each changed node re-read with
 * its relationships), so a job sees every edit that was written before it was queued — the one
 * that queued it included — without reloading the graph (about a minute from Neo4j at province
 * scale). Jobs read it together; a patch waits until the readers are done.
 *
 * It is reloaded whole only when it cannot follow the log (trimmed, or Redis came back empty) or
 * when more than PATCH_LIMIT nodes changed: a full run uses the kept projection too, since a
 * patched projection equals a fresh one (test/unit/patch-projection.test.ts).
 */
export class LiveProjection {
  private graph: ProjectedGraph | null = null;
  private cursor = '';
  private readonly lock = new ReadWriteLock();

  constructor(
    private readonly store: GraphStore,
    private readonly changes: ChangeSource,
    private readonly logger?: Logger,
    private readonly patchLimit = PATCH_LIMIT,
  ) {}

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

  private async reload(why: string): Promise<void> {
    const started = Date.now();
    // the cursor first: a change written during the load is patched in again, which is harmless
    const cursor = await this.changes.head();
    this.graph = null;
    this.graph = await projectScope(this.store, {});
    this.cursor = cursor;
    this.logger?.info({ why, ms: Date.now() - started }, 'projection loaded');
  }
}

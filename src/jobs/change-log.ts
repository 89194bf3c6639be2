import type { GraphChange } from './change-feed';

/** What a reader gets from a change log: the changes after its cursor, or `reload` when some are gone. */
export type ChangesSince = { changes: GraphChange[]; cursor: string } | 'reload';

/**
 * The graph's changes in the order they were written, for the processes that keep a projection
 * in memory (each worker's live projection): a writer appends what it changed before it queues
 * the recomputes, so a job always finds the change that queued it. A reader that fell too far
 * behind (the log was trimmed, or restarted empty) is told to reload the whole projection.
 */
export interface ChangeLog {
  append(changes: GraphChange[]): Promise<void>;
  /**
   * Tells every reader to reload its whole projection from the store on its next read, as if it
   * had fallen behind. A full recompute asks it: a write whose change could not be logged (Redis
   * away when it was answered) is otherwise missing from every projection until each process
   * restarts, and the full run would compute every list again on the graph as it was.
   */
  appendReload(): Promise<void>;
  /** The cursor of the log's end: changes after it are the ones a projection read now could miss. */
  head(): Promise<string>;
  since(cursor: string): Promise<ChangesSince>;
}

/** Entries a log keeps: a reader further behind reloads (a province reload costs less than 50k patches). */
export const CHANGE_LOG_LENGTH = 10_000;

/** The in-process log of the embedded default: writer and reader share this process. */
export class MemoryChangeLog implements ChangeLog {
  private entries: { seq: number; changes: GraphChange[]; reload?: true }[] = [];
  private last = 0;

  constructor(private readonly keep = CHANGE_LOG_LENGTH) {}

  async append(changes: GraphChange[]): Promise<void> {
    this.entries.push({ seq: ++this.last, changes });
    if (this.entries.length > this.keep) this.entries = this.entries.slice(-this.keep);
  }

  async appendReload(): Promise<void> {
    this.entries.push({ seq: ++this.last, changes: [], reload: true });
    if (this.entries.length > this.keep) this.entries = this.entries.slice(-this.keep);
  }

  async head(): Promise<string> {
    return String(this.last);
  }

  async since(cursor: string): Promise<ChangesSince> {
    const after = Number(cursor);
    const first = this.entries[0]?.seq ?? this.last + 1;
    if (!Number.isInteger(after) || after > this.last || after + 1 < first) return 'reload';
    const entries = this.entries.filter((entry) => entry.seq > after);
    if (entries.some((entry) => entry.reload)) return 'reload';
    return { changes: entries.flatMap((entry) => entry.changes), cursor: String(this.last) };
  }
}

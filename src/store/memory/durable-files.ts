import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { DataDirectoryLock } from './data-directory-lock';
import type { JournalEntry } from './journal-entry';
import { JournalFile, readJournal } from './journal-file';
import { ensureDataDirectory, PRIVATE_FILE_MODE, readSnapshot, writeSnapshotAtomically } from './snapshot-file';

/** Default journal size past which it is folded into the snapshot. */
export const COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

export interface DurableFilesOptions {
  snapshotFile: string;
  /** Journal bytes past which the snapshot is rewritten and the journal emptied. Default COMPACT_AFTER_BYTES. */
  compactAfterBytes?: number;
  /** Read only (a command beside a running server): no lock, no journal repair, writes refused. */
  readOnly?: boolean;
  onWarning: (message: string) => void;
}

/** What is on disk at open: the snapshot's text and the journal's entries. */
export interface DiskState {
  snapshot: string | null;
  entries: JournalEntry[];
}

interface Pending {
  entry: JournalEntry;
  line: string;
  apply: (entry: JournalEntry) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The journal beside a snapshot: `snapshot.json` → `snapshot.json.journal`. */
export function journalFileOf(snapshotFile: string): string {
  return `${snapshotFile}.journal`;
}

/**
 * The memory store's files, written as a database writes its log (PostgreSQL's WAL, Neo4j's
 * transaction log): every write is appended to the journal and fdatasynced before it is applied
 * in memory and answered; the writes that arrive while one batch is being synced share the next
 * (group commit). The journal is folded into the snapshot when it grows past compactAfterBytes,
 * and on close, inside the same chain, so no write slips between the snapshot and the emptying.
 */
export class DurableFiles {
  private chain: Promise<void> = Promise.resolve();
  private pending: Pending[] = [];
  private closed = false;
  /**
   * Bytes of the snapshot last read or written. The journal is folded in only once it outgrows
   * this as well as compactAfterBytes (as Redis rewrites its append-only file at 100% growth), so
   * a large import rewrites a large snapshot a few times, not once every 8 MiB of journal.
   */
  private snapshotBytes = 0;

  private constructor(
    private readonly options: DurableFilesOptions,
    private readonly journal: JournalFile | null,
    private readonly lock: DataDirectoryLock | null,
    private lastSeq: number,
    /** Serialises the store as it is now, for a snapshot holding the writes up to lastSeq. */
    private snapshotOf: (lastSeq: number) => string = () => '',
  ) {}

  /** Takes the lock, reads the snapshot and the journal (dropping a torn tail, with a warning). */
  static async open(options: DurableFilesOptions): Promise<{ files: DurableFiles; disk: DiskState }> {
    const file = path.resolve(options.snapshotFile);
    const dir = path.dirname(file);
    const journalFile = journalFileOf(file);
    if (!options.readOnly) await ensureDataDirectory(dir);
    const lock = options.readOnly ? null : await DataDirectoryLock.take(dir);
    try {
      const snapshot = await readSnapshot(file);
      if (snapshot !== null && !options.readOnly) await fs.chmod(file, PRIVATE_FILE_MODE);
      const read = await readJournal(journalFile);
      if (read.tornLines > 0)
        options.onWarning(
          `${journalFile}: dropped ${read.tornLines} torn line(s) at its end (a write interrupted by a crash, never acknowledged)`,
        );
      const journal = options.readOnly ? null : await JournalFile.open(journalFile, read.goodLength);
      const lastSeq = read.entries.at(-1)?.seq ?? 0;
      const files = new DurableFiles({ ...options, snapshotFile: file }, journal, lock, lastSeq);
      files.snapshotBytes = snapshot === null ? 0 : Buffer.byteLength(snapshot);
      return { files, disk: { snapshot, entries: read.entries } };
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  /** Sets how the store is serialised, and the seq the snapshot read at open holds writes up to. */
  attach(snapshotOf: (lastSeq: number) => string, snapshotSeq: number): void {
    this.snapshotOf = snapshotOf;
    this.lastSeq = Math.max(this.lastSeq, snapshotSeq);
  }

  /**
   * Journals a write, then applies it (to the entry as read back from its line, as replay will)
   * and resolves with what `apply` returned. A write that cannot be made durable is refused with
   * a 503 and never applied.
   */
  commit<T>(write: Omit<JournalEntry, 'seq'>, apply: (entry: JournalEntry) => T): Promise<T> {
    if (this.closed || !this.journal) {
      const why = this.journal
        ? 'the store is closed'
        : 'the store was opened read-only: a server holds the data directory';
      return Promise.reject(new AppError('unavailable', `the memory store cannot write (${why})`));
    }
    return new Promise<T>((resolve, reject) => {
      const entry = { ...write, seq: ++this.lastSeq };
      const line = `${JSON.stringify(entry)}\n`;
      this.pending.push({ entry, line, apply, resolve: resolve as (value: unknown) => void, reject });
      // the chain never rejects: writeBatch answers every write of its batch, whatever happens
      if (this.pending.length === 1) this.chain = this.chain.then(() => this.writeBatch());
    });
  }

  /** Resolves once every write asked so far is journaled and applied. */
  async settled(): Promise<void> {
    await this.chain;
  }

  private async writeBatch(): Promise<void> {
    const batch = this.pending.splice(0);
    const journal = this.journal!;
    try {
      await journal.append(Buffer.from(batch.map((p) => p.line).join(''), 'utf8'));
    } catch (error) {
      // nothing of the batch is on disk (append cut the file back) nor applied: all are refused
      const refused = new AppError(
        'unavailable',
        `the write was not stored: ${journal.file} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        [],
        { cause: error },
      );
      for (const p of batch) p.reject(refused);
      return;
    }
    for (const p of batch) {
      try {
        p.resolve(p.apply(JSON.parse(p.line) as JournalEntry));
      } catch (error) {
        p.reject(error);
      }
    }
    if (journal.size >= Math.max(this.options.compactAfterBytes ?? COMPACT_AFTER_BYTES, this.snapshotBytes))
      await this.compact();
  }

  /** Folds the journal into the snapshot; a failure keeps the journal (nothing is lost) and warns. */
  private async compact(): Promise<void> {
    const journal = this.journal;
    if (!journal || journal.size === 0) return;
    const file = this.options.snapshotFile;
    try {
      const snapshot = this.snapshotOf(this.lastSeqApplied());
      await writeSnapshotAtomically(file, snapshot);
      this.snapshotBytes = Buffer.byteLength(snapshot);
    } catch (error) {
      this.options.onWarning(`${file} could not be written, the journal is kept: ${(error as Error).message}`);
      return;
    }
    try {
      // a crash before this leaves entries the snapshot holds: replay skips them by seq
      await journal.reset();
    } catch (error) {
      this.options.onWarning(`${journal.file} could not be emptied after the snapshot: ${(error as Error).message}`);
    }
  }

  /** Every write journaled so far has been applied when the chain runs this (pending ones are not journaled yet). */
  private lastSeqApplied(): number {
    const next = this.pending[0];
    return next ? next.entry.seq - 1 : this.lastSeq;
  }

  /** Writes the snapshot now (inside the chain) if the journal holds anything. */
  flush(): Promise<void> {
    this.chain = this.chain.then(() => this.compact());
    return this.chain;
  }

  /** Folds the journal into the snapshot, closes it and releases the lock. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.flush();
    } finally {
      await this.journal?.close().catch(() => undefined);
      await this.lock?.release();
    }
  }
}

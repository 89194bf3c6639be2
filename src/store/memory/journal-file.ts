import { constants, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { DataFileError } from './data-file-error';
import { JournalEntry } from './journal-entry';
import { PRIVATE_FILE_MODE, syncDirectory } from './snapshot-file';
import path from 'node:path';

export interface JournalRead {
  entries: JournalEntry[];
  /** Bytes of whole entries; what follows (a torn tail) is dropped. */
  goodLength: number;
  /** Lines dropped from the end: a write that was being appended when the process died. */
  tornLines: number;
  /** Whether the file existed. */
  existed: boolean;
}

/**
 * Reads the journal. A last line without its newline, or unreadable lines with no readable one
 * after them, are a torn tail: an append the crash interrupted, never acknowledged (the answer
 * waits for the fsync of the whole line). An unreadable line followed by readable ones is damage,
 * and stops the start naming the file and the line.
 */
export async function readJournal(file: string): Promise<JournalRead> {
  let content: Buffer;
  try {
    content = await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { entries: [], goodLength: 0, tornLines: 0, existed: false };
    throw error;
  }
  const entries: JournalEntry[] = [];
  let offset = 0;
  let goodLength = 0;
  let badLine: number | null = null;
  let tornLines = 0;
  for (let line = 1; offset < content.length; line++) {
    const end = content.indexOf(0x0a, offset);
    const text = content.subarray(offset, end === -1 ? content.length : end).toString('utf8');
    const entry = end === -1 ? null : parseEntry(text);
    offset = end === -1 ? content.length : end + 1;
    if (entry === null) {
      badLine ??= line;
      tornLines++;
      continue;
    }
    if (badLine !== null) {
      throw new DataFileError(
        file,
        `${file} is damaged at line ${badLine} (entries after it are readable): restore the data directory from a backup, or move the journal away to start from the snapshot alone (losing the writes after it)`,
      );
    }
    entries.push(entry);
    goodLength = offset;
  }
  return { entries, goodLength, tornLines, existed: true };
}

function parseEntry(text: string): JournalEntry | null {
  try {
    const parsed = JournalEntry.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The journal open for appending: each append is written and fdatasynced before it resolves. */
export class JournalFile {
  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    private length: number,
  ) {}

  /** Opens (creating, 0600) the journal, cut back to `goodLength` (dropping a torn tail). */
  static async open(file: string, goodLength: number): Promise<JournalFile> {
    const handle = await fs.open(file, constants.O_RDWR | constants.O_CREAT, PRIVATE_FILE_MODE);
    try {
      await handle.chmod(PRIVATE_FILE_MODE);
      const { size } = await handle.stat();
      if (size !== goodLength) {
        await handle.truncate(goodLength);
        await handle.datasync();
      }
      // the journal's own directory entry must survive a crash too
      await syncDirectory(path.dirname(file));
    } catch (error) {
      await handle.close();
      throw error;
    }
    return new JournalFile(file, handle, goodLength);
  }

  get size(): number {
    return this.length;
  }

  /**
   * Appends the bytes and waits for them to be on disk. On failure (disk full, I/O error) the file
   * is cut back to its length before, so a later append does not follow half a batch.
   */
  async append(bytes: Buffer): Promise<void> {
    try {
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await this.handle.write(bytes, written, bytes.length - written, this.length + written);
        written += bytesWritten;
      }
      await this.handle.datasync();
      this.length += bytes.length;
    } catch (error) {
      await this.handle.truncate(this.length).catch(() => undefined);
      throw error;
    }
  }

  /** Empties the journal (its entries are in the snapshot now). */
  async reset(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.datasync();
    this.length = 0;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

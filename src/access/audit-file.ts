import { closeSync, constants, existsSync, chmodSync, openSync, readFileSync, truncateSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { AppError } from '../shared/app-error';
import { DataFileError } from '../store/memory/data-file-error';
import { PRIVATE_FILE_MODE } from '../store/memory/snapshot-file';
import type { AuditEntry } from '../store/access-store';

/**
 * `audit.jsonl`, one entry a line, each append fdatasynced before the write it records is
 * answered. A torn last line (a crash mid-append) is dropped and the file repaired at open; an
 * unreadable line before readable ones is damage and stops the start naming the file.
 */
export class AuditFile {
  private chain: Promise<void> = Promise.resolve();

  private constructor(
    readonly file: string,
    private length: number,
  ) {}

  static open(file: string, onWarning: (message: string) => void): { audit: AuditFile; entries: AuditEntry[] } {
    if (!existsSync(file)) closeSync(openSync(file, constants.O_CREAT | constants.O_WRONLY, PRIVATE_FILE_MODE));
    chmodSync(file, PRIVATE_FILE_MODE);
    const content = readFileSync(file);
    const entries: AuditEntry[] = [];
    let goodLength = 0;
    let badLine: number | null = null;
    let offset = 0;
    for (let line = 1; offset < content.length; line++) {
      const end = content.indexOf(0x0a, offset);
      const text = content.subarray(offset, end === -1 ? content.length : end).toString('utf8');
      offset = end === -1 ? content.length : end + 1;
      const entry = end === -1 ? null : parseEntry(text);
      if (entry === null) {
        badLine ??= line;
        continue;
      }
      if (badLine !== null)
        throw new DataFileError(
          file,
          `${file} is damaged at line ${badLine} (lines after it are readable): repair or remove that line, or restore the file from a backup`,
        );
      entries.push(entry);
      goodLength = offset;
    }
    if (goodLength !== content.length) {
      truncateSync(file, goodLength);
      onWarning(`${file}: dropped a torn last line (an entry interrupted by a crash) and repaired the file`);
    }
    return { audit: new AuditFile(file, goodLength), entries };
  }

  /** Appends one entry durably; a failure (disk full) is a 503 and leaves the file as it was. */
  append(entry: AuditEntry): Promise<void> {
    const bytes = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    const done = this.chain.then(() => this.write(bytes));
    this.chain = done.catch(() => undefined);
    return done;
  }

  private async write(bytes: Buffer): Promise<void> {
    let handle: fs.FileHandle | null = null;
    try {
      handle = await fs.open(this.file, constants.O_WRONLY | constants.O_CREAT, PRIVATE_FILE_MODE);
      let written = 0;
      while (written < bytes.length)
        written += (await handle.write(bytes, written, bytes.length - written, this.length + written)).bytesWritten;
      await handle.datasync();
      this.length += bytes.length;
    } catch (error) {
      await handle?.truncate(this.length).catch(() => undefined);
      throw new AppError(
        'unavailable',
        `the write was not recorded: ${this.file} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        [],
        { cause: error },
      );
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }
}

function parseEntry(text: string): AuditEntry | null {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' && typeof (value as AuditEntry).id === 'string'
      ? (value as AuditEntry)
      : null;
  } catch {
    return null;
  }
}

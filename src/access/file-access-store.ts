import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/app-error';
import { warnOnStderr } from '../shared/warn-on-stderr';
import { DataFileError } from '../store/memory/data-file-error';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../store/memory/snapshot-file';
import type { Page } from '../store/graph-store';
import type { AccessStore, ApiKeyRecord, AuditEntry, AuditQuery } from '../store/access-store';
import { AuditFile } from './audit-file';

/**
 * Keys and audit entries of the embedded default, in two files beside the memory store's
 * snapshot: `keys.json` (rewritten whole, atomically, on each change; re-read when another
 * process — `redchain keys create` — changed it) and `audit.jsonl` (appended durably, one entry
 * a line: audit-file.ts). `dir` null keeps everything in memory (tests). A keys.json damaged at
 * start stops it naming the file; damaged while running, keyed requests answer 503 naming it.
 */
export class FileAccessStore implements AccessStore {
  private keys = new Map<string, ApiKeyRecord>();
  private keysReadAt = -1;
  private readonly audit: AuditEntry[] = [];
  private auditFile: AuditFile | null = null;

  private constructor(private readonly dir: string | null) {}

  static open(
    dir: string | null,
    { onWarning = warnOnStderr }: { onWarning?: (message: string) => void } = {},
  ): FileAccessStore {
    const store = new FileAccessStore(dir);
    if (dir) {
      mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
      const { audit, entries } = AuditFile.open(path.join(dir, 'audit.jsonl'), onWarning);
      store.auditFile = audit;
      store.audit.push(...entries);
      try {
        store.refresh();
      } catch (error) {
        throw new DataFileError(store.keysFile!, (error as Error).message, { cause: error });
      }
      if (existsSync(store.keysFile!)) chmodSync(store.keysFile!, PRIVATE_FILE_MODE);
    }
    return store;
  }

  async createKey(record: ApiKeyRecord): Promise<void> {
    this.refresh();
    if (this.keys.has(record.id)) throw new Error(`an API key with id ${record.id} exists`);
    this.save(new Map(this.keys).set(record.id, { ...record }));
  }

  async findKey(id: string): Promise<ApiKeyRecord | null> {
    this.refresh();
    return this.keys.get(id) ?? null;
  }

  async listKeys(): Promise<ApiKeyRecord[]> {
    this.refresh();
    return [...this.keys.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async revokeKey(id: string, at: string): Promise<boolean> {
    this.refresh();
    const key = this.keys.get(id);
    if (!key || key.revokedAt) return false;
    this.save(new Map(this.keys).set(id, { ...key, revokedAt: at }));
    return true;
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    // on disk first: an entry that could not be written is not listed either
    await this.auditFile?.append(entry);
    this.audit.push(entry);
  }

  async listAudit({ limit, cursor, targetId }: AuditQuery): Promise<Page<AuditEntry>> {
    const matching = this.audit
      .filter((e) => (cursor === undefined || e.id < cursor) && (targetId === undefined || e.target?.id === targetId))
      .sort((a, b) => (a.id < b.id ? 1 : -1));
    const items = matching.slice(0, limit);
    return { items, nextCursor: matching.length > limit ? items[items.length - 1]!.id : null };
  }

  /** Readiness: throws (503, naming the file) while keys.json cannot be read. */
  async check(): Promise<void> {
    this.refresh();
  }

  private get keysFile(): string | null {
    return this.dir ? path.join(this.dir, 'keys.json') : null;
  }

  /** Re-reads the keys when the file changed since (another process wrote it). */
  private refresh(): void {
    const file = this.keysFile;
    if (!file || !existsSync(file)) return;
    const changedAt = statSync(file).mtimeMs;
    if (changedAt === this.keysReadAt) return;
    let records: unknown;
    try {
      records = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw damagedKeys(file, (error as Error).message);
    }
    if (!Array.isArray(records) || !records.every(isKeyRecord)) throw damagedKeys(file, 'not a list of key records');
    this.keys = new Map(records.map((r) => [r.id, r]));
    this.keysReadAt = changedAt;
  }

  /**
   * Makes `keys` the keys, on disk first: written to a temp file, fsynced, renamed over keys.json
   * (a reader never sees half a file), the folder fsynced. A failure (disk full) is a 503 that
   * leaves the file and the keys in memory as they were, and no temp file.
   */
  private save(keys: Map<string, ApiKeyRecord>): void {
    const file = this.keysFile;
    if (file) {
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        writeDurably(temporary, JSON.stringify([...keys.values()], null, 2));
        renameSync(temporary, file);
        const dir = openSync(path.dirname(file), 'r');
        try {
          fsyncSync(dir);
        } finally {
          closeSync(dir);
        }
      } catch (error) {
        rmSync(temporary, { force: true });
        throw new AppError(
          'unavailable',
          `the key was not stored: ${file} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
          [],
          { cause: error },
        );
      }
      this.keysReadAt = statSync(file).mtimeMs;
    }
    this.keys = keys;
  }
}

function writeDurably(file: string, content: string): void {
  const fd = openSync(file, 'w', PRIVATE_FILE_MODE);
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function damagedKeys(file: string, why: string): AppError {
  return new AppError(
    'unavailable',
    `${file} is damaged (${why}): keyed requests are refused until it is restored from a backup or its JSON repaired`,
  );
}

function isKeyRecord(value: unknown): value is ApiKeyRecord {
  const r = value as Partial<ApiKeyRecord> | null;
  return (
    r !== null &&
    typeof r === 'object' &&
    typeof r.id === 'string' &&
    typeof r.hash === 'string' &&
    typeof r.role === 'string' &&
    typeof r.createdAt === 'string'
  );
}

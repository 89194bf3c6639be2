import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '../store/graph-store';
import type { AccessStore, ApiKeyRecord, AuditEntry } from './access-store';

/**
 * Keys and audit entries of the embedded default, in two files beside the memory store's
 * snapshot: `keys.json` (rewritten whole, atomically, on each change; re-read when another
 * process — `redchain keys create` — changed it) and `audit.jsonl` (appended, one entry a line).
 * `dir` null keeps everything in memory (tests).
 */
export class FileAccessStore implements AccessStore {
  private keys = new Map<string, ApiKeyRecord>();
  private keysReadAt = -1;
  private readonly audit: AuditEntry[] = [];

  private constructor(private readonly dir: string | null) {}

  static open(dir: string | null): FileAccessStore {
    const store = new FileAccessStore(dir);
    if (dir) {
      mkdirSync(dir, { recursive: true });
      const auditFile = path.join(dir, 'audit.jsonl');
      if (existsSync(auditFile))
        for (const line of readFileSync(auditFile, 'utf8').split('\n'))
          if (line.trim()) store.audit.push(JSON.parse(line) as AuditEntry);
    }
    return store;
  }

  async createKey(record: ApiKeyRecord): Promise<void> {
    this.refresh();
    if (this.keys.has(record.id)) throw new Error(`an API key with id ${record.id} exists`);
    this.keys.set(record.id, { ...record });
    this.save();
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
    key.revokedAt = at;
    this.save();
    return true;
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.audit.push(entry);
    if (this.dir) appendFileSync(path.join(this.dir, 'audit.jsonl'), `${JSON.stringify(entry)}\n`);
  }

  async listAudit({
    limit,
    cursor,
    targetId,
  }: {
    limit: number;
    cursor?: string;
    targetId?: string;
  }): Promise<Page<AuditEntry>> {
    const matching = this.audit
      .filter((e) => (cursor === undefined || e.id < cursor) && (targetId === undefined || e.target?.id === targetId))
      .sort((a, b) => (a.id < b.id ? 1 : -1));
    const items = matching.slice(0, limit);
    return { items, nextCursor: matching.length > limit ? items[items.length - 1]!.id : null };
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
    const records = JSON.parse(readFileSync(file, 'utf8')) as ApiKeyRecord[];
    this.keys = new Map(records.map((r) => [r.id, r]));
    this.keysReadAt = changedAt;
  }

  private save(): void {
    const file = this.keysFile;
    if (!file) return;
    // write then rename: a reader never sees half a file
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify([...this.keys.values()], null, 2), { mode: 0o600 });
    renameSync(temporary, file);
    this.keysReadAt = statSync(file).mtimeMs;
  }
}

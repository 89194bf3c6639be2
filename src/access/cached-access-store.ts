import { LRUCache } from 'lru-cache';
import type { Page } from '../store/graph-store';
import type { AccessStore, ApiKeyRecord, AuditEntry, AuditQuery } from '../store/access-store';

/** How long a key's record is trusted without asking the store again: another process's revocation takes effect within it. */
export const KEY_CACHE_MS = 30_000;

/**
 * Remembers key lookups (every request looks its key up; the store need not answer each), and
 * forgets a key the moment this process revokes it.
 */
export class CachedAccessStore implements AccessStore {
  private readonly keys = new LRUCache<string, { record: ApiKeyRecord | null }>({ max: 10_000, ttl: KEY_CACHE_MS });

  constructor(private readonly inner: AccessStore) {}

  async findKey(id: string): Promise<ApiKeyRecord | null> {
    const cached = this.keys.get(id);
    if (cached) return cached.record;
    const record = await this.inner.findKey(id);
    this.keys.set(id, { record });
    return record;
  }

  async createKey(record: ApiKeyRecord): Promise<void> {
    await this.inner.createKey(record);
    this.keys.delete(record.id);
  }

  async revokeKey(id: string, at: string): Promise<boolean> {
    const revoked = await this.inner.revokeKey(id, at);
    this.keys.delete(id);
    return revoked;
  }

  listKeys(): Promise<ApiKeyRecord[]> {
    return this.inner.listKeys();
  }

  appendAudit(entry: AuditEntry): Promise<void> {
    return this.inner.appendAudit(entry);
  }

  /** Readiness of the store behind, when it can tell (keys.json readable); else nothing to check. */
  async check(): Promise<void> {
    const inner = this.inner as AccessStore & { check?: () => Promise<void> };
    await inner.check?.();
  }

  listAudit(query: AuditQuery): Promise<Page<AuditEntry>> {
    return this.inner.listAudit(query);
  }
}

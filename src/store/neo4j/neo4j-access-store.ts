import neo4j from 'neo4j-driver';
import type { Page } from '../graph-store';
import { cypherFile } from './cypher-files';
import type { Neo4jConnection } from './neo4j-connection';
import type { AccessStore, ApiKeyRecord, AuditEntry, AuditQuery } from '../access-store';
import type { Role } from '../../domain/roles';

/** Keys and audit entries in the graph's Neo4j, under labels no projection or export reads. */
export class Neo4jAccessStore implements AccessStore {
  constructor(private readonly connection: Neo4jConnection) {}

  async createKey(record: ApiKeyRecord): Promise<void> {
    const { revokedAt: _revoked, ...key } = record;
    await this.connection.write((tx) => tx.rows(cypherFile('access/create-key'), { key }));
  }

  async findKey(id: string): Promise<ApiKeyRecord | null> {
    const rows = await this.connection.read((tx) => tx.rows(cypherFile('access/find-key'), { id }));
    return rows[0] ? toKey(rows[0]['key']) : null;
  }

  async listKeys(): Promise<ApiKeyRecord[]> {
    const rows = await this.connection.read((tx) => tx.rows(cypherFile('access/list-keys')));
    return rows.map((row) => toKey(row['key']));
  }

  async revokeKey(id: string, at: string): Promise<boolean> {
    const rows = await this.connection.write((tx) => tx.rows(cypherFile('access/revoke-key'), { id, at }));
    return rows.length > 0;
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    const { target, before, after, ...rest } = entry;
    await this.connection.write((tx) =>
      tx.rows(cypherFile('access/append-audit'), {
        entry: {
          ...rest,
          targetKind: target?.kind ?? null,
          targetId: target?.id ?? null,
          before: JSON.stringify(before ?? null),
          after: JSON.stringify(after ?? null),
        },
      }),
    );
  }

  async listAudit({ limit, cursor, targetId }: AuditQuery): Promise<Page<AuditEntry>> {
    const rows = await this.connection.read((tx) =>
      tx.rows(cypherFile('access/list-audit'), {
        after: cursor ?? null,
        targetId: targetId ?? null,
        limit: neo4j.int(limit + 1),
      }),
    );
    const entries = rows.map((row) => toEntry(row['entry'] as Record<string, unknown>));
    const items = entries.slice(0, limit);
    return { items, nextCursor: entries.length > limit ? items[items.length - 1]!.id : null };
  }
}

function toKey(value: unknown): ApiKeyRecord {
  const k = value as Record<string, unknown>;
  return {
    id: String(k['id']),
    name: String(k['name']),
    role: k['role'] as Role,
    regionId: (k['regionId'] as string | null | undefined) ?? null,
    ...(typeof k['personId'] === 'string' ? { personId: k['personId'] } : {}),
    ...(typeof k['departmentId'] === 'string' ? { departmentId: k['departmentId'] } : {}),
    hash: String(k['hash']),
    createdAt: String(k['createdAt']),
    revokedAt: (k['revokedAt'] as string | null | undefined) ?? null,
  };
}

function toEntry(e: Record<string, unknown>): AuditEntry {
  return {
    id: String(e['id']),
    at: String(e['at']),
    keyId: String(e['keyId']),
    role: e['role'] as Role,
    action: String(e['action']),
    target: e['targetKind'] ? { kind: String(e['targetKind']), id: String(e['targetId']) } : null,
    before: JSON.parse(String(e['before'] ?? 'null')) as unknown,
    after: JSON.parse(String(e['after'] ?? 'null')) as unknown,
    requestId: (e['requestId'] as string | null | undefined) ?? null,
  };
}

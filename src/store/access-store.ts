import type { Role } from '../domain/roles';
import type { Page } from './graph-store';

/** A stored API key: never the key itself, only its hash. */
export interface ApiKeyRecord {
  id: string;
  /** Who holds it, for people reading lists and the audit log ("镇江高新区船舶链党委"). */
  name: string;
  role: Role;
  /** The region it is limited to (with everything below); null: everywhere. */
  regionId: string | null;
  /** The person a responder key acts as (the one requests are dispatched to); absent for other roles. */
  personId?: string;
  /** The department a responder key acts for (its queue, its 报到 and 销号); absent for other keys. */
  departmentId?: string;
  hash: string;
  createdAt: string;
  revokedAt: string | null;
}

/** One write through the API: who, what, when, and the record before and after. */
export interface AuditEntry {
  /** Sortable: time first, so pages come in the order things happened. */
  id: string;
  at: string;
  keyId: string;
  role: Role;
  /** `POST /api/v1/enterprises`, `problem.claim` … */
  action: string;
  target: { kind: string; id: string } | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** A page of the audit log: newest first, after `cursor`, of one target's entries when `targetId` is given. */
export interface AuditQuery {
  limit: number;
  cursor?: string;
  targetId?: string;
}

/**
 * Keys and the audit log: kept beside the graph (in Neo4j as :ApiKey and :AuditEntry, or in a
 * file next to the memory store's snapshot), never part of it — no projection or export sees them.
 *
 * A storage port like GraphStore, so it sits here beside that port: the Neo4j adapter
 * (neo4j/neo4j-access-store.ts) implements it without store/ importing access/, and access/
 * (the file adapter, the cache, key creation) imports it downwards.
 */
export interface AccessStore {
  createKey(record: ApiKeyRecord): Promise<void>;
  findKey(id: string): Promise<ApiKeyRecord | null>;
  listKeys(): Promise<ApiKeyRecord[]>;
  /** False when there is no such key or it was revoked already. */
  revokeKey(id: string, at: string): Promise<boolean>;
  appendAudit(entry: AuditEntry): Promise<void>;
  /** Newest first; `cursor` from the previous page. */
  listAudit(query: AuditQuery): Promise<Page<AuditEntry>>;
}

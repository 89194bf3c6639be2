import path from 'node:path';
import type { Config } from '../config/config';
import type { GraphStore } from '../store/graph-store';
import { Neo4jGraphStore } from '../store/neo4j/neo4j-graph-store';
import { CachedAccessStore } from './cached-access-store';
import { FileAccessStore } from './file-access-store';
import { Neo4jAccessStore } from '../store/neo4j/neo4j-access-store';

/**
 * Keys and the audit log where the graph is: in its Neo4j, or in files beside the memory store's
 * snapshot. `onWarning`: where a repaired audit log is reported (default stderr).
 */
export function openAccess(
  config: Config,
  store: GraphStore,
  options: { onWarning?: (message: string) => void } = {},
): CachedAccessStore {
  if (store instanceof Neo4jGraphStore) return new CachedAccessStore(new Neo4jAccessStore(store.connection));
  return new CachedAccessStore(FileAccessStore.open(path.dirname(path.resolve(config.memory.snapshotFile)), options));
}

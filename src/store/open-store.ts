import type { Config } from '../config/config';
import type { GraphStore } from './graph-store';
import { MemoryGraphStore } from './memory/memory-graph-store';
import { Neo4jGraphStore } from './neo4j/neo4j-graph-store';

/**
 * The store the configuration selects: Neo4j when NEO4J_URI is set, else the memory store.
 * `maxRetryMs`: how long Neo4j transactions retry before failing (the API: seconds; see Neo4jSettings).
 */
export async function openStore(config: Config, { maxRetryMs }: { maxRetryMs?: number } = {}): Promise<GraphStore> {
  if (config.neo4j) return Neo4jGraphStore.open({ ...config.neo4j, ...(maxRetryMs ? { maxRetryMs } : {}) });
  return MemoryGraphStore.open({ snapshotFile: config.memory.snapshotFile });
}

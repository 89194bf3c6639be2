import type { Config } from '../config/config';
import type { GraphStore } from './graph-store';
import { MemoryGraphStore } from './memory/memory-graph-store';
import { Neo4jGraphStore } from './neo4j/neo4j-graph-store';

export interface OpenStoreOptions {
  /** How long Neo4j transactions retry before failing (the API: seconds; see Neo4jSettings). */
  maxRetryMs?: number;
  /** Memory store only: read its files without taking the data directory; writes are refused. */
  readOnly?: boolean;
  /** Memory store only: where recoveries (a torn journal tail dropped) are reported. Default stderr. */
  onWarning?: (message: string) => void;
}

/** The store the configuration selects: Neo4j when NEO4J_URI is set, else the memory store. */
export async function openStore(
  config: Config,
  { maxRetryMs, readOnly, onWarning }: OpenStoreOptions = {},
): Promise<GraphStore> {
  if (config.neo4j) return Neo4jGraphStore.open({ ...config.neo4j, ...(maxRetryMs ? { maxRetryMs } : {}) });
  return MemoryGraphStore.open({
    snapshotFile: config.memory.snapshotFile,
    ...(readOnly ? { readOnly } : {}),
    ...(onWarning ? { onWarning } : {}),
  });
}

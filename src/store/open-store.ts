import type { Config } from '../config/config';
import type { GraphStore } from './graph-store';
import { MemoryGraphStore } from './memory/memory-graph-store';
import { Neo4jGraphStore } from './neo4j/neo4j-graph-store';
import { RedisStoreEpoch } from './redis-store-epoch';
import { warnOnStderr } from '../shared/warn-on-stderr';

export interface OpenStoreOptions {
  /** How long Neo4j transactions retry before failing (the API: seconds; see Neo4jSettings). */
  maxRetryMs?: number;
  /** Memory store only: read its files without taking the data directory; writes are refused. */
  readOnly?: boolean;
  /** Where recoveries (a torn journal tail dropped) and a Redis outage of the store's epoch are reported. Default stderr. */
  onWarning?: (message: string) => void;
}

/** The store the configuration selects: Neo4j when NEO4J_URI is set, else the memory store. */
export async function openStore(
  config: Config,
  { maxRetryMs, readOnly, onWarning }: OpenStoreOptions = {},
): Promise<GraphStore> {
  if (config.neo4j) {
    // with Redis, every process of the deployment shares the store's epoch: an API process then
    // answers a list it read again without Neo4j until a write anywhere (epoch-held-reads.ts).
    // Only on one server (bolt://): through a cluster's routing (neo4j://) a read may reach a
    // secondary that has not caught up with a write, and would then be held for up to HOLD_MS
    const epoch =
      config.redis && singleServer(config.neo4j.uri)
        ? await RedisStoreEpoch.connect(config.redis.url, config.jobs.queuePrefix, onWarning ?? warnOnStderr)
        : null;
    return Neo4jGraphStore.open({ ...config.neo4j, ...(maxRetryMs ? { maxRetryMs } : {}) }, { epoch });
  }
  return MemoryGraphStore.open({
    snapshotFile: config.memory.snapshotFile,
    ...(readOnly ? { readOnly } : {}),
    ...(onWarning ? { onWarning } : {}),
  });
}

/** A direct connection to one Neo4j server, as opposed to a cluster's routing. */
function singleServer(uri: string): boolean {
  return /^bolt(\+s|\+ssc)?:\/\//i.test(uri);
}

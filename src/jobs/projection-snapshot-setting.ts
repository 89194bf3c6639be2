import type { Config } from '../config/config';
import { snapshotFileFor, type SnapshotFile } from '../projection/projection-snapshot';

/**
 * Where a process that holds the whole graph (a worker, the graph-query process) keeps its
 * projection snapshot, and how often it writes it; none when snapshots are off or the graph is
 * not Neo4j's. Every such process of one deployment shares the file: each writes it whole and
 * renames it into place, and each start reads whichever is newest, then follows the change log.
 */
export function projectionSnapshotOf(config: Config): { file: SnapshotFile; saveEveryMs: number } | undefined {
  if (!config.projection.snapshotDir || !config.neo4j || !config.redis) return undefined;
  return {
    file: snapshotFileFor(config.projection.snapshotDir, snapshotIdentity(config)),
    saveEveryMs: config.projection.saveEveryMs,
  };
}

/**
 * What a projection snapshot belongs to: the graph (Neo4j and database) and the change log that
 * keeps it current (Redis and queue prefix). Hosts and names only: no credential reaches the file.
 */
function snapshotIdentity(config: Config): string {
  const neo4j = new URL(config.neo4j!.uri);
  const redis = new URL(config.redis!.url);
  return `neo4j ${neo4j.host}/${config.neo4j!.database}; changes ${redis.host}${redis.pathname}/${config.jobs.queuePrefix}`;
}

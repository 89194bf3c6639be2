import { rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, ensureRedis, startLocalNeo4j, waitForBolt } from '../../scripts/local-stack';

const TEST_HOMES = path.join(REPO_ROOT, '.redchain', 'test-neo4j');

/**
 * Before any test: a real Neo4j (started here for this run unless NEO4J_URI names one) and a
 * real Redis. Test workers inherit the environment set here. When a service cannot be had the
 * run fails saying why: no test is ever skipped for want of one.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['NEO4J_URI']) {
    const version = await waitForBolt(process.env['NEO4J_URI'], 30);
    process.stdout.write(`\nNeo4j ${version} at ${process.env['NEO4J_URI']} (given by NEO4J_URI)\n`);
  } else {
    rmSync(TEST_HOMES, { recursive: true, force: true });
    const dataDir = path.join(TEST_HOMES, `${Date.now()}-${process.pid}`);
    const server = await startLocalNeo4j({ dataDir });
    Object.assign(process.env, {
      NEO4J_URI: server.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'local',
      NEO4J_DATABASE: 'neo4j',
    });
    (globalThis as { __redchainNeo4j?: { pid: number; dataDir: string } }).__redchainNeo4j = {
      pid: server.pid,
      dataDir,
    };
    process.stdout.write(`\nNeo4j ${server.version} at ${server.uri} (started for this run)\n`);
  }
  process.env['REDIS_URL'] = await ensureRedis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  process.stdout.write(`Redis at ${process.env['REDIS_URL']}\n`);
}

import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, ensureRedis, isAlive, startLocalNeo4j, waitForBolt } from '../../scripts/local-stack';

const TEST_HOMES = path.join(REPO_ROOT, '.redchain', 'test-neo4j');

/** What the teardown needs; jest runs globalSetup and globalTeardown in the same process. */
export interface StartedNeo4j {
  pid: number;
  dataDir: string;
}
export const STARTED_KEY = '__redchainNeo4j';

/**
 * Before any test: a real Redis and a real Neo4j (started here for this run unless NEO4J_URI
 * names one). Test workers inherit the environment set here. When a service cannot be had the
 * run fails saying why: no test is ever skipped for want of one.
 */
export default async function globalSetup(): Promise<void> {
  // Redis first: if it fails, no Neo4j has been started that nobody would stop.
  process.env['REDIS_URL'] = await ensureRedis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');

  const given = process.env['NEO4J_URI'];
  if (given) {
    const version = await waitForBolt(given, {
      timeoutSeconds: 30,
      user: process.env['NEO4J_USER'] ?? 'neo4j',
      password: process.env['NEO4J_PASSWORD'] ?? '',
    }).catch((error: unknown) => {
      throw new Error(`NEO4J_URI is set but ${String(error instanceof Error ? error.message : error)}`);
    });
    process.stdout.write(`\nNeo4j ${version} at ${given} (given by NEO4J_URI)\n`);
  } else {
    removeStaleHomes();
    const dataDir = path.join(TEST_HOMES, `${Date.now()}-${process.pid}`);
    const server = await startLocalNeo4j({ dataDir });
    // auth is off on the local server: any password is accepted
    Object.assign(process.env, {
      NEO4J_URI: server.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'local',
      NEO4J_DATABASE: 'neo4j',
    });
    const started: StartedNeo4j = { pid: server.pid, dataDir };
    (globalThis as Record<string, unknown>)[STARTED_KEY] = started;
    process.stdout.write(`\nNeo4j ${server.version} at ${server.uri} (started for this run)\n`);
  }
  process.stdout.write(`Redis at ${process.env['REDIS_URL']}\n`);
}

/** Data dirs of earlier runs whose jest process is gone (a killed run never tore down). */
function removeStaleHomes(): void {
  let names: string[];
  try {
    names = readdirSync(TEST_HOMES);
  } catch {
    return;
  }
  for (const name of names) {
    const owner = Number(name.split('-')[1]);
    if (!Number.isInteger(owner) || !isAlive(owner))
      rmSync(path.join(TEST_HOMES, name), { recursive: true, force: true });
  }
}

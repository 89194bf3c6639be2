import IORedis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';
import { freePort, SERVER_ADMIN_KEY, ServerProcess } from '../helpers/server-process';
import { enterpriseExists, WriteLoad } from '../helpers/write-load';

// fewer than the embedded test: each start forks three processes (about 15 s on a busy 2-core machine)
const KILLS = 6;
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * The crash test of crash-embedded.test.ts on Neo4j and Redis: the primary, the API process and
 * the graph-query process it forks are SIGKILLed together (the process group) during writes.
 */
describe('the server on Neo4j and Redis killed during writes', () => {
  const prefix = uniquePrefix('crash-neo4j');
  const acknowledged: string[] = [];
  let dir: string;
  let port: number;
  let server: ServerProcess | null = null;
  const env = () => ({
    NEO4J_URI: process.env['NEO4J_URI']!,
    REDIS_URL,
    REDCHAIN_QUEUE_PREFIX: prefix.replace(/[^a-zA-Z0-9:_-]/g, '-').slice(0, 64),
    REDCHAIN_UPLOAD_DIR: path.join(dir, 'uploads'),
    REDCHAIN_ADMIN_KEY: SERVER_ADMIN_KEY,
  });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-crash-neo4j-'));
    port = await freePort();
  });
  afterAll(async () => {
    await server?.kill();
    // only what this test wrote: its enterprises and its queues' keys
    const store = await Neo4jGraphStore.open(neo4jSettingsFromEnv());
    try {
      for (const id of acknowledged) await store.deleteNode('Enterprise', id);
    } finally {
      await store.close();
    }
    const redis = new IORedis(REDIS_URL);
    const keys = await redis.keys(`${env().REDCHAIN_QUEUE_PREFIX}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  async function missingOf(ids: string[]): Promise<string[]> {
    const missing: string[] = [];
    for (const id of ids) if (!(await enterpriseExists(server!, id))) missing.push(id);
    return missing;
  }

  test(`when the process group is SIGKILLed ${KILLS} times at random moments, then it starts every time and no acknowledged write is lost`, async () => {
    const unexpected: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      server = await ServerProcess.start(env(), port, 90_000);
      expect(await missingOf(acknowledged.slice(-40))).toEqual([]);
      // a write here takes seconds (name resolution against the shared graph): the kill comes at a
      // random moment after the round's first acknowledgement, while others are in flight
      let first!: () => void;
      const acknowledgedOnce = new Promise<void>((resolve) => (first = resolve));
      const load = new WriteLoad(server, `${prefix}-r${round}`, 3, () => first());
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([acknowledgedOnce, new Promise((resolve) => (timer = setTimeout(resolve, 60_000)))]);
      clearTimeout(timer);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 3000));
      await server.kill();
      await load.stop();
      acknowledged.push(...load.acknowledged);
      unexpected.push(...load.unexpected);
    }
    server = await ServerProcess.start(env(), port, 90_000);
    const missing = await missingOf(acknowledged);
    console.log(
      `Neo4j + Redis, ${KILLS} SIGKILLs of the process group during writes: ${acknowledged.length} acknowledged, ${acknowledged.length - missing.length} present, ${missing.length} lost`,
    );
    expect(acknowledged.length).toBeGreaterThan(KILLS);
    expect(missing).toEqual([]);
    expect(unexpected).toEqual([]);
  }, 300_000);
});

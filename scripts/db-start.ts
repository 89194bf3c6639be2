/**
 * npm run db:start — a real Neo4j 5.26 Community server for development on this machine, data
 * in .redchain/neo4j (ignored by git), and Redis. Prints the settings to export.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, ensureRedis, freePort, isAlive, startLocalNeo4j, waitForBolt, writeJson } from './local-stack';

const HOME = path.join(REPO_ROOT, '.redchain', 'neo4j');
const STATE = path.join(HOME, 'server.json');

async function main(): Promise<void> {
  if (existsSync(STATE)) {
    const state = JSON.parse(readFileSync(STATE, 'utf8')) as { pid: number; uri: string };
    if (isAlive(state.pid)) {
      const version = await waitForBolt(state.uri, 10);
      report(state.uri, version, 'already running');
      return;
    }
  }
  const wanted = Number(process.env['NEO4J_PORT'] ?? 7687);
  const port = (await portIsFree(wanted)) ? wanted : await freePort();
  process.stdout.write(`starting Neo4j (first start resolves jars from Maven Central) ...\n`);
  const server = await startLocalNeo4j({ dataDir: HOME, port });
  writeJson(STATE, { pid: server.pid, uri: server.uri, version: server.version });
  report(server.uri, server.version, `started, pid ${server.pid}`);
  const redis = await ensureRedis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  process.stdout.write(`Redis answers at ${redis}\n\nexport NEO4J_URI=${server.uri} REDIS_URL=${redis}\n`);
}

function report(uri: string, version: string, how: string): void {
  process.stdout.write(`Neo4j ${version} Community at ${uri} (${how})\n`);
}

async function portIsFree(port: number): Promise<boolean> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`db:start: ${(error as Error).message}\n`);
  process.exit(1);
});

/**
 * npm run db:start — a real Neo4j 5.26 Community server for development on this machine (data in
 * .redchain/neo4j, ignored by git), plus Redis. Prints the settings to export. Idempotent: when
 * the recorded server is still running it only prints them again.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT,
  ensureRedis,
  freePort,
  isLocalNeo4j,
  portIsFree,
  startLocalNeo4j,
  waitForBolt,
  writeJson,
} from './local-stack';

const HOME = path.join(REPO_ROOT, '.redchain', 'neo4j');
const STATE = path.join(HOME, 'server.json');

async function main(): Promise<void> {
  const redis = await ensureRedis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  let uri: string;
  let version: string;
  const recorded = existsSync(STATE) ? (JSON.parse(readFileSync(STATE, 'utf8')) as { pid: number; uri: string }) : null;
  if (recorded && isLocalNeo4j(recorded.pid)) {
    // Running (or still starting): wait a little, and say so plainly if it does not answer.
    uri = recorded.uri;
    version = await waitForBolt(uri, { timeoutSeconds: 30, logFile: path.join(HOME, 'server.log') });
    process.stdout.write(`Neo4j ${version} Community already running at ${uri} (pid ${recorded.pid})\n`);
  } else {
    // 7687 (or NEO4J_PORT) when free, so the usual default URI works; else any free port.
    const wanted = Number(process.env['NEO4J_PORT'] ?? 7687);
    const port = (await portIsFree(wanted)) ? wanted : await freePort();
    process.stdout.write('starting Neo4j (a first start also resolves its jars with Maven) ...\n');
    const server = await startLocalNeo4j({ dataDir: HOME, port });
    writeJson(STATE, { pid: server.pid, uri: server.uri, version: server.version });
    ({ uri, version } = server);
    process.stdout.write(
      `Neo4j ${version} Community at ${uri} (started, pid ${server.pid}, log ${path.relative(process.cwd(), path.join(HOME, 'server.log'))})\n`,
    );
  }
  process.stdout.write(`Redis answers at ${redis}\n\nexport NEO4J_URI=${uri} REDIS_URL=${redis}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`db:start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

/** npm run db:stop — stops the server that db:start recorded in .redchain/neo4j/server.json (data kept). */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, isLocalNeo4j, stopLocalNeo4j } from './local-stack';

const STATE = path.join(REPO_ROOT, '.redchain', 'neo4j', 'server.json');

async function main(): Promise<void> {
  if (!existsSync(STATE)) {
    process.stdout.write('no local Neo4j recorded; nothing to stop\n');
    return;
  }
  const { pid, uri } = JSON.parse(readFileSync(STATE, 'utf8')) as { pid: number; uri: string };
  // stopLocalNeo4j signals only our launcher, so a pid reused since then is left alone
  const running = isLocalNeo4j(pid);
  await stopLocalNeo4j(pid);
  rmSync(STATE);
  process.stdout.write(running ? `stopped Neo4j at ${uri} (pid ${pid})\n` : `Neo4j at ${uri} was not running\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`db:stop: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

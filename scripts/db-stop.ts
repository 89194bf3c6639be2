/** npm run db:stop — stops the server that db:start recorded in .redchain/neo4j/server.json. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, stopLocalNeo4j } from './local-stack';

const STATE = path.join(REPO_ROOT, '.redchain', 'neo4j', 'server.json');

async function main(): Promise<void> {
  if (!existsSync(STATE)) {
    process.stdout.write('no local Neo4j recorded; nothing to stop\n');
    return;
  }
  const { pid, uri } = JSON.parse(readFileSync(STATE, 'utf8')) as { pid: number; uri: string };
  await stopLocalNeo4j(pid);
  rmSync(STATE);
  process.stdout.write(`stopped Neo4j at ${uri} (pid ${pid})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`db:stop: ${(error as Error).message}\n`);
  process.exit(1);
});

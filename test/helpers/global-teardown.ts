import { rmSync } from 'node:fs';
import { stopLocalNeo4j } from '../../scripts/local-stack';

/** Stops the Neo4j the global setup started, and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __redchainNeo4j?: { pid: number; dataDir: string } }).__redchainNeo4j;
  if (!started) return;
  await stopLocalNeo4j(started.pid);
  rmSync(started.dataDir, { recursive: true, force: true });
}

import { rmSync } from 'node:fs';
import { stopLocalNeo4j } from '../../scripts/local-stack';
import { STARTED_KEY, type StartedNeo4j } from './global-setup';

/** Stops the Neo4j the global setup started (none when NEO4J_URI was given), and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>)[STARTED_KEY] as StartedNeo4j | undefined;
  if (!started) return;
  await stopLocalNeo4j(started.pid);
  rmSync(started.dataDir, { recursive: true, force: true });
  delete (globalThis as Record<string, unknown>)[STARTED_KEY];
}

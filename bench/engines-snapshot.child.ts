/**
 * tsx bench/engines-snapshot.child.ts <bundle.json> <snapshot-file>: imports the province bundle
 * into the memory store and leaves its snapshot for the engines benchmark's runs to open.
 */
import { readFileSync, rmSync } from 'node:fs';
import { importBundle } from '../src/ingest/import-bundle.use-case';
import { MemoryGraphStore } from '../src/store/memory/memory-graph-store';

async function main(): Promise<void> {
  const [bundleFile, snapshotFile] = process.argv.slice(2) as [string, string];
  rmSync(snapshotFile, { force: true });
  const store = await MemoryGraphStore.open({ snapshotFile });
  const report = await importBundle(store, JSON.parse(readFileSync(bundleFile, 'utf8')));
  await store.close();
  if (report.rejected.length > 0) throw new Error(`${report.rejected.length} records rejected`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

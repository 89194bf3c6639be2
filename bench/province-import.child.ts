/**
 * Run as its own process by the benchmark so that its peak memory is the import's alone:
 * tsx bench/province-import.child.ts <bundle.json> <bolt-uri>. Prints one JSON line.
 */
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importBundleFile } from '../src/ingest/import-bundle-stream';
import { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';

async function main(): Promise<void> {
  const [file, uri] = process.argv.slice(2) as [string, string];
  const store = await Neo4jGraphStore.open({ uri, user: 'neo4j', password: 'local', database: 'neo4j' });
  try {
    const started = performance.now();
    // read as a stream, as `redchain import` reads a file: memory does not grow with the file
    const report = await importBundleFile(store, () => createReadStream(file));
    const ms = performance.now() - started;
    process.stdout.write(
      `${JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, written: report.written, rejected: report.rejected.length, review: report.review.length })}\n`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

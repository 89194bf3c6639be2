/**
 * npm run bench — the benchmarks of docs/benchmarks.md, each figure beside its baseline measured
 * in the same run. Starts its own Neo4j (never touches a configured NEO4J_URI, whose data the
 * benchmark would delete). BENCH_RUNS sets the number of runs (default 3); medians are printed.
 */
import os from 'node:os';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { REPO_ROOT, startLocalNeo4j, stopLocalNeo4j } from '../scripts/local-stack';
import { measureImport } from './import.bench';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function main(): Promise<void> {
  const runs = Number(process.env['BENCH_RUNS'] ?? 3);
  const dataDir = path.join(REPO_ROOT, '.redchain', 'bench-neo4j');
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startLocalNeo4j({ dataDir, heap: '2g', pageCacheMb: 512 });
  process.stdout.write(
    `Neo4j ${server.version} at ${server.uri}; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
  );
  const store = await Neo4jGraphStore.open({ uri: server.uri, user: 'neo4j', password: 'local', database: 'neo4j' });
  try {
    const figures = [];
    for (let run = 1; run <= runs; run++) {
      const f = await measureImport(store);
      figures.push(f);
      process.stdout.write(
        `run ${run}/${runs}: batched ${(f.batchedMs / 1000).toFixed(2)} s, row by row ${(f.rowByRowMs / 1000).toFixed(2)} s, ratio ${(f.rowByRowMs / f.batchedMs).toFixed(1)}x\n`,
      );
    }
    const first = figures[0]!;
    const batched = median(figures.map((f) => f.batchedMs));
    const rowByRow = median(figures.map((f) => f.rowByRowMs));
    const ratio = median(figures.map((f) => f.rowByRowMs / f.batchedMs));
    process.stdout.write(
      `\n| import into Neo4j (${first.nodes} nodes, ${first.rels} relationships) | median of ${runs} | baseline: row-by-row MERGE | ratio |\n` +
        `|---|---|---|---|\n| batched UNWIND, ${5000} rows per transaction | ${(batched / 1000).toFixed(2)} s | ${(rowByRow / 1000).toFixed(2)} s | ${ratio.toFixed(1)}x faster |\n`,
    );
  } finally {
    await store.close();
    await stopLocalNeo4j(server.pid);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

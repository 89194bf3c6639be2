import type { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { importWorkload } from './bench-data';
import { median, out, seconds } from './bench-util';
import { measureImport, writeBatched } from './import.bench';

/**
 * Batched UNWIND writes vs row-by-row MERGE, same data, same server. Both paths first run once,
 * unmeasured, on a small workload: the first run of a fresh server pays for a cold JVM (query
 * compilation, JIT, page cache), which fell on the batched path alone (it runs first) and made its
 * first figure twice the others. Then the batched path writes the whole workload once, unmeasured:
 * the first write of that size into a fresh database fell on the batched path alone too (the
 * row-by-row path always writes into a database the batched path has filled once), and its first
 * figure was still half as long again as the others (5.28 s against 3.46 and 3.70 s on
 * 2026-12-05); with this, 4.01 s against 4.57 and 4.53 s (2026-12-06).
 */
export async function benchImport(store: Neo4jGraphStore, runs: number): Promise<void> {
  await measureImport(store, importWorkload(1000, 7));
  await writeBatched(store, importWorkload());
  const figures = [];
  for (let run = 1; run <= runs; run++) {
    const f = await measureImport(store);
    figures.push(f);
    out(
      `import run ${run}/${runs}: batched ${seconds(f.batchedMs)}, row by row ${seconds(f.rowByRowMs)}, ratio ${(f.rowByRowMs / f.batchedMs).toFixed(1)}x`,
    );
  }
  const first = figures[0]!;
  out(
    `\n| import into Neo4j (${first.nodes} nodes, ${first.rels} relationships) | median of ${runs} | baseline: row-by-row MERGE | ratio |`,
  );
  out('|---|---|---|---|');
  out(
    `| batched UNWIND, 5,000 rows per transaction (node batches two at a time) | ${seconds(median(figures.map((f) => f.batchedMs)))} | ${seconds(median(figures.map((f) => f.rowByRowMs)))} | ${median(figures.map((f) => f.rowByRowMs / f.batchedMs)).toFixed(1)}x faster |\n`,
  );
}

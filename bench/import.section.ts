import type { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { median, out, seconds } from './bench-util';
import { measureImport } from './import.bench';

/** Batched UNWIND writes vs row-by-row MERGE, same data, same server. */
export async function benchImport(store: Neo4jGraphStore, runs: number): Promise<void> {
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
    `| batched UNWIND, 5,000 rows per transaction | ${seconds(median(figures.map((f) => f.batchedMs)))} | ${seconds(median(figures.map((f) => f.rowByRowMs)))} | ${median(figures.map((f) => f.rowByRowMs / f.batchedMs)).toFixed(1)}x faster |\n`,
  );
}

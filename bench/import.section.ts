import type { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { importWorkload } from './bench-data';
import { median, out, seconds } from './bench-util';
import { measureImport, writeBatched } from './import.bench';
import { untilQuiet, type Settled } from './quiet';

/** Quiet means 3 s in a row under 5 % of a core; a server still busy after 2 minutes is measured anyway, and said. */
const SETTLE = { spellMs: 1_000, spells: 3, maxMs: 120_000 };

/**
 * Batched UNWIND writes vs row-by-row MERGE, same data, same server. Both paths first run once,
 * unmeasured, on a small workload: the first run of a fresh server pays for a cold JVM (query
 * compilation, JIT, page cache), which fell on the batched path alone (it runs first) and made its
 * first figure twice the others. Then the batched path writes the whole workload once, unmeasured:
 * the first write of that size into a fresh database fell on the batched path alone too (the
 * row-by-row path always writes into a database the batched path has filled once), and its first
 * figure was still half as long again as the others (5.28 s against 3.46 and 3.70 s on
 * 2026-12-05); with this, 4.01 s against 4.57 and 4.53 s (2026-12-06).
 *
 * Each path then starts on a quiet server (`neo4jPid`'s CPU, SETTLE), so that neither pays for the
 * background work the other left: the batched path of every run after the first follows the
 * row-by-row path's 60,000 transactions. On the tests' smaller server (1 GiB heap, 256 MiB page
 * cache) that mattered: batched writes right after the row-by-row path took 2.67–2.94 s, and
 * 1.99–2.10 s after a clear and a 20 s pause (2026-12-06, evening). On the benchmark's server the
 * wait is 3–4 s and the ratio did not move (38.9× before, 38.4× after, one run each that evening).
 */
export async function benchImport(store: Neo4jGraphStore, neo4jPid: number, runs: number): Promise<void> {
  const settle = (): Promise<Settled> => untilQuiet([neo4jPid], SETTLE);
  await measureImport(store, settle, importWorkload(1000, 7));
  await writeBatched(store, importWorkload());
  const figures = [];
  for (let run = 1; run <= runs; run++) {
    const f = await measureImport(store, settle);
    figures.push(f);
    out(
      `import run ${run}/${runs}: batched ${seconds(f.batchedMs)} (${waited(f.settled.batched)}), row by row ${seconds(f.rowByRowMs)} (${waited(f.settled.rowByRow)}), ratio ${(f.rowByRowMs / f.batchedMs).toFixed(1)}x`,
    );
  }
  const first = figures[0]!;
  out(
    `\n| import into Neo4j (${first.nodes} nodes, ${first.rels} relationships), each path on a quiet server | median of ${runs} | baseline: row-by-row MERGE | ratio |`,
  );
  out('|---|---|---|---|');
  out(
    `| batched UNWIND, 5,000 rows per transaction (node batches two at a time) | ${seconds(median(figures.map((f) => f.batchedMs)))} | ${seconds(median(figures.map((f) => f.rowByRowMs)))} | ${median(figures.map((f) => f.rowByRowMs / f.batchedMs)).toFixed(1)}x faster |\n`,
  );
}

function waited({ waitedMs, quiet }: Settled): string {
  return quiet ? `server quiet after ${seconds(waitedMs)}` : `server still busy after ${seconds(waitedMs)}`;
}

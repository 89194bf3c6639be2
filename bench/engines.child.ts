/**
 * Run as its own process by the engines benchmark, so that its peak memory is the engines' run
 * alone: tsx bench/engines.child.ts <snapshot-file>. Opens the memory store from the snapshot
 * (not timed: the store's own load), then times each engine's full run over the province the way
 * a full recompute would do it. Prints progress lines, then one JSON line of figures; with
 * `--projection-only` after the snapshot file, only the projection's.
 */
import { performance } from 'node:perf_hooks';
import { gapMapsForAll } from '../src/match/gaps/leads';
import { partnersForAll } from '../src/match/partners/find-partners';
import { assignExperts } from '../src/match/tackling/global-assignment';
import { TacklingIndex } from '../src/match/tackling/tackling-index';
import { projectScope } from '../src/projection/project-scope';
import { idsOfKind, type ProjectedGraph } from '../src/projection/projected-graph';
import { MemoryGraphStore } from '../src/store/memory/memory-graph-store';

const peakMiB = () => process.resourceUsage().maxRSS / 1024;

async function main(): Promise<void> {
  const [snapshotFile, only] = process.argv.slice(2) as [string, string | undefined];
  // partners: projection load included, as a full recompute would run it
  const { graph, projectionMs, storeRssMiB } = await projectFromSnapshot(snapshotFile);
  if (only === '--projection-only') {
    process.stdout.write(`${JSON.stringify({ storeRssMiB, projectionMs })}\n`);
    return;
  }
  let started = performance.now() - projectionMs;
  let lists = 0;
  let proposed = 0;
  for (const result of partnersForAll(graph)) {
    lists++;
    proposed += result.candidates.length;
  }
  const partnersMs = performance.now() - started;
  const partnersPeakMiB = peakMiB();
  process.stderr.write(`partners: ${lists} lists in ${(partnersMs / 1000).toFixed(1)} s\n`);

  // tackling: the index, then every problem's candidates
  started = performance.now();
  const index = new TacklingIndex(graph);
  const tacklingIndexMs = performance.now() - started;
  const problems = idsOfKind(graph, 'Problem');
  for (const id of problems) index.rank(id);
  const tacklingMs = performance.now() - started;
  process.stderr.write(`tackling: ${problems.length} problems in ${(tacklingMs / 1000).toFixed(1)} s\n`);

  // the global assignment over the open problems, and over every problem as a larger instance
  started = performance.now();
  const open = assignExperts(index);
  const assignmentMs = performance.now() - started;
  started = performance.now();
  const every = assignExperts(index, { problemIds: problems });
  const assignmentAllMs = performance.now() - started;

  // gap maps with leads for every chain in every region
  started = performance.now();
  let maps = 0;
  for (const _map of gapMapsForAll(graph)) maps++;
  const gapsMs = performance.now() - started;

  process.stdout.write(
    `${JSON.stringify({
      enterprises: idsOfKind(graph, 'Enterprise').length,
      storeRssMiB,
      projectionMs,
      partnersMs,
      lists,
      proposed,
      partnersPeakMiB,
      tacklingIndexMs,
      tacklingMs,
      problems: problems.length,
      assignmentMs,
      openProblems: open.problems.length,
      openSeats: open.seats,
      openFilled: open.filled,
      assignmentAllMs,
      allSeats: every.seats,
      allFilled: every.filled,
      gapsMs,
      maps,
      peakMiB: peakMiB(),
    })}\n`,
  );
}

/**
 * The whole-province projection, from a memory store opened on the snapshot (its opening is not
 * timed). The store is let go once projected, as a worker reading from Neo4j holds only the
 * projection.
 */
async function projectFromSnapshot(
  snapshotFile: string,
): Promise<{ graph: ProjectedGraph; projectionMs: number; storeRssMiB: number }> {
  const store = await MemoryGraphStore.open({ snapshotFile });
  const storeRssMiB = peakMiB();
  const started = performance.now();
  const graph = await projectScope(store, {});
  const projectionMs = performance.now() - started;
  await store.close();
  return { graph, projectionMs, storeRssMiB };
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

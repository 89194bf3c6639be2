/**
 * tsx bench/tackling-profile.child.ts <snapshot-file> [problems]: the tackling engine alone over a
 * province — the index build, then every problem's ranking, then the global assignment — timed
 * step by step, so that a slow step shows without the other engines' minutes around it. Prints
 * one JSON line, with a digest of every ranking and of the assignment: a change made for speed
 * must leave it as it was.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { assignExperts } from '../src/match/tackling/global-assignment';
import { TacklingIndex } from '../src/match/tackling/tackling-index';
import { projectScope } from '../src/projection/project-scope';
import { idsOfKind } from '../src/projection/projected-graph';
import { MemoryGraphStore } from '../src/store/memory/memory-graph-store';

async function main(): Promise<void> {
  const [snapshotFile, limit] = process.argv.slice(2) as [string, string | undefined];
  const store = await MemoryGraphStore.open({ snapshotFile });
  const graph = await projectScope(store, {});
  await store.close();
  let started = performance.now();
  const index = new TacklingIndex(graph);
  const indexMs = performance.now() - started;
  const problems = idsOfKind(graph, 'Problem').slice(0, limit ? Number(limit) : undefined);
  started = performance.now();
  let proposed = 0;
  const results = [];
  for (const id of problems) {
    const result = index.rank(id);
    proposed += result.experts.length;
    results.push(result);
  }
  const rankMs = performance.now() - started;
  started = performance.now();
  const open = assignExperts(index);
  const assignmentMs = performance.now() - started;
  // after the timings: hashing 5,000 lists is not part of what is measured
  const digest = createHash('sha256').update(JSON.stringify(results)).update(JSON.stringify(open)).digest('hex');
  process.stdout.write(
    `${JSON.stringify({
      enterprises: idsOfKind(graph, 'Enterprise').length,
      people: idsOfKind(graph, 'Person').length,
      problems: problems.length,
      proposed,
      indexMs: Math.round(indexMs),
      rankMs: Math.round(rankMs),
      assignmentMs: Math.round(assignmentMs),
      openFilled: open.filled,
      digest: digest.slice(0, 16),
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

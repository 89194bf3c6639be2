/**
 * tsx bench/engines-compare.child.ts <snapshot-file> <reference-checkout> [rounds]: the partner
 * engine of this checkout against the one of another checkout of the project (say, `git archive`
 * of the commit before a change, unpacked with node_modules beside it), in one process over one
 * projection. Every list of both is compared as JSON (order, scores, components, paths, reasons):
 * a change meant to make the engine faster must leave them identical. Timing alternates the two
 * engines chunk by chunk, so that a busy machine slows both alike; the derived arrays each engine
 * builds once per projection are built before timing starts. Prints one JSON line.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as current from '../src/match/partners/find-partners';
import { enterpriseSpaceOf } from '../src/match/enterprise-space';
import { projectScope } from '../src/projection/project-scope';
import type { ProjectedGraph } from '../src/projection/projected-graph';
import { MemoryGraphStore } from '../src/store/memory/memory-graph-store';

type Engine = typeof current.partnersForAll;
const CHUNK = 500;

async function main(): Promise<void> {
  const [snapshotFile, referenceDir, roundsArg] = process.argv.slice(2) as [string, string, string | undefined];
  const rounds = Number(roundsArg ?? 3);
  const reference = (await import(path.resolve(referenceDir, 'src/match/partners/find-partners.ts'))) as typeof current;
  const store = await MemoryGraphStore.open({ snapshotFile });
  const graph = await projectScope(store, {});
  await store.close();
  const ids = enterpriseSpaceOf(graph).ids;
  const engines: [string, Engine][] = [
    ['reference', reference.partnersForAll],
    ['current', current.partnersForAll],
  ];
  for (const [, engine] of engines) for (const _list of engine(graph, { enterpriseIds: [ids[0]!] })) void _list;

  const differing = compareAll(graph, ids, engines);
  const perRound: Record<string, number[]> = { reference: [], current: [] };
  for (let round = 0; round < rounds; round++) {
    const spent: Record<string, number> = { reference: 0, current: 0 };
    for (let from = 0, chunk = 0; from < ids.length; from += CHUNK, chunk++) {
      const enterpriseIds = ids.slice(from, from + CHUNK);
      // alternate which goes first, so neither always runs on the other's warm caches
      const order = (chunk + round) % 2 === 0 ? engines : [...engines].reverse();
      for (const [name, engine] of order) {
        const started = performance.now();
        for (const _list of engine(graph, { enterpriseIds })) void _list;
        spent[name]! += performance.now() - started;
      }
    }
    perRound['reference']!.push(spent['reference']!);
    perRound['current']!.push(spent['current']!);
    process.stderr.write(
      `round ${round + 1}: reference ${(spent['reference']! / 1000).toFixed(2)} s, current ${(spent['current']! / 1000).toFixed(2)} s\n`,
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ratios = perRound['reference']!.map((r, i) => r / perRound['current']![i]!);
  process.stdout.write(
    `${JSON.stringify({
      enterprises: ids.length,
      lists: 2 * ids.length,
      differing,
      referenceMs: perRound['reference'],
      currentMs: perRound['current'],
      medianReferenceMs: median(perRound['reference']!),
      medianCurrentMs: median(perRound['current']!),
      medianRatio: median(ratios),
    })}\n`,
  );
}

/** How many lists differ between the engines (the first few are named on stderr). */
function compareAll(graph: ProjectedGraph, ids: string[], engines: [string, Engine][]): number {
  let differing = 0;
  for (let from = 0; from < ids.length; from += CHUNK) {
    const enterpriseIds = ids.slice(from, from + CHUNK);
    const [a, b] = engines.map(([, engine]) =>
      [...engine(graph, { enterpriseIds })].map((list) => JSON.stringify(list)),
    );
    a!.forEach((list, i) => {
      if (list === b![i]) return;
      if (++differing <= 5) process.stderr.write(`differs: ${list.slice(0, 300)}\n     vs: ${b![i]!.slice(0, 300)}\n`);
    });
  }
  return differing;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

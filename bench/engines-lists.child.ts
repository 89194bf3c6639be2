/**
 * tsx bench/engines-lists.child.ts <snapshot-file> [<digest-file>]: the partner half of the
 * engines benchmark on its own, for profiling and for checking that a change to the partner
 * engine leaves every list as it was. Opens the memory store from the snapshot (not timed),
 * projects the whole province and runs partnersForAll, as engines.child.ts does, and prints one
 * JSON line of figures. With a digest file, it also writes one line per list (enterprise,
 * direction, a hash of the whole list as JSON: order, scores, components, paths, reasons), so
 * that two builds' files can be compared with diff; hashing is then part of the timed loop, so
 * time without it. Besides wall time it reports the process's CPU time over the same span, which
 * a busy machine disturbs less.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { partnersForAll } from '../src/match/partners/find-partners';
import { projectScope } from '../src/projection/project-scope';
import { MemoryGraphStore } from '../src/store/memory/memory-graph-store';

const peakMiB = () => process.resourceUsage().maxRSS / 1024;

async function main(): Promise<void> {
  const [snapshotFile, digestFile] = process.argv.slice(2) as [string, string | undefined];
  const store = await MemoryGraphStore.open({ snapshotFile });
  const storeRssMiB = peakMiB();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const graph = await projectScope(store, {});
  const projectionMs = performance.now() - started;
  await store.close();
  const digests: string[] = [];
  let lists = 0;
  for (const result of partnersForAll(graph)) {
    lists++;
    if (digestFile !== undefined) {
      const hash = createHash('sha1').update(JSON.stringify(result)).digest('hex');
      digests.push(`${result.enterprise.id} ${result.direction} ${hash}`);
    }
  }
  const partnersMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  if (digestFile !== undefined) writeFileSync(digestFile, `${digests.join('\n')}\n`);
  process.stdout.write(
    `${JSON.stringify({ lists, projectionMs, partnersMs, partnersCpuMs: (cpu.user + cpu.system) / 1000, storeRssMiB, peakMiB: peakMiB(), hashed: digestFile !== undefined })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

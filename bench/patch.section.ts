import path from 'node:path';
import { median, out, ROOT, run, TSX } from './bench-util';
import { HEAVY } from './default-province';

/** Enterprises of the generated province the patch benchmark edits (a province's patch path, at a size two cores build quickly). */
const PATCH_ENTERPRISES = Number(process.env['BENCH_PATCH_ENTERPRISES'] ?? 20_000);
const PATCH_EDITS = 12;

interface Figures {
  enterprises: number;
  edits: number;
  inPlace: { patchMs: number; totalMs: number };
  recompile: { patchMs: number; totalMs: number };
  droppedInPlace: string[];
}

/**
 * An edit → the enterprise's own two partner lists, with the derived structures patched in place
 * and recompiled (as before issue 18), alternating in the same process (bench/patch.child.ts);
 * each run is a fresh process, the table quotes the medians of the runs' medians.
 */
export async function benchPatch(runs: number): Promise<void> {
  const figures: Figures[] = [];
  for (let i = 0; i < runs; i++) {
    const child = path.join(ROOT, 'bench', 'patch.child.ts');
    const { stdout } = await run(TSX, [child, String(PATCH_ENTERPRISES), String(PATCH_EDITS)], HEAVY);
    const f = JSON.parse(stdout.trim().split('\n').pop() as string) as Figures;
    figures.push(f);
    out(
      `patch run ${i + 1}/${runs}: ${f.enterprises} enterprises, median of ${f.edits} edits: in place ${f.inPlace.totalMs.toFixed(0)} ms ` +
        `(patch ${f.inPlace.patchMs.toFixed(0)} ms), recompile ${f.recompile.totalMs.toFixed(0)} ms; rebuilt in place: ${f.droppedInPlace.join(', ') || 'none'}`,
    );
  }
  const inPlace = median(figures.map((f) => f.inPlace.totalMs));
  const recompile = median(figures.map((f) => f.recompile.totalMs));
  out(`\n| edit → own two partner lists (${PATCH_ENTERPRISES} enterprises) | median |`);
  out('|---|---|');
  out(`| recompile every derived structure (before) | ${recompile.toFixed(0)} ms |`);
  out(`| patch them in place | ${inPlace.toFixed(0)} ms (${(recompile / inPlace).toFixed(1)}× faster) |\n`);
}

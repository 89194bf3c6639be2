import { RESOLVE_DEFAULTS } from '../src/text/name-resolver';
import { median, out, pct, seconds } from './bench-util';
import { calibrateThresholds, kindsInOrder, measureNameResolution } from './name-resolution.bench';

/** Name resolution: 10k noisy names (and 1k absent) against 100k enterprises, beside plain fuse.js. */
export function benchNames(runs: number): void {
  const figures = Array.from({ length: runs }, (_, i) => {
    const f = measureNameResolution(100_000, 10_000, i === 0 ? 200 : 0);
    out(`names run ${i + 1}/${runs}: index ${seconds(f.indexMs)}, resolve ${seconds(f.resolveMs)}`);
    return f;
  });
  const f = figures[0]!;
  const b = f.baseline!;
  out(
    `\n| name resolution, ${f.queries} queries vs ${f.enterprises} enterprises | redchain (median of ${runs}) | baseline: plain fuse.js over raw names |`,
  );
  out('|---|---|---|');
  out(
    `| whole run (index + resolve) | ${seconds(median(figures.map((x) => x.indexMs + x.resolveMs)))} | ${seconds(b.projectedMs)} projected from ${b.sample} queries (${b.msPerQuery.toFixed(0)} ms each) |`,
  );
  out(
    `| precision of match answers | ${pct(f.matchPrecision)} | ${pct(b.top1Precision)} (its top hit taken whenever it has one) |`,
  );
  out(
    `| true name found (match, or among ambiguous candidates) | ${pct(f.foundShare)} | ${pct(b.foundInTop5)} in its top 5 |`,
  );
  out(`| answered match / ambiguous | ${pct(f.matchShare)} / ${pct(f.ambiguousShare)} | 100% / – |`);
  out(
    `| absent companies wrongly matched | ${f.absentFalseMatches} of ${f.byKind['absent']?.n ?? 0} | ${b.absentAnswered} of ${b.absent} in the sample |\n`,
  );
  out('| variant kind | queries | matched | matched correctly | found |');
  out('|---|---|---|---|---|');
  for (const kind of kindsInOrder()) {
    const k = f.byKind[kind];
    if (k) out(`| ${kind} | ${k.n} | ${k.match} | ${k.correct} | ${k.found} |`);
  }
  out(
    `\nthresholds in use: ${JSON.stringify(RESOLVE_DEFAULTS)}\n\n| fuzzyMatchScore | margin | candidateScore | match precision | found | matched |`,
  );
  out('|---|---|---|---|---|---|');
  for (const r of calibrateThresholds())
    out(
      `| ${r.matchScore} | ${r.margin} | ${r.candidateScore} | ${pct(r.matchPrecision)} | ${pct(r.foundShare)} | ${pct(r.matchShare)} |`,
    );
  out('');
}

import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { GENERATE_DEFAULTS, generateProvince } from '../seeds/generate/generate-province';
import { nameVariants, type NameVariant, type VariantKind } from '../seeds/generate/name-variants';
import { NameResolver, type NameEntry, type Resolution } from '../src/text/name-resolver';

export interface ResolutionFigures {
  enterprises: number;
  queries: number;
  indexMs: number;
  resolveMs: number;
  /** Correct match answers / all match answers (queries with a true enterprise and absent names). */
  matchPrecision: number;
  /** Queries whose true enterprise is the match or among the ambiguous candidates. */
  foundShare: number;
  matchShare: number;
  ambiguousShare: number;
  /** Absent names wrongly matched to some enterprise. */
  absentFalseMatches: number;
  byKind: Record<string, { n: number; match: number; correct: number; found: number }>;
  /** Null when no baseline sample was asked for (it takes minutes, so one run measures it). */
  baseline: {
    sample: number;
    msPerQuery: number;
    projectedMs: number;
    top1Precision: number;
    foundInTop5: number;
    /** Absent names in the sample, and how many of them plain fuse.js answered with some company. */
    absent: number;
    absentAnswered: number;
  } | null;
}

/** 10k noisy variants (plus 1k absent names) against the names of a generated province. */
export function measureNameResolution(
  enterprises = 100_000,
  queries = 10_000,
  baselineSample = 300,
): ResolutionFigures {
  const { entries, variants } = resolutionWorkload(enterprises, GENERATE_DEFAULTS.seed, queries, 7);

  let start = performance.now();
  const resolver = new NameResolver(entries);
  const indexMs = performance.now() - start;
  start = performance.now();
  const answers = variants.map((v) => resolver.resolve({ name: v.query }));
  const resolveMs = performance.now() - start;

  const byKind: ResolutionFigures['byKind'] = {};
  let matches = 0;
  let correct = 0;
  let found = 0;
  let ambiguous = 0;
  let absentFalseMatches = 0;
  variants.forEach((v, i) => {
    const a = answers[i] as Resolution;
    const k = (byKind[v.kind] ??= { n: 0, match: 0, correct: 0, found: 0 });
    k.n++;
    if (a.outcome === 'match') {
      matches++;
      k.match++;
      if (a.id === v.truth) {
        correct++;
        k.correct++;
      }
      if (v.truth === null) absentFalseMatches++;
    }
    if (a.outcome === 'ambiguous') ambiguous++;
    const hit =
      (a.outcome === 'match' && a.id === v.truth) ||
      (a.outcome === 'ambiguous' && a.candidates.some((c) => c.id === v.truth));
    if (hit && v.truth !== null) {
      found++;
      k.found++;
    }
  });
  const withTruth = variants.filter((v) => v.truth !== null).length;
  return {
    enterprises,
    queries: variants.length,
    indexMs,
    resolveMs,
    matchPrecision: correct / Math.max(1, matches),
    foundShare: found / withTruth,
    matchShare: matches / variants.length,
    ambiguousShare: ambiguous / variants.length,
    absentFalseMatches,
    byKind,
    baseline: plainFuseBaseline(entries, variants, baselineSample, variants.length),
  };
}

/**
 * Plain fuse.js over the raw names, its top hit taken as the answer, on an even sample of the
 * same queries (absent names included: plain fuse always answers, so those count as wrong).
 * The whole run is too slow to measure in full; its time is projected from the sample.
 */
function plainFuseBaseline(entries: NameEntry[], variants: NameVariant[], sample: number, projectedQueries: number) {
  if (sample <= 0) return null;
  const fuse = new Fuse(entries, { keys: ['name'], includeScore: true });
  const step = Math.max(1, Math.floor(variants.length / sample));
  const picked = variants.filter((_, i) => i % step === 0).slice(0, sample);
  let top1 = 0;
  let answered = 0;
  let top5 = 0;
  let absentAnswered = 0;
  const start = performance.now();
  for (const v of picked) {
    const hits = fuse.search(v.query, { limit: 5 });
    if (hits[0]) {
      answered++;
      if (hits[0].item.id === v.truth) top1++;
      if (v.truth === null) absentAnswered++;
    }
    if (v.truth !== null && hits.some((h) => h.item.id === v.truth)) top5++;
  }
  const ms = performance.now() - start;
  const withTruth = picked.filter((v) => v.truth !== null).length;
  return {
    sample: picked.length,
    msPerQuery: ms / picked.length,
    projectedMs: (ms / picked.length) * projectedQueries,
    top1Precision: top1 / Math.max(1, answered),
    foundInTop5: top5 / Math.max(1, withTruth),
    absent: picked.length - withTruth,
    absentAnswered,
  };
}

/** The names of a generated province and noisy variants of them (a tenth as many absent names). */
export function resolutionWorkload(
  enterprises: number,
  seed: number,
  queries: number,
  variantSeed: number,
): { entries: NameEntry[]; variants: NameVariant[] } {
  const { bundle } = generateProvince({ enterprises, seed });
  const entries: NameEntry[] = (bundle['enterprises'] as Record<string, unknown>[]).map((e) => ({
    id: String(e['id']),
    name: String(e['name']),
    aliases: (e['aliases'] as string[] | undefined) ?? [],
  }));
  const places = (bundle['regions'] as { name: string; level: string }[])
    .filter((r) => r.level === 'city')
    .map((r) => r.name.replace(/市$/u, ''));
  return { entries, variants: nameVariants(entries, places, queries, variantSeed, Math.round(queries / 10)) };
}

export function kindsInOrder(): VariantKind[] {
  return ['short', 'no-prefix', 'no-suffix', 'brackets', 'typo', 'absent'];
}

export interface CalibrationRow {
  matchScore: number;
  margin: number;
  candidateScore: number;
  matchPrecision: number;
  foundShare: number;
  matchShare: number;
}

/**
 * The thresholds' trade-off on a calibration set (another seed than the evaluation's): each
 * setting's precision of match answers and share of true names found. RESOLVE_DEFAULTS is
 * chosen from this table: the most found with match precision at or above 0.99.
 */
export function calibrateThresholds(enterprises = 100_000, queries = 5_000): CalibrationRow[] {
  const { entries, variants } = resolutionWorkload(enterprises, 99, queries, 13);
  const rows: CalibrationRow[] = [];
  const settings: [number, number, number][] = [];
  // the misspellings are the fuse layer's: its threshold is fuzzyMatchScore (the alignment's
  // matchScore is calibrated on real short names, bench/eval/real-names.eval.ts)
  for (const matchScore of [0.15, 0.2, 0.25])
    for (const margin of [0.08, 0.12, 0.16, 0.2]) settings.push([matchScore, margin, 0.45]);
  settings.push([0.2, 0.16, 0.35], [0.2, 0.16, 0.55]);
  for (const [matchScore, margin, candidateScore] of settings) {
    const resolver = new NameResolver(entries, { fuzzyMatchScore: matchScore, margin, candidateScore });
    let matches = 0;
    let correct = 0;
    let found = 0;
    for (const v of variants) {
      const a = resolver.resolve({ name: v.query });
      if (a.outcome === 'match') {
        matches++;
        if (a.id === v.truth) correct++;
      }
      if (
        v.truth !== null &&
        ((a.outcome === 'match' && a.id === v.truth) ||
          (a.outcome === 'ambiguous' && a.candidates.some((c) => c.id === v.truth)))
      )
        found++;
    }
    rows.push({
      matchScore,
      margin,
      candidateScore,
      matchPrecision: correct / Math.max(1, matches),
      foundShare: found / variants.filter((v) => v.truth !== null).length,
      matchShare: matches / variants.length,
    });
  }
  return rows;
}

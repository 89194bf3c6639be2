import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { generateProvince } from '../seeds/generate/generate-province';
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
  baseline: { sample: number; msPerQuery: number; projectedMs: number; top1Precision: number; foundInTop5: number };
}

/** 10k noisy variants (plus 1k absent names) against the names of a generated province. */
export function measureNameResolution(
  enterprises = 100_000,
  queries = 10_000,
  baselineSample = 300,
): ResolutionFigures {
  const { bundle } = generateProvince({ enterprises });
  const entries: NameEntry[] = (bundle['enterprises'] as Record<string, unknown>[]).map((e) => ({
    id: String(e['id']),
    name: String(e['name']),
    aliases: (e['aliases'] as string[] | undefined) ?? [],
  }));
  const places = (bundle['regions'] as { name: string; level: string }[])
    .filter((r) => r.level === 'city')
    .map((r) => r.name.replace(/市$/u, ''));
  const variants = nameVariants(entries, places, queries, 7, Math.round(queries / 10));

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
    baseline: plainFuseBaseline(
      entries,
      variants.filter((v) => v.truth !== null),
      baselineSample,
      queries,
    ),
  };
}

/** Plain fuse.js over the raw names, top hit taken as the answer, on a sample (it is slow). */
function plainFuseBaseline(entries: NameEntry[], variants: NameVariant[], sample: number, projectedQueries: number) {
  const fuse = new Fuse(entries, { keys: ['name'], includeScore: true });
  const step = Math.max(1, Math.floor(variants.length / sample));
  const picked = variants.filter((_, i) => i % step === 0).slice(0, sample);
  let top1 = 0;
  let answered = 0;
  let top5 = 0;
  const start = performance.now();
  for (const v of picked) {
    const hits = fuse.search(v.query, { limit: 5 });
    if (hits[0]) {
      answered++;
      if (hits[0].item.id === v.truth) top1++;
    }
    if (hits.some((h) => h.item.id === v.truth)) top5++;
  }
  const ms = performance.now() - start;
  return {
    sample: picked.length,
    msPerQuery: ms / picked.length,
    projectedMs: (ms / picked.length) * projectedQueries,
    top1Precision: top1 / Math.max(1, answered),
    foundInTop5: top5 / picked.length,
  };
}

export function kindsInOrder(): VariantKind[] {
  return ['short', 'no-prefix', 'no-suffix', 'brackets', 'typo', 'absent'];
}

/**
 * npm run eval -- placement — 挂链 measured on enterprises whose segments are known, with those
 * segments hidden: the articles' enterprises (seeds/articles: what the articles say they make, from
 * name, products and description; no industry code, the articles give none) and the generator's
 * (seeds/generate: products drawn from their segment's keywords, so an easy, circular check).
 *
 * The articles' enterprises are split in two halves by a hash of their id: the template segments
 * were annotated from what each segment is (its name, the GB/T 4754 classes, the standard's notes),
 * and the two halves' figures side by side show whether any half was fitted more than the other.
 *
 * npm run eval -- placement --ablation — what each signal is worth: the same measurement with each
 * field the articles give switched off in turn, and each alone (the classifier unchanged, the field
 * removed from its input).
 */
import { articlesBundle } from '../../src/ingest/seed-files';
import { classifyEnterprise, PLACEMENT_DEFAULTS } from '../../src/match/placement/classify-enterprise';
import type { EnterpriseText, Placement, PlacementSegment } from '../../src/match/placement/placement-types';
import { SegmentIndex } from '../../src/match/placement/segment-index';
import { loadIndustryCodes } from '../../src/reference/industry-codes';
import { generateProvince } from '../../seeds/generate/generate-province';

type Rec = Record<string, unknown>;

export interface PlacementCase {
  id: string;
  text: EnterpriseText;
  /** The segments the dataset states. */
  truth: string[];
}

export interface PlacementFigures {
  cases: number;
  /** The best candidate is one of the stated segments. */
  top1: number;
  /** One of the stated segments is among the three best. */
  top3: number;
  /** Share placed without review at the threshold. */
  placed: number;
  /** Of those placed, the share whose best placed segment is a stated one. */
  precision: number;
  /** Of every segment placed, the share that is a stated one. */
  placementPrecision: number;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The template segments as the classifier reads them. */
export function templateSegments(bundle: Rec = articlesBundle()): PlacementSegment[] {
  return (bundle['segments'] as Rec[]).map((s) => ({
    id: String(s['id']),
    name: String(s['name']),
    keywords: strings(s['keywords']),
    description: String(s['description'] ?? ''),
    industryCodes: strings(s['industryCodes']),
  }));
}

/** The articles' enterprises whose segments the dataset states, those segments kept aside as the truth. */
export function articleCases(bundle: Rec = articlesBundle()): PlacementCase[] {
  return (bundle['enterprises'] as Rec[])
    .filter((e) => strings(e['segments']).length > 0)
    .map((e) => ({
      id: String(e['id']),
      text: {
        name: String(e['name']),
        products: strings(e['products']),
        description: String(e['description'] ?? ''),
      },
      truth: strings(e['segments']),
    }));
}

/** The half of the articles' enterprises an id falls in (FNV-1a of the id, odd or even): stable across runs. */
export function articleHalf(id: string): 'A' | 'B' {
  let hash = 0x811c9dc5;
  for (const ch of id) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % 2 === 0 ? 'A' : 'B';
}

/** Generated enterprises placed in template segments (a sub-segment counts as its template segment). */
export function generatedCases(count: number, seed = 20261124): PlacementCase[] {
  const { bundle } = generateProvince({ enterprises: count, seed });
  const templateIds = new Set(templateSegments().map((s) => s.id));
  return (bundle['enterprises'] as Rec[])
    .map((e) => ({
      id: String(e['id']),
      text: { name: String(e['name']), products: strings(e['products']), description: String(e['description'] ?? '') },
      truth: [...new Set(strings(e['segments']).map((s) => s.split('--')[0] as string))],
    }))
    .filter((c) => c.truth.every((s) => templateIds.has(s)));
}

export function placementIndex(segments: PlacementSegment[] = templateSegments()): SegmentIndex {
  return new SegmentIndex(segments, loadIndustryCodes());
}

export function evaluatePlacement(
  index: SegmentIndex,
  cases: readonly PlacementCase[],
  options = PLACEMENT_DEFAULTS,
): PlacementFigures & { placements: Placement[] } {
  let top1 = 0;
  let top3 = 0;
  let placed = 0;
  let placedRight = 0;
  let segmentsPlaced = 0;
  let segmentsRight = 0;
  const placements = cases.map((c) => {
    const p = classifyEnterprise(index, c.text, options);
    const ids = p.candidates.map((x) => x.segmentId);
    if (c.truth.includes(ids[0] ?? '')) top1++;
    if (ids.slice(0, 3).some((id) => c.truth.includes(id))) top3++;
    if (p.decision === 'placed') {
      placed++;
      if (c.truth.includes(p.segmentIds[0]!)) placedRight++;
      segmentsPlaced += p.segmentIds.length;
      segmentsRight += p.segmentIds.filter((id) => c.truth.includes(id)).length;
    }
    return p;
  });
  const n = Math.max(1, cases.length);
  return {
    cases: cases.length,
    top1: top1 / n,
    top3: top3 / n,
    placed: placed / n,
    precision: placed === 0 ? 1 : placedRight / placed,
    placementPrecision: segmentsPlaced === 0 ? 1 : segmentsRight / segmentsPlaced,
    placements,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The classifier's signals, one per field of its input (the articles have no scope and no code). */
export const PLACEMENT_SIGNALS = ['scope', 'industry', 'name', 'products', 'description'] as const;
export type PlacementSignal = (typeof PLACEMENT_SIGNALS)[number];

/** An enterprise's text with some signals removed before scoring (an empty name: the name says nothing). */
export function withoutSignals(text: EnterpriseText, off: readonly PlacementSignal[]): EnterpriseText {
  const kept: EnterpriseText = { ...text };
  for (const signal of off) {
    if (signal === 'name') kept.name = '';
    else delete kept[signal];
  }
  return kept;
}

/** The runs of an ablation: every signal on, each off in turn, each alone. */
export function ablationRuns<S extends string>(signals: readonly S[]): { label: string; off: S[] }[] {
  return [
    { label: 'all signals', off: [] },
    ...signals.map((s) => ({ label: `without ${s}`, off: [s] })),
    ...signals.map((s) => ({ label: `${s} alone`, off: signals.filter((o) => o !== s) })),
  ];
}

/** The articles' figures with each of the signals they carry (name, products, description) off, then alone. */
export function placementAblationReport(): string {
  const index = placementIndex();
  const cases = articleCases();
  const given = PLACEMENT_SIGNALS.filter((s) => cases.some((c) => c.text[s] !== undefined && c.text[s] !== ''));
  const absent = PLACEMENT_SIGNALS.filter((s) => !given.includes(s));
  const lines = [
    `What each signal is worth on the ${cases.length} articles' enterprises (segments hidden; absent from the articles: ${absent.join(', ')})`,
    '',
    '| signals | top-1 | top-3 | placed without review | precision of placed |',
    '|---|---|---|---|---|',
  ];
  for (const run of ablationRuns(given)) {
    const f = evaluatePlacement(
      index,
      cases.map((c) => ({ ...c, text: withoutSignals(c.text, run.off) })),
    );
    lines.push(`| ${run.label} | ${pct(f.top1)} | ${pct(f.top3)} | ${pct(f.placed)} | ${pct(f.precision)} |`);
  }
  return lines.join('\n');
}

/** The tables `npm run eval -- placement` prints. */
export function placementReport(generated = 20_000): string {
  const index = placementIndex();
  const cases = articleCases();
  const rows: [string, PlacementFigures][] = [
    ['articles, all', evaluatePlacement(index, cases)],
    [
      'articles, half A',
      evaluatePlacement(
        index,
        cases.filter((c) => articleHalf(c.id) === 'A'),
      ),
    ],
    [
      'articles, half B',
      evaluatePlacement(
        index,
        cases.filter((c) => articleHalf(c.id) === 'B'),
      ),
    ],
    [`generated, ${generated} (products from segment keywords)`, evaluatePlacement(index, generatedCases(generated))],
  ];
  const lines = [
    `挂链 at confidence ≥ ${PLACEMENT_DEFAULTS.threshold} (${index.segments.length} template segments)`,
    '',
    '| enterprises, segments hidden | n | top-1 | top-3 | placed without review | precision of placed | per segment placed |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      ([name, f]) =>
        `| ${name} | ${f.cases} | ${pct(f.top1)} | ${pct(f.top3)} | ${pct(f.placed)} | ${pct(f.precision)} | ${pct(f.placementPrecision)} |`,
    ),
  ];
  return lines.join('\n');
}

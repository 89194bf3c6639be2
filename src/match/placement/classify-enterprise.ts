import { normaliseText, type CodeDepth, type SegmentIndex } from './segment-index';
import type { EnterpriseText, Placement, SegmentCandidate } from './placement-types';

/**
 * 挂链: an enterprise's segments from what a registry row says of it. Four signals, each adding
 * to a segment's score with its evidence:
 * - phrases: a segment's name, keywords or industry class names found in the enterprise's 经营范围,
 *   products, name or description (FIELD_WEIGHT), each worth its source's weight times its
 *   specificity; a segment's second phrase adds half, its third a quarter (DIMINISHING), so that
 *   many weak words do not outweigh one exact product;
 * - the industry code: the enterprise's 小类 in a segment's codes, or only its 中类 or 大类 (CODE_WEIGHT);
 * - words in common: the cosine of the enterprise's words and the segment's (names, keywords,
 *   description, industry class names), which finds a segment when no phrase is said whole.
 * The score becomes a confidence 1 − e^−score: one exact keyword in the scope is 0.63, a keyword
 * and the matching industry class 0.9 (0.65 places: a keyword and some words in common). Placed when the best candidate reaches the threshold, with
 * those candidates within RUNNER_UP of it (an enterprise can make two segments' products).
 */
export const PLACEMENT_DEFAULTS = {
  /**
   * Confidence at which a segment is placed without review: chosen on one half of the articles'
   * enterprises (0.60–0.65 place the same ones there; the higher kept), checked on the other half
   * (npm run eval -- placement).
   */
  threshold: 0.65,
  /** Further segments are placed with the best when their score is at least this share of its score. */
  runnerUp: 0.6,
  /** At most this many segments placed for one enterprise. */
  maxPlaced: 3,
  /** Candidates returned for review. */
  candidates: 5,
};

export type PlacementOptions = typeof PLACEMENT_DEFAULTS;

type Field = 'scope' | 'products' | 'name' | 'description';

const FIELD_WEIGHT: Record<Field, number> = { scope: 1, products: 1.2, name: 0.9, description: 0.7 };
const FIELD_LABEL: Record<Field, string> = {
  scope: '经营范围含',
  products: '主营产品含',
  name: '名称含',
  description: '简介含',
};
const CODE_WEIGHT: Record<CodeDepth, number> = { class: 1.2, group: 0.6, division: 0.15 };
const CODE_LABEL: Record<CodeDepth, string> = { class: '行业', group: '行业中类相同', division: '行业大类相同' };
const SIMILARITY_WEIGHT = 1.2;
const DIMINISHING = 0.5;
/** Segments below this score are not candidates at all. */
const MIN_SCORE = 0.05;

interface Tally {
  phraseScores: number[];
  evidence: string[];
  score: number;
}

export function classifyEnterprise(
  index: SegmentIndex,
  enterprise: EnterpriseText,
  options: PlacementOptions = PLACEMENT_DEFAULTS,
): Placement {
  const tallies = new Map<number, Tally>();
  const tally = (segment: number) => {
    let t = tallies.get(segment);
    if (!t) tallies.set(segment, (t = { phraseScores: [], evidence: [], score: 0 }));
    return t;
  };
  const fields: [Field, string][] = [
    ['scope', enterprise.scope ?? ''],
    ['products', (enterprise.products ?? []).join('；')],
    ['name', enterprise.name],
    ['description', enterprise.description ?? ''],
  ];
  // the order matters for the evidence: phrases first, then the industry code, then shared words
  tallyPhrases(index, fields, tally);
  for (const t of tallies.values()) scorePhrases(t);
  tallyIndustryCode(index, enterprise.industry, tally);
  similarity(index, fields, (segment, cosine, shared) => {
    const t = tally(segment);
    t.score += SIMILARITY_WEIGHT * cosine;
    if (t.evidence.length === 0)
      t.evidence.push(
        `用词相近：${shared()
          .map((w) => `「${w}」`)
          .join('')}`,
      );
  });
  return decide(candidatesOf(index, tallies, options), options);
}

/** Each segment phrase found in the fields, counted once per segment in the field where it weighs most. */
function tallyPhrases(index: SegmentIndex, fields: [Field, string][], tally: (segment: number) => Tally): void {
  const best = new Map<string, { value: number; label: string }>();
  for (const [field, raw] of fields) {
    if (raw.length === 0) continue;
    for (const hit of index.matcher.find(normaliseText(raw))) {
      const phrase = index.phrases[hit.phrase]!;
      for (const owner of index.owners[hit.phrase]!) {
        const value = FIELD_WEIGHT[field] * owner.weight * index.specificity[hit.phrase]!;
        const key = `${owner.segment}|${phrase}`;
        if ((best.get(key)?.value ?? 0) < value) best.set(key, { value, label: `${FIELD_LABEL[field]}「${phrase}」` });
      }
    }
  }
  for (const [key, { value, label }] of best) {
    const t = tally(Number(key.slice(0, key.indexOf('|'))));
    t.phraseScores.push(value);
    t.evidence.push(label);
  }
}

/** A segment's phrase score: its phrases strongest first, each worth less than the one before. */
function scorePhrases(t: Tally): void {
  const order = t.phraseScores.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]);
  t.score = order.reduce((sum, [v], rank) => sum + v * DIMINISHING ** rank, 0);
  t.evidence = order.map(([, i]) => t.evidence[i]!);
}

/** The segments drawing on the enterprise's industry code, a 小类 worth more than a 中类 or 大类. */
function tallyIndustryCode(index: SegmentIndex, industry: string | undefined, tally: (segment: number) => Tally): void {
  const code = industry ? index.industry.resolve(industry) : undefined;
  if (!code || code.level <= 1) return;
  const specificity = new Map<CodeDepth, number>();
  const met = index.segmentsOfCode(code.code);
  for (const depth of met.values()) specificity.set(depth, (specificity.get(depth) ?? 0) + 1);
  for (const [segment, depth] of met) {
    const t = tally(segment);
    t.score += CODE_WEIGHT[depth] / Math.sqrt(specificity.get(depth)!);
    t.evidence.push(
      depth === 'class'
        ? `${CODE_LABEL[depth]} ${code.code} ${code.name}`
        : `${CODE_LABEL[depth]}（${code.code} ${code.name}）`,
    );
  }
}

/** The best-scoring segments, with a confidence in [0, 1) that grows with the score. */
function candidatesOf(index: SegmentIndex, tallies: Map<number, Tally>, options: PlacementOptions): SegmentCandidate[] {
  return [...tallies]
    .filter(([, t]) => t.score >= MIN_SCORE)
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .slice(0, options.candidates)
    .map(([segment, t]) => ({
      segmentId: index.segments[segment]!.id,
      confidence: 1 - Math.exp(-t.score),
      score: t.score,
      evidence: t.evidence,
    }));
}

/** The placement rule: the best candidate placed at the threshold, its close runners-up with it. */
export function decide(candidates: SegmentCandidate[], options: PlacementOptions = PLACEMENT_DEFAULTS): Placement {
  const top = candidates[0];
  if (!top || top.confidence < options.threshold) return { decision: 'review', segmentIds: [], candidates };
  const placed = candidates
    .filter((c) => c.confidence >= options.threshold && c.score >= options.runnerUp * top.score)
    .slice(0, options.maxPlaced)
    .map((c) => c.segmentId);
  return { decision: 'placed', segmentIds: placed, candidates };
}

/** Cosine of the enterprise's words with each segment's that shares one, and (when asked) the words shared. */
function similarity(
  index: SegmentIndex,
  fields: [Field, string][],
  report: (segment: number, cosine: number, shared: () => string[]) => void,
): void {
  const tokens = fields.filter(([, text]) => text.length > 0).flatMap(([, text]) => index.tokenizer(text));
  const vector = index.space.vector([{ tokens, weight: 1 }]);
  const cosine = new Map<number, number>();
  vector.terms.forEach((term, k) => {
    for (const { segment, weight } of index.postings.get(term) ?? [])
      cosine.set(segment, (cosine.get(segment) ?? 0) + weight * vector.weights[k]!);
  });
  for (const [segment, value] of cosine) {
    if (value <= 0) continue;
    report(segment, value, () => [...new Set(tokens.filter((w) => index.words[segment]!.has(w)))].slice(0, 3));
  }
}

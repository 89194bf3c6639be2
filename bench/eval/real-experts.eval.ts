import { performance } from 'node:perf_hooks';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import {
  EXPERT_PROFILE_DEFAULTS,
  ExpertProfiles,
  type ExpertProfileOptions,
} from '../../src/match/tackling/expert-profiles';
import { problemsFor } from '../../src/match/tackling/problems-for';
import { TacklingIndex } from '../../src/match/tackling/tackling-index';
import { projectScope } from '../../src/projection/project-scope';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { bigramTokenizerWith, jiebaTokenizerWith, type Tokenizer } from '../../src/text/tokenizer';
import { expertLoss, totalLoss } from './kendall-loss';
import { loadReviewerMatch, type ReviewerMatch } from './reviewer-match-data';

/**
 * Experts known only by their works, on real data: the reviewer-match dev half loaded through the
 * normal import into a MemoryGraphStore, every expert's list of all 463 papers ranked by the
 * production problems-for code, scored with the data set's weighted Kendall-tau loss beside the
 * published systems' figures on the same 26 experts. Each variant changes one thing of the
 * default, to show what it is worth.
 */
export const PUBLISHED_LOSSES = [
  ['TPMS', 0.241],
  ['ACL (Wieting)', 0.289],
  ['Specter', 0.271],
  ['Specter + MFR', 0.223],
  ['ELMo', 0.311],
  ['a constant score', 0.5],
] as const;

interface Variant {
  name: string;
  options?: Partial<ExpertProfileOptions>;
  tokenize?: Tokenizer;
}

export const VARIANTS: Variant[] = [
  {
    name: `redchain (default: closest work ${EXPERT_PROFILE_DEFAULTS.bestWorkShare} + whole profile ${1 - EXPERT_PROFILE_DEFAULTS.bestWorkShare}, stems, stop words, ${EXPERT_PROFILE_DEFAULTS.halfLifeYears}-year half-life)`,
  },
  { name: 'whole profile only', options: { bestWorkShare: 0 } },
  { name: 'closest single work only (max over works)', options: { bestWorkShare: 1 } },
  { name: 'mixture ¼ closest work', options: { bestWorkShare: 0.25 } },
  { name: 'mixture ½ closest work', options: { bestWorkShare: 0.5 } },
  { name: 'mixture ¾ closest work', options: { bestWorkShare: 0.75 } },
  { name: 'no recency weighting', options: { halfLifeYears: Infinity } },
  { name: 'title weighted as abstract (×1)', options: { titleWeight: 1 } },
  { name: 'without stemming', tokenize: jiebaTokenizerWith({ stem: false }) },
  { name: 'without English stop words', tokenize: jiebaTokenizerWith({ stopWords: false }) },
  { name: 'neither stemming nor stop words', tokenize: jiebaTokenizerWith({ stem: false, stopWords: false }) },
  { name: 'character-bigram tokenizer (same English steps)', tokenize: bigramTokenizerWith() },
];

export interface RealExpertFigures {
  experts: number;
  ratedPairs: number;
  losses: { name: string; loss: number }[];
  /** Share of (problem, rated expert) pairs whose expert is on the problem's candidate list (100). */
  proposed: { share: number; pairs: number };
  /** One expert's full ranking of all problems, and one problem's candidate list, in ms (mean). */
  timings: { expertRankingMs: number; problemCandidatesMs: number; loadMs: number };
}

export async function evaluateRealExperts(dir: string, variants = VARIANTS): Promise<RealExpertFigures> {
  const started = performance.now();
  const data = loadReviewerMatch(dir);
  const store = await MemoryGraphStore.open();
  const report = await importBundle(store, data.bundle);
  if (report.rejected.length > 0) throw new Error(`import rejected ${report.rejected.length} records`);
  const graph = await projectScope(store, {});
  const loadMs = performance.now() - started;
  const losses = variants.map((v) => ({
    name: v.name,
    loss: lossOf(graph, data, new ExpertProfiles(graph, v.options, v.tokenize)),
  }));

  const t0 = performance.now();
  for (const personId of data.ratings.keys()) problemsFor(graph, { kind: 'Person', id: personId }, { limit: Infinity });
  const expertRankingMs = (performance.now() - t0) / data.ratings.size;

  const index = new TacklingIndex(graph);
  const ratedBy = new Map<string, string[]>();
  for (const [personId, rated] of data.ratings)
    for (const { paperId } of rated) ratedBy.set(paperId, [...(ratedBy.get(paperId) ?? []), personId]);
  let pairs = 0;
  let found = 0;
  const t1 = performance.now();
  for (const [problemId, experts] of ratedBy) {
    const listed = new Set(index.rank(problemId, { limit: 100 }).experts.map((e) => e.personId));
    pairs += experts.length;
    found += experts.filter((e) => listed.has(e)).length;
  }
  const problemCandidatesMs = (performance.now() - t1) / Math.max(1, ratedBy.size);
  return {
    experts: data.ratings.size,
    ratedPairs: [...data.ratings.values()].reduce((sum, r) => sum + (r.length * (r.length - 1)) / 2, 0),
    losses,
    proposed: { share: pairs === 0 ? 0 : found / pairs, pairs },
    timings: { expertRankingMs, problemCandidatesMs, loadMs },
  };
}

function lossOf(graph: ProjectedGraph, data: ReviewerMatch, profiles: ExpertProfiles): number {
  const perExpert = [...data.ratings].map(([personId, rated]) => {
    const ranking = problemsFor(graph, { kind: 'Person', id: personId }, { limit: Infinity, profiles });
    return expertLoss(rated, new Map(ranking.map((fit) => [fit.problemId, fit.score])));
  });
  return totalLoss(perExpert);
}

/** The figures as the markdown of docs/quality.md's "Real data: experts" part. */
export function realExpertsMarkdown(f: RealExpertFigures): string {
  const rows = [
    `| expert ranking on the reviewer-match dev half (${f.experts} experts, full rankings of 463 papers) | weighted Kendall-tau loss (lower is better) |`,
    '|---|---|',
    ...f.losses.map(
      (l, i) =>
        `| ${i === 0 ? `**${l.name}**` : `redchain, ${l.name}`} | ${i === 0 ? `**${l.loss.toFixed(3)}**` : l.loss.toFixed(3)} |`,
    ),
    ...PUBLISHED_LOSSES.map(([name, loss]) => `| published: ${name} | ${loss.toFixed(3)} |`),
    '',
    '| experts proposed for a problem when profiles are works only | |',
    '|---|---|',
    `| (problem, rated expert) pairs whose expert is on the problem's candidate list (limit 100) | ${(f.proposed.share * 100).toFixed(1)}% of ${f.proposed.pairs} |`,
    '',
    `One expert's full ranking of the 463 problems: ${f.timings.expertRankingMs.toFixed(1)} ms; one problem's candidate list: ${f.timings.problemCandidatesMs.toFixed(1)} ms (in process, mean; import and projection ${(f.timings.loadMs / 1000).toFixed(1)} s).`,
  ];
  return rows.join('\n');
}

import { TacklingIndex } from '../../src/match/tackling/tackling-index';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import type { TokenizerName } from '../../src/text/tokenizer';
import type { GroundTruth } from '../../seeds/generate/generate-province';
import { Prng } from '../../seeds/generate/prng';
import { mean, ndcgAt, recallAt } from './metrics';

export interface TacklingFigures {
  queries: number;
  ndcgAt10: number;
  recallAt20: number;
}

/**
 * Tackling against the generator's expert ground truth: NDCG@10 and recall@20 of the experts
 * who truly fit each sampled problem, for the full score and for text relevance alone (the profile match), with the
 * tokenizer given (bigram or jieba: which ranks better is measured, not assumed).
 */
export function evaluateTackling(
  graph: ProjectedGraph,
  truth: GroundTruth,
  sample: number,
  tokenizer: TokenizerName,
  seed = 9,
): Record<'redchain' | 'bm25Only', TacklingFigures> {
  const prng = new Prng(seed);
  const problems = prng.sample(
    Object.keys(truth.expertFits).filter((id) => (truth.expertFits[id] ?? []).length > 0),
    sample,
  );
  const index = new TacklingIndex(graph, { tokenizer });
  const full: number[][] = [[], []];
  const bm25: number[][] = [[], []];
  for (const id of problems) {
    const relevant = new Set(truth.expertFits[id]);
    const ranked = index.rank(id, { limit: 20 }).experts.map((e) => e.personId);
    const textOnly = index
      .rank(id, {
        limit: 20,
        expertWeights: { relevance: 1, skills: 0, trackRecord: 0, proximity: 0, availability: 0, partyMember: 0 },
      })
      .experts.map((e) => e.personId);
    full[0]!.push(ndcgAt(ranked, relevant, 10));
    full[1]!.push(recallAt(ranked, relevant, 20));
    bm25[0]!.push(ndcgAt(textOnly, relevant, 10));
    bm25[1]!.push(recallAt(textOnly, relevant, 20));
  }
  return {
    redchain: { queries: problems.length, ndcgAt10: mean(full[0]!), recallAt20: mean(full[1]!) },
    bm25Only: { queries: problems.length, ndcgAt10: mean(bm25[0]!), recallAt20: mean(bm25[1]!) },
  };
}

import { findPartners } from '../../src/match/partners/find-partners';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import type { GroundTruth } from '../../seeds/generate/generate-province';
import { Prng } from '../../seeds/generate/prng';
import { hitsAt, mean, ndcgAt, reciprocalRank } from './metrics';

export interface RankingFigures {
  queries: number;
  hitsAt10: number;
  mrr: number;
  ndcgAt10: number;
}

/**
 * Partners on held-out supply ties: for a tie supplier → buyer left out of the graph, ask the
 * buyer's upstream partners and see where the supplier ranks. Beside two baselines on the same
 * queries: a random order of the same segment-feasible candidates, and segment fit alone.
 */
export function evaluatePartners(
  graph: ProjectedGraph,
  truth: GroundTruth,
  sample: number,
  seed = 5,
): Record<'redchain' | 'jieba' | 'random' | 'segmentFitOnly', RankingFigures> {
  const prng = new Prng(seed);
  const ties = prng.sample(truth.heldOutSupplies, sample);
  const runs = {
    redchain: [] as string[][],
    jieba: [] as string[][],
    random: [] as string[][],
    segmentFitOnly: [] as string[][],
  };
  const relevant: Set<string>[] = [];
  for (const tie of ties) {
    const full = findPartners(graph, { enterpriseId: tie.to, direction: 'upstream', limit: 1000, maxPerSegment: 1000 });
    runs.redchain.push(
      findPartners(graph, { enterpriseId: tie.to, direction: 'upstream', limit: 10 }).candidates.map(
        (c) => c.enterpriseId,
      ),
    );
    // the same engine with word tokens instead of character bigrams (the default)
    runs.jieba.push(
      findPartners(graph, {
        enterpriseId: tie.to,
        direction: 'upstream',
        limit: 10,
        tokenizer: 'jieba',
      }).candidates.map((c) => c.enterpriseId),
    );
    runs.random.push(
      prng.sample(
        full.candidates.map((c) => c.enterpriseId),
        10,
      ),
    );
    const bySegment = findPartners(graph, {
      enterpriseId: tie.to,
      direction: 'upstream',
      limit: 10,
      maxPerSegment: 1000,
      weights: { segmentFit: 1, textFit: 0, proximity: 0, quality: 0, trust: 0 },
    });
    runs.segmentFitOnly.push(bySegment.candidates.map((c) => c.enterpriseId));
    relevant.push(new Set([tie.from]));
  }
  const figures = (lists: string[][]): RankingFigures => ({
    queries: lists.length,
    hitsAt10: mean(lists.map((l, i) => hitsAt(l, relevant[i]!, 10))),
    mrr: mean(lists.map((l, i) => reciprocalRank(l, relevant[i]!))),
    ndcgAt10: mean(lists.map((l, i) => ndcgAt(l, relevant[i]!, 10))),
  });
  return {
    redchain: figures(runs.redchain),
    jieba: figures(runs.jieba),
    random: figures(runs.random),
    segmentFitOnly: figures(runs.segmentFitOnly),
  };
}

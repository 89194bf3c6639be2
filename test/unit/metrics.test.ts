import { hitsAt, mean, ndcgAt, recallAt, reciprocalRank } from '../../bench/eval/metrics';

describe('ranking measures', () => {
  const relevant = new Set(['b', 'd']);
  const ranked = ['a', 'b', 'c', 'd'];

  test('when the first relevant item is second, then hits, MRR, NDCG and recall are the textbook values', () => {
    expect(hitsAt(ranked, relevant, 1)).toBe(0);
    expect(hitsAt(ranked, relevant, 2)).toBe(1);
    expect(reciprocalRank(ranked, relevant)).toBe(0.5);
    // DCG = 1/log2(3) + 1/log2(5); IDCG = 1 + 1/log2(3)
    expect(ndcgAt(ranked, relevant, 4)).toBeCloseTo((1 / Math.log2(3) + 1 / Math.log2(5)) / (1 + 1 / Math.log2(3)));
    expect(recallAt(ranked, relevant, 2)).toBe(0.5);
  });

  test('when nothing relevant is ranked, then every measure is 0', () => {
    expect([
      hitsAt(['x'], relevant, 10),
      reciprocalRank(['x'], relevant),
      ndcgAt(['x'], relevant, 10),
      recallAt(['x'], relevant, 10),
    ]).toEqual([0, 0, 0, 0]);
    expect(mean([])).toBe(0);
  });
});

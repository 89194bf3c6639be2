import { expertLoss, totalLoss } from '../../bench/eval/kendall-loss';

describe('the reviewer-match weighted Kendall-tau loss', () => {
  test('when one pair of three is ordered wrongly, then it costs its expertise gap over the sum of gaps', () => {
    const rated = [
      { paperId: 'a', expertise: 5 },
      { paperId: 'b', expertise: 3 },
      { paperId: 'c', expertise: 1 },
    ];
    // a above c above b: (a,b) right, (a,c) right, (b,c) wrong by 2; gaps 2 + 4 + 2 = 8
    expect(
      expertLoss(
        rated,
        new Map([
          ['a', 0.9],
          ['b', 0.1],
          ['c', 0.5],
        ]),
      ),
    ).toEqual({ loss: 2, weight: 8 });
    expect(
      expertLoss(
        rated,
        new Map([
          ['a', 0.9],
          ['b', 0.5],
          ['c', 0.1],
        ]),
      ),
    ).toEqual({ loss: 0, weight: 8 });
    // reversed: everything wrong
    expect(
      expertLoss(
        rated,
        new Map([
          ['a', 0.1],
          ['b', 0.5],
          ['c', 0.9],
        ]),
      ),
    ).toEqual({ loss: 8, weight: 8 });
  });

  test('when papers are tied or left out, then a tie costs half, and left-out papers tie with each other below the ranked', () => {
    const rated = [
      { paperId: 'x', expertise: 4 },
      { paperId: 'y', expertise: 2 },
      { paperId: 'z', expertise: 2 },
    ];
    // x and y left out: tied, half of 2; x left out below z: wrong, 2; y and z rated alike: no pair
    expect(expertLoss(rated, new Map([['z', 0.3]]))).toEqual({ loss: 3, weight: 4 });
    // a constant score ties every pair: 0.5
    expect(
      expertLoss(
        rated,
        new Map([
          ['x', 1],
          ['y', 1],
          ['z', 1],
        ]),
      ),
    ).toEqual({ loss: 2, weight: 4 });
  });

  test('when experts are combined, then the figure is total loss over total weight, not a mean of ratios', () => {
    expect(
      totalLoss([
        { loss: 2, weight: 8 },
        { loss: 3, weight: 4 },
      ]),
    ).toBeCloseTo(5 / 12, 12);
    expect(totalLoss([])).toBe(0);
  });
});

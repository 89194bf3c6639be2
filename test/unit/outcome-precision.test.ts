import { outcomePrecision, type RecordedOutcome } from '../../src/match/outcomes/outcome-precision';

const ent = (id: string) => ({ kind: 'Enterprise' as const, id });

function outcome(id: string, over: Partial<RecordedOutcome>): RecordedOutcome {
  return {
    id,
    engine: 'partners',
    result: 'contacted',
    date: '2026-03-01',
    qualifier: 'upstream',
    subject: ent('镇江船厂'),
    candidate: ent('中船动力'),
    ...over,
  };
}

describe('precision@k of recorded outcomes', () => {
  test('when one list has a success at rank 1, a miss at rank 3 and a success it never proposed, then precision and hit rate count them as a park would', () => {
    const [partners] = outcomePrecision(
      [
        outcome('o1', { result: 'contacted', rank: 1 }),
        // the same match signed later: judged once, as a success, at the rank it was first recorded at
        outcome('o2', { result: 'contract_signed', rank: 4, date: '2026-04-01' }),
        outcome('o3', { result: 'declined', rank: 3, candidate: ent('某配套厂') }),
        outcome('o4', { result: 'contract_signed', candidate: ent('外地供应商') }),
      ],
      [1, 3, 5],
    );
    expect(partners).toMatchObject({
      engine: 'partners',
      outcomes: 4,
      listsJudged: 1,
      matches: 3,
      successes: 2,
      successesNotProposed: 1,
      byResult: { contacted: 1, contract_signed: 2, declined: 1, problem_solved: 0, lead_attracted: 0 },
    });
    expect(partners!.atK).toEqual([
      { k: 1, precision: 1, successesInTopK: 1, hitRate: 0.5 },
      { k: 3, precision: 0.3333, successesInTopK: 1, hitRate: 0.5 },
      { k: 5, precision: 0.2, successesInTopK: 1, hitRate: 0.5 },
    ]);
  });

  test('when outcomes come from several engines and lists, then each engine counts only its own, over all its lists', () => {
    const engines = outcomePrecision(
      [
        outcome('p1', { result: 'contract_signed', rank: 2 }),
        outcome('p2', { result: 'contract_signed', rank: 1, qualifier: 'downstream' }),
        outcome('t1', {
          engine: 'tackling',
          result: 'problem_solved',
          rank: 1,
          qualifier: 'institutions',
          subject: { kind: 'Problem', id: '激光雷达' },
          candidate: { kind: 'Institution', id: '湖北江城实验室' },
        }),
      ],
      [1, 2],
    );
    const byEngine = Object.fromEntries(engines.map((e) => [e.engine, e]));
    // two lists of 镇江船厂 (upstream, downstream): at k=1 one success over two lists
    expect(byEngine['partners']!.atK).toEqual([
      { k: 1, precision: 0.5, successesInTopK: 1, hitRate: 0.5 },
      { k: 2, precision: 0.5, successesInTopK: 2, hitRate: 1 },
    ]);
    expect(byEngine['tackling']!.atK[0]).toEqual({ k: 1, precision: 1, successesInTopK: 1, hitRate: 1 });
    expect(byEngine['leads']).toMatchObject({ outcomes: 0, listsJudged: 0, successes: 0 });
    // no list judged: no data, not a precision of 0
    expect(byEngine['leads']!.atK[0]).toEqual({ k: 1, precision: null, successesInTopK: 0, hitRate: null });
  });

  test('when an outcome’s subject was deleted, then it still judges a match of its own rather than joining another list', () => {
    const [partners] = outcomePrecision(
      [
        outcome('a', { result: 'contract_signed', rank: 1, subject: null }),
        outcome('b', { result: 'contract_signed', rank: 1, subject: null }),
      ],
      [1],
    );
    expect(partners).toMatchObject({ listsJudged: 2, matches: 2, successes: 2 });
    expect(partners!.atK[0]!.precision).toBe(1);
  });
});

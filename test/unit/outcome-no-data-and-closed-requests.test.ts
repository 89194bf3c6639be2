import { closedWell, GOOD_RATING, type ClosedDispatch } from '../../src/match/outcomes/closed-dispatch';
import { outcomePrecision, type RecordedOutcome } from '../../src/match/outcomes/outcome-precision';

const closed = (requestId: string, over: Partial<ClosedDispatch> = {}): ClosedDispatch => ({
  requestId,
  assigneeId: '王指导员',
  rating: 5,
  date: '2026-05-01T09:00:00.000Z',
  rank: 1,
  ...over,
});

const outcome = (over: Partial<RecordedOutcome>): RecordedOutcome => ({
  id: 'o1',
  engine: 'dispatch',
  result: 'contacted',
  date: '2026-04-01',
  qualifier: '',
  rank: 1,
  subject: { kind: 'Request', id: 'req-1' },
  candidate: { kind: 'Person', id: '王指导员' },
  ...over,
});

const byEngine = (engines: ReturnType<typeof outcomePrecision>) =>
  Object.fromEntries(engines.map((e) => [e.engine, e]));

describe('outcome figures with no data, and requests closed with a rating', () => {
  test('when no outcome has been recorded, then every engine answers no data (null) rather than a precision of 0', () => {
    for (const engine of outcomePrecision([], [1, 3])) {
      expect(engine).toMatchObject({ outcomes: 0, requestsClosed: 0, listsJudged: 0, successes: 0 });
      expect(engine.atK).toEqual([
        { k: 1, precision: null, successesInTopK: 0, hitRate: null },
        { k: 3, precision: null, successesInTopK: 0, hitRate: null },
      ]);
    }
  });

  test('when lists were judged but none succeeded, then precision is 0 (data) and the hit rate has no data', () => {
    const declined = outcome({
      engine: 'partners',
      result: 'declined',
      qualifier: 'upstream',
      subject: { kind: 'Enterprise', id: '镇江船厂' },
      candidate: { kind: 'Enterprise', id: '中船动力' },
    });
    const partners = byEngine(outcomePrecision([declined], [1]))['partners']!;
    expect(partners.atK[0]).toEqual({ k: 1, precision: 0, successesInTopK: 0, hitRate: null });
  });

  test('when a dispatched request is closed rated 4 or 5, then it is a dispatch success at its responder’s rank; rated 3 or less, a judged miss', () => {
    expect(GOOD_RATING).toBe(4);
    expect([1, 2, 3, 4, 5].map((rating) => closedWell({ rating }))).toEqual([false, false, false, true, true]);
    const dispatch = byEngine(
      outcomePrecision(
        [],
        [1],
        [closed('req-1'), closed('req-2', { rating: 4, rank: 2 }), closed('req-3', { rating: 3 })],
      ),
    )['dispatch']!;
    expect(dispatch).toMatchObject({ outcomes: 0, requestsClosed: 3, listsJudged: 3, matches: 3, successes: 2 });
    expect(dispatch.atK[0]).toEqual({ k: 1, precision: 0.3333, successesInTopK: 1, hitRate: 0.5 });
    // no other engine is judged by a closed request
    expect(byEngine(outcomePrecision([], [1], [closed('req-1')]))['partners']!.atK[0]!.precision).toBeNull();
  });

  test('when a closed request’s responder also has a recorded dispatch outcome, then both judge one match', () => {
    const contacted = outcome({ rank: 2 });
    const dispatch = byEngine(outcomePrecision([contacted], [1, 2], [closed('req-1', { rank: 1 })]))['dispatch']!;
    expect(dispatch).toMatchObject({ outcomes: 1, requestsClosed: 1, matches: 1, successes: 1 });
    // ranked where its first verdict (the recorded outcome) found it
    expect(dispatch.atK.map((a) => a.successesInTopK)).toEqual([0, 1]);
  });
});

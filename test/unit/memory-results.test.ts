import { MemoryResults } from '../../src/store/memory/memory-results';

const from = { kind: 'Enterprise' as const, id: 'e-1' };
const setKey = 'PARTNER_CANDIDATE|Enterprise:e-1|upstream';

describe('candidate lists of the memory store', () => {
  test('when a snapshot saved lists with their sentences (before lists kept facts), then they read as not stored, to be computed again', () => {
    const results = new MemoryResults();
    results.import({
      candidates: [
        [
          setKey,
          {
            fromKey: 'Enterprise:e-1',
            runId: 'old',
            computedAt: '2026-01-01T00:00:00.000Z',
            candidates: [{ to: { kind: 'Enterprise', id: 'e-2' }, rank: 1, score: 0.5, reasons: ['同属白银高新区'] }],
          },
        ],
      ],
    });
    expect(results.readCandidates('PARTNER_CANDIDATE', from, 'upstream')).toBeNull();
  });

  test('when a list is written, then its candidates are ranked by their order and a snapshot keeps it', () => {
    const results = new MemoryResults();
    results.writeCandidateRun({
      runId: 'r1',
      computedAt: '2026-02-01T00:00:00.000Z',
      sets: [
        {
          type: 'PARTNER_CANDIDATE',
          from,
          qualifier: 'upstream',
          candidates: [
            { to: { kind: 'Enterprise', id: 'e-3' }, rank: 7, score: 0.9, detail: { why: { text: true } } },
            { to: { kind: 'Enterprise', id: 'e-2' }, rank: 9, score: 0.4 },
          ],
        },
      ],
    });
    const again = new MemoryResults();
    again.import(JSON.parse(JSON.stringify(results.export())));
    expect(again.readCandidates('PARTNER_CANDIDATE', from, 'upstream')).toEqual({
      runId: 'r1',
      computedAt: '2026-02-01T00:00:00.000Z',
      candidates: [
        { to: { kind: 'Enterprise', id: 'e-3' }, rank: 1, score: 0.9, detail: { why: { text: true } } },
        { to: { kind: 'Enterprise', id: 'e-2' }, rank: 2, score: 0.4 },
      ],
    });
  });
});

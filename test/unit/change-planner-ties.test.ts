import type { GraphChange } from '../../src/jobs/change-feed';
import { planRecomputes } from '../../src/jobs/change-planner';

const names = (changes: GraphChange[], options?: { bulkLimit?: number }) =>
  planRecomputes(changes, options).map((j) => `${j.name} ${JSON.stringify(j.payload)}`);

/**
 * The planner queues only the lists a change can move: a tie at an enterprise that neither the
 * partner engine nor the gap engine reads leaves its lists as they are.
 */
describe('the change planner, for ties the matching engines do not read', () => {
  test('when an enterprise posts a problem, then that problem’s candidates are queued and none of the enterprise’s lists', () => {
    expect(
      names([
        { kind: 'Problem', ids: ['x1'], ties: ['POSTED'] },
        { kind: 'Enterprise', ids: ['e1'], ties: ['POSTED'] },
      ]),
    ).toEqual(['tackling.problem {"problemId":"x1"}', 'assignment {}']);
  });

  test('when a person joins an enterprise, then the enterprise’s problems are asked again but its partner lists and gap maps are not', () => {
    expect(
      names([
        { kind: 'Person', ids: ['p1'], ties: ['WORKS_AT'] },
        { kind: 'Enterprise', ids: ['e1'], ties: ['WORKS_AT'] },
      ]),
    ).toEqual(['enterprise.asks {"enterpriseId":"e1"}', 'tackling.person {"personId":"p1"}']);
  });

  test('when an enterprise is both edited and posts a problem, then all its jobs are queued', () => {
    expect(
      names([
        { kind: 'Enterprise', ids: ['e1'] },
        { kind: 'Enterprise', ids: ['e1'], ties: ['POSTED'] },
      ]),
    ).toEqual([
      'partners.enterprise {"enterpriseId":"e1"}',
      'partners.affected {"enterpriseId":"e1"}',
      'gaps.enterprise {"enterpriseId":"e1"}',
      'enterprise.asks {"enterpriseId":"e1"}',
    ]);
  });

  test('when an import posts more problems than the bulk limit, each by another enterprise, then no full partner run is queued', () => {
    const enterprises = Array.from({ length: 6 }, (_, i) => `e${i}`);
    const problems = enterprises.map((id) => `x-${id}`);
    const queued = names(
      [
        { kind: 'Problem', ids: problems, ties: ['POSTED'] },
        { kind: 'Enterprise', ids: enterprises, ties: ['POSTED'] },
      ],
      { bulkLimit: 5 },
    );
    expect(queued.filter((name) => name.startsWith('partners') || name.startsWith('gaps'))).toEqual([]);
    expect(queued.filter((name) => name.startsWith('tackling.problem'))).toHaveLength(6);
  });
});

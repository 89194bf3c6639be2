import type { CandidateRun } from '../../src/domain';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { Neo4jResults } from '../../src/store/neo4j/neo4j-results';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';

/** The top candidates as relationships for Neo4j Browser, when turned on: replaced by each newer run, never by an older one. */
describe('explorable top candidates (Neo4j)', () => {
  const p = uniquePrefix('top');
  let store: Neo4jGraphStore;
  beforeAll(async () => {
    store = await Neo4jGraphStore.open(neo4jSettingsFromEnv());
    await store.upsertNodes(
      'Enterprise',
      Array.from({ length: 8 }, (_, i) => ({ id: `${p}-e${i}`, name: `${p}企业${i}` })),
    );
  });
  afterAll(async () => {
    for (let i = 0; i < 8; i++) await store.deleteNode('Enterprise', `${p}-e${i}`);
    await store.close();
  });

  const run = (runId: string, computedAt: string, ids: number[]): CandidateRun => ({
    runId,
    computedAt,
    sets: [
      {
        type: 'PARTNER_CANDIDATE',
        from: { kind: 'Enterprise', id: `${p}-e0` },
        qualifier: 'upstream',
        candidates: ids.map((i, k) => ({
          to: { kind: 'Enterprise', id: `${p}-e${i}` },
          rank: k + 1,
          score: 1 - k / 10,
        })),
      },
    ],
  });
  const top = async () =>
    (
      await store.connection.readOnce(
        'MATCH (:Enterprise {id: $id})-[r:PARTNER_CANDIDATE]->(b) RETURN b.id AS id, r.rank AS rank ORDER BY r.rank',
        { id: `${p}-e0` },
      )
    ).map((row) => [row['id'], row['rank']]);

  test('when runs are written with the top 3 on, then the newest run’s first three are the relationships', async () => {
    const results = new Neo4jResults(store.connection, null, 3);
    await results.writeCandidateRun(run('a', '2026-05-01T00:00:00.000Z', [1, 2, 3, 4, 5]));
    expect(await top()).toEqual([
      [`${p}-e1`, 1],
      [`${p}-e2`, 2],
      [`${p}-e3`, 3],
    ]);
    await results.writeCandidateRun(run('b', '2026-05-02T00:00:00.000Z', [7, 6]));
    expect(await top()).toEqual([
      [`${p}-e7`, 1],
      [`${p}-e6`, 2],
    ]);
    await results.writeCandidateRun(run('old', '2026-04-01T00:00:00.000Z', [1, 2, 3]));
    expect(await top()).toEqual([
      [`${p}-e7`, 1],
      [`${p}-e6`, 2],
    ]);
    expect(
      (await store.readCandidates('PARTNER_CANDIDATE', { kind: 'Enterprise', id: `${p}-e0` }, 'upstream'))!.runId,
    ).toBe('b');
  });
});

import { candidateSetKey } from '../../src/domain';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';

/** A list stored by a release with another record format is not misread: it reads as not stored (computed again). */
describe('a candidate list stored in an older format (Neo4j)', () => {
  const p = uniquePrefix('format');
  const from = { kind: 'Enterprise' as const, id: `${p}-e0` };
  let store: Neo4jGraphStore;
  beforeAll(async () => {
    store = await Neo4jGraphStore.open(neo4jSettingsFromEnv());
    await store.upsertNodes('Enterprise', [
      { id: `${p}-e0`, name: `${p}企业0` },
      { id: `${p}-e1`, name: `${p}企业1` },
    ]);
  });
  afterAll(async () => {
    for (const id of [`${p}-e0`, `${p}-e1`]) await store.deleteNode('Enterprise', id);
    await store.close();
  });

  test('when a record holds the previous format, then both reads say no list is stored', async () => {
    const setKey = candidateSetKey({ type: 'PARTNER_CANDIDATE', from, qualifier: 'upstream' });
    // what the release before this one wrote: per-candidate objects, no format version
    const list = JSON.stringify({
      run: 'old',
      at: '2026-05-01T00:00:00.000Z',
      to: [`Enterprise:${p}-e1`],
      scores: [0.5],
      detail: [{ name: `${p}企业1`, components: { segmentFit: 1 } }],
    });
    await store.connection.write((tx) =>
      tx.rows(
        'MERGE (r:ResultSet {id: $setKey}) SET r.runId = $runId, r.computedAt = datetime($at), r.to = $to, r.list = $list',
        { setKey, runId: 'old', at: '2026-05-01T00:00:00.000Z', to: [`Enterprise:${p}-e1`], list },
      ),
    );
    expect(await store.readCandidates('PARTNER_CANDIDATE', from, 'upstream')).toBeNull();
    const read = await store.readCandidateLists('PARTNER_CANDIDATE', from, ['upstream'], 20);
    expect(read!.lists['upstream']).toBeNull();
    // a run in this release's format then replaces it and reads back
    await store.writeCandidateRun({
      runId: 'new',
      computedAt: '2026-05-02T00:00:00.000Z',
      sets: [
        {
          type: 'PARTNER_CANDIDATE',
          from,
          qualifier: 'upstream',
          candidates: [{ to: { kind: 'Enterprise', id: `${p}-e1` }, rank: 1, score: 0.5 }],
        },
      ],
    });
    const again = await store.readCandidateLists('PARTNER_CANDIDATE', from, ['upstream'], 20);
    expect(again!.lists['upstream']!.candidates.map((c) => c.to.id)).toEqual([`${p}-e1`]);
  });
});

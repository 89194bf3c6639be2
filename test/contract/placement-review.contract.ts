import { importBundle } from '../../src/ingest/import-bundle.use-case';
import type { GraphStore } from '../../src/store/graph-store';
import { pendingProps } from '../../src/use-cases/placement/pending-placement';
import { decidePlacements, listPlacementReview } from '../../src/use-cases/placement/placement-review';
import { tradeTag } from '../helpers/bundle-fixture';
import { uniquePrefix } from '../helpers/fixtures';

/** The 挂链 review queue on a store; run on both stores by the *.test.ts files beside this one. */
export function describePlacementReviewContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`placement review queue: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => store.close());

    test('when an enterprise waits with candidates, then the queue lists them in scope and a decision places it and clears the queue', async () => {
      const p = uniquePrefix('review');
      const report = await importBundle(store, {
        format: 'redchain-bundle/1',
        regions: [
          { id: `${p}-city`, name: '白银市', level: 'city' },
          { id: `${p}-park`, name: '白银高新区', level: 'park', parentId: `${p}-city` },
        ],
        chains: [{ id: `${p}-chain`, name: '锂电池' }],
        segments: [
          { id: `${p}-cathode`, chainId: `${p}-chain`, name: '正极材料', stage: 'midstream' },
          { id: `${p}-cell`, chainId: `${p}-chain`, name: '电芯制造', stage: 'midstream' },
        ],
        enterprises: [0, 1].map((i) => ({
          id: `${p}-ent-${i}`,
          name: `${tradeTag(`${p}-${i}`)}材料有限公司`,
          regionId: `${p}-park`,
        })),
      });
      expect(report.rejected).toEqual([]);
      const waiting = await store.getNode('Enterprise', `${p}-ent-0`);
      const { createdAt: _c, updatedAt: _u, ...props } = waiting!.props;
      await store.upsertNodes('Enterprise', [
        {
          ...props,
          ...pendingProps(
            [
              { segmentId: `${p}-cathode`, confidence: 0.52, evidence: ['经营范围含「正极材料」'] },
              {
                segmentId: `${p}-cell`,
                confidence: 0.3,
                evidence: ['用词相近：「电池」', '行业中类相同（384 电池制造）'],
              },
            ],
            '2026-12-01T08:00:00.000Z',
          ),
        },
      ]);

      const outside = await listPlacementReview(store, { regionIds: [`${p}-elsewhere`], limit: 50 });
      expect(outside.items.filter((i) => i.enterpriseId.startsWith(p))).toEqual([]);
      const listed = await listPlacementReview(store, { regionIds: [`${p}-park`], chainId: `${p}-chain`, limit: 50 });
      expect(listed.items).toEqual([
        {
          enterpriseId: `${p}-ent-0`,
          enterpriseName: props['name'],
          regionId: `${p}-park`,
          importedAt: '2026-12-01T08:00:00.000Z',
          candidates: [
            {
              segmentId: `${p}-cathode`,
              segmentName: '正极材料',
              chainId: `${p}-chain`,
              chainName: '锂电池',
              confidence: 0.52,
              evidence: ['经营范围含「正极材料」'],
            },
            {
              segmentId: `${p}-cell`,
              segmentName: '电芯制造',
              chainId: `${p}-chain`,
              chainName: '锂电池',
              confidence: 0.3,
              evidence: ['用词相近：「电池」', '行业中类相同（384 电池制造）'],
            },
          ],
        },
      ]);
      const otherChain = await listPlacementReview(store, {
        regionIds: [`${p}-park`],
        chainId: `${p}-nochain`,
        limit: 50,
      });
      expect(otherChain.items).toEqual([]);

      const outcome = await decidePlacements(
        store,
        [
          { enterpriseId: `${p}-ent-0`, segmentIds: [`${p}-cathode`] },
          { enterpriseId: `${p}-ghost`, segmentIds: [] },
          { enterpriseId: `${p}-ent-1`, segmentIds: [`${p}-nowhere`] },
        ],
        { keyId: 'key-reviewer' },
      );
      expect(outcome).toEqual({ decided: 1, placed: 1, unknown: [`${p}-ghost`, `${p}-nowhere`] });
      expect((await listPlacementReview(store, { regionIds: [`${p}-park`], limit: 50 })).items).toEqual([]);
      const ties = await store.follow({
        fromKind: 'Enterprise',
        ids: [`${p}-ent-0`],
        type: 'IN_SEGMENT',
        direction: 'out',
        toKind: 'Segment',
      });
      expect(ties.edges.map((e) => [e.to.id, e.props])).toEqual([
        [`${p}-cathode`, { placedBy: 'reviewer', confidence: 0.52, evidence: ['经营范围含「正极材料」', '审核确认'] }],
      ]);
      const decided = (await store.getNode('Enterprise', `${p}-ent-0`))!.props;
      expect(decided['placementState']).toBe('decided');
      expect(decided['placementCandidateSegments']).toBeUndefined();
      expect(decided['placementDecidedBy']).toBe('key-reviewer');
      expect(typeof decided['placementDecidedAt']).toBe('string');
    });

    test('when the queue is longer than a page, then the cursor walks it without repeats', async () => {
      const p = uniquePrefix('review-pages');
      await importBundle(store, {
        format: 'redchain-bundle/1',
        regions: [{ id: `${p}-park`, name: '白银高新区', level: 'park' }],
        chains: [{ id: `${p}-chain`, name: '锂电池' }],
        segments: [{ id: `${p}-cathode`, chainId: `${p}-chain`, name: '正极材料', stage: 'midstream' }],
        enterprises: Array.from({ length: 5 }, (_, i) => ({
          id: `${p}-ent-${i}`,
          name: `${tradeTag(`${p}-${i}`)}材料有限公司`,
          regionId: `${p}-park`,
          ...pendingProps(
            [{ segmentId: `${p}-cathode`, confidence: 0.4, evidence: ['名称含「材料」'] }],
            '2026-12-01T08:00:00.000Z',
          ),
        })),
      });
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listPlacementReview(store, {
          regionIds: [`${p}-park`],
          limit: 2,
          ...(cursor ? { cursor } : {}),
        });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((i) => i.enterpriseId));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `${p}-ent-${i}`));
    });
  });
}

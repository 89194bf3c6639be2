import { createHash } from 'node:crypto';
import { usccCheckCharacter } from '../../src/domain/uscc';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { importFile } from '../../src/ingest/import-file.use-case';
import { rosterEnterpriseId } from '../../src/ingest/roster/roster-ids';
import { sheetsToXlsx } from '../../src/ingest/tabular/write-tabular';
import type { GraphStore } from '../../src/store/graph-store';
import { decidePlacements, listPlacementReview } from '../../src/use-cases/placement/placement-review';
import { tradeTag } from '../helpers/bundle-fixture';
import { uniquePrefix } from '../helpers/fixtures';

/** The registry's own headers, as a market-regulation roster comes: no 编号, no redchain ids. */
export const REGISTRY_HEADERS = [
  '统一社会信用代码',
  '企业名称',
  '登记状态',
  '成立日期',
  '注册资本',
  '国民经济行业(代码)',
  '经营范围',
  '住所',
  '所属园区',
  '主营产品',
  '规模',
];

/** A valid USCC registered in `division` (its characters 3–8), the rest drawn from the seed. */
export function usccIn(division: string, seed: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const digest = createHash('sha256').update(seed).digest();
  const body = `91${division}${Array.from({ length: 9 }, (_, i) => alphabet[digest[i]! % alphabet.length]).join('')}`;
  return body + usccCheckCharacter(body);
}

export async function rosterWorkbook(rows: string[][]): Promise<Buffer> {
  return sheetsToXlsx([
    { name: '企业名录', headers: REGISTRY_HEADERS, rows: rows.map((cells, i) => ({ line: i + 2, cells })) },
  ]);
}

/** Rosters imported with registry headers and placed on the chains; run on both stores by the *.test.ts files beside this one. */
export function describeRosterImportContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`import a park's roster: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => store.close());

    test('when a roster with Chinese registry headers and no ids is imported, then ids are made, places found by name and address, a 注销 enterprise reported, and 挂链 places or queues; a reviewer’s decision survives a re-import', async () => {
      const p = uniquePrefix('roster');
      const tag = tradeTag(p);
      // the products' words have a tag of their own: one shared with names would tie every name to the segments
      const kw = tradeTag(`${p}-products`);
      const setup = await importBundle(store, {
        format: 'redchain-bundle/1',
        regions: [
          { id: `${p}-city`, name: `${tag}市`, level: 'city' },
          { id: `${p}-dist`, name: `${tag}区`, level: 'district', parentId: `${p}-city` },
          {
            id: `${p}-park`,
            name: `${tag}高新技术产业开发区`,
            aliases: [`${tag}高新区`],
            level: 'park',
            parentId: `${p}-dist`,
          },
        ],
        chains: [{ id: `${p}-chain`, name: '锂电池' }],
        segments: [
          {
            id: `${p}-cathode`,
            chainId: `${p}-chain`,
            name: '正极材料',
            stage: 'midstream',
            keywords: [`${kw}磷酸铁锂`, `${kw}正极粉体`],
          },
          { id: `${p}-cell`, chainId: `${p}-chain`, name: '电芯制造', stage: 'midstream', keywords: [`${kw}电芯`] },
        ],
      });
      expect(setup.rejected).toEqual([]);
      const uscc = usccIn('900001', p);
      const file = {
        name: '园区企业名录.xlsx',
        content: await rosterWorkbook([
          [
            uscc,
            `${tag}新能源材料有限公司`,
            '存续',
            '2016-05-12',
            '5000万元人民币',
            'C3985',
            `${kw}磷酸铁锂、${kw}正极粉体的研发、生产和销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）`,
            '',
            `${tag}高新区`,
            '',
            '中型',
          ],
          [
            '',
            `${tag}商贸有限公司`,
            '在业',
            '2019-11-02',
            '100万元',
            '',
            '日用百货、办公用品零售',
            `${tag}市${tag}区${tag}路8号`,
            '',
            '',
            '小型',
          ],
          [
            '',
            `${tag}化工有限公司`,
            '注销',
            '2008-01-20',
            '300万元',
            '2614',
            '化工原料销售',
            '',
            `${tag}高新区`,
            '',
            '',
          ],
        ]),
      };

      const first = await importFile(store, file);
      expect(first.counts.enterprises).toEqual({ received: 3, imported: 2, rejected: 1, held: 0 });
      expect(first.rejected).toEqual([
        expect.objectContaining({ line: 4, field: 'registrationStatus', reason: expect.stringContaining('注销') }),
      ]);
      const maker = `ent-${uscc}`;
      const shop = rosterEnterpriseId({ name: `${tag}商贸有限公司` })!;
      const closed = rosterEnterpriseId({ name: `${tag}化工有限公司` })!;
      expect(await store.getNode('Enterprise', closed)).toBeNull();
      expect((await store.getNode('Enterprise', maker))!.props).toMatchObject({
        name: `${tag}新能源材料有限公司`,
        uscc,
        industry: 'C3985',
        registrationStatus: '存续',
        registeredCapital: '5000万元人民币',
        scale: 'medium',
      });
      const located = async (id: string) =>
        (
          await store.follow({
            fromKind: 'Enterprise',
            ids: [id],
            type: 'LOCATED_IN',
            direction: 'out',
            toKind: 'Region',
          })
        ).nodes.map((n) => n.id);
      expect(await located(maker)).toEqual([`${p}-park`]); // by the park's alias
      expect(await located(shop)).toEqual([`${p}-dist`]); // by the address: the district, not the city

      const placements = first.placements!;
      expect(placements).toMatchObject({ placed: 1, queued: 1, kept: 0 });
      const placed = placements.enterprises.find((e) => e.id === maker)!;
      expect(placed).toMatchObject({ decision: 'placed', line: 2 });
      expect(placed.segments.map((s) => s.segmentId)).toContain(`${p}-cathode`);
      for (const s of placed.segments) expect(s.evidence.length).toBeGreaterThan(0);
      const ties = await store.follow({
        fromKind: 'Enterprise',
        ids: [maker],
        type: 'IN_SEGMENT',
        direction: 'out',
        toKind: 'Segment',
      });
      const cathode = ties.edges.find((e) => e.to.id === `${p}-cathode`)!;
      expect(cathode.props).toMatchObject({ placedBy: 'classifier' });
      expect(cathode.props['evidence']).toContain(`经营范围含「${kw.toLowerCase()}磷酸铁锂」`);
      expect(placements.enterprises.find((e) => e.id === shop)).toMatchObject({ decision: 'review', line: 3 });

      const queue = await listPlacementReview(store, { regionIds: [`${p}-city`, `${p}-dist`, `${p}-park`], limit: 50 });
      expect(queue.items.map((i) => [i.enterpriseId, i.regionId])).toEqual([[shop, `${p}-dist`]]);
      expect(
        await decidePlacements(store, [{ enterpriseId: shop, segmentIds: [`${p}-cell`] }], { keyId: 'key-1' }),
      ).toEqual({
        decided: 1,
        placed: 1,
        unknown: [],
      });

      const second = await importFile(store, file);
      expect(second.rejected).toHaveLength(1);
      expect(second.written).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, relsCreated: 0 });
      expect(second.placements).toMatchObject({ placed: 0, queued: 0, kept: 2, enterprises: [] });
      expect((await store.getNode('Enterprise', shop))!.props).toMatchObject({
        placementState: 'decided',
        placementDecidedBy: 'key-1',
      });
      const decided = await store.follow({
        fromKind: 'Enterprise',
        ids: [shop],
        type: 'IN_SEGMENT',
        direction: 'out',
        toKind: 'Segment',
      });
      expect(decided.edges.map((e) => [e.to.id, e.props['placedBy']])).toEqual([[`${p}-cell`, 'reviewer']]);
      expect((await listPlacementReview(store, { regionIds: [`${p}-dist`], limit: 50 })).items).toEqual([]);
    });
  });
}

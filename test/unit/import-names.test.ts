import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

/** The articles' dataset in the embedded store, and an import of enterprises into it. */
async function importIntoArticles(enterprises: { id: string; name: string }[]) {
  const store = await MemoryGraphStore.open();
  await seedArticles(store);
  const before = await store.countNodes('Enterprise');
  const report = await importBundle(store, { format: 'redchain-bundle/1', enterprises });
  return { store, report, added: (await store.countNodes('Enterprise')) - before };
}

describe('company names on import', () => {
  test('when 镇江船厂 arrives spelled with zero-width characters, then no second shipyard is created', async () => {
    const { store, report, added } = await importIntoArticles([
      { id: 'ent-zw-shipyard', name: '江苏省镇江\u200b船厂\u200d（集团）有限公司' },
    ]);
    expect(added).toBe(0);
    expect(report.linked).toEqual([expect.objectContaining({ incomingId: 'ent-zw-shipyard', by: 'name' })]);
    expect(await store.getNode('Enterprise', 'ent-zw-shipyard')).toBeNull();
  }, 60_000);

  test('when companies of another province or another trade name arrive, then each is a new enterprise, not an alias', async () => {
    const { store, report, added } = await importIntoArticles([
      { id: 'ent-hubei-dfty', name: '湖北东方钛业有限公司' },
      { id: 'ent-pds-new-energy', name: '平顶山新能源科技有限公司' },
      { id: 'ent-xinxiang-ruifeng', name: '新乡市瑞丰新材料股份有限公司' },
    ]);
    expect(report.linked).toEqual([]);
    expect(added).toBe(3);
    expect(await store.getNode('Enterprise', 'ent-hubei-dfty')).toMatchObject({
      props: { name: '湖北东方钛业有限公司' },
    });
  }, 60_000);
});

describe('a row linked to a known enterprise by its short name', () => {
  test('when 镇江船厂 arrives with its own fields, then what the shipyard lacks is filled, lists gain the new entries, and the report names the link, its evidence and each conflict', async () => {
    const { store, report, added } = await importIntoArticles([
      {
        id: 'ent-zj-shipyard-roster',
        name: '镇江船厂',
        scale: 'large',
        products: ['船舶', '双燃料散货船'],
        description: '园区台账：船舶总装',
      } as { id: string; name: string },
    ]);
    expect(added).toBe(0);
    expect(report.linked).toEqual([
      expect.objectContaining({
        incomingId: 'ent-zj-shipyard-roster',
        linkedTo: 'ent-zj-shipyard',
        evidence: expect.any(String),
        filled: expect.arrayContaining(['scale', 'products']),
        conflicts: [
          {
            field: 'description',
            kept: expect.stringContaining('链主企业'),
            incoming: '园区台账：船舶总装',
          },
        ],
      }),
    ]);
    const shipyard = await store.getNode('Enterprise', 'ent-zj-shipyard');
    expect(shipyard?.props).toMatchObject({
      scale: 'large',
      products: ['船舶', '海工装备', '双燃料散货船'],
      description: expect.stringContaining('链主企业'),
    });
    expect(report.written.nodesUpdated).toBe(1);
    // a second import of the same row changes nothing
    const again = await importBundle(store, {
      format: 'redchain-bundle/1',
      enterprises: [
        { id: 'ent-zj-shipyard-roster', name: '镇江船厂', scale: 'large', products: ['船舶', '双燃料散货船'] },
      ],
    });
    expect(again.written.nodesUpdated).toBe(0);
  }, 60_000);
});

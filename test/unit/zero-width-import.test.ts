import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

describe('names with invisible characters on import', () => {
  test('when 镇江船厂 arrives spelled with zero-width characters, then no second shipyard is created', async () => {
    const store = await MemoryGraphStore.open();
    await seedArticles(store);
    const before = await store.countNodes('Enterprise');
    const report = await importBundle(store, {
      format: 'redchain-bundle/1',
      enterprises: [{ id: 'ent-zw-shipyard', name: '江苏省镇江\u200b船厂\u200d（集团）有限公司' }],
    });
    expect(await store.countNodes('Enterprise')).toBe(before);
    expect(report.linked).toEqual([expect.objectContaining({ incomingId: 'ent-zw-shipyard', by: 'name' })]);
    expect(await store.getNode('Enterprise', 'ent-zw-shipyard')).toBeNull();
  }, 60_000);
});

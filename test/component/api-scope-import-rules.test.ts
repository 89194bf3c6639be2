import { importBundle } from '../../src/ingest/import-bundle.use-case';
import type { ImportCaller } from '../../src/ingest/import-scope';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

const ZHENJIANG: ImportCaller = { role: 'secretary', regionId: 'region-zhenjiang' };

/**
 * The import's scope rules row by row, on the articles' dataset in the memory store, as the
 * import job applies them for the key that sent the file: a 镇江 secretary and one without a region.
 */
describe('import scope rules', () => {
  let store: MemoryGraphStore;
  beforeAll(async () => {
    store = await MemoryGraphStore.open();
    await seedArticles(store);
  }, 120_000);

  const rejected = (report: Awaited<ReturnType<typeof importBundle>>) =>
    report.rejected.map((r) => `${r.position} ${r.field}`);

  test('when a supply tie or a pairing reaches into another region, then it is rejected by the foreign end; ties inside the region land', async () => {
    const report = await importBundle(
      store,
      {
        format: 'redchain-bundle/1',
        supplies: [
          { from: 'ent-zj-shipyard', to: 'ent-feilihua' },
          { from: 'ent-cssc-power', to: 'ent-zj-shipyard', source: 'scope-test' },
        ],
        pairings: [{ a: 'po-zj-hitech-chain', b: 'po-jz-edz-gwc', kind: 'co_building' }],
      },
      { caller: ZHENJIANG },
    );
    expect(rejected(report)).toEqual(['supplies[0] to', 'pairings[0] b']);
    const ties = await store.follow({
      fromKind: 'Enterprise',
      ids: ['ent-zj-shipyard'],
      type: 'SUPPLIES',
      direction: 'out',
      toKind: 'Enterprise',
    });
    expect(ties.nodes.map((n) => n.id)).not.toContain('ent-feilihua');
    expect(report.counts['supplies']).toMatchObject({ imported: 1, rejected: 1 });
  });

  test('when people are imported, then one tied to a foreign enterprise, or already working in another region, is rejected; one working in the region lands', async () => {
    const report = await importBundle(
      store,
      {
        format: 'redchain-bundle/1',
        people: [
          { id: 'person-scope-far', name: '外地专家', worksAt: [{ orgId: 'ent-feilihua' }] },
          { id: 'person-sun-fei', name: '孙飞', worksAt: [{ orgId: 'ent-zj-shipyard' }] },
          { id: 'person-scope-near', name: '本地专家', worksAt: [{ orgId: 'ent-zj-shipyard' }] },
          { id: 'person-scope-nowhere', name: '无处专家' },
        ],
        problems: [{ id: 'prob-scope-far', title: '外地难题', postedBy: 'ent-feilihua' }],
      },
      { caller: ZHENJIANG },
    );
    expect(rejected(report)).toEqual([
      'people[0] worksAt[0].orgId',
      'people[1] id',
      'people[3] worksAt',
      'problems[0] postedBy',
    ]);
    expect(await store.getNode('Person', 'person-scope-near')).not.toBeNull();
    expect(await store.getNode('Person', 'person-scope-far')).toBeNull();
    const works = await store.follow({
      fromKind: 'Person',
      ids: ['person-sun-fei'],
      type: 'WORKS_AT',
      direction: 'out',
      toKind: 'Enterprise',
    });
    expect(works.nodes.map((n) => n.id)).toEqual(['ent-feilihua']);
  });

  test('when a key without a region imports chains, segments and feeds, then they are rejected as an admin’s; an admin’s import (no caller, as the CLI) writes them', async () => {
    const bundle = {
      format: 'redchain-bundle/1',
      chains: [{ id: 'chain-scope-test', name: '范围测试链' }],
      segments: [{ id: 'seg-scope-a', chainId: 'chain-scope-test', name: '甲', stage: 'upstream' }],
    };
    const secretary = await importBundle(store, bundle, { caller: { role: 'secretary', regionId: null } });
    expect(rejected(secretary)).toEqual(['chains[0] (record)', 'segments[0] (record)']);
    expect(await store.getNode('Chain', 'chain-scope-test')).toBeNull();
    const admin = await importBundle(store, bundle);
    expect(admin.rejected).toEqual([]);
    expect(await store.getNode('Segment', 'seg-scope-a')).not.toBeNull();
  });
});

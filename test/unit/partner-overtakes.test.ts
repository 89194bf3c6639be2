import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { findPartners } from '../../src/match/partners/find-partners';
import { storedReasons } from '../../src/match/stored-reasons';
import { projectScope } from '../../src/projection/project-scope';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { overtakeBundle as bundle } from '../helpers/overtake-fixture';

describe('partners: a two-step candidate above a direct one says why', () => {
  let graph: ProjectedGraph;
  beforeAll(async () => {
    const store = await MemoryGraphStore.open();
    const report = await importBundle(store, bundle());
    expect(report.rejected).toEqual([]);
    graph = await projectScope(store, {});
  });

  test('when the two-step copper-foil maker outranks the direct anode maker, then its reasons name the direct one and the components it leads by', () => {
    const { candidates } = findPartners(graph, { enterpriseId: 'cell', direction: 'upstream' });
    expect(candidates.map((c) => [c.enterpriseId, c.via.how])).toEqual([
      ['copper', 'two-hops'],
      ['direct', 'feeds'],
    ]);
    const [copper, direct] = candidates;
    expect(copper!.components.segmentFit).toBeLessThan(direct!.components.segmentFit);
    const ahead = copper!.reasons.zh.at(-1)!;
    expect(ahead).toMatch(/^虽隔一环节，仍排在直接配套的「陇原负极材料有限公司」之前，因为/u);
    // each component it leads by, with both values as the components give them
    for (const [word, component] of [
      ['地理邻近度', 'proximity'],
      ['产品与需求描述相符度', 'textFit'],
    ] as const)
      expect(ahead).toContain(
        `${word} ${copper!.components[component].toFixed(2)}（对方 ${direct!.components[component].toFixed(2)}）`,
      );
    expect(copper!.reasons.en.at(-1)).toMatch(
      /^ranked above 「陇原负极材料有限公司」, a direct fit, despite the extra step: /u,
    );
    // the direct one is below nobody it should explain
    expect(direct!.reasons.zh.join()).not.toContain('之前');
  });

  test('when the list is stored and read back, then the same reason is rendered from its facts', () => {
    const { candidates } = findPartners(graph, { enterpriseId: 'cell', direction: 'upstream' });
    const copper = candidates[0]!;
    const stored = JSON.parse(JSON.stringify({ via: copper.via, why: copper.why })) as Record<string, unknown>;
    expect(storedReasons('PARTNER_CANDIDATE', 'upstream', stored)).toEqual(copper.reasons);
  });

  test('when the direct maker is the better candidate, then no two-step one claims to be ahead of it', async () => {
    const nearer = bundle();
    // as near, as large and as well described as the copper-foil maker
    Object.assign(
      nearer.enterprises!.find((e) => e.id === 'direct')!,
      {
        regionId: 'r-park',
        scale: 'large',
        tags: ['chain_master', 'above_scale'],
        products: ['锂电铜箔'],
      },
    );
    const store = await MemoryGraphStore.open();
    await importBundle(store, nearer);
    const { candidates } = findPartners(await projectScope(store, {}), { enterpriseId: 'cell', direction: 'upstream' });
    expect(candidates[0]!.enterpriseId).toBe('direct');
    expect(candidates.flatMap((c) => c.reasons.zh).join()).not.toContain('之前');
  });
});

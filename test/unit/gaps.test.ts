import { buildChainMap, STATUS_RULE } from '../../src/match/gaps/chain-map';
import { chainExtension } from '../../src/match/gaps/chain-extension';
import { chainsInRegion } from '../../src/match/gaps/chains-in-region';
import { findLeads, gapMapsForAll, whatIf } from '../../src/match/gaps/leads';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { projectScope } from '../../src/projection/project-scope';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { projectedChainFixture } from '../helpers/projected-fixture';

describe('gaps (招商图谱) on the hand-made lithium slice', () => {
  let graph: ProjectedGraph;
  const p = 'gp';
  beforeAll(async () => {
    graph = await projectedChainFixture(p);
  });

  test('when the park’s map is drawn, then each segment has its producers, demand and status by the stated rule', () => {
    const map = buildChainMap(graph, `${p}-li`, `${p}-park`);
    expect(map.rule).toBe(STATUS_RULE);
    const bySegment = Object.fromEntries(map.segments.map((s) => [s.name, s]));
    expect(bySegment['钛白粉副产物']).toMatchObject({ status: 'weak', producers: [{ id: `${p}-b`, scale: 'small' }] });
    expect(bySegment['正极材料']).toMatchObject({ status: 'ok', producers: [{ id: `${p}-dfty`, chainMaster: true }] });
    expect(bySegment['正极材料']!.demand).toEqual([expect.objectContaining({ id: `${p}-a`, declared: true })]);
    expect(map.chainMasters.map((m) => m.id)).toEqual([`${p}-dfty`]);
  });

  test('when Lanzhou’s map is drawn, then its gaps have leads from outside, ranked with reasons', () => {
    const { map, leads } = findLeads(graph, `${p}-li`, `${p}-lanzhou`);
    // raw materials to end products: the by-product feeds cathode material, which feeds cells
    expect(map.segments.map((s) => [s.name, s.status])).toEqual([
      ['钛白粉副产物', 'missing'],
      ['正极材料', 'weak'],
      ['电芯', 'missing'],
    ]);
    expect(leads.map((l) => l.enterpriseId).sort()).toEqual([`${p}-a`, `${p}-b`, `${p}-dfty`].sort());
    const titanium = leads.find((l) => l.enterpriseId === `${p}-b`)!;
    expect(titanium.components.demand).toBe(1);
    expect(titanium.reasons.zh[0]).toBe('补链：环节「钛白粉副产物」本地缺失，本地需求1家');
    expect(titanium.reasons.zh).toContain('同在甘肃省');
  });

  test('when every chain in every region is mapped in one pass, then each is the map a single query gives', () => {
    const all = [...gapMapsForAll(graph)];
    const regions = graph.filterNodes((_k, n) => n.kind === 'Region').length;
    const chains = graph.filterNodes((_k, n) => n.kind === 'Chain').length;
    expect(all).toHaveLength(regions * chains);
    for (const result of all) expect(result).toEqual(findLeads(graph, result.map.chain.id, result.map.region.id));
    expect(all.some((r) => r.leads.length > 0)).toBe(true);
    expect(() => [...gapMapsForAll(graph, { regionIds: ['nowhere'] })]).toThrow("Region 'nowhere' was not found");
  });

  test('when a lead is added in a what-if, then the gap it fills closes and the buyer gains a local supplier', () => {
    const result = whatIf(graph, `${p}-li`, `${p}-lanzhou`, [`${p}-b`]);
    expect(result.closed).toEqual([{ segmentId: `${p}-ti`, name: '钛白粉副产物', from: 'missing', to: 'weak' }]);
    expect(result.gainLocalSupplier).toEqual([{ enterpriseId: `${p}-c`, segmentId: `${p}-ti` }]);
  });

  test('when the chain or region is unknown, then the error names it', () => {
    expect(() => buildChainMap(graph, 'nope', `${p}-park`)).toThrow("Chain 'nope' was not found");
    expect(() => buildChainMap(graph, `${p}-li`, 'nowhere')).toThrow("Region 'nowhere' was not found");
  });
});

describe('gaps on the articles’ dataset', () => {
  let graph: ProjectedGraph;
  beforeAll(async () => {
    const store = await MemoryGraphStore.open();
    await seedArticles(store);
    graph = await projectScope(store, {});
  });

  test('when single maps are asked between the answers of a whole run, then neither disturbs the other', () => {
    const regionIds = ['region-by-hitech', 'region-zj-hitech'];
    const plain = [...gapMapsForAll(graph, { regionIds })];
    const interleaved = [];
    for (const result of gapMapsForAll(graph, { regionIds })) {
      expect(findLeads(graph, 'chain-marine-offshore', 'region-zj-hitech').map.segments.length).toBeGreaterThan(0);
      interleaved.push(result);
    }
    expect(interleaved).toEqual(plain);
    expect(plain.some((r) => r.map.segments.some((s) => s.producers.length > 0))).toBe(true);
  });

  test('when 白银高新区’s lithium map is drawn, then cathode material is held by 东方钛业 as chain master and cells are missing', () => {
    const map = buildChainMap(graph, 'chain-lithium-battery', 'region-by-hitech');
    const cathode = map.segments.find((s) => s.segmentId === 'seg-li-cathode')!;
    expect(cathode.producers).toEqual([
      { id: 'ent-dfty', name: '甘肃东方钛业有限公司', scale: null, chainMaster: true },
    ]);
    expect(map.segments.find((s) => s.segmentId === 'seg-li-cell')!.status).toBe('missing');
  });

  test('when 白银高新区’s lithium chain is extended (延链), then its packs lead downstream into new-energy vehicles and bamboo hard carbon leads upstream into its anodes, each saying whether the park makes the other segment', () => {
    const extension = chainExtension(graph, 'chain-lithium-battery', 'region-by-hitech');
    expect(extension.chain.name).toBe('锂电池');
    const link = (direction: string, segmentId: string, otherId: string) =>
      extension.links.find((l) => l.direction === direction && l.segment.id === segmentId && l.other.id === otherId);
    const packs = link('downstream', 'seg-li-pack', 'seg-nev-battery-system');
    expect(packs).toMatchObject({ otherChain: { name: '新能源汽车' } });
    // a midstream material of another chain feeding this one: the cross-chain tie the CLI used to miss
    const hardCarbon = link('upstream', 'seg-li-anode', 'seg-bamboo-anode');
    expect(hardCarbon).toMatchObject({ other: { name: '竹基硬碳负极材料' }, otherChain: { id: 'chain-bamboo' } });
    expect(hardCarbon!.reasons.zh[0]).toBe('竹产业的「竹基硬碳负极材料」供给本链「负极材料」：向上游延伸');
    expect(hardCarbon!.reasons.zh[1]).toMatch(/^白银高新区(已有\d+家企业生产|尚无企业生产)「竹基硬碳负极材料」/);
    expect(hardCarbon!.localProducers).toBe(0);
    // strongest first: links the park can build on before those it would have to attract
    const produced = extension.links.map((l) => l.localProducers);
    expect(produced).toEqual([...produced].sort((a, b) => b - a));
    expect(extension.links.every((l) => l.otherChain.id !== 'chain-lithium-battery')).toBe(true);
  });

  test('when 白银高新区’s chains are listed, then those its enterprises make come first, most enterprises first, and the rest after with none', () => {
    const chains = chainsInRegion(graph, 'region-by-hitech');
    const here = chains.filter((c) => c.enterprises > 0);
    expect(here.map((c) => c.id)).toContain('chain-lithium-battery');
    expect(chains.slice(0, here.length)).toEqual(here);
    expect(here.map((c) => c.enterprises)).toEqual([...here.map((c) => c.enterprises)].sort((a, b) => b - a));
    expect(chains.find((c) => c.id === 'chain-bamboo')).toMatchObject({ enterprises: 0 });
    expect(chains).toHaveLength(17);
  });

  test('when an unknown chain or region is extended, then the engine names it', () => {
    expect(() => chainExtension(graph, 'chain-nope', 'region-by-hitech')).toThrow("Chain 'chain-nope'");
    expect(() => chainExtension(graph, 'chain-lithium-battery', 'region-nope')).toThrow("Region 'region-nope'");
  });

  test('when 白银高新区’s lithium map is drawn, then the segments 东方钛业 alone supplies locally are single points of failure', () => {
    const map = buildChainMap(graph, 'chain-lithium-battery', 'region-by-hitech');
    const spof = map.segments
      .filter((s) => s.singlePointOfFailure)
      .map((s) => [s.segmentId, s.singlePointOfFailure!.producerName]);
    // in chain order: the titanium by-product (upstream) before the cathode material it feeds (midstream)
    expect(spof).toEqual([
      ['seg-li-titanium-byproduct', '甘肃东方钛业有限公司'],
      ['seg-li-cathode', '甘肃东方钛业有限公司'],
    ]);
  });
});

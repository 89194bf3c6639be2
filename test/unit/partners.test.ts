import { findPartners, partnersForAll } from '../../src/match/partners/find-partners';
import { planMeetings } from '../../src/match/partners/meeting-plan';
import { projectScope } from '../../src/projection/project-scope';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { projectedChainFixture } from '../helpers/projected-fixture';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';

/**
 * The partners engine on the hand-made Baiyin lithium slice (test/helpers/fixtures.ts): a cell
 * maker (a) that needs cathode material; a cathode chain master in the same park (dfty); a
 * cathode maker in Lanzhou (c); a titanium by-product maker (b) that already supplies dfty.
 */
describe('partners (上下游配套)', () => {
  let graph: ProjectedGraph;
  const p = 'pt';
  beforeAll(async () => {
    graph = await projectedChainFixture(p);
  });

  test('when a cell maker asks for upstream partners, then the chain master in its park ranks first, with its reasons', () => {
    const result = findPartners(graph, { enterpriseId: `${p}-a`, direction: 'upstream' });
    expect(result.candidates.map((c) => c.enterpriseId)).toEqual([`${p}-dfty`, `${p}-c`, `${p}-b`]);
    const [top] = result.candidates;
    expect(top!.via).toEqual({ segmentId: `${p}-cathode`, segmentName: '正极材料', how: 'need' });
    expect(top!.components).toMatchObject({ segmentFit: 1, proximity: 1, trust: 0.6 });
    expect(top!.reasons.zh).toEqual(
      expect.arrayContaining(['声明需求环节「正极材料」直接供应', '同属白银高新区', '链主企业、规上企业']),
    );
    expect(top!.reasons.zh.find((r) => r.startsWith('党组织路径'))).toContain('白银高新区党工委');
    expect(top!.orgPath.map((h) => h.type)).toEqual(['COVERS', 'UNDER', 'UNDER', 'COVERS']);
  });

  test('when every list is computed in one pass, then each is the list a single query gives', () => {
    const ids = graph.filterNodes((_k, n) => n.kind === 'Enterprise').map((k) => graph.getNodeAttribute(k, 'id'));
    const all = [...partnersForAll(graph)];
    expect(all).toHaveLength(2 * ids.length);
    for (const result of all)
      expect(result).toEqual(findPartners(graph, { enterpriseId: result.enterprise.id, direction: result.direction }));
    expect(all.some((r) => r.candidates.length > 0)).toBe(true);
    expect(() => [...partnersForAll(graph, { enterpriseIds: ['nobody'] })]).toThrow(
      "Enterprise 'nobody' was not found",
    );
  });

  test('when a candidate is farther away, then proximity and trust say so and it ranks lower', () => {
    const result = findPartners(graph, { enterpriseId: `${p}-a`, direction: 'upstream' });
    const lanzhou = result.candidates.find((c) => c.enterpriseId === `${p}-c`)!;
    expect(lanzhou.components).toMatchObject({ segmentFit: 1, proximity: 0.4, trust: 0 });
    expect(lanzhou.reasons.zh).toContain('同属甘肃省');
    const twoHops = result.candidates.find((c) => c.enterpriseId === `${p}-b`)!;
    expect(twoHops.via.how).toBe('two-hops');
    expect(twoHops.components.segmentFit).toBeCloseTo(0.32);
  });

  test('when a supplier already supplies the enterprise, then it is flagged apart and not proposed', () => {
    const result = findPartners(graph, { enterpriseId: `${p}-dfty`, direction: 'upstream' });
    expect(result.candidates.map((c) => c.enterpriseId)).not.toContain(`${p}-b`);
    expect(result.existing).toEqual([expect.objectContaining({ enterpriseId: `${p}-b`, existingTie: true })]);
    expect(result.existing[0]!.reasons.zh).toContain('已有供应关系');
  });

  test('when downstream partners are asked, then a buyer that declared the need comes through its need', () => {
    const result = findPartners(graph, { enterpriseId: `${p}-dfty`, direction: 'downstream' });
    expect(result.candidates[0]).toMatchObject({
      enterpriseId: `${p}-a`,
      via: { how: 'buyer-need', segmentName: '正极材料' },
    });
  });

  test('when limits, weights and per-segment caps are given, then the list obeys them', () => {
    expect(findPartners(graph, { enterpriseId: `${p}-a`, direction: 'upstream', limit: 1 }).candidates).toHaveLength(1);
    const capped = findPartners(graph, { enterpriseId: `${p}-a`, direction: 'upstream', maxPerSegment: 1 });
    expect(capped.candidates.map((c) => c.via.segmentId)).toEqual([`${p}-cathode`, `${p}-ti`]);
    const onlyProximity = findPartners(graph, {
      enterpriseId: `${p}-a`,
      direction: 'upstream',
      weights: { segmentFit: 0, textFit: 0, quality: 0, trust: 0, proximity: 1 },
    });
    expect(onlyProximity.candidates.find((c) => c.enterpriseId === `${p}-c`)!.score).toBe(0.4);
  });

  test('when the enterprise is not in the projection, then it says which', () => {
    expect(() => findPartners(graph, { enterpriseId: 'nobody', direction: 'upstream' })).toThrow(
      "Enterprise 'nobody' was not found",
    );
  });
});

describe('partners on the articles’ dataset', () => {
  test('when 镇江船厂 asks for upstream partners, then marine-engine makers such as 中船动力 are among them, with reasons', async () => {
    const store = await MemoryGraphStore.open();
    await seedArticles(store);
    const graph = await projectScope(store, {});
    const result = findPartners(graph, { enterpriseId: 'ent-zj-shipyard', direction: 'upstream' });
    const engine = result.candidates.find((c) => c.enterpriseId === 'ent-cssc-power')!;
    expect(engine).toBeDefined();
    expect(engine.via.segmentName).toBe('船用中速双燃料发动机');
    expect(engine.reasons.zh).toEqual(
      expect.arrayContaining(['上游环节「船用中速双燃料发动机」直接配套', '同属镇江高新区']),
    );
    expect(engine.reasons.zh.find((r) => r.startsWith('党组织路径'))).toBe(
      '党组织路径：江苏省镇江船厂（集团）有限公司 —所属党组织→ 镇江高新区产业链联合党委 —覆盖→ 中船动力（集团）有限公司',
    );
  });
});

describe('supply-demand meeting plan (供需对接会)', () => {
  let graph: ProjectedGraph;
  const p = 'mt';
  beforeAll(async () => {
    graph = await projectedChainFixture(p);
  });

  test('when each enterprise may meet one partner per side, then the cell maker meets the cathode chain master', () => {
    const plan = planMeetings(graph, `${p}-li`, `${p}-park`, { meetingsPerEnterprise: 1 });
    expect(plan.participants).toBe(3);
    expect(plan.meetings.map((m) => [m.supplier.id, m.buyer.id])).toEqual([[`${p}-dfty`, `${p}-a`]]);
    expect(plan.meetings[0]!.reasons.zh[0]).toBe('声明需求环节「正极材料」直接供应');
  });

  test('when two meetings per side are allowed, then the titanium supplier meets the cell maker too, and the existing tie is not proposed', () => {
    const plan = planMeetings(graph, `${p}-li`, `${p}-park`, { meetingsPerEnterprise: 2 });
    expect(plan.meetings.map((m) => [m.supplier.id, m.buyer.id])).toEqual([
      [`${p}-dfty`, `${p}-a`],
      [`${p}-b`, `${p}-a`],
    ]);
    expect(plan.totalScore).toBeCloseTo(plan.meetings[0]!.score + plan.meetings[1]!.score);
  });

  test('when k is not a whole number ≥ 1, then the plan refuses naming it', () => {
    expect(() => planMeetings(graph, `${p}-li`, `${p}-park`, { meetingsPerEnterprise: 0 })).toThrow(
      'meetingsPerEnterprise must be a whole number ≥ 1',
    );
  });
});

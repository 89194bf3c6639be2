import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { rankResponders } from '../../src/match/dispatch/rank-responders';
import { projectScope } from '../../src/projection/project-scope';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

/**
 * E1 in park P raises a financing request. ins1 instructs E1; ins2 instructs E2 in the same park;
 * banker works at a bank in the same city with skills 融资服务、金融; busy instructs E1 too but
 * already carries her one open request; far instructs an enterprise in another city.
 */
describe('dispatch (派单)', () => {
  let graph: ProjectedGraph;
  beforeAll(async () => {
    const store = await MemoryGraphStore.open();
    const report = await importBundle(store, {
      format: 'redchain-bundle/1',
      regions: [
        { id: 'prov', name: '湖北省', level: 'province' },
        { id: 'city', name: '咸宁市', level: 'city', parentId: 'prov' },
        { id: 'park', name: '咸宁高新区', level: 'park', parentId: 'city' },
        { id: 'other', name: '荆州市', level: 'city', parentId: 'prov' },
      ],
      enterprises: [
        { id: 'E1', name: '点单企业有限公司', regionId: 'park' },
        { id: 'E2', name: '同园企业有限公司', regionId: 'park' },
        { id: 'B', name: '城市商业银行', regionId: 'city' },
        { id: 'F', name: '外地企业有限公司', regionId: 'other' },
      ],
      people: [
        { id: 'ins1', name: '指导员甲', title: '党建指导员', maxLoad: 10, instructs: ['E1'] },
        { id: 'ins2', name: '指导员乙', title: '党建指导员', maxLoad: 10, instructs: ['E2'] },
        { id: 'banker', name: '信贷经理', skills: ['融资服务', '金融'], maxLoad: 5, worksAt: [{ orgId: 'B' }] },
        { id: 'busy', name: '指导员丙', title: '党建指导员', maxLoad: 1, instructs: ['E1'] },
        { id: 'far', name: '指导员丁', title: '党建指导员', maxLoad: 10, instructs: ['F'] },
      ],
      requests: [
        { id: 'R', kind: 'financing', title: '流动资金贷款', raisedBy: 'E1' },
        { id: 'R0', kind: 'other', title: '已派单事项', status: 'dispatched', raisedBy: 'E2', assignedTo: 'busy' },
      ],
    });
    expect(report.rejected).toEqual([]);
    graph = await projectScope(store, {});
  });

  test('when a financing request is dispatched, then the enterprise’s own instructor leads, the busy one falls behind', () => {
    const { responders } = rankResponders(graph, 'R');
    expect(responders[0]).toMatchObject({
      personId: 'ins1',
      components: { instructor: 1, region: 1, availability: 1 },
    });
    expect(responders[0]!.reasons.zh).toContain('该企业的党建指导员（一企一指导员）');
    const busy = responders.find((r) => r.personId === 'busy')!;
    expect(busy.components.availability).toBe(0);
    expect(busy.reasons.zh).toContain('当前承办 1/1');
    expect(responders.indexOf(busy)).toBeGreaterThan(0);
  });

  test('when a responder’s skills fit the kind of request, then they rank among responders with the reason', () => {
    const banker = rankResponders(graph, 'R').responders.find((r) => r.personId === 'banker')!;
    expect(banker.components).toMatchObject({ instructor: 0, skills: 1, region: 0.7 });
    expect(banker.reasons.zh).toContain('擅长融资需求相关事项');
  });

  test('when a responder neither instructs nearby nor fits the kind, then they are not proposed', () => {
    expect(rankResponders(graph, 'R').responders.map((r) => r.personId)).not.toContain('far');
  });

  test('when the request does not exist, then it says which', () => {
    expect(() => rankResponders(graph, 'nope')).toThrow("Request 'nope' was not found");
  });
});

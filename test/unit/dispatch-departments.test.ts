import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { rankResponders } from '../../src/match/dispatch/rank-responders';
import { projectScope } from '../../src/projection/project-scope';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

/**
 * E1 in park P raises a safety request about 危化品 hidden dangers. Departments: 应急 (remit safety,
 * topics 隐患 危化品) in P; 消防 (remit safety) in P, already carrying 2 of its 2; 住建 (land) in P;
 * 外地应急 (safety) of another city; 区应急 (safety) of P's city. sec serves E1 as its 企业秘书;
 * ins instructs E1 and has safety skills.
 */
describe('dispatch to departments (部门接单) and 企业秘书', () => {
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
      ],
      departments: [
        { id: 'safety', name: '应急管理局', remit: ['safety'], topics: ['隐患', '危化品'], regionId: 'park' },
        { id: 'fire', name: '消防救援大队', remit: ['safety'], topics: ['消防'], regionId: 'park', maxLoad: 2 },
        { id: 'housing', name: '住建局', remit: ['land'], topics: ['厂房'], regionId: 'park' },
        { id: 'far', name: '外地应急管理局', remit: ['safety'], regionId: 'other' },
        { id: 'city-safety', name: '市应急管理局', remit: ['safety'], regionId: 'city' },
      ],
      people: [
        { id: 'ins', name: '指导员甲', title: '党建指导员', skills: ['安全生产'], instructs: ['E1'] },
        { id: 'sec', name: '秘书乙', title: '经发局干部', worksAt: [{ orgId: 'housing' }], secretaryOf: ['E1'] },
      ],
      requests: [
        { id: 'R', kind: 'safety', title: '危化品仓库隐患整改', raisedBy: 'E1' },
        ...[1, 2].map((n) => ({
          id: `busy-${n}`,
          kind: 'safety',
          title: `消防检查 ${n}`,
          status: 'dispatched',
          raisedBy: 'E2',
          departments: [{ departmentId: 'fire', status: 'accepted' }],
        })),
        {
          id: 'done',
          kind: 'safety',
          title: '已销号',
          status: 'dispatched',
          raisedBy: 'E2',
          departments: [{ departmentId: 'safety', status: 'closed' }],
        },
      ],
    });
    expect(report.rejected).toEqual([]);
    graph = await projectScope(store, {});
  });

  test('when a safety request is ranked, then the park’s 应急 leads by remit and topics, the full 消防 and the city’s follow, and other places and remits are left out', () => {
    const { departments } = rankResponders(graph, 'R');
    expect(departments.map((d) => d.departmentId)).toEqual(['safety', 'city-safety', 'fire']);
    expect(departments[0]).toMatchObject({
      components: { remit: 1, topics: 1, region: 1, availability: 1 },
      load: { current: 0, max: 20 },
    });
    expect(departments[0]!.reasons.zh).toEqual([
      '职责涵盖安全生产',
      '诉求涉及「隐患、危化品」',
      '服务咸宁高新区',
      '在办诉求 0/20',
    ]);
    expect(departments[2]).toMatchObject({ load: { current: 2, max: 2 }, components: { availability: 0 } });
  });

  test('when the enterprise has a 企业秘书, then they are proposed first, ahead of its own instructor', () => {
    const { responders } = rankResponders(graph, 'R');
    expect(responders.map((r) => r.personId).slice(0, 2)).toEqual(['sec', 'ins']);
    expect(responders[0]!.reasons.zh[0]).toBe('该企业的企业秘书（首位响应人）');
  });
});

import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { rankResponders } from '../../src/match/dispatch/rank-responders';
import { projectScope } from '../../src/projection/project-scope';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

/**
 * Dispatch by skills reads works too: a university researcher with no skills and no title, whose
 * paper is on SME financing, responds to a financing request raised in the same city; one whose
 * paper is on batteries does not.
 */
describe('dispatch (派单) of a researcher known only by works', () => {
  test('when a financing request is raised, then the researcher whose work is on financing is a responder', async () => {
    const store = await MemoryGraphStore.open();
    const report = await importBundle(store, {
      format: 'redchain-bundle/1',
      regions: [{ id: 'city', name: '咸宁市', level: 'city' }],
      enterprises: [{ id: 'E1', name: '点单企业有限公司', regionId: 'city' }],
      institutions: [{ id: 'U', name: '咸宁大学', kind: 'university', regionId: 'city' }],
      people: [
        { id: 'zhao', name: '赵老师', worksAt: [{ orgId: 'U' }] },
        { id: 'qian', name: '钱老师', worksAt: [{ orgId: 'U' }] },
      ],
      works: [
        { id: 'w1', kind: 'paper', title: '中小企业供应链融资与贷款风险', authorIds: ['zhao'] },
        { id: 'w2', kind: 'paper', title: '高镍正极材料的包覆改性', authorIds: ['qian'] },
      ],
      requests: [{ id: 'R', kind: 'financing', title: '流动资金贷款', raisedBy: 'E1' }],
    });
    expect(report.rejected).toEqual([]);
    const { responders } = rankResponders(await projectScope(store, {}), 'R');
    expect(responders.map((r) => r.personId)).toEqual(['zhao']);
    expect(responders[0]!.components).toMatchObject({ skills: 1, region: 0.7 });
  });
});

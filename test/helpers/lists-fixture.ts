import type { BundleInput } from '../../src/ingest/bundle.schema';

/**
 * 3张清单 data over validBundle(p), with answers known by hand: the park's land department offers
 * industrial land (for the chain) and an approval service, the city's human-resources bureau a
 * training subsidy, the park's finance bureau interest subsidies; one land resource has expired
 * and one serves another region. ent-1 asks for land (the land resource fits best, the approval
 * service helps), ent-2 for electricians (the training fits); ent-2's old approval request is
 * closed. Three projects: one due in 2026, one overdue, one elsewhere.
 */
export function listsBundle(p: string): BundleInput & { format: 'redchain-bundle/1' } {
  return {
    format: 'redchain-bundle/1',
    regions: [{ id: `${p}-elsewhere-r`, name: '别处城区', level: 'district' }],
    departments: [
      { id: `${p}-dept-land`, name: '自然资源和规划分局', regionId: `${p}-park`, remit: ['land', 'approval'] },
      { id: `${p}-dept-hr`, name: '人社局', regionId: `${p}-city`, remit: ['talent'] },
      { id: `${p}-dept-fin`, name: '财政金融局', regionId: `${p}-park`, remit: ['financing'] },
      { id: `${p}-dept-far`, name: '别处规划局', regionId: `${p}-elsewhere-r` },
    ],
    people: [{ id: `${p}-chief`, name: '链长办主任', worksAt: [{ orgId: `${p}-dept-land` }] }],
    serviceResources: [
      {
        id: `${p}-res-land`,
        name: '标准厂房与工业用地保障',
        kind: 'land',
        keywords: ['用地', '厂房'],
        description: '为链上企业优先保障工业用地和标准厂房',
        departmentId: `${p}-dept-land`,
        chainIds: [`${p}-chain`],
        source: 'test',
      },
      {
        id: `${p}-res-approval`,
        name: '审批代办',
        kind: 'approval',
        keywords: ['审批', '代办'],
        description: '项目审批全程代办',
        departmentId: `${p}-dept-land`,
      },
      {
        id: `${p}-res-training`,
        name: '技能培训补贴',
        kind: 'training',
        keywords: ['电工', '技能'],
        departmentId: `${p}-dept-hr`,
        regionId: `${p}-city`,
        capacity: 200,
      },
      {
        id: `${p}-res-interest`,
        name: '贷款贴息',
        kind: 'funding',
        keywords: ['贷款', '贴息'],
        departmentId: `${p}-dept-fin`,
      },
      {
        id: `${p}-res-expired`,
        name: '2024年用地优惠',
        kind: 'land',
        keywords: ['用地'],
        departmentId: `${p}-dept-land`,
        validUntil: '2024-12-31',
      },
      { id: `${p}-res-far`, name: '别处用地', kind: 'land', keywords: ['用地'], departmentId: `${p}-dept-far` },
    ],
    requests: [
      {
        id: `${p}-req-land`,
        kind: 'land',
        title: '新建正极材料厂房用地',
        description: '扩产需要50亩工业用地',
        raisedBy: `${p}-ent-1`,
        source: 'test',
      },
      { id: `${p}-req-old`, kind: 'approval', title: '环评审批', raisedBy: `${p}-ent-2`, status: 'closed' },
    ],
    talentNeeds: [
      {
        id: `${p}-tn`,
        title: '维修电工',
        skills: ['电工', '设备维修'],
        count: 3,
        postedAt: '2026-10-01',
        enterpriseId: `${p}-ent-2`,
      },
    ],
    actionProjects: [
      {
        id: `${p}-proj-ship`,
        name: '强链配套项目',
        regionId: `${p}-park`,
        chainIds: [`${p}-chain`],
        departmentId: `${p}-dept-land`,
        ownerId: `${p}-chief`,
        dueDate: '2026-12-31',
        progress: 40,
        status: 'ongoing',
        milestones: ['签约', '开工', '投产'],
        milestonesDone: 1,
        investmentYuan: 2_000_000_000,
        source: 'test',
      },
      {
        id: `${p}-proj-plant`,
        name: '标准厂房建设',
        regionId: `${p}-park`,
        chainIds: [`${p}-chain`],
        dueDate: '2025-01-31',
        progress: 60,
        status: 'ongoing',
      },
      { id: `${p}-proj-far`, name: '别处项目', regionId: `${p}-elsewhere-r`, progress: 10 },
    ],
  };
}
